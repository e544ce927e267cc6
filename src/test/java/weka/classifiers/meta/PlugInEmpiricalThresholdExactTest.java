package weka.classifiers.meta;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static weka.imbalance.meta.MetaTestData.add;
import static weka.imbalance.meta.MetaTestData.header;
import static weka.imbalance.meta.MetaTestData.query;

import org.junit.Test;

import weka.classifiers.functions.Logistic;
import weka.core.Instances;
import weka.core.Utils;
import weka.imbalance.meta.FixedDistributionClassifier;

public class PlugInEmpiricalThresholdExactTest {

  private static final double EPS = 1e-9;

  private static PlugInEmpiricalThreshold plugIn(FixedDistributionClassifier base, String... opts) throws Exception {
    PlugInEmpiricalThreshold p = new PlugInEmpiricalThreshold();
    p.setOptions(opts);
    p.setClassifier(base);
    return p;
  }

  private static Instances eightTwo() {
    Instances d = header("neg", "pos");
    add(d, 8, 0, 1, 0.9, 0.1);
    add(d, 2, 1, 1, 0.6, 0.4);
    return d;
  }

  @Test
  public void defaultEstimatorIsLogistic() {
    assertTrue(new PlugInEmpiricalThreshold().getClassifier() instanceof Logistic);
  }

  @Test
  public void binaryThresholdIsTheEmpiricalPrior() throws Exception {
    Instances d = eightTwo();
    PlugInEmpiricalThreshold p = plugIn(new FixedDistributionClassifier());
    p.buildClassifier(d);
    assertEquals(1, Utils.maxIndex(p.distributionForInstance(query(d, 0.79, 0.21))));
    assertEquals(0, Utils.maxIndex(p.distributionForInstance(query(d, 0.81, 0.19))));
    // warp: p*_pos = (eta / 0.2) / (eta / 0.2 + (1 - eta) / 0.8)
    double eta = 0.3;
    double a = eta / 0.2;
    double b = (1 - eta) / 0.8;
    assertArrayEquals(new double[] {b / (a + b), a / (a + b)}, p.distributionForInstance(query(d, 1 - eta, eta)), EPS);
    assertArrayEquals(new double[] {0.8, 0.2}, p.getThresholdPriors(), EPS);
    assertTrue(p.toString(), p.toString().contains("Predict pos iff P(pos|x) > 0.2 (the empirical prior)"));
  }

  @Test
  public void warpIsMonotoneProperAndNeverHard() throws Exception {
    Instances d = eightTwo();
    PlugInEmpiricalThreshold p = plugIn(new FixedDistributionClassifier());
    p.buildClassifier(d);
    double prev = -1;
    for (int i = 1; i < 100; i++) {
      double eta = i / 100.0;
      double[] out = p.distributionForInstance(query(d, 1 - eta, eta));
      assertEquals(1, out[0] + out[1], 1e-12);
      assertTrue(out[1] > prev && out[1] > 0 && out[1] < 1);
      assertEquals(eta > 0.2, out[1] > 0.5);
      prev = out[1];
    }
  }

  @Test
  public void multiClassArgmaxOfEtaOverPrior() throws Exception {
    Instances d = header("a", "b", "c");
    add(d, 5, 0, 1, 1, 0, 0);
    add(d, 3, 1, 1, 0, 1, 0);
    add(d, 2, 2, 1, 0, 0, 1);
    PlugInEmpiricalThreshold p = plugIn(new FixedDistributionClassifier());
    p.buildClassifier(d);
    double[] got = p.distributionForInstance(query(d, 0.4, 0.35, 0.25));
    double[] r = {0.4 / 0.5, 0.35 / 0.3, 0.25 / 0.2};
    double s = r[0] + r[1] + r[2];
    assertArrayEquals(new double[] {r[0] / s, r[1] / s, r[2] / s}, got, EPS);
    assertEquals(2, Utils.maxIndex(got));
  }

  @Test
  public void weightsCountInTheEmpiricalPrior() throws Exception {
    Instances d = header("neg", "pos");
    add(d, 8, 0, 1, 0.9, 0.1);
    add(d, 2, 1, 2, 0.6, 0.4); // weighted counts 8 and 4: prior 1/3
    PlugInEmpiricalThreshold p = plugIn(new FixedDistributionClassifier.Weighted());
    p.buildClassifier(d);
    assertArrayEquals(new double[] {2.0 / 3, 1.0 / 3}, p.getThresholdPriors(), EPS);
  }

  /**
   * Positives at P(pos) 0.3 and 0.4 (5 each), negatives at 0.1, 0.2 and 0.35 (10 each). Balanced
   * accuracy is 0.833 for any t in (0.2, 0.3), lower elsewhere: the midpoint 0.25 is chosen.
   */
  @Test
  public void cvThresholdMaximisesBalancedAccuracy() throws Exception {
    Instances d = header("neg", "pos");
    add(d, 5, 1, 1, 0.7, 0.3);
    add(d, 5, 1, 1, 0.6, 0.4);
    add(d, 10, 0, 1, 0.9, 0.1);
    add(d, 10, 0, 1, 0.8, 0.2);
    add(d, 10, 0, 1, 0.65, 0.35);
    PlugInEmpiricalThreshold p = plugIn(new FixedDistributionClassifier(), "-cv-threshold");
    p.buildClassifier(d);
    assertArrayEquals(new double[] {0.75, 0.25}, p.getThresholdPriors(), EPS);
    assertEquals(1, Utils.maxIndex(p.distributionForInstance(query(d, 0.74, 0.26))));
    assertEquals(0, Utils.maxIndex(p.distributionForInstance(query(d, 0.76, 0.24))));
    assertTrue(p.toString(), p.toString().contains("0.8333 tuned"));
  }

  @Test
  public void cvThresholdMultiClassNeverWorseOutOfFold() throws Exception {
    Instances d = header("a", "b", "c");
    add(d, 30, 0, 1, 0.6, 0.3, 0.1);
    add(d, 10, 0, 1, 0.5, 0.2, 0.3);
    add(d, 10, 1, 1, 0.55, 0.4, 0.05);
    add(d, 5, 2, 1, 0.45, 0.25, 0.3);
    PlugInEmpiricalThreshold p = plugIn(new FixedDistributionClassifier(), "-cv-threshold");
    p.buildClassifier(d);
    assertEquals(1, Utils.sum(p.getThresholdPriors()), 1e-12);
    double[] ba = p.getOutOfFoldBalancedAccuracy();
    double tuned = ba[1];
    // at the priors, the 40 a's at (0.6, 0.3, 0.1) and (0.5, 0.2, 0.3) are all lost to b or c
    assertTrue(p.toString(), tuned > ba[0]);
  }

  @Test
  public void neverModifiesTheEstimatorsArrayNorTheData() throws Exception {
    Instances d = eightTwo();
    Instances copy = new Instances(d);
    FixedDistributionClassifier base = new FixedDistributionClassifier();
    PlugInEmpiricalThreshold p = plugIn(base, "-cv-threshold");
    p.buildClassifier(d);
    assertEquals(copy.toString(), d.toString());
    p.distributionForInstance(query(d, 0.7, 0.3));
    assertArrayEquals(base.lastReturnedCopy, base.lastReturned, 0);
  }

  @Test
  public void classAbsentFromTrainingGetsProbabilityZero() throws Exception {
    Instances d = header("a", "b", "c");
    add(d, 6, 0, 1, 0.8, 0.1, 0.1);
    add(d, 2, 1, 1, 0.2, 0.7, 0.1);
    PlugInEmpiricalThreshold p = plugIn(new FixedDistributionClassifier(), "-cv-threshold");
    p.buildClassifier(d);
    assertEquals(0, p.distributionForInstance(query(d, 0.1, 0.1, 0.8))[2], 0);
  }

  @Test
  public void sameSeedSameModel() throws Exception {
    Instances d = new Instances(new java.io.FileReader("data/ecoli.arff"));
    d.setClassIndex(d.numAttributes() - 1);
    PlugInEmpiricalThreshold a = new PlugInEmpiricalThreshold();
    a.setOptions(new String[] {"-cv-threshold", "-S", "5", "-W", "weka.classifiers.bayes.NaiveBayes"});
    PlugInEmpiricalThreshold b = new PlugInEmpiricalThreshold();
    b.setOptions(a.getOptions());
    a.buildClassifier(d);
    b.buildClassifier(d);
    assertEquals(a.toString(), b.toString());
  }
}
