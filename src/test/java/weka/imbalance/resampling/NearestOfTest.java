package weka.imbalance.resampling;

import static org.junit.Assert.assertArrayEquals;

import java.util.Random;

import org.junit.Test;

/**
 * The direct search of a class's neighbours among all instances
 * ({@link NeighbourOversampler#nearestOf}, used by Borderline-SMOTE, ADASYN and SVM-SMOTE on small
 * data) gives exactly the neighbours, in the same order, as the default search of every point: on
 * random data with many ties (small integer coordinates, duplicate points), missing and infinite
 * coordinates.
 */
public class NearestOfTest {

  @Test
  public void equalsTheExactSearchOfEveryPoint() throws Exception {
    Random r = new Random(3);
    for (int trial = 0; trial < 40; trial++) {
      int n = 2 + r.nextInt(120);
      int d = 1 + r.nextInt(6);
      double[] x = new double[n * d];
      for (int i = 0; i < x.length; i++) {
        int kind = r.nextInt(50);
        x[i] = kind == 0 ? Double.NaN : kind == 1 ? Double.POSITIVE_INFINITY : trial % 2 == 0 ? r.nextInt(3)
          : r.nextGaussian();
      }
      if (n > 3) {
        System.arraycopy(x, 0, x, d, d); // a duplicate point
      }
      int k = 1 + r.nextInt(Math.min(12, n - 1));
      int[] queries = r.ints(0, n).distinct().limit(1 + r.nextInt(n)).sorted().toArray();
      int[][] every = new ExactSearch().kNearest(x, n, d, k);
      int[][] direct = NeighbourOversampler.nearestOf(x, n, d, queries, k);
      for (int q = 0; q < queries.length; q++) {
        assertArrayEquals("trial " + trial + ", point " + queries[q], every[queries[q]], direct[q]);
      }
    }
  }
}
