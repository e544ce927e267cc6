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
import weka.imbalance.weighting.ClassWeighting;
import weka.imbalance.weighting.EffectiveNumberWeighting;
import weka.imbalance.weighting.InverseFrequencyWeighting;

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
  public void defaultIsTheEffectiveNumberWithTheAuthorsBeta() {
    ClassWeighting w = new ClassBalancedReweighting().getClassWeighting();
    assertTrue(w.getClass().getName(), w instanceof EffectiveNumberWeighting);
    assertEquals(0.9999, ((EffectiveNumberWeighting) w).getBeta(), 0);
  }

  @Test
  public void theWeightingIsTheMLPsPlugInAndReleaseZeroOneOptionsMeanTheSamePlugIn() throws Exception {
    ClassBalancedReweighting spec = cb(new FixedDistributionClassifier(), "-weighting", "InverseFrequencyWeighting -nu 0.5");
    ClassBalancedReweighting legacy = cb(new FixedDistributionClassifier(), "-weighting", "InverseFrequency", "-nu", "0.5");
    ClassBalancedReweighting legacyNuAlone = cb(new FixedDistributionClassifier(), "-nu", "0.5");
    for (ClassBalancedReweighting c : new ClassBalancedReweighting[] {spec, legacy, legacyNuAlone}) {
      assertEquals(0.5, ((InverseFrequencyWeighting) c.getClassWeighting()).getNu(), 0);
    }
    ClassBalancedReweighting beta = cb(new FixedDistributionClassifier(), "-beta", "0.9");
    assertEquals(0.9, ((EffectiveNumberWeighting) beta.getClassWeighting()).getBeta(), 0);
    // written back as the plug-in, read again to the same configuration
    ClassBalancedReweighting again = new ClassBalancedReweighting();
    again.setOptions(legacy.getOptions());
    assertEquals(java.util.Arrays.toString(legacy.getOptions()), java.util.Arrays.toString(again.getOptions()));
    assertTrue(java.util.Arrays.toString(legacy.getOptions()), String.join(" ", legacy.getOptions()).contains(
      "InverseFrequencyWeighting -nu 0.5"));
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
      {"-weighting", "x"}, {"-weighting", "EffectiveNumberWeighting -beta 1"},
      {"-weighting", "InverseFrequencyWeighting -start 0.8"}, {"-beta", "0.9", "-weighting", "InverseFrequencyWeighting"},
      {"-nu", "0.5", "-weighting", "EffectiveNumberWeighting"},
      {"-beta", "0.5", "-weighting", "EffectiveNumberWeighting -beta 0.9"}};
    for (String[] b : bad) {
      IllegalArgumentException e = assertThrows(String.join(" ", b), IllegalArgumentException.class,
        () -> cb(new FixedDistributionClassifier(), b));
      assertTrue(e.getMessage(), e.getMessage().startsWith(b[0]));
    }
    ClassBalancedReweighting c = new ClassBalancedReweighting();
    InverseFrequencyWeighting deferred = new InverseFrequencyWeighting();
    deferred.setStart(0.8);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.setClassWeighting(deferred));
    assertTrue(e.getMessage(), e.getMessage().startsWith("-weighting must be without a deferred start"));
    e = assertThrows(IllegalArgumentException.class, () -> c.setClassWeighting(null));
    assertTrue(e.getMessage(), e.getMessage().startsWith("-weighting must be a class weighting"));
    // the refused values were not stored
    assertTrue(c.getClassWeighting() instanceof EffectiveNumberWeighting);
    assertEquals(ClassBalancedReweighting.DEFAULT_BETA, ((EffectiveNumberWeighting) c.getClassWeighting()).getBeta(), 0);
  }

  @Test
  public void toStringShowsTheFactors() throws Exception {
    ClassBalancedReweighting c = cb(new FixedDistributionClassifier.Weighted(), "-weighting", "InverseFrequency");
    c.buildClassifier(eightTwo());
    String s = c.toString();
    assertTrue(s, s.contains("0.625") && s.contains("2.5"));
  }

  @Test
  public void aModelOfReleaseZeroOneKeepsItsWeightingAsThePlugIn() throws Exception {
    ClassBalancedReweighting old;
    try (java.io.InputStream in = getClass().getResourceAsStream(
      "/weka/imbalance/compat/0.1.0/ClassBalancedReweighting.model")) {
      old = (ClassBalancedReweighting) weka.core.SerializationHelper.read(in);
    }
    // release 0.1.0 saved its default: scheme EffectiveNumber, beta 0.9999
    assertEquals(0.9999, ((EffectiveNumberWeighting) old.getClassWeighting()).getBeta(), 0);
    assertTrue(old.toString(), old.toString().contains("EffectiveNumberWeighting -beta 0.9999"));
  }
}
