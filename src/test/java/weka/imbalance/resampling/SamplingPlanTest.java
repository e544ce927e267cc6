package weka.imbalance.resampling;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.Random;

import org.junit.Test;

/**
 * The plan record and the long-tail profiles, independent of any instance (the SMOTE strategies:
 * SamplingStrategyTest).
 */
public class SamplingPlanTest {

  private static final int[] COUNTS = {100, 0, 10, 30};

  @Test
  public void planValidatesAndReports() {
    SamplingPlan p = new SamplingPlan(COUNTS, new int[] {50, 0, 20, 30});
    assertEquals(4, p.numClasses());
    assertEquals(20, p.after(2));
    assertEquals(10, p.before(2));
    String r = p.report(null);
    assertTrue(r, r.contains("undersample -50") && r.contains("oversample +10") && r.contains("total\t140\t100"));
    assertThrows(IllegalArgumentException.class, () -> new SamplingPlan(COUNTS, new int[] {1, 1, 1, 1}));
    assertEquals(1, SamplingPlan.smallestNonEmpty(new int[] {0, 3, 3, 5}));
    assertEquals(-1, SamplingPlan.smallestNonEmpty(new int[] {0, 0}));
  }

  @Test
  public void longTailExponentialReproducesPublishedCounts() {
    int[] fashion = LongTailPlan.profile(6000, 10, LongTailPlan.Profile.EXPONENTIAL, 100, 0.5);
    assertArrayEquals(new int[] {6000, 3596, 2156, 1292, 774, 464, 278, 166, 100, 60}, fashion);
    assertArrayEquals(new int[] {6000, 4645, 3596, 2784, 2156, 1669, 1292, 1000, 774, 600},
      LongTailPlan.profile(6000, 10, LongTailPlan.Profile.EXPONENTIAL, 10, 0.5));
    assertEquals(12406, sum(LongTailPlan.profile(5000, 10, LongTailPlan.Profile.EXPONENTIAL, 100, 0.5)));
    assertEquals(10847, sum(LongTailPlan.profile(500, 100, LongTailPlan.Profile.EXPONENTIAL, 100, 0.5)));
    assertArrayEquals(new int[] {7}, LongTailPlan.profile(7, 1, LongTailPlan.Profile.EXPONENTIAL, 100, 0.5));
  }

  @Test
  public void longTailStepKeepsNmaxForFractionMu() {
    assertArrayEquals(new int[] {5000, 5000, 5000, 5000, 5000, 50, 50, 50, 50, 50},
      LongTailPlan.profile(5000, 10, LongTailPlan.Profile.STEP, 100, 0.5));
    assertArrayEquals(new int[] {600, 60, 60, 60}, LongTailPlan.profile(600, 4, LongTailPlan.Profile.STEP, 10, 0.3));
    assertThrows(IllegalArgumentException.class, () -> LongTailPlan.profile(10, 3, LongTailPlan.Profile.STEP, 0.5, 0.5));
  }

  @Test
  public void longTailOrders() {
    int[] counts = {5, 0, 9, 9, 2};
    assertArrayEquals(new int[] {0, 2, 3, 4}, LongTailPlan.order(counts, LongTailPlan.Order.INDEX, null));
    assertArrayEquals(new int[] {2, 3, 0, 4}, LongTailPlan.order(counts, LongTailPlan.Order.FREQUENCY, null));
    int[] r1 = LongTailPlan.order(counts, LongTailPlan.Order.RANDOM, new Random(1));
    assertArrayEquals(r1, LongTailPlan.order(counts, LongTailPlan.Order.RANDOM, new Random(1)));
    int[] sorted = r1.clone();
    java.util.Arrays.sort(sorted);
    assertArrayEquals(new int[] {0, 2, 3, 4}, sorted);
    // never more than a class has: class 1 (2 instances) would get floor(9 * 0.1^(1/2)) = 2, class 2 floor(0.9)
    SamplingPlan p = LongTailPlan.plan(new int[] {9, 1, 9}, LongTailPlan.Profile.EXPONENTIAL, 10, 0.5,
      LongTailPlan.Order.INDEX, null);
    assertArrayEquals(new int[] {9, 1, 0}, p.after());
  }

  private static int sum(int[] a) {
    int s = 0;
    for (int v : a) {
      s += v;
    }
    return s;
  }
}
