package weka.imbalance.resampling;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.Test;

/** Exactness of both searches against a full sort, ties, missing coordinates, threads. */
public class ExactKnnTest {

  /** The reference: every distance, full sort by (distance, index). */
  static int[][] reference(double[] x, int n, int d, int k) {
    int[][] r = new int[n][k];
    for (int i = 0; i < n; i++) {
      final int q = i;
      Integer[] o = new Integer[n - 1];
      for (int j = 0, p = 0; j < n; j++) {
        if (j != i) {
          o[p++] = j;
        }
      }
      Arrays.sort(o, (a, b) -> {
        int c = Double.compare(ExactKnn.distance(x, d, q, a), ExactKnn.distance(x, d, q, b));
        return c != 0 ? c : Integer.compare(a, b);
      });
      for (int t = 0; t < k; t++) {
        r[i][t] = o[t];
      }
    }
    return r;
  }

  static double[] gaussian(int n, int d, long seed) {
    Random r = new Random(seed);
    double[] x = new double[n * d];
    for (int i = 0; i < x.length; i++) {
      x[i] = r.nextGaussian();
    }
    return x;
  }

  private static void checkAll(double[] x, int n, int d, int k) throws Exception {
    int[][] ref = reference(x, n, d, k);
    for (ExactKnn.Method m : ExactKnn.Method.values()) {
      for (int threads : new int[] {1, 2, 3}) {
        // small searches run on one thread unless told to split (see splitsOnlyWhenTheWorkPays), and
        // small sets are scanned row by row unless told to screen
        for (long small : new long[] {ExactKnn.SMALL_SET_WORK, -1}) {
          int[][] got = new ExactKnn(x, n, d).minPairWorkPerThread(0).smallSetWork(small).search(k, m, threads);
          for (int i = 0; i < n; i++) {
            assertArrayEquals(m + " threads " + threads + " small " + small + " point " + i, ref[i], got[i]);
          }
        }
      }
    }
  }

  @Test
  public void lowDimensionMatchesFullSort() throws Exception {
    checkAll(gaussian(400, 3, 1), 400, 3, 5);
  }

  @Test
  public void highDimensionMatchesFullSort() throws Exception {
    checkAll(gaussian(300, 20, 2), 300, 20, 7);
  }

  @Test
  public void tiesAndDuplicatesBrokenBySmallerIndex() throws Exception {
    Random r = new Random(3);
    int n = 350;
    int d = 2;
    double[] x = new double[n * d];
    for (int i = 0; i < x.length; i++) {
      x[i] = r.nextInt(4); // a 4 x 4 grid: many duplicates and equal distances
    }
    checkAll(x, n, d, 6);
  }

  @Test
  public void missingCoordinatesAreIgnored() throws Exception {
    int n = 250;
    int d = 4;
    double[] x = gaussian(n, d, 4);
    Random r = new Random(5);
    for (int i = 0; i < x.length; i++) {
      if (r.nextDouble() < 0.1) {
        x[i] = Double.NaN;
      }
    }
    checkAll(x, n, d, 5);
    double[] two = {0, Double.NaN, 3, 1};
    assertEquals(9.0, ExactKnn.distance(two, 2, 0, 1), 0);
  }

  @Test
  public void infiniteCoordinatesFollowTheReference() throws Exception {
    // an infinite coordinate makes inf - inf = NaN terms, which the reference skips: every method
    // must do the same (the KD-tree once summed them into a NaN distance and lost such neighbours)
    int n = 260;
    int d = 3;
    double[] x = gaussian(n, d, 8);
    Random r = new Random(9);
    for (int i = 0; i < 40; i++) {
      x[r.nextInt(x.length)] = r.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
    }
    checkAll(x, n, d, 4);
  }

  @Test
  public void autoChoosesByVisitedPointsNotTime() throws Exception {
    ExactKnn low = new ExactKnn(gaussian(2000, 2, 6), 2000, 2);
    low.search(5, ExactKnn.Method.AUTO, 1);
    assertEquals(ExactKnn.Method.KDTREE, low.usedMethod());
    ExactKnn high = new ExactKnn(gaussian(1000, 30, 7), 1000, 30);
    high.search(5, ExactKnn.Method.AUTO, 1);
    assertEquals(ExactKnn.Method.BRUTE_FORCE, high.usedMethod());
  }

  @Test
  public void autoSkipsTheTreeForFewPointsInManyDimensions() throws Exception {
    // a letter-sized class (770 points x 16 integer coordinates, 770 < 2^16): AUTO goes to the
    // brute force without building the tree to probe it, and finds the full sort's neighbours
    int n = 770;
    int d = 16;
    double[] x = new double[n * d];
    Random r = new Random(21);
    for (int i = 0; i < x.length; i++) {
      x[i] = r.nextInt(16);
    }
    ExactKnn knn = new ExactKnn(x, n, d);
    int[][] got = knn.search(5, ExactKnn.Method.AUTO, 1);
    assertEquals(ExactKnn.Method.BRUTE_FORCE, knn.usedMethod());
    assertFalse("the tree was built for nothing", knn.probed());
    int[][] ref = reference(x, n, d, 5);
    for (int i = 0; i < n; i++) {
      assertArrayEquals("point " + i, ref[i], got[i]);
    }
    // 2,000 points in 10 coordinates (2,000 >= 2^10): the probe still decides
    ExactKnn ten = new ExactKnn(gaussian(2000, 10, 22), 2000, 10);
    ten.search(5, ExactKnn.Method.AUTO, 1);
    assertTrue(ten.probed());
    // the shortcut stops at MAX_POINTS_WITHOUT_PROBE points whatever the dimension
    assertTrue(ExactKnn.treeCannotPay(ExactKnn.MAX_POINTS_WITHOUT_PROBE, 20));
    assertFalse(ExactKnn.treeCannotPay(ExactKnn.MAX_POINTS_WITHOUT_PROBE + 1, 40));
    assertFalse(ExactKnn.treeCannotPay(1000, 9));
    assertTrue(ExactKnn.treeCannotPay(1000, 10));
  }

  @Test
  public void splitsOnlyWhenTheWorkPays() throws Exception {
    // a letter-sized class (770 points x 16: 4.7 million pair-coordinates) stays on one thread
    // whatever is asked; 2,100 x 16 (35 million) takes two; both give the split answer
    int[] sizes = {770, 2100};
    int[] expected = {1, 2};
    for (int s = 0; s < sizes.length; s++) {
      int n = sizes[s];
      double[] x = new double[n * 16];
      Random r = new Random(11 + s);
      for (int i = 0; i < x.length; i++) {
        x[i] = r.nextInt(16); // integer attributes with many ties, as letter's
      }
      ExactKnn knn = new ExactKnn(x, n, 16);
      int[][] got = knn.search(5, ExactKnn.Method.BRUTE_FORCE, 2);
      assertEquals("threads at n = " + n, expected[s], knn.bruteThreadsUsed());
      ExactKnn split = new ExactKnn(x, n, 16).minPairWorkPerThread(0);
      int[][] ref = split.search(5, ExactKnn.Method.BRUTE_FORCE, 2);
      assertEquals(2, split.bruteThreadsUsed());
      for (int i = 0; i < n; i++) {
        assertArrayEquals("n = " + n + ", point " + i, ref[i], got[i]);
      }
    }
  }

  @Test
  public void threadsPhasesScanEveryPairOnceOnDisjointGroups() {
    // the brute force's schedule for t threads over 2t groups: within a phase no two threads share
    // a group (so none writes a heap or threshold another reads), and over the phases every pair
    // of groups, a group with itself included, is scanned by exactly one unit
    for (int t = 1; t <= 6; t++) {
      int m = 2 * t;
      int[][] covered = new int[m][m];
      int[][][] phases = ExactKnn.schedule(t);
      assertEquals("phases for " + t + " threads", m - 1, phases.length);
      for (int[][] phase : phases) {
        assertEquals(t, phase.length);
        boolean[] busy = new boolean[m];
        for (int[] u : phase) {
          for (int g = u[0]; g < u[1]; g++) {
            for (int h = u[2]; h < u[3]; h++) {
              if (g <= h) {
                covered[g][h]++;
              }
            }
          }
          java.util.Set<Integer> mine = new java.util.TreeSet<>();
          for (int g = u[0]; g < u[1]; g++) {
            mine.add(g);
          }
          for (int g = u[2]; g < u[3]; g++) {
            mine.add(g);
          }
          for (int g : mine) {
            assertFalse(t + " threads: group " + g + " taken twice in a phase", busy[g]);
            busy[g] = true;
          }
        }
      }
      for (int g = 0; g < m; g++) {
        for (int h = g; h < m; h++) {
          assertEquals(t + " threads: groups " + g + " and " + h, 1, covered[g][h]);
        }
      }
    }
  }

  @Test
  public void noCoordinatesMeansAllTiesBrokenByIndex() throws Exception {
    checkAll(new double[0], 300, 0, 3);
  }

  @Test
  public void rejectsKOutOfRange() {
    ExactKnn knn = new ExactKnn(new double[] {0, 1, 2}, 3, 1);
    assertThrows(IllegalArgumentException.class, () -> knn.search(3, ExactKnn.Method.AUTO, 1));
    assertThrows(IllegalArgumentException.class, () -> knn.search(0, ExactKnn.Method.AUTO, 1));
  }

  @Test
  public void heapKeepsTheKBestByDistanceThenIndex() {
    ExactKnn.Heap h = new ExactKnn.Heap(3);
    double[] d = {5, 1, 3, 1, 0.5, 3, 2};
    for (int j = 0; j < d.length; j++) {
      h.offer(d[j], j);
    }
    assertArrayEquals(new int[] {4, 1, 3}, h.sortedIndices());
  }
}
