package weka.classifiers.meta;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static weka.imbalance.meta.MetaTestData.add;
import static weka.imbalance.meta.MetaTestData.header;
import static weka.imbalance.meta.MetaTestData.query;

import org.junit.Test;

import weka.core.Instance;
import weka.core.Instances;
import weka.imbalance.meta.FixedDistributionClassifier;

public class ClassBalancedReweightingExactTest {

  private static final double EPS = 1e-9;

  private static ClassBalancedReweighting cb(FixedDistributionClassifier base, String... opts) throws Exception {
    ClassBalancedReweighting c = new ClassBalancedReweighting();
    c.setOptions(opts);
    c.setClassifier(base);
    return c;
  }

  private static Instances eightTwo() {
    Instances d = header("neg", "pos");
    add(d, 8, 0, 1, 0.9, 0.1);
    add(d, 2, 1, 1, 0.6, 0.4);
    return d;
  }

  private static double[] classWeights(Instances d) {
    double[] w = new double[d.numClasses()];
    for (Instance i : d) {
      w[(int) i.classValue()] += i.weight();
    }
    return w;
  }

  @Test
  public void defaultBetaIsTheAuthors() {
    assertEquals(0.9999, new ClassBalancedReweighting().getBeta(), 0);
  }

  @Test
  public void betaZeroChangesNothing() throws Exception {
    FixedDistributionClassifier base = new FixedDistributionClassifier.Weighted();
    cb(base, "-beta", "0").buildClassifier(eightTwo());
    assertArrayEquals(new double[] {8, 2}, classWeights(base.trainedOn.get(0)), EPS);
  }

  @Test
  public void effectiveNumberWeightsKeepTheTotal() throws Exception {
    // Cui et al.: w_y = (1 - beta) / (1 - beta^n_y); rescaled so that sum_y factor_y * n_y = N
    double beta = 0.9;
    double[] n = {8, 2};
    double[] w = {(1 - beta) / (1 - Math.pow(beta, n[0])), (1 - beta) / (1 - Math.pow(beta, n[1]))};
    double scale = (n[0] + n[1]) / (w[0] * n[0] + w[1] * n[1]);
    double[] factor = {w[0] * scale, w[1] * scale};
    FixedDistributionClassifier base = new FixedDistributionClassifier.Weighted();
    ClassBalancedReweighting c = cb(base, "-beta", "0.9");
    c.buildClassifier(eightTwo());
    assertArrayEquals(factor, c.getClassFactors(), EPS);
    assertArrayEquals(new double[] {factor[0] * n[0], factor[1] * n[1]}, classWeights(base.trainedOn.get(0)), EPS);
    assertEquals(10, classWeights(base.trainedOn.get(0))[0] + classWeights(base.trainedOn.get(0))[1], EPS);
    // the rare class gains: 1 - 0.9^2 = 0.19 against 1 - 0.9^8 = 0.57, a ratio of 3
    assertEquals((1 - Math.pow(0.9, 8)) / 0.19, c.getClassFactors()[1] / c.getClassFactors()[0], EPS);
  }

  @Test
  public void inverseFrequencyBalancesTheClasses() throws Exception {
    FixedDistributionClassifier base = new FixedDistributionClassifier.Weighted();
    ClassBalancedReweighting c = cb(base, "-weighting", "InverseFrequency");
    c.buildClassifier(eightTwo());
    assertArrayEquals(new double[] {0.625, 2.5}, c.getClassFactors(), EPS);
    assertArrayEquals(new double[] {5, 5}, classWeights(base.trainedOn.get(0)), EPS);
    base = new FixedDistributionClassifier.Weighted();
    cb(base, "-weighting", "InverseFrequency", "-nu", "0").buildClassifier(eightTwo());
    assertArrayEquals(new double[] {8, 2}, classWeights(base.trainedOn.get(0)), EPS);
  }

  @Test
  public void existingWeightsAreMultiplied() throws Exception {
    Instances d = header("neg", "pos");
    add(d, 4, 0, 2, 0.9, 0.1); // class weight 8
    add(d, 1, 1, 2, 0.6, 0.4); // class weight 2
    FixedDistributionClassifier base = new FixedDistributionClassifier.Weighted();
    cb(base, "-weighting", "InverseFrequency").buildClassifier(d);
    Instances t = base.trainedOn.get(0);
    assertEquals(2 * 0.625, t.instance(0).weight(), EPS);
    assertEquals(2 * 2.5, t.instance(4).weight(), EPS);
  }

  @Test
  public void nonWeightedBaseGetsASeededResample() throws Exception {
    Instances d = header("neg", "pos");
    add(d, 90, 0, 1, 0.9, 0.1);
    add(d, 10, 1, 1, 0.6, 0.4);
    FixedDistributionClassifier a = new FixedDistributionClassifier();
    FixedDistributionClassifier b = new FixedDistributionClassifier();
    FixedDistributionClassifier c = new FixedDistributionClassifier();
    cb(a, "-weighting", "InverseFrequency", "-S", "1").buildClassifier(d);
    cb(b, "-weighting", "InverseFrequency", "-S", "1").buildClassifier(d);
    cb(c, "-weighting", "InverseFrequency", "-S", "2").buildClassifier(d);
    Instances ta = a.trainedOn.get(0);
    assertEquals(100, ta.numInstances());
    assertTrue(ta.allInstanceWeightsIdentical());
    double[] w = classWeights(ta);
    assertTrue("resample should be roughly balanced: " + w[0] + "/" + w[1], w[1] > 30 && w[0] > 30);
    assertEquals(ta.toString(), b.trainedOn.get(0).toString());
    assertNotEquals(ta.toString(), c.trainedOn.get(0).toString());
  }

  @Test
  public void predictionsAreTheBaseLearnersAndTheDataIsUntouched() throws Exception {
    Instances d = eightTwo();
    Instances copy = new Instances(d);
    FixedDistributionClassifier base = new FixedDistributionClassifier.Weighted();
    ClassBalancedReweighting c = cb(base);
    c.buildClassifier(d);
    assertEquals(copy.toString(), d.toString());
    for (int i = 0; i < d.numInstances(); i++) {
      assertEquals(1, d.instance(i).weight(), 0);
    }
    assertArrayEquals(new double[] {0.7, 0.3}, c.distributionForInstance(query(d, 0.7, 0.3)), EPS);
    assertArrayEquals(base.lastReturnedCopy, base.lastReturned, 0);
  }

  @Test
  public void badValuesAreRefusedWhenSetNamingTheOption() {
    String[][] bad = {{"-beta", "1"}, {"-beta", "-0.1"}, {"-beta", "NaN"}, {"-nu", "-1"}, {"-nu", "x"},
      {"-weighting", "x"}};
    for (String[] b : bad) {
      IllegalArgumentException e = assertThrows(String.join(" ", b), IllegalArgumentException.class,
        () -> cb(new FixedDistributionClassifier(), b));
      assertTrue(e.getMessage(), e.getMessage().contains(b[0]) && e.getMessage().contains(b[1]));
    }
    ClassBalancedReweighting c = new ClassBalancedReweighting();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.setBeta(1));
    assertEquals("-beta must be in [0, 1), got 1.0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> c.setNu(-2));
    assertEquals("-nu must be finite and >= 0, got -2.0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> c.setWeighting(new weka.core.SelectedTag(0,
      ThresholdMoving.TAGS_TAU_SELECTION)));
    assertTrue(e.getMessage(), e.getMessage().toLowerCase(java.util.Locale.ROOT).startsWith(
      "-weighting must be one of effectivenumber, inversefrequency"));
    assertEquals(ClassBalancedReweighting.DEFAULT_BETA, c.getBeta(), 0);
    assertEquals(ClassBalancedReweighting.DEFAULT_NU, c.getNu(), 0);
  }

  @Test
  public void toStringShowsTheFactors() throws Exception {
    ClassBalancedReweighting c = cb(new FixedDistributionClassifier.Weighted(), "-weighting", "InverseFrequency");
    c.buildClassifier(eightTwo());
    String s = c.toString();
    assertTrue(s, s.contains("0.625") && s.contains("2.5"));
  }
}
