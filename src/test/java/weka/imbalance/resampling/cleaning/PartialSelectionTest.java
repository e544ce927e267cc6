package weka.imbalance.resampling.cleaning;

import static org.junit.Assert.assertArrayEquals;

import java.util.Arrays;
import java.util.Random;

import org.junit.Test;

/**
 * NearMiss-2's partial selection (the k largest distances, kept ascending) gives exactly the last k
 * entries of the fully sorted list, ties, signed zeros and NaN included, so that the scores summed
 * from it are bit-identical to summing the sorted list's entries (the k smallest: NearestScanTest).
 */
public class PartialSelectionTest {

  @Test
  public void theKLargestAreTheSortedListsEnd() {
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
      double[] large = new double[k];
      int nl = 0;
      for (double x : v) {
        nl = CleaningRules.keepLargest(large, nl, x);
      }
      assertArrayEquals(Arrays.toString(v) + " k=" + k, Arrays.copyOfRange(sorted, n - k, n), large, 0.0);
    }
  }
}
