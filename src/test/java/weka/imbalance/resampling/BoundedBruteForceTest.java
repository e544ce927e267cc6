package weka.imbalance.resampling;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.Random;

import org.junit.Test;

/**
 * The screened brute force (single-precision bounds, exact confirmation) against a plain
 * reference (every distance from {@link ExactKnn#distance}, the k best kept in a sorted list), on
 * data chosen to stress the bound: every remainder of the
 * four-coordinate passes, points far from the origin, attributes of very different scales, exact
 * ties and duplicates, distances that differ in their last bits, one-hot blocks, block and tile
 * edges, 1 to 3 threads.
 */
public class BoundedBruteForceTest {

  /** For each point, its k nearest by (distance, index): insertion into a sorted list. */
  static int[][] reference(double[] x, int n, int d, int k) {
    int[][] r = new int[n][k];
    double[] best = new double[k];
    for (int i = 0; i < n; i++) {
      int size = 0;
      for (int j = 0; j < n; j++) {
        if (j == i) {
          continue;
        }
        double dist = ExactKnn.distance(x, d, i, j);
        if (size == k && dist >= best[k - 1]) {
          continue; // j comes after the list's last in index order, so equal does not enter either
        }
        int pos = size < k ? size++ : k - 1;
        while (pos > 0 && best[pos - 1] > dist) {
          best[pos] = best[pos - 1];
          r[i][pos] = r[i][pos - 1];
          pos--;
        }
        best[pos] = dist;
        r[i][pos] = j;
      }
    }
    return r;
  }

  private static void check(String what, double[] x, int n, int d, int k) throws Exception {
    assertNotNull(what + ": the screened brute force should take these points", BoundedBruteForce.forPoints(x, n, d));
    int[][] ref = reference(x, n, d, k);
    for (int threads = 1; threads <= 3; threads++) {
      int[][] got = new ExactKnn(x, n, d).minPairWorkPerThread(0).smallSetWork(-1)
        .search(k, ExactKnn.Method.BRUTE_FORCE, threads);
      for (int i = 0; i < n; i++) {
        assertArrayEquals(what + ", threads " + threads + ", point " + i, ref[i], got[i]);
      }
    }
  }

  @Test
  public void everyRemainderOfTheCoordinatePasses() throws Exception {
    for (int d : new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 20, 33}) {
      check("d = " + d, ExactKnnTest.gaussian(600, d, d), 600, d, 5);
    }
  }

  @Test
  public void blockAndTileEdges() throws Exception {
    // 1,100 points: two full blocks of 512 and a short one; tiles cross no block edge
    check("1100 points", ExactKnnTest.gaussian(1100, 6, 11), 1100, 6, 4);
    check("33 points, k = n - 1", ExactKnnTest.gaussian(33, 3, 12), 33, 3, 32);
  }

  @Test
  public void farFromTheOriginAndMixedScales() throws Exception {
    int n = 700;
    int d = 7;
    double[] far = ExactKnnTest.gaussian(n, d, 13);
    for (int i = 0; i < far.length; i++) {
      far[i] = 1e6 + 1e-3 * far[i]; // the spread is a billionth of the offset
    }
    check("offset 1e6, spread 1e-3", far, n, d, 5);
    double[] mixed = ExactKnnTest.gaussian(n, d, 14);
    for (int i = 0; i < mixed.length; i++) {
      mixed[i] *= Math.pow(10, 2 * (i % d) - 6); // 1e-6 to 1e6
    }
    check("scales 1e-6 to 1e6", mixed, n, d, 5);
    double[] tiny = ExactKnnTest.gaussian(n, d, 15);
    double[] huge = tiny.clone();
    for (int i = 0; i < tiny.length; i++) {
      tiny[i] *= 1e-100;
      huge[i] *= 1e100;
    }
    check("spread 1e-100", tiny, n, d, 5);
    check("spread 1e100", huge, n, d, 5);
  }

  @Test
  public void tiesDuplicatesAndIdenticalPoints() throws Exception {
    Random r = new Random(16);
    int n = 900;
    int d = 3;
    double[] grid = new double[n * d];
    for (int i = 0; i < grid.length; i++) {
      grid[i] = r.nextInt(4); // 64 cells for 900 points: every distance tied many times
    }
    check("4 x 4 x 4 grid", grid, n, d, 7);
    check("all points equal", new double[120 * 4], 120, 4, 9);
    double[] same = new double[100 * 2];
    java.util.Arrays.fill(same, 3.5);
    check("all points equal, off the origin", same, 100, 2, 99);
  }

  @Test
  public void distancesThatDifferInTheirLastBits() throws Exception {
    // point 0 at the centre, the others on the unit sphere moved by a few ulps: single precision
    // cannot order them, the confirmation must
    int n = 400;
    int d = 5;
    double[] x = sphere(new Random(17), n, d);
    check("unit sphere, radii 1 + m ulp", x, n, d, 10);
  }

  @Test
  public void oneHotBlocksNextToNumbers() throws Exception {
    // the SMOTE-NC embedding: two numeric coordinates and two nominal attributes of 3 and 4 values
    int n = 800;
    int d = 9;
    Random r = new Random(18);
    double[] x = new double[n * d];
    for (int i = 0; i < n; i++) {
      x[i * d] = r.nextInt(10) / 10.0;
      x[i * d + 1] = r.nextDouble();
      x[i * d + 2 + r.nextInt(3)] = 0.5;
      x[i * d + 5 + r.nextInt(4)] = 0.5;
    }
    check("numeric and one-hot", x, n, d, 5);
  }

  @Test
  public void pointsOutsideTheBoundsGoToTheDirectBruteForce() throws Exception {
    int n = 300;
    int d = 3;
    double[] inf = ExactKnnTest.gaussian(n, d, 19);
    inf[7] = Double.POSITIVE_INFINITY;
    inf[40] = Double.NEGATIVE_INFINITY;
    assertNull(BoundedBruteForce.forPoints(inf, n, d));
    double[] extreme = ExactKnnTest.gaussian(n, d, 20);
    for (int i = 0; i < extreme.length; i++) {
      extreme[i] *= 1e-200; // squares below the range of the bounds
    }
    assertNull(BoundedBruteForce.forPoints(extreme, n, d));
    int[][] ref = reference(extreme, n, d, 4);
    int[][] got = new ExactKnn(extreme, n, d).minPairWorkPerThread(0).smallSetWork(-1)
      .search(4, ExactKnn.Method.BRUTE_FORCE, 2);
    for (int i = 0; i < n; i++) {
      assertArrayEquals("point " + i, ref[i], got[i]);
    }
  }

  @Test
  public void theScreenConfirmsFewPairs() {
    // an operation count, not a time: with 3,000 Gaussian points in 20 dimensions the screen
    // confirms about 2% of the pairs (k log n per point); a screen that let everything through
    // would still be exact but as slow as the direct brute force
    int n = 3000;
    int d = 20;
    double[] x = ExactKnnTest.gaussian(n, d, 21);
    long confirmed = BoundedBruteForce.forPoints(x, n, d).rows(0, n, new ExactKnn.Heaps(n, 5));
    long pairs = (long) n * (n - 1) / 2;
    assertTrue(confirmed + " of " + pairs + " pairs confirmed", confirmed < pairs / 20);
  }

  @Test
  public void smallSetsScannedRowByRowGiveTheReference() throws Exception {
    // the row scan of small sets (RowScan): sums of the same terms in the same order as the
    // reference distance, so ties and distances that differ in their last bits are ordered alike
    Random r = new Random(22);
    double[] grid = new double[500 * 3];
    for (int i = 0; i < grid.length; i++) {
      grid[i] = r.nextInt(4);
    }
    double[] sphere = sphere(r, 400, 5);
    double[] letterLike = new double[770 * 16];
    for (int i = 0; i < letterLike.length; i++) {
      letterLike[i] = r.nextInt(16) / 15.0;
    }
    double[] line = new double[1000];
    for (int i = 0; i < line.length; i++) {
      line[i] = r.nextInt(40);
    }
    double[] sphere12 = sphere(r, 300, 12);
    double[] clusters16 = clusters(r, 800, 16);
    double[] clusters19 = clusters(r, 330, 19);
    double[] clusters9 = clusters(r, 700, 9);
    // the grid, the sphere, the clusters and the small integers take the neighbour graph's bound
    // (ties at the bound included; 12, 16 and 19 coordinates split into sums before and after it, 9
    // into 4 and 5), the 770 x 16 integers and the 1,000 x 20 Gaussian points soon find it loose and
    // take the group bound, the line (one coordinate) and the last two the plain scan
    Object[][] cases = {{"grid", grid, 500, 3, 7}, {"unit sphere, radii 1 + m ulp", sphere, 400, 5, 10},
      {"12-dimensional unit sphere, radii 1 + m ulp", sphere12, 300, 12, 6},
      {"800 x 16 clusters with duplicates", clusters16, 800, 16, 5},
      {"330 x 19 clusters with duplicates", clusters19, 330, 19, 3},
      {"700 x 9 clusters with duplicates", clusters9, 700, 9, 8},
      {"1,000 x 20 Gaussian", ExactKnnTest.gaussian(1000, 20, 23), 1000, 20, 5},
      {"1,000 x 1 integers", line, 1000, 1, 5},
      {"770 x 16 integers", letterLike, 770, 16, 5}, {"no coordinates", new double[0], 50, 0, 4},
      {"all equal", new double[60 * 2], 60, 2, 59}};
    for (Object[] c : cases) {
      double[] x = (double[]) c[1];
      int n = (Integer) c[2];
      int d = (Integer) c[3];
      int k = (Integer) c[4];
      assertTrue(c[0] + ": a small set", (long) n * d <= ExactKnn.SMALL_SET_WORK && n <= ExactKnn.SMALL_SET_POINTS);
      int[][] ref = reference(x, n, d, k);
      for (int threads = 1; threads <= 3; threads++) {
        int[][] got = new ExactKnn(x, n, d).minPairWorkPerThread(0).search(k, ExactKnn.Method.BRUTE_FORCE, threads);
        for (int i = 0; i < n; i++) {
          assertArrayEquals(c[0] + ", threads " + threads + ", point " + i, ref[i], got[i]);
        }
      }
    }
  }

  /**
   * The origin and n - 1 points on the unit sphere, their radii 1 + m ulp (m from 0 to 4): distances
   * that differ in their last bits.
   */
  private static double[] sphere(Random r, int n, int d) {
    double[] x = new double[n * d];
    for (int i = 1; i < n; i++) {
      double norm = 0;
      for (int a = 0; a < d; a++) {
        x[i * d + a] = r.nextGaussian();
        norm += x[i * d + a] * x[i * d + a];
      }
      double radius = 1 + r.nextInt(5) * 0x1p-52;
      for (int a = 0; a < d; a++) {
        x[i * d + a] *= radius / Math.sqrt(norm);
      }
    }
    return x;
  }

  /** Points around a few dozen centres, with small integer offsets: many duplicates and ties. */
  private static double[] clusters(Random r, int n, int d) {
    double[][] centres = new double[n / 20][d];
    for (double[] c : centres) {
      for (int a = 0; a < d; a++) {
        c[a] = r.nextInt(16);
      }
    }
    double[] x = new double[n * d];
    for (int i = 0; i < n; i++) {
      double[] c = centres[r.nextInt(centres.length)];
      for (int a = 0; a < d; a++) {
        x[i * d + a] = c[a] + r.nextInt(3) - 1;
      }
    }
    return x;
  }

  @Test
  public void theNeighbourGraphBoundFinishesFewPoints() {
    // an operation count: on clustered data the bound from each query's sponsor leaves a few
    // points per query to finish beyond the split (letter's smallest class: 19 of 734); a bound
    // that never applied would finish every other point, and still be exact
    Random r = new Random(24);
    int n = 800;
    int d = 16;
    double[] x = clusters(r, n, d);
    int[][] got = new int[n][];
    long finished = new RowScan(x, n, d).rows(0, n, 5, got);
    assertTrue(finished + " points finished for " + n + " queries", finished < (long) n * n / 10);
    int[][] ref = reference(x, n, d, 5);
    for (int i = 0; i < n; i++) {
      assertArrayEquals("point " + i, ref[i], got[i]);
    }
  }

  @Test
  public void threadsPhasesConfirmAsFewPairsAsOneThread() {
    // an operation count: the phases of a two-thread search, run here one after the other, scan
    // every pair once on one set of heaps and thresholds, so they confirm about the pairs of one
    // scan over all the rows; with thresholds not carried from one phase to the next they confirmed
    // 18 times as many
    int n = 3000;
    int d = 20;
    double[] x = ExactKnnTest.gaussian(n, d, 21);
    BoundedBruteForce b = BoundedBruteForce.forPoints(x, n, d);
    long one = b.rows(0, n, new ExactKnn.Heaps(n, 5));
    int[] start = ExactKnn.groups(n, 4);
    ExactKnn.Heaps heaps = new ExactKnn.Heaps(n, 5);
    BoundedBruteForce.Thresholds thresholds = b.new Thresholds();
    long two = 0;
    for (int[][] phase : ExactKnn.schedule(2)) {
      for (int[] u : phase) {
        two += b.pairs(start[u[0]], start[u[1]], start[u[2]], start[u[3]], heaps, thresholds);
      }
    }
    assertTrue(two + " pairs confirmed by the phases against " + one + " by one scan", two < 1.05 * one);
    int[][] ref = reference(x, n, d, 5);
    for (int i = 0; i < n; i++) {
      assertArrayEquals("point " + i, ref[i], heaps.sortedIndices(i));
    }
  }
}
