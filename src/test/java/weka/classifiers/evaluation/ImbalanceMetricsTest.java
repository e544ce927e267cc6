package weka.classifiers.evaluation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.BeforeClass;
import org.junit.Test;

import weka.classifiers.functions.LinearRegression;
import weka.classifiers.rules.ZeroR;
import weka.classifiers.trees.J48;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.converters.ConverterUtils.DataSource;
import weka.imbalance.testing.Plugins;

/**
 * The metric plugins inside Weka's own {@link Evaluation}: registration, values against an
 * independent computation from the confusion matrix, per-fold training counts, weights, the
 * summary lines, and a numeric class.
 */
public class ImbalanceMetricsTest {

  @BeforeClass
  public static void registerPlugins() {
    Plugins.register();
  }

  private static Instances twoClass(String name, int... counts) {
    ArrayList<Attribute> atts = new ArrayList<>();
    atts.add(new Attribute("x"));
    atts.add(new Attribute("class", Arrays.asList("a", "b", "c").subList(0, counts.length)));
    Instances data = new Instances(name, atts, 0);
    data.setClassIndex(1);
    Random r = new Random(1);
    for (int k = 0; k < counts.length; k++) {
      for (int i = 0; i < counts[k]; i++) {
        data.add(new DenseInstance(1, new double[] {k + r.nextGaussian() * 0.8, k}));
      }
    }
    return data;
  }

  private static double stat(Evaluation eval, String metric, String statistic) {
    AbstractEvaluationMetric m = eval.getPluginMetric(metric);
    assertNotNull("metric " + metric + " is registered", m);
    return m.getStatistic(statistic);
  }

  /** The summary line that starts with the label. */
  private static String line(String summary, String label) {
    for (String l : summary.split("\\R")) {
      if (l.startsWith(label + " ")) {
        return l;
      }
    }
    throw new AssertionError("no line '" + label + "' in\n" + summary);
  }

  /** The value column of a summary line, as Weka prints it (a number or "?"). */
  private static String value(String summary, String label) {
    return line(summary, label).substring(35, 47).trim();
  }

  @Test
  public void metricsAreRegisteredAndListed() throws Exception {
    List<String> names = Evaluation.getAllEvaluationMetricNames();
    assertTrue(names.toString(), names.containsAll(Arrays.asList("BalancedAccuracy", "GMean", "ShotAccuracy")));
  }

  @Test
  public void valuesMatchTheConfusionMatrixOfACrossValidation() throws Exception {
    Instances data = DataSource.read("data/yeast.arff");
    data.setClassIndex(data.numAttributes() - 1);
    Evaluation eval = new Evaluation(data);
    eval.crossValidateModel(new J48(), data, 5, new Random(1));
    double[][] cm = eval.confusionMatrix();
    double sum = 0, logSum = 0, worst = 1;
    for (int k = 0; k < cm.length; k++) {
      double row = 0;
      for (double v : cm[k]) {
        row += v;
      }
      double recall = cm[k][k] / row;
      sum += recall;
      logSum += Math.log(recall);
      worst = Math.min(worst, recall);
    }
    double ba = sum / cm.length;
    assertEquals(ba, stat(eval, "BalancedAccuracy", "BalancedAccuracy"), 1e-12);
    assertEquals(1 - ba, stat(eval, "BalancedAccuracy", "BalancedErrorRate"), 1e-12);
    assertEquals(worst, stat(eval, "GMean", "WorstClassRecall"), 1e-12);
    double gmean = worst == 0 ? 0 : Math.exp(logSum / cm.length);
    assertEquals(gmean, stat(eval, "GMean", "GMean"), 1e-12);
    // balanced accuracy is not plain accuracy on this long-tailed set
    assertTrue(Math.abs(ba - eval.pctCorrect() / 100) > 0.02);
  }

  @Test
  public void shotGroupsUseEachFoldsTrainingCounts() throws Exception {
    // class a: 300 instances (200 per training fold: many-shot); class b: 21 instances, 14 per
    // training fold (few-shot), although the whole data set has 21 (medium-shot)
    Instances data = twoClass("folds", 300, 21);
    Evaluation eval = new Evaluation(data);
    eval.crossValidateModel(new J48(), data, 3, new Random(1));
    assertEquals(eval.recall(0), stat(eval, "ShotAccuracy", "ManyShotAccuracy"), 1e-12);
    assertEquals(eval.recall(1), stat(eval, "ShotAccuracy", "FewShotAccuracy"), 1e-12);
    assertTrue(Double.isNaN(stat(eval, "ShotAccuracy", "MediumShotAccuracy")));
    String summary = eval.toSummaryString();
    assertEquals("?", value(summary, "Medium-shot accuracy"));
    assertTrue(summary, line(summary, "Medium-shot accuracy").endsWith("(20 <= n <= 100: no class)"));
    assertTrue(summary, line(summary, "Few-shot accuracy").endsWith("(n < 20: 1 class)"));
    assertTrue(summary, line(summary, "Many-shot accuracy").endsWith("(n > 100: 1 class)"));
  }

  @Test
  public void weightsCount() throws Exception {
    Instances data = twoClass("w", 3, 3);
    Evaluation eval = new Evaluation(data);
    Instance a1 = data.instance(0), a2 = data.instance(1), b1 = data.instance(3), b2 = data.instance(4);
    a1.setWeight(3);
    a2.setWeight(1);
    b1.setWeight(0.5);
    b2.setWeight(1.5);
    eval.evaluateModelOnce(new double[] {0.9, 0.1}, a1); // right, weight 3
    eval.evaluateModelOnce(new double[] {0.3, 0.7}, a2); // wrong, weight 1
    eval.evaluateModelOnce(new double[] {0.6, 0.4}, b1); // wrong, weight 0.5
    eval.evaluateModelOnce(new double[] {0.2, 0.8}, b2); // right, weight 1.5
    double ba = (3.0 / 4 + 1.5 / 2) / 2;
    assertEquals(ba, stat(eval, "BalancedAccuracy", "BalancedAccuracy"), 1e-12);
    assertEquals(Math.sqrt(0.75 * 0.75), stat(eval, "GMean", "GMean"), 1e-12);
  }

  @Test
  public void unclassifiedInstancesAreLeftOutAsInWekasRecallAndSaidSo() throws Exception {
    Instances data = twoClass("u", 3, 3);
    Evaluation eval = new Evaluation(data);
    eval.evaluateModelOnce(new double[] {0.9, 0.1}, data.instance(0));
    eval.evaluateModelOnce(new double[] {0.3, 0.7}, data.instance(1));
    eval.evaluateModelOnce(new double[] {0.0, 0.0}, data.instance(3)); // unclassified
    eval.evaluateModelOnce(new double[] {0.2, 0.8}, data.instance(4));
    assertEquals((eval.recall(0) + eval.recall(1)) / 2, stat(eval, "BalancedAccuracy", "BalancedAccuracy"), 1e-12);
    assertEquals(0.75, stat(eval, "BalancedAccuracy", "BalancedAccuracy"), 1e-12);
    assertTrue(line(eval.toSummaryString(), "Balanced accuracy").endsWith(
      "(1 unclassified instances not counted, as in Weka's per-class recall)"));
  }

  @Test
  public void summaryShowsTheMetricsAfterWekasOwnLines() throws Exception {
    Instances data = twoClass("s", 60, 15);
    Evaluation eval = new Evaluation(data);
    eval.crossValidateModel(new ZeroR(), data, 5, new Random(1));
    String s = eval.toSummaryString();
    int kappa = s.indexOf("Kappa statistic");
    int ba = s.indexOf("Balanced accuracy");
    assertTrue(s, kappa >= 0 && ba > kappa);
    // the values stand in the column of Weka's own lines
    assertEquals(line(s, "Kappa statistic").indexOf('0'), line(s, "Balanced accuracy").indexOf('0'));
    assertEquals("0.5", value(s, "Balanced accuracy"));
    assertEquals("0.5", value(s, "Balanced error rate"));
    assertEquals("0", value(s, "G-mean"));
    assertEquals("0", value(s, "Worst-class recall"));
  }

  @Test
  public void aClassWithoutTestInstancesIsLeftOutAndSaidSo() throws Exception {
    Instances train = twoClass("t", 30, 30, 30);
    Instances test = new Instances(train, 0);
    for (int i = 0; i < 60; i++) {
      test.add(train.instance(i)); // classes a and b only
    }
    J48 j48 = new J48();
    j48.buildClassifier(train);
    Evaluation eval = new Evaluation(train);
    eval.evaluateModel(j48, test);
    double expected = (eval.recall(0) + eval.recall(1)) / 2;
    assertEquals(expected, stat(eval, "BalancedAccuracy", "BalancedAccuracy"), 1e-12);
    assertTrue(eval.toSummaryString(), eval.toSummaryString().contains("(1 of 3 classes without test instances left out)"));
  }

  @Test
  public void aggregatedEvaluationsReportTheMergedConfusionMatrix() throws Exception {
    // the Knowledge Flow merges per-fold evaluations; Weka does not merge plugin metrics
    Instances data = DataSource.read("data/yeast.arff");
    data.setClassIndex(data.numAttributes() - 1);
    AggregateableEvaluation merged = null;
    Random r = new Random(1);
    Instances shuffled = new Instances(data);
    shuffled.randomize(r);
    shuffled.stratify(3);
    for (int f = 0; f < 3; f++) {
      Instances train = shuffled.trainCV(3, f, r), test = shuffled.testCV(3, f);
      J48 j48 = new J48();
      j48.buildClassifier(train);
      Evaluation e = new Evaluation(train);
      e.evaluateModel(j48, test);
      if (merged == null) {
        merged = new AggregateableEvaluation(e);
      }
      merged.aggregate(e);
    }
    double[][] cm = merged.confusionMatrix();
    double sum = 0;
    for (int k = 0; k < cm.length; k++) {
      double row = 0;
      for (double v : cm[k]) {
        row += v;
      }
      sum += cm[k][k] / row;
    }
    assertEquals(sum / cm.length, stat(merged, "BalancedAccuracy", "BalancedAccuracy"), 1e-12);
    assertFalse(Double.isNaN(stat(merged, "ShotAccuracy", "ManyShotAccuracy")));
  }

  @Test
  public void numericClassIsNotApplicableAndNothingBreaks() throws Exception {
    Instances data = DataSource.read("data/yeast.arff");
    data.setClassIndex(0); // a numeric attribute as the class
    Evaluation eval = new Evaluation(data);
    eval.crossValidateModel(new LinearRegression(), data, 3, new Random(1));
    String s = eval.toSummaryString();
    assertTrue(s, s.contains("Correlation coefficient"));
    assertFalse(s, s.contains("Balanced"));
    assertFalse(new BalancedAccuracy().appliesToNumericClass());
    assertTrue(Double.isNaN(stat(eval, "BalancedAccuracy", "BalancedAccuracy")));
  }
}
