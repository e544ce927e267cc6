package weka.imbalance.resampling.strategy;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

import weka.core.Utils;
import weka.imbalance.OptionValues;

/**
 * The targets of every sampling strategy on hand-made counts (expected values worked out by hand in
 * the comments), their option checks when set, and the older -over/-under aliases.
 */
public class SamplingStrategyTest {

  private static final int[] COUNTS = {100, 0, 10, 30};

  private static final String PKG = "weka.imbalance.resampling.strategy.";

  static SamplingStrategy strategy(String spec) {
    return OptionValues.fromSpec(SamplingStrategy.class, "strategy", spec, "weka.imbalance.resampling.strategy");
  }

  static int[] targets(String spec, int[] counts) {
    return strategy(spec).targets(counts, null);
  }

  static void refused(String spec, String option) {
    IllegalArgumentException e = assertThrows(spec, IllegalArgumentException.class, () -> strategy(spec));
    assertTrue(e.getMessage(), e.getMessage().contains("-" + option + " "));
  }

  @Test
  public void smotePercentageIsThePackagesAmountRoundedDown() {
    assertArrayEquals(new int[] {100, 0, 20, 30}, targets("SmotePercentage -C 3 -P 100", COUNTS));
    assertArrayEquals(new int[] {100, 0, 39, 30}, targets("SmotePercentage -C 3 -P 290", COUNTS)); // 2.9 * 10
    assertArrayEquals(new int[] {100, 0, 11, 30}, targets("SmotePercentage -C 3 -P 15", COUNTS)); // 1.5 down
    assertArrayEquals(COUNTS, targets("SmotePercentage -C 3 -P 0", COUNTS));
    // 0 = the smallest non-empty class (10), first and last = class values 1 and 4
    assertArrayEquals(new int[] {100, 0, 20, 30}, targets("SmotePercentage", COUNTS));
    assertArrayEquals(new int[] {200, 0, 10, 30}, targets("SmotePercentage -C first", COUNTS));
    assertArrayEquals(new int[] {100, 0, 10, 60}, targets("SmotePercentage -C last", COUNTS));
    refused("SmotePercentage -P -1", "P");
    refused("SmotePercentage -C -1", "C");
    refused("SmotePercentage -C smallest", "C");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
      () -> targets("SmotePercentage -C 5", COUNTS));
    assertTrue(e.getMessage(), e.getMessage().startsWith("-C must be in 0..4"));
  }

  @Test
  public void equalCountsMeetsAtOneCount() {
    // non-empty classes 100, 10, 30: mean 140 / 3 = 46.7 -> 46, median 30, largest 100, smallest 10
    assertArrayEquals(new int[] {46, 0, 46, 46}, targets("EqualCounts", COUNTS));
    assertArrayEquals(new int[] {30, 0, 30, 30}, targets("EqualCounts -at median", COUNTS));
    assertArrayEquals(new int[] {100, 0, 100, 100}, targets("EqualCounts -at majority", COUNTS));
    assertArrayEquals(new int[] {10, 0, 10, 10}, targets("EqualCounts -at minority", COUNTS));
    // an even number of classes: the median is the mean of the middle two, rounded down: (4 + 7) / 2
    assertArrayEquals(new int[] {5, 5, 5, 5}, targets("EqualCounts -at median", new int[] {4, 10, 1, 7}));
    assertArrayEquals(new int[] {0, 0}, targets("EqualCounts", new int[] {0, 0}));
    refused("EqualCounts -at most", "at");
  }

  @Test
  public void raiseStrategiesNeverLowerAClass() {
    assertArrayEquals(new int[] {100, 0, 50, 50}, targets("RaiseToRatio -ratio 0.5", COUNTS));
    assertArrayEquals(new int[] {100, 0, 100, 100}, targets("RaiseToRatio", COUNTS));
    assertArrayEquals(new int[] {100, 0, 40, 40}, targets("RaiseToCount -count 40", COUNTS));
    refused("RaiseToRatio -ratio 1.5", "ratio");
    refused("RaiseToRatio -ratio 0", "ratio");
    refused("RaiseToCount -count -3", "count");
  }

  @Test
  public void explicitTargetsCanRaiseLowerOrKeepAndAreFixed() {
    SamplingStrategy s = strategy("ExplicitTargets -targets \"60, 5, 25, *\"");
    assertArrayEquals(new int[] {60, 0, 25, 30}, s.targets(COUNTS, null));
    assertArrayEquals(new boolean[] {true, true, true, false}, s.fixed(COUNTS));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
      () -> targets("ExplicitTargets -targets 1,2", COUNTS));
    assertTrue(e.getMessage(), e.getMessage().startsWith("-targets must be 4 comma-separated entries"));
    refused("ExplicitTargets -targets 1,2,x,3", "targets");
  }

  @Test
  public void undersamplingCutsOnlyWhatTheBaseLeavesAlone() {
    String base = " -base \"SmotePercentage -C 3 -P 200\""; // class 2: 10 -> 30
    assertArrayEquals(new int[] {30, 0, 30, 30}, targets("UndersampleToRatio -ratio 1" + base, COUNTS));
    assertArrayEquals(new int[] {60, 0, 30, 30}, targets("UndersampleToRatio -ratio 2" + base, COUNTS));
    assertArrayEquals(new int[] {25, 0, 30, 25}, targets("UndersampleToCount -count 25" + base, COUNTS));
    // nothing raised: the reference is the smallest non-empty class
    assertArrayEquals(new int[] {10, 0, 10, 10},
      targets("UndersampleToRatio -base \"SmotePercentage -P 0\"", COUNTS));
    // a class an explicit list names is left alone
    assertArrayEquals(new int[] {100, 0, 10, 10},
      targets("UndersampleToRatio -base \"ExplicitTargets -targets 100,*,*,*\"", COUNTS));
    // the default: the smallest class doubled (20), the others cut to 20
    assertArrayEquals(new int[] {20, 0, 20, 20}, targets("UndersampleToRatio", COUNTS));
    refused("UndersampleToRatio -ratio 0", "ratio");
    refused("UndersampleToCount -count -1", "count");
    refused("UndersampleToCount -base NoSuchStrategy", "base");
  }

  @Test
  public void optionsRoundTrip() throws Exception {
    for (String spec : new String[] {"SmotePercentage -C last -P 37.5", "EqualCounts -at median",
      "RaiseToRatio -ratio 0.25", "RaiseToCount -count 12", "ExplicitTargets -targets 5,*,7,8",
      "UndersampleToRatio -ratio 1.5 -base \"RaiseToCount -count 3\"",
      "UndersampleToCount -count 9 -base \"ExplicitTargets -targets *,1,2,3\""}) {
      SamplingStrategy s = strategy(spec);
      SamplingStrategy again = strategy(OptionValues.toSpec(s));
      assertEquals(spec, Utils.joinOptions(s.getOptions()), Utils.joinOptions(again.getOptions()));
      assertArrayEquals(spec, s.targets(COUNTS.clone(), null), again.targets(COUNTS.clone(), null));
    }
  }

  @Test
  public void theOlderPlanOptionsBecomeTheStrategyOfTheSamePlan() throws Exception {
    String[][] cases = {
      {"-over majority", "EqualCounts -at majority"},
      {"-over count -over-count 40", "RaiseToCount -count 40"},
      {"-over ratio -over-ratio 0.5", "RaiseToRatio -ratio 0.5"},
      {"-over explicit -over-targets 60,5,25,*", "ExplicitTargets -targets 60,5,25,*"},
      {"-P 200 -C 3 -under ratio -under-ratio 2",
        "UndersampleToRatio -ratio 2.0 -base \"" + PKG + "SmotePercentage -C 3 -P 200.0\""},
      {"-C 0 -K 5 -P 100.0 -S 1 -over percentage -over-count 0 -over-ratio 1.0 -under none -under-count 0 "
        + "-under-ratio 1.0", "SmotePercentage -C 0 -P 100.0"},
      {"-over majority -under count -under-count 60",
        "UndersampleToCount -count 60 -base \"" + PKG + "EqualCounts -at majority\""}};
    for (String[] c : cases) {
      String[] options = Utils.splitOptions(c[0]);
      SamplingStrategy s = LegacyOptions.read(options);
      assertEquals(c[0], c[1], s.toString());
    }
    // a bad value is reported under the alias the user gave
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
      () -> LegacyOptions.read(Utils.splitOptions("-over ratio -over-ratio 2")));
    assertEquals("-over-ratio must be in (0, 1], got 2.0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> LegacyOptions.read(Utils.splitOptions("-over most")));
    assertTrue(e.getMessage(), e.getMessage().startsWith("-over must be one of percentage, majority"));
  }
}
