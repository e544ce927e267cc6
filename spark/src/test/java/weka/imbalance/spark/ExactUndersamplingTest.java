package weka.imbalance.spark;

import static org.junit.Assert.assertEquals;

import java.util.Random;

import org.junit.Test;

import weka.imbalance.resampling.SamplingPlan;

/**
 * The undersampling's two draws (partition quotas, then selection within each partition) without
 * Spark: every trial keeps exactly the target, and every instance is kept with probability
 * target / count, wherever its partition and whatever the partitions' sizes.
 */
public class ExactUndersamplingTest {

  @Test
  public void exactCountAndUniformInclusion() {
    long[][] counts = {{3, 0}, {0, 2}, {7, 1}, {2, 0}}; // class 0: 12 instances over three partitions
    SamplingPlan plan = new SamplingPlan(new int[] {12, 3}, new int[] {5, 3});
    int trials = 20000;
    int[][] kept = new int[counts.length][];
    for (int p = 0; p < counts.length; p++) {
      kept[p] = new int[(int) counts[p][0]];
    }
    Random r = new Random(42);
    for (int t = 0; t < trials; t++) {
      long[][] quota = SparkResampler.undersamplingQuotas(counts, plan, r);
      long total = 0;
      for (int p = 0; p < counts.length; p++) {
        assertEquals("class 1 is not lowered: kept whole", -1, quota[p][1]);
        long chosen = 0;
        for (int i = 0; i < counts[p][0]; i++) {
          if (SparkResampler.take(r, counts[p][0] - i, quota[p][0] - chosen)) {
            chosen++;
            kept[p][i]++;
          }
        }
        assertEquals("partition " + p + " keeps exactly its quota", quota[p][0], chosen);
        total += chosen;
      }
      assertEquals("exactly the target", 5, total);
    }
    // inclusion probability 5 / 12; the standard error over 20000 trials is 0.0035
    for (int p = 0; p < counts.length; p++) {
      for (int i = 0; i < kept[p].length; i++) {
        assertEquals("instance " + i + " of partition " + p, 5.0 / 12, kept[p][i] / (double) trials, 0.015);
      }
    }
  }
}
