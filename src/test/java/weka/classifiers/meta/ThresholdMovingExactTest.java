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

import weka.classifiers.CostMatrix;
import weka.classifiers.trees.J48;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;
import weka.imbalance.meta.FixedDistributionClassifier;

public class ThresholdMovingExactTest {

  private static final double EPS = 1e-9;

  /** 8 negatives, 2 positives: priors (0.8, 0.2). */
  private static Instances eightTwo() {
    Instances d = header("neg", "pos");
    add(d, 8, 0, 1, 0.9, 0.1);
    add(d, 2, 1, 1, 0.6, 0.4);
    return d;
  }

  private static ThresholdMoving tm(FixedDistributionClassifier base, String... opts) throws Exception {
    ThresholdMoving t = new ThresholdMoving();
    t.setOptions(opts);
    t.setClassifier(base);
    return t;
  }

  @Test
  public void fixedTauOneDividesByTrainingPriors() throws Exception {
    Instances d = eightTwo();
    ThresholdMoving t = tm(new FixedDistributionClassifier(), "-fixed-tau");
    t.buildClassifier(d);
    double[] got = t.distributionForInstance(query(d, 0.7, 0.3));
    // p* proportional to (0.7 / 0.8, 0.3 / 0.2) = (0.875, 1.5)
    assertArrayEquals(new double[] {0.875 / 2.375, 1.5 / 2.375}, got, EPS);
    assertEquals(1.0, t.getLearnedTau(), 0);
  }

  @Test
  public void tauZeroLeavesTheDistribution() throws Exception {
    Instances d = eightTwo();
    ThresholdMoving t = tm(new FixedDistributionClassifier(), "-tau", "0", "-fixed-tau");
    t.buildClassifier(d);
    assertArrayEquals(new double[] {0.7, 0.3}, t.distributionForInstance(query(d, 0.7, 0.3)), EPS);
  }

  @Test
  public void tauTwoSquaresThePriorCosts() throws Exception {
    Instances d = eightTwo();
    ThresholdMoving t = tm(new FixedDistributionClassifier(), "-tau", "2", "-fixed-tau");
    t.buildClassifier(d);
    double a = 0.7 / 0.64;
    double b = 0.3 / 0.04;
    assertArrayEquals(new double[] {a / (a + b), b / (a + b)}, t.distributionForInstance(query(d, 0.7, 0.3)), EPS);
  }

  @Test
  public void costMatrixMultipliesByRowSums() throws Exception {
    Instances d = eightTwo();
    // rows = actual: misclassifying a positive costs 4, a negative 1 -> p* proportional to (0.7 * 1, 0.3 * 4)
    ThresholdMoving t = tm(new FixedDistributionClassifier(), "-cost-matrix", "[0 1; 4 0]");
    t.buildClassifier(d);
    assertArrayEquals(new double[] {0.7 / 1.9, 1.2 / 1.9}, t.distributionForInstance(query(d, 0.7, 0.3)), EPS);
    // tau scales the costs: (1, 4)^0.5 = (1, 2)
    t = tm(new FixedDistributionClassifier(), "-cost-matrix", "[0 1; 4 0]", "-tau", "0.5");
    t.buildClassifier(d);
    assertArrayEquals(new double[] {0.7 / 1.3, 0.6 / 1.3}, t.distributionForInstance(query(d, 0.7, 0.3)), EPS);
  }

  @Test
  public void costFileAsInCostSensitiveClassifier() throws Exception {
    java.io.File f = java.io.File.createTempFile("threshold-moving", ".cost");
    f.deleteOnExit();
    try (java.io.FileWriter w = new java.io.FileWriter(f)) {
      CostMatrix.parseMatlab("[0 1; 4 0]").write(w);
    }
    Instances d = eightTwo();
    ThresholdMoving t = tm(new FixedDistributionClassifier(), "-C", f.getPath());
    t.buildClassifier(d);
    assertArrayEquals(new double[] {0.7 / 1.9, 1.2 / 1.9}, t.distributionForInstance(query(d, 0.7, 0.3)), EPS);
    assertEquals("[0.0 1.0; 4.0 0.0]", weka.core.Utils.getOption("cost-matrix", t.getOptions()));
  }

  @Test
  public void multiClassCostMatrix() throws Exception {
    Instances d = header("a", "b", "c");
    add(d, 3, 0, 1, 1, 0, 0);
    add(d, 3, 1, 1, 0, 1, 0);
    add(d, 3, 2, 1, 0, 0, 1);
    ThresholdMoving t = tm(new FixedDistributionClassifier(), "-cost-matrix", "[0 1 1; 2 0 3; 0.5 0.5 0]");
    t.buildClassifier(d);
    double[] p = {0.5, 0.3, 0.2};
    // the cost of class k is the sum of row k (actual class k): 0 + 1 + 1, 2 + 0 + 3, 0.5 + 0.5 + 0
    double[] cost = {2, 5, 1};
    double norm = 0;
    for (int k = 0; k < 3; k++) {
      norm += p[k] * cost[k];
    }
    double[] expected = new double[3];
    for (int k = 0; k < 3; k++) {
      expected[k] = p[k] * cost[k] / norm;
    }
    double[] got = t.distributionForInstance(query(d, p));
    assertArrayEquals(expected, got, EPS);
    // (0.5 * 2, 0.3 * 5, 0.2 * 1) = (1, 1.5, 0.2): the expensive class b now wins over a
    assertEquals(1, Utils.maxIndex(got));
    assertEquals("with costs given, tau is not tuned by default", 1.0, t.getLearnedTau(), 0);
  }

  @Test
  public void instanceWeightsCountInThePriors() throws Exception {
    Instances d = header("neg", "pos");
    add(d, 8, 0, 1, 0.9, 0.1);
    add(d, 2, 1, 4, 0.6, 0.4); // weighted counts 8 and 8: no correction
    ThresholdMoving t = tm(new FixedDistributionClassifier.Weighted());
    t.buildClassifier(d);
    assertArrayEquals(new double[] {0.7, 0.3}, t.distributionForInstance(query(d, 0.7, 0.3)), EPS);
  }

  @Test
  public void wrongSizeCostMatrixIsRefused() throws Exception {
    ThresholdMoving t = tm(new FixedDistributionClassifier(), "-cost-matrix", "[0 1 1; 1 0 1; 1 1 0]");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.buildClassifier(eightTwo()));
    assertTrue(e.getMessage(), e.getMessage().contains("3x3") && e.getMessage().contains("2 classes"));
  }

  @Test
  public void classAbsentFromTrainingGetsProbabilityZero() throws Exception {
    Instances d = header("a", "b", "c");
    add(d, 6, 0, 1, 0.8, 0.1, 0.1);
    add(d, 2, 1, 1, 0.2, 0.7, 0.1);
    ThresholdMoving t = tm(new FixedDistributionClassifier());
    t.buildClassifier(d);
    double[] got = t.distributionForInstance(query(d, 0.5, 0.2, 0.3));
    double a = 0.5 / 0.75;
    double b = 0.2 / 0.25;
    assertArrayEquals(new double[] {a / (a + b), b / (a + b), 0}, got, EPS);
    assertTrue(t.toString().contains("absent from training"));
  }

  @Test
  public void neverModifiesTheBaseLearnersArrayNorTheData() throws Exception {
    Instances d = eightTwo();
    Instances copy = new Instances(d);
    FixedDistributionClassifier base = new FixedDistributionClassifier();
    ThresholdMoving t = tm(base, "-tune");
    t.buildClassifier(d);
    assertEquals(copy.toString(), d.toString());
    for (int i = 0; i < d.numInstances(); i++) {
      assertEquals(copy.instance(i).weight(), d.instance(i).weight(), 0);
    }
    t.distributionForInstance(query(d, 0.7, 0.3));
    assertArrayEquals(base.lastReturnedCopy, base.lastReturned, 0);
  }

  /** 90 negatives at P(pos) = 0.05 or 0.2 and 10 positives at 0.3: only tau = 0.5 separates them. */
  private static Instances tunable() {
    Instances d = header("neg", "pos");
    add(d, 80, 0, 1, 0.95, 0.05);
    add(d, 10, 0, 1, 0.8, 0.2);
    add(d, 10, 1, 1, 0.7, 0.3);
    return d;
  }

  @Test
  public void tuningFindsTheSeparatingTau() throws Exception {
    // decision: pos iff logit(p) > -tau * ln 9; logits: pos -0.85, neg -1.39 and -2.94
    for (String crit : new String[] {"BalancedAccuracy", "GMean"}) {
      ThresholdMoving t = tm(new FixedDistributionClassifier(), "-tune", "-criterion", crit);
      t.buildClassifier(tunable());
      assertEquals(crit, 0.5, t.getLearnedTau(), 0);
      assertTrue(t.toString().contains("<- chosen"));
    }
  }

  @Test
  public void tuningWithAnyMetricPluginStatistic() throws Exception {
    weka.imbalance.testing.Plugins.register();
    // WorstClassRecall is maximised, BalancedErrorRate minimised: both pick the separating tau
    for (String crit : new String[] {"WorstClassRecall", "BalancedErrorRate"}) {
      ThresholdMoving t = tm(new FixedDistributionClassifier(), "-tune", "-criterion", crit);
      t.buildClassifier(tunable());
      assertEquals(crit, 0.5, t.getLearnedTau(), 0);
    }
  }

  @Test
  public void tuningTiesGoToTheConfiguredTau() throws Exception {
    // every tau in the grid gives balanced accuracy 1 on separable estimates: keep tau = 1
    Instances d = header("neg", "pos");
    add(d, 20, 0, 1, 0.99, 0.01);
    add(d, 5, 1, 1, 0.01, 0.99);
    ThresholdMoving t = tm(new FixedDistributionClassifier(), "-tune");
    t.buildClassifier(d);
    assertEquals(1.0, t.getLearnedTau(), 0);
  }

  @Test
  public void badOptionValuesAreRefusedWhenSetNamingTheOption() {
    String[][] bad = {{"-tau", "x"}, {"-tau", "-1"}, {"-tau", "Infinity"}, {"-tau-grid", "0,abc"},
      {"-tau-grid", "0,-0.5"}, {"-folds", "1"}, {"-folds", "2.5"}, {"-criterion", "NoSuchStatistic"},
      {"-cost-matrix", "[0 -1; 1 0]"}, {"-cost-matrix", "[0 0; 0 0]"}, {"-tune", "-fixed-tau"}};
    for (String[] b : bad) {
      IllegalArgumentException e = assertThrows(String.join(" ", b), IllegalArgumentException.class,
        () -> tm(new FixedDistributionClassifier(), b));
      assertTrue(e.getMessage(), e.getMessage().contains(b[0]));
    }
    ThresholdMoving t = new ThresholdMoving();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.setTau(-1));
    assertEquals("-tau must be finite and >= 0, got -1.0", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> t.setNumFolds(1));
    assertEquals("-folds must be >= 2, got 1", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> t.setTauGrid("1,x"));
    assertTrue(e.getMessage(), e.getMessage().startsWith("-tau-grid takes a list of numbers, got '1,x'"));
    CostMatrix negative = weka.imbalance.ClassCosts.parseMatlab("cost-matrix", "[0 -2; 1 0]");
    e = assertThrows(IllegalArgumentException.class, () -> t.setCostMatrix(negative));
    assertTrue(e.getMessage(), e.getMessage().contains("cell (0,1)") && e.getMessage().contains("-2"));
    // the refused values were not stored
    assertEquals(ThresholdMoving.DEFAULT_TAU, t.getTau(), 0);
    assertEquals(ThresholdMoving.DEFAULT_FOLDS, t.getNumFolds());
    assertEquals(ThresholdMoving.DEFAULT_TAU_GRID, t.getTauGrid());
  }

  @Test
  public void anEmptyGridOrAnUnknownCriterionSetInTheEditorIsRefusedWhenTrainingStarts() throws Exception {
    // the object editor commits every key stroke: these two are only checked when training starts
    ThresholdMoving t = tm(new FixedDistributionClassifier());
    t.setTauGrid("");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.buildClassifier(eightTwo()));
    assertTrue(e.getMessage(), e.getMessage().startsWith("-tau-grid must be at least one value"));
    t.setTauGrid("0,1");
    t.setCriterion("NoSuchStatistic");
    e = assertThrows(IllegalArgumentException.class, () -> t.buildClassifier(eightTwo()));
    assertTrue(e.getMessage(), e.getMessage().contains("NoSuchStatistic") && e.getMessage().contains("GMean"));
  }

  @Test
  public void hardBaseLearnerIsReported() throws Exception {
    Instances d = header("neg", "pos");
    add(d, 8, 0, 1, 1, 0);
    add(d, 2, 1, 1, 0, 1);
    ThresholdMoving t = tm(new FixedDistributionClassifier());
    t.buildClassifier(d);
    assertTrue(t.toString().contains("hard 0/1"));
    assertArrayEquals(new double[] {1, 0}, t.distributionForInstance(query(d, 1, 0)), 0);
  }

  @Test
  public void singleClassPredictsThatClass() throws Exception {
    Instances d = header("neg", "pos");
    add(d, 5, 0, 1, 0.4, 0.6);
    ThresholdMoving t = tm(new FixedDistributionClassifier(), "-tune");
    t.buildClassifier(d);
    assertArrayEquals(new double[] {1, 0}, t.distributionForInstance(query(d, 0.4, 0.6)), EPS);
  }

  @Test
  public void nonWeightedBaseGetsASeededResample() throws Exception {
    Instances d = eightTwo();
    for (int i = 0; i < d.numInstances(); i++) {
      d.instance(i).setWeight(i + 1);
    }
    FixedDistributionClassifier b1 = new FixedDistributionClassifier();
    FixedDistributionClassifier b2 = new FixedDistributionClassifier();
    FixedDistributionClassifier b3 = new FixedDistributionClassifier();
    tm(b1, "-S", "3").buildClassifier(d);
    tm(b2, "-S", "3").buildClassifier(d);
    tm(b3, "-S", "4").buildClassifier(d);
    Instances t1 = b1.trainedOn.get(0);
    assertTrue(t1.allInstanceWeightsIdentical());
    assertEquals(d.numInstances(), t1.numInstances());
    assertEquals(t1.toString(), b2.trainedOn.get(0).toString());
    assertTrue(t1.toString().contains("@data"));
    assertNotEquals(resampleSignature(t1), resampleSignature(b3.trainedOn.get(0)));
  }

  private static String resampleSignature(Instances d) {
    StringBuilder sb = new StringBuilder();
    for (Instance i : d) {
      sb.append(i.toString()).append(';');
    }
    return sb.toString();
  }

  @Test
  public void sameSeedSameTunedModel() throws Exception {
    Instances d = new Instances(new java.io.FileReader("data/glass4.arff"));
    d.setClassIndex(d.numAttributes() - 1);
    ThresholdMoving a = new ThresholdMoving();
    a.setOptions(new String[] {"-tune", "-S", "7", "-W", J48.class.getName()});
    ThresholdMoving b = new ThresholdMoving();
    b.setOptions(a.getOptions());
    a.buildClassifier(d);
    b.buildClassifier(d);
    assertEquals(a.toString(), b.toString());
  }

  @Test
  public void costMatrixOptionRoundTrips() throws Exception {
    ThresholdMoving t = tm(new FixedDistributionClassifier(), "-cost-matrix", "[0 1; 4 0]", "-tune", "-tau-grid",
      "0,1,2");
    ThresholdMoving u = new ThresholdMoving();
    u.setOptions(t.getOptions());
    assertTrue(u.getUseCostMatrix());
    assertEquals(new CostMatrix(t.getCostMatrix()).toMatlab(), u.getCostMatrix().toMatlab());
    assertEquals("0,1,2", u.getTauGrid());
    assertEquals(ThresholdMoving.TAU_TUNED, u.getTauSelection().getSelectedTag().getID());
  }

  @Test
  public void withoutCostsTauIsTunedByDefault() throws Exception {
    // decision: pos iff logit(p) > -tau * ln 9; logits: pos -0.85, neg -1.39 and -2.94; only tau 0.5
    // of the grid puts the threshold between -1.39 and -0.85 (-0.5 * ln 9 = -1.10)
    ThresholdMoving t = tm(new FixedDistributionClassifier());
    t.buildClassifier(tunable());
    assertEquals(0.5, t.getLearnedTau(), 0);
    assertTrue(t.toString(), t.toString().contains("tau = 0.5 (tuned)"));
  }

  @Test
  public void withACostMatrixTheDefaultIsThePapersRuleAndTuneAlsoScalesTheMatrix() throws Exception {
    // rows = actual: missing a positive costs 9, a negative 1; the costs' ratio 9 is the priors' ratio
    String[] matrix = {"-cost-matrix", "[0 1; 9 0]"};
    ThresholdMoving paper = tm(new FixedDistributionClassifier(), matrix);
    paper.buildClassifier(tunable());
    assertEquals(1.0, paper.getLearnedTau(), 0);
    assertTrue(paper.toString(), paper.toString().contains("tau = 1\n"));
    ThresholdMoving tuned = tm(new FixedDistributionClassifier(), "-cost-matrix", "[0 1; 9 0]", "-tune");
    tuned.buildClassifier(tunable());
    // cost_pos / cost_neg = 9^tau: the same decisions as prior costs, so the same tau wins
    assertEquals(0.5, tuned.getLearnedTau(), 0);
  }

  @Test
  public void thePlugInRuleIsFixedTauOneWithPriorCostsAndNotTheDefault() throws Exception {
    Instances d = new Instances(new java.io.FileReader("data/ecoli.arff"));
    d.setClassIndex(d.numAttributes() - 1);
    ThresholdMoving fixed = new ThresholdMoving();
    fixed.setOptions(new String[] {"-fixed-tau", "-W", "weka.classifiers.bayes.NaiveBayes"});
    PlugInEmpiricalThreshold plugIn = new PlugInEmpiricalThreshold();
    plugIn.setOptions(new String[] {"-W", "weka.classifiers.bayes.NaiveBayes"});
    fixed.buildClassifier(d);
    plugIn.buildClassifier(d);
    for (int i = 0; i < d.numInstances(); i++) {
      assertArrayEquals("instance " + i, plugIn.distributionForInstance(d.instance(i)),
        fixed.distributionForInstance(d.instance(i)), 0);
    }
    // the defaults are two rules: on data where tuning picks tau 0.5, ThresholdMoving moves less
    ThresholdMoving byDefault = tm(new FixedDistributionClassifier());
    PlugInEmpiricalThreshold plugInDummy = new PlugInEmpiricalThreshold();
    plugInDummy.setClassifier(new FixedDistributionClassifier());
    byDefault.buildClassifier(tunable());
    plugInDummy.buildClassifier(tunable());
    // a negative at P(pos) = 0.2: the plug-in rule (threshold 0.1) calls it positive, tau 0.5 does not
    Instance q = query(tunable(), 0.8, 0.2);
    assertEquals(1, Utils.maxIndex(plugInDummy.distributionForInstance(q)));
    assertEquals(0, Utils.maxIndex(byDefault.distributionForInstance(q)));
  }

  @Test
  public void tauSelectionOptionsRoundTrip() throws Exception {
    for (String[] opts : new String[][] {{}, {"-tune"}, {"-fixed-tau"}}) {
      String flag = opts.length > 0 ? opts[0] : "none"; // setOptions empties the array it reads
      ThresholdMoving t = tm(new FixedDistributionClassifier(), opts);
      java.util.List<String> written = java.util.Arrays.asList(t.getOptions());
      assertEquals(flag, flag.equals("-tune"), written.contains("-tune"));
      assertEquals(flag, flag.equals("-fixed-tau"), written.contains("-fixed-tau"));
      ThresholdMoving u = new ThresholdMoving();
      u.setOptions(t.getOptions());
      assertEquals(t.getTauSelection().getSelectedTag().getID(), u.getTauSelection().getSelectedTag().getID());
    }
    assertEquals(ThresholdMoving.TAU_AUTO, new ThresholdMoving().getTauSelection().getSelectedTag().getID());
  }
}
