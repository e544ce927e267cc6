package weka.classifiers.meta;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
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

  /**
   * 40 a's at (0.62, 0.23, 0.15), 10 b's at (0.5, 0.38, 0.12), 10 c's at (0.52, 0.13, 0.35). At the
   * priors (2/3, 1/6, 1/6) the a's score (0.93, 1.38, 0.9) and are all lost to b, the b's and c's
   * are right: balanced accuracy 2/3. Thresholds that get every instance right exist (q = (1/2,
   * 1/4, 1/4) scores the a's (1.24, 0.92, 0.6)), so the best out-of-fold balanced accuracy is 1.
   */
  @Test
  public void cvThresholdMultiClassFindsThresholdsThatGetEveryClassRight() throws Exception {
    Instances d = header("a", "b", "c");
    double[][] groups = {{0.62, 0.23, 0.15}, {0.5, 0.38, 0.12}, {0.52, 0.13, 0.35}};
    add(d, 40, 0, 1, groups[0]);
    add(d, 10, 1, 1, groups[1]);
    add(d, 10, 2, 1, groups[2]);
    PlugInEmpiricalThreshold p = plugIn(new FixedDistributionClassifier(), "-cv-threshold");
    p.buildClassifier(d);
    double[] q = p.getThresholdPriors();
    assertEquals(1, q[0] + q[1] + q[2], 1e-12);
    // the decision rule written out: argmax_k p_k / q_k gets each group's own class
    for (int y = 0; y < 3; y++) {
      int best = 0;
      for (int k = 1; k < 3; k++) {
        if (groups[y][k] / q[k] > groups[y][best] / q[best]) {
          best = k;
        }
      }
      assertEquals("group " + y + " with q = " + java.util.Arrays.toString(q), y, best);
      assertEquals(y, Utils.maxIndex(p.distributionForInstance(query(d, groups[y]))));
    }
    assertArrayEquals(new double[] {2.0 / 3, 1}, p.getOutOfFoldBalancedAccuracy(), 1e-12);
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

  @Test
  public void claimsOnlyWhatIsProvenAndSaysWhenItCoincidesWithThresholdMoving() {
    PlugInEmpiricalThreshold p = new PlugInEmpiricalThreshold();
    String info = p.globalInfo();
    // consistency is proven for two classes (Menon et al. 2013); for several classes only the
    // Bayes-optimal form of the rule is (Menon et al. 2021), which is cited as the source
    assertTrue(info, info.contains("Menon et al. prove consistent for the balanced error"));
    assertTrue(info, info.contains("no consistency proof for the several-class rule"));
    assertTrue(info, info.contains("ThresholdMoving -fixed-tau"));
    String cited = p.getTechnicalInformation().toString();
    assertTrue(cited, cited.contains("Binary Classification under Class Imbalance")
      && cited.contains("Long-tail learning via logit adjustment"));
  }

  @Test
  public void badFoldsAreRefusedWhenSet() {
    PlugInEmpiricalThreshold p = new PlugInEmpiricalThreshold();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> p.setNumFolds(1));
    assertEquals("-folds must be >= 2, got 1", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> p.setOptions(new String[] {"-folds", "two"}));
    assertEquals("-folds takes a whole number, got 'two'", e.getMessage());
    assertEquals(PlugInEmpiricalThreshold.DEFAULT_FOLDS, p.getNumFolds());
  }
}
