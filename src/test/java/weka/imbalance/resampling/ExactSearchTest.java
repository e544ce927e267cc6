package weka.imbalance.resampling;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import java.util.Random;

import org.junit.Test;

/** ExactSearch's search of several sets (a filter's classes) at once. */
public class ExactSearchTest {

  @Test
  public void setsAtTheSameTimeGiveEachSetsOwnAnswer() throws Exception {
    // a set large enough to take two threads on its own (2,100 x 16), small sets run whole on the
    // threads (largest first, in an order other than the sets'), integer coordinates with ties,
    // and k differing between the sets
    int d = 16;
    int[] n = {40, 2100, 700, 3, 310, 700};
    int[] k = {5, 5, 3, 2, 7, 1};
    Random r = new Random(31);
    double[][] points = new double[n.length][];
    for (int s = 0; s < n.length; s++) {
      points[s] = new double[n[s] * d];
      for (int i = 0; i < points[s].length; i++) {
        points[s][i] = r.nextInt(16);
      }
    }
    for (int threads : new int[] {1, 2, 3}) {
      String[] how = new String[n.length];
      int[][][] got = ExactSearch.of("auto", threads).kNearestEach(points, n, d, k, how);
      assertEquals(n.length, got.length);
      for (int s = 0; s < n.length; s++) {
        int[][] ref = BoundedBruteForceTest.reference(points[s], n[s], d, k[s]);
        assertEquals("threads " + threads + ", set " + s, n[s], got[s].length);
        for (int i = 0; i < n[s]; i++) {
          assertArrayEquals("threads " + threads + ", set " + s + ", point " + i, ref[i], got[s][i]);
        }
        ExactSearch alone = ExactSearch.of("auto", 1);
        alone.kNearest(points[s], n[s], d, k[s]);
        assertEquals("set " + s, alone.lastSearch(), how[s]);
      }
    }
  }
}
