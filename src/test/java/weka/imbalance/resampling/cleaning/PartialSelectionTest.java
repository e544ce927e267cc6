package weka.imbalance.resampling.cleaning;

import static org.junit.Assert.assertArrayEquals;

import java.util.Arrays;
import java.util.Random;

import org.junit.Test;

/**
 * NearMiss's partial selections (the k smallest or largest distances, kept ascending) give exactly
 * the first or last k entries of the fully sorted list, ties, signed zeros and NaN included, so that
 * the scores summed from them are bit-identical to summing the sorted list's entries.
 */
public class PartialSelectionTest {

  @Test
  public void theKSmallestAndLargestAreTheSortedListsEnds() {
    Random r = new Random(3);
    double[] pool = {0.0, -0.0, 1.0, 1.0, 2.5, Double.NaN, Double.POSITIVE_INFINITY, 0.1 + 0.2, 0.3};
    for (int trial = 0; trial < 2000; trial++) {
      int n = 1 + r.nextInt(40);
      double[] v = new double[n];
      for (int i = 0; i < n; i++) {
        v[i] = r.nextInt(3) == 0 ? pool[r.nextInt(pool.length)] : Math.floor(r.nextDouble() * 8) / 4;
      }
      int k = 1 + r.nextInt(n);
      double[] sorted = v.clone();
      Arrays.sort(sorted);
      double[] small = new double[k];
      double[] large = new double[k];
      int ns = 0;
      int nl = 0;
      for (double x : v) {
        ns = CleaningRules.keepSmallest(small, ns, x);
        nl = CleaningRules.keepLargest(large, nl, x);
      }
      assertArrayEquals(Arrays.toString(v) + " k=" + k, Arrays.copyOfRange(sorted, 0, k), small, 0.0);
      assertArrayEquals(Arrays.toString(v) + " k=" + k, Arrays.copyOfRange(sorted, n - k, n), large, 0.0);
    }
  }
}
