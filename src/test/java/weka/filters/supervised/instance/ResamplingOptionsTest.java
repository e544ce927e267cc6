package weka.filters.supervised.instance;

import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.junit.Test;
import org.junit.function.ThrowingRunnable;

import weka.core.OptionHandler;
import weka.core.SelectedTag;
import weka.core.Utils;

/**
 * Every option of the two resampling filters is checked when it is set, by setOptions and by the
 * setter the object editor calls, and refused with an IllegalArgumentException that names the
 * option and the value (issue 14): never later, at training time.
 */
public class ResamplingOptionsTest {

  static void refused(String expectedStart, ThrowingRunnable r) {
    IllegalArgumentException e = assertThrows(expectedStart, IllegalArgumentException.class, r);
    assertTrue("expected '" + expectedStart + "...', got: " + e.getMessage(), e.getMessage().startsWith(expectedStart));
  }

  static void refusedOptions(OptionHandler h, String options, String expectedStart) {
    refused(expectedStart, () -> h.setOptions(Utils.splitOptions(options)));
  }

  @Test
  public void smoteRefusesEveryBadValueWhenSet() {
    String[][] cases = {
      {"-K 0", "-K must be >= 1, got 0"},
      {"-K five", "-K takes a whole number, got 'five'"},
      {"-S x", "-S takes a whole number, got 'x'"},
      {"-gap middle", "-gap must be one of attribute, instance, got 'middle'"},
      {"-nominal-distance hamming", "-nominal-distance must be one of smote-nc, vdm, got 'hamming'"},
      {"-scaling minmax", "-scaling must be one of range, std, none, got 'minmax'"},
      {"-search fast", "-search: cannot use 'fast'"},
      {"-search \"ExactSearch -num-threads -2\"",
        "-search: cannot use 'ExactSearch -num-threads -2' (-num-threads must be >= 0, got -2)"},
      {"-num-threads -1", "-num-threads must be >= 0, got -1"},
      {"-strategy Nope", "-strategy: cannot use 'Nope'"},
      {"-strategy \"SmotePercentage -P -5\"",
        "-strategy: cannot use 'SmotePercentage -P -5' (-P must be finite and >= 0, got -5.0)"},
      {"-strategy \"EqualCounts -at most\"",
        "-strategy: cannot use 'EqualCounts -at most' (-at must be one of mean, median, majority, minority, "
          + "got 'most')"},
      {"-strategy EqualCounts -P 200", "-strategy must be given alone"},
      {"-C x", "-C must be 0 (the smallest class), first, last or a 1-based class index, got 'x'"},
      {"-P -1", "-P must be finite and >= 0, got -1.0"},
      {"-over most", "-over must be one of percentage, majority, count, ratio, explicit, got 'most'"},
      {"-over ratio -over-ratio 1.5", "-over-ratio must be in (0, 1], got 1.5"},
      {"-over count -over-count -2", "-over-count must be >= 0, got -2"},
      {"-over explicit -over-targets 1,x", "-over-targets must be a comma-separated list of counts"},
      {"-under ratio -under-ratio 0", "-under-ratio must be finite and > 0, got 0.0"},
      {"-under count -under-count -3", "-under-count must be >= 0, got -3"},
      {"-under sometimes", "-under must be one of none, count, ratio, got 'sometimes'"}};
    for (String[] c : cases) {
      refusedOptions(new SMOTEWithUndersampling(), c[0], c[1]);
    }
    SMOTEWithUndersampling f = new SMOTEWithUndersampling();
    refused("-K must be >= 1, got 0", () -> f.setNearestNeighbors(0));
    refused("-strategy must be a sampling strategy, got null", () -> f.setSamplingStrategy(null));
    refused("-search must be a neighbour search, got null", () -> f.setNeighbourSearch(null));
    refused("-gap must be one of attribute, instance, got 'range' of another property",
      () -> f.setInterpolation(new SelectedTag(0, SMOTEWithUndersampling.TAGS_SCALING)));
    refused("-scaling must be one of", () -> f.setScaling(new SelectedTag(0, SMOTEWithUndersampling.TAGS_GAP)));
    refused("-nominal-distance must be one of",
      () -> f.setNominalDistance(new SelectedTag(0, SMOTEWithUndersampling.TAGS_GAP)));
  }

  @Test
  public void longTailSubsampleRefusesEveryBadValueWhenSet() {
    String[][] cases = {
      {"-rho 0.5", "-rho must be finite and >= 1.0, got 0.5"},
      {"-rho Infinity", "-rho must be finite and >= 1.0, got Infinity"},
      {"-rho many", "-rho takes a number, got 'many'"},
      {"-mu 1.5", "-mu must be in [0, 1], got 1.5"},
      {"-mu NaN", "-mu must be in [0, 1], got NaN"},
      {"-profile linear", "-profile must be one of exponential, step, got 'linear'"},
      {"-order size", "-order must be one of index, frequency, random, got 'size'"},
      {"-S x", "-S takes a whole number, got 'x'"}};
    for (String[] c : cases) {
      refusedOptions(new LongTailSubsample(), c[0], c[1]);
    }
    LongTailSubsample f = new LongTailSubsample();
    refused("-rho must be finite and >= 1.0, got 0.5", () -> f.setRho(0.5));
    refused("-mu must be in [0, 1], got -0.1", () -> f.setMu(-0.1));
    refused("-profile must be one of exponential, step, got 'index' of another property",
      () -> f.setProfile(new SelectedTag(0, LongTailSubsample.TAGS_ORDER)));
    refused("-order must be one of", () -> f.setClassOrder(new SelectedTag(0, LongTailSubsample.TAGS_PROFILE)));
  }
}
