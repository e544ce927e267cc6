package weka.imbalance.experiment;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.Test;

import weka.classifiers.Classifier;
import weka.classifiers.functions.Logistic;
import weka.classifiers.meta.ClassBalancedReweighting;
import weka.classifiers.meta.ThresholdMoving;
import weka.classifiers.trees.J48;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.core.Range;
import weka.core.Utils;
import weka.experiment.PairedCorrectedTTester;
import weka.experiment.PairedStats;

/**
 * The verdict, the t-test table and the caveats, on hand-made Experimenter results whose means
 * are computed here and whose significance is taken from Weka's own PairedCorrectedTTester.
 */
public class ComparisonReportTest {

  /** Per (run, fold): a fold effect shared by all methods, and each method's own noise. */
  private static final double[] FOLD = {-0.04, -0.02, 0, 0.02, 0.04};
  private static final double[][] NOISE = {
    {0.01, -0.01, 0.02, -0.02, 0.00, 0.01, -0.01, 0.00, 0.02, -0.02},
    {0.00, 0.02, -0.01, 0.01, -0.02, 0.01, 0.00, -0.01, 0.02, -0.02},
    {0.01, 0.00, 0.02, -0.01, 0.01, -0.02, 0.01, 0.00, -0.01, 0.02},
    {-0.03, 0.04, -0.02, 0.03, 0.00, 0.04, -0.04, 0.02, -0.01, 0.01}};
  /** Method levels: J48 0.50, Logistic 0.56, ThresholdMoving 0.70, ClassBalancedReweighting 0.69. */
  private static final double[] LEVEL = {0.50, 0.56, 0.70, 0.69};

  private static List<Classifier> methods() {
    ThresholdMoving tm = new ThresholdMoving();
    tm.setClassifier(new J48());
    ClassBalancedReweighting cbr = new ClassBalancedReweighting();
    cbr.setClassifier(new J48());
    return Arrays.<Classifier>asList(new J48(), new Logistic(), tm, cbr);
  }

  private static double value(int method, int run, int fold) {
    return LEVEL[method] + FOLD[fold] + NOISE[method][run * 5 + fold];
  }

  /** Results as Weka's InstancesResultListener writes them, for runs 1..runs of 5 folds. */
  private static Instances results(List<Classifier> methods, int runs) {
    ArrayList<Attribute> atts = new ArrayList<>();
    atts.add(new Attribute("Key_Dataset", Arrays.asList("toy")));
    atts.add(new Attribute("Key_Run", Arrays.asList("1", "2")));
    atts.add(new Attribute("Key_Fold", Arrays.asList("1", "2", "3", "4", "5")));
    atts.add(new Attribute("Key_Scheme", (List<String>) null));
    atts.add(new Attribute("Key_Scheme_options", (List<String>) null));
    atts.add(new Attribute("Number_of_training_instances"));
    atts.add(new Attribute("Number_of_testing_instances"));
    atts.add(new Attribute("BalancedAccuracy"));
    Instances raw = new Instances("results", atts, 0);
    for (int m = 0; m < methods.size(); m++) {
      for (int r = 0; r < runs; r++) {
        for (int f = 0; f < 5; f++) {
          DenseInstance row = new DenseInstance(atts.size());
          row.setDataset(raw);
          row.setValue(0, "toy");
          row.setValue(1, "" + (r + 1));
          row.setValue(2, "" + (f + 1));
          row.setValue(3, methods.get(m).getClass().getName());
          row.setValue(4, Utils.joinOptions(((weka.core.OptionHandler) methods.get(m)).getOptions()));
          row.setValue(5, 160);
          row.setValue(6, 40);
          row.setValue(7, value(m, r, f));
          raw.add(row);
        }
      }
    }
    return raw;
  }

  private static double mean(int method, int runs) {
    double sum = 0;
    for (int r = 0; r < runs; r++) {
      for (int f = 0; f < 5; f++) {
        sum += value(method, r, f);
      }
    }
    return sum / (runs * 5);
  }

  /** Weka's own test between two methods (resultsets in order of first appearance). */
  private static int wekaSignificance(Instances raw, int base, int other) throws Exception {
    PairedCorrectedTTester tester = new PairedCorrectedTTester();
    tester.setInstances(raw);
    tester.setDatasetKeyColumns(new Range("1"));
    tester.setRunColumn(1);
    tester.setFoldColumn(2);
    tester.setResultsetKeyColumns(new Range("4,5"));
    tester.setSignificanceLevel(0.05);
    PairedStats s = tester.calculateStatistics(raw.instance(0), base, other, raw.attribute("BalancedAccuracy").index());
    return s.differencesSignificance;
  }

  private static String named(String label, int method, int runs) {
    return label + " (" + String.format(Locale.ROOT, "%.4f", mean(method, runs)) + ")";
  }

  @Test
  public void verdictNamesTheBestTheCloseOnesAndThoseThatBeatStockWeka() throws Exception {
    List<Classifier> methods = methods();
    Instances raw = results(methods, 2);
    // the design, confirmed by Weka's tester: ClassBalancedReweighting is not significantly worse
    // than ThresholdMoving; J48 and Logistic are; both package methods beat Logistic
    assertEquals(0, wekaSignificance(raw, 2, 3));
    assertEquals(1, wekaSignificance(raw, 2, 0));
    assertEquals(1, wekaSignificance(raw, 2, 1));
    assertEquals(-1, wekaSignificance(raw, 1, 2));
    assertEquals(-1, wekaSignificance(raw, 1, 3));

    ComparisonReport report = new ComparisonReport(new ComparisonResults(raw, methods), methods, "folds",
      "2 runs x 5 folds");
    String verdict = report.verdict("toy", "toy.arff");
    assertEquals("Verdict on toy.arff (balanced accuracy; corrected paired t-test at 0.05):\n"
      + "- Best: " + named("ThresholdMoving(J48)", 2, 2) + ".\n"
      + "- Not significantly worse than the best: " + named("ClassBalancedReweighting(J48)", 3, 2) + ".\n"
      + "- Significantly better than the best stock Weka method, " + named("Logistic", 1, 2) + ": "
      + named("ThresholdMoving(J48)", 2, 2) + ", " + named("ClassBalancedReweighting(J48)", 3, 2) + ".\n"
      + "- Caveat: thin evidence (only 2 runs): more runs (-R 10) give a firmer answer.\n", verdict);
  }

  @Test
  public void tTestTableMarksWhatWekasTesterFinds() throws Exception {
    List<Classifier> methods = methods();
    Instances raw = results(methods, 2);
    String table = new ComparisonReport(new ComparisonResults(raw, methods), methods, "folds", "2 runs x 5 folds")
      .significance(Arrays.asList("toy"), Arrays.asList("toy.arff"));
    String[] marks = {" ", "v", "*"};
    for (int m = 1; m < methods.size(); m++) {
      String row = Arrays.stream(table.split("\n")).filter(l -> l.matches("\\(\\d+\\) .*")).toArray(String[]::new)[m];
      String mark = marks[(3 - wekaSignificance(raw, 0, m)) % 3];
      assertTrue(row, row.trim().endsWith(")" + (mark.equals(" ") ? "" : " " + mark)));
      assertTrue(row, row.contains(String.format(Locale.ROOT, "%.4f (", mean(m, 2))));
    }
    assertTrue(table, table.contains("(1) J48 "));
    assertTrue(table, table.contains("(3) ThresholdMoving(J48) "));
  }

  @Test
  public void fewRunsOrNoDifferenceGiveACaveat() throws Exception {
    List<Classifier> methods = methods().subList(2, 4);
    Instances raw = results(methods(), 1);
    ComparisonReport report = new ComparisonReport(new ComparisonResults(raw, methods), methods, "folds",
      "1 run x 5 folds");
    String verdict = report.verdict("toy", "toy.arff");
    assertTrue(verdict, verdict.endsWith("- Caveat: thin evidence (only 1 run; no two methods differ significantly):"
      + " more runs (-R 10) give a firmer answer.\n"));
    assertFalse("no stock method compared: no line about stock Weka\n" + verdict, verdict.contains("stock"));
  }

  @Test
  public void oneSplitPerMethodIsNotTested() throws Exception {
    List<Classifier> methods = methods();
    Instances raw = results(methods, 1);
    for (int i = raw.numInstances() - 1; i >= 0; i--) {
      if (!raw.instance(i).stringValue(2).equals("1")) {
        raw.delete(i);
      }
    }
    String verdict = new ComparisonReport(new ComparisonResults(raw, methods), methods, "train/test splits",
      "1 long-tailed train/test split").verdict("toy", "toy.arff");
    assertEquals("Verdict on toy.arff (balanced accuracy; corrected paired t-test at 0.05):\n"
      + "- Best: " + String.format(Locale.ROOT, "ThresholdMoving(J48) (%.4f)", value(2, 0, 0)) + ".\n"
      + "- Caveat: one train/test split per method, so no significance test is possible: the ranking may be chance."
      + " Use more runs (-R 10).\n", verdict);
  }

  @Test
  public void stockWekaIsWhatWekaItselfShips() {
    List<Classifier> methods = methods();
    assertTrue(ComparisonReport.isStockWeka(methods.get(0)));
    assertTrue(ComparisonReport.isStockWeka(methods.get(1)));
    assertFalse(ComparisonReport.isStockWeka(methods.get(2)));
    weka.classifiers.meta.FilteredClassifier smote = new weka.classifiers.meta.FilteredClassifier();
    smote.setFilter(new weka.filters.supervised.instance.SMOTEWithUndersampling());
    assertFalse("a stock wrapper around the package's filter", ComparisonReport.isStockWeka(smote));
  }
}
