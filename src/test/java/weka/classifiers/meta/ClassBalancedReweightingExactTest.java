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
    // beta 0.9: w = 0.1 / (1 - 0.9^n) for n = 8, 2, rescaled to keep the total weight 10
    FixedDistributionClassifier base = new FixedDistributionClassifier.Weighted();
    ClassBalancedReweighting c = cb(base, "-beta", "0.9");
    c.buildClassifier(eightTwo());
    assertArrayEquals(new double[] {0.7145367208280736, 2.141853116687705}, c.getClassFactors(), EPS);
    assertArrayEquals(new double[] {5.716293766624589, 4.28370623337541}, classWeights(base.trainedOn.get(0)), EPS);
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
  public void badValuesNameTheOption() throws Exception {
    ClassBalancedReweighting c = cb(new FixedDistributionClassifier.Weighted(), "-beta", "1");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.buildClassifier(eightTwo()));
    assertTrue(e.getMessage(), e.getMessage().contains("-beta") && e.getMessage().contains("1.0"));
    e = assertThrows(IllegalArgumentException.class, () -> cb(new FixedDistributionClassifier(), "-weighting", "x"));
    assertTrue(e.getMessage().contains("-weighting") && e.getMessage().contains("'x'"));
  }

  @Test
  public void toStringShowsTheFactors() throws Exception {
    ClassBalancedReweighting c = cb(new FixedDistributionClassifier.Weighted(), "-weighting", "InverseFrequency");
    c.buildClassifier(eightTwo());
    String s = c.toString();
    assertTrue(s, s.contains("0.625") && s.contains("2.5"));
  }
}
