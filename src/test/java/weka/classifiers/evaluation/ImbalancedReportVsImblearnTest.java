package weka.classifiers.evaluation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.BeforeClass;
import org.junit.Test;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.imbalance.ConfusionStatistics;
import weka.imbalance.testing.Plugins;
import weka.imbalance.testing.PythonReference;

/**
 * Sensitivity, specificity, the index of balanced accuracy and the per-class report against
 * imbalanced-learn on the same 400 predictions: the committed reference (written by
 * src/test/python/imblearn_report.py) always, a live run when imbalanced-learn is installed
 * (always under CI). Unweighted values are imbalanced-learn's own; weighted ones are the
 * definitions computed with numpy by the script, since imbalanced-learn 0.10's weighted
 * specificity is wrong (its issue #1180). Class 4 is only ever predicted, never a test instance.
 */
public class ImbalancedReportVsImblearnTest {

  private static final String[] COLUMNS = {"pre", "rec", "spe", "f1", "geo", "iba"};

  private static ReferencePredictions s_ref;

  @BeforeClass
  public static void read() throws Exception {
    Plugins.register();
    s_ref = new ReferencePredictions(new File("src/test/resources/weka/imbalance/imblearn-report.csv"));
  }

  private static void check(Map<String, Double> ref, boolean weighted) throws Exception {
    String w = weighted ? "w_" : "";
    Evaluation eval = s_ref.evaluation(5, weighted);
    assertEquals(w + "macro_sensitivity", ref.get(w + "macro_sensitivity"),
      eval.getPluginMetric("SensitivitySpecificity").getStatistic("MacroSensitivity"), 1e-12);
    assertEquals(w + "macro_specificity", ref.get(w + "macro_specificity"),
      eval.getPluginMetric("SensitivitySpecificity").getStatistic("MacroSpecificity"), 1e-12);
    assertEquals(w + "iba", ref.get(w + "iba"), eval.getPluginMetric("IndexBalancedAccuracy").getStatistic("IBA"),
      1e-12);
    ConfusionStatistics s = new ConfusionStatistics(eval.confusionMatrix());
    for (int c = 0; c < COLUMNS.length; c++) {
      double[] ours = ImbalancedReport.column(s, c);
      for (int k = 0; k < 4; k++) {
        String name = w + COLUMNS[c] + "_" + k;
        assertEquals(name, ref.get(name), ours[k], 1e-12);
      }
      assertEquals(w + "avg_" + COLUMNS[c], ref.get(w + "avg_" + COLUMNS[c]), s.supportWeighted(ours), 1e-12);
    }
    ImbalancedReport report = (ImbalancedReport) eval.getPluginMetric("ImbalancedReport");
    assertEquals(ref.get(w + "avg_spe"), report.getStatistic(ImbalancedReport.WEIGHTED_SPECIFICITY), 1e-12);
    assertEquals(ref.get(w + "avg_geo"), report.getStatistic(ImbalancedReport.WEIGHTED_GMEAN), 1e-12);
    assertEquals(ref.get(w + "avg_iba"), report.getStatistic(ImbalancedReport.WEIGHTED_IBA), 1e-12);
  }

  private static Map<String, Double> committed() {
    Map<String, Double> m = new HashMap<>();
    for (String name : s_ref.answerNames()) {
      m.put(name, s_ref.answer(name));
    }
    return m;
  }

  @Test
  public void matchesTheCommittedImbalancedLearnReference() throws Exception {
    assertEquals(400, s_ref.size());
    check(committed(), false);
    check(committed(), true);
  }

  @Test
  public void matchesALiveImbalancedLearnRun() throws Exception {
    List<String> lines = PythonReference.lines("apt-get install python3-imblearn", 120,
      "src/test/python/imblearn_report.py", "src/test/resources/weka/imbalance/imblearn-report.csv");
    Map<String, Double> live = new HashMap<>();
    for (String l : lines) {
      live.put(l.substring(0, l.indexOf('=')), Double.parseDouble(l.substring(l.indexOf('=') + 1)));
    }
    assertEquals("the live run gives every committed value", committed().keySet(), live.keySet());
    check(live, false);
    check(live, true);
  }

  private static Evaluation replay(int[][] actualPredicted) throws Exception {
    java.util.ArrayList<Attribute> atts = new java.util.ArrayList<>();
    atts.add(new Attribute("class", java.util.Arrays.asList("a", "b", "c")));
    Instances data = new Instances("hand", atts, 0);
    data.setClassIndex(0);
    Evaluation eval = new Evaluation(data);
    for (int[] ap : actualPredicted) {
      DenseInstance inst = new DenseInstance(1, new double[] {ap[0]});
      inst.setDataset(data);
      double[] dist = new double[3];
      dist[ap[1]] = 1;
      eval.evaluateModelOnce(dist, inst);
    }
    return eval;
  }

  /**
   * By hand: actual a a b b c, predicted a b b b c. Class a: TP 1, FN 1, FP 0, TN 3: precision 1,
   * recall 1/2, specificity 1, F1 2/3, G-mean sqrt(1/2), IBA (1 + 0.1 (1/2 - 1)) 1/2 = 0.475. Class
   * b: TP 2, FP 1, TN 2: precision 2/3, recall 1, specificity 2/3, IBA (1 + 0.1/3) 2/3. Class c:
   * all 1. Macro sensitivity 5/6, macro specificity 8/9; IBA = (1 + 0.1 (5/6 - 8/9)) (1/2)^(2/3).
   */
  @Test
  public void aHandComputedTable() throws Exception {
    Evaluation eval = replay(new int[][] {{0, 0}, {0, 1}, {1, 1}, {1, 1}, {2, 2}});
    ConfusionStatistics s = new ConfusionStatistics(eval.confusionMatrix());
    assertEquals(1, s.precision(0), 0);
    assertEquals(0.5, s.sensitivity(0), 0);
    assertEquals(1, s.specificity(0), 0);
    assertEquals(2.0 / 3, s.f1(0), 1e-15);
    assertEquals(Math.sqrt(0.5), s.gMean(0), 1e-15);
    assertEquals(0.475, s.iba(0), 1e-15);
    assertEquals(2.0 / 3, s.precision(1), 1e-15);
    assertEquals(2.0 / 3, s.specificity(1), 1e-15);
    assertEquals((1 + 0.1 / 3) * 2 / 3, s.iba(1), 1e-15);
    assertEquals(5.0 / 6, eval.getPluginMetric("SensitivitySpecificity").getStatistic("MacroSensitivity"), 1e-15);
    assertEquals(8.0 / 9, eval.getPluginMetric("SensitivitySpecificity").getStatistic("MacroSpecificity"), 1e-15);
    assertEquals((1 + 0.1 * (5.0 / 6 - 8.0 / 9)) * Math.pow(0.5, 2.0 / 3),
      eval.getPluginMetric("IndexBalancedAccuracy").getStatistic("IBA"), 1e-15);
    String summary = eval.toSummaryString();
    assertTrue(summary, summary.contains("Sensitivity (macro)") && summary.contains("Index of balanced accuracy (IBA)"));
    assertTrue(summary, summary.matches("(?s).*pre +rec +spe +f1 +geo +iba +sup.*"));
    assertTrue(summary, summary.matches("(?s).*\\n +a +1\\.0000 +0\\.5000 +1\\.0000 +0\\.6667 +0\\.7071 +0\\.4750 +2\\n.*"));
    assertTrue(summary, summary.contains("avg / total"));
  }

  /**
   * By hand: actual a a b, predicted a c b. Class c has no test instance: no recall, specificity
   * 2/3 (one of its 3 negatives predicted as c), left out of the means: macro sensitivity (1/2 +
   * 1) / 2 = 3/4, macro specificity (1 + 1) / 2 = 1, IBA = (1 + 0.1 (3/4 - 1)) (1/2 * 1) = 0.4875.
   * Without any prediction every statistic is missing.
   */
  @Test
  public void degenerateCases() throws Exception {
    Evaluation eval = replay(new int[][] {{0, 0}, {0, 2}, {1, 1}});
    ConfusionStatistics s = new ConfusionStatistics(eval.confusionMatrix());
    assertTrue(Double.isNaN(s.sensitivity(2)));
    assertTrue(Double.isNaN(s.iba(2)));
    assertEquals(2.0 / 3, s.specificity(2), 1e-15);
    assertEquals(0.75, eval.getPluginMetric("SensitivitySpecificity").getStatistic("MacroSensitivity"), 1e-15);
    assertEquals(1, eval.getPluginMetric("SensitivitySpecificity").getStatistic("MacroSpecificity"), 1e-15);
    assertEquals(0.4875, eval.getPluginMetric("IndexBalancedAccuracy").getStatistic("IBA"), 1e-15);
    assertTrue(eval.toSummaryString(), eval.toSummaryString().matches("(?s).*\\n +c +0\\.0000 +\\? +0\\.6667 +\\? +\\? +\\? +0\\n.*"));
    Evaluation empty = replay(new int[0][]);
    assertTrue(Double.isNaN(empty.getPluginMetric("IndexBalancedAccuracy").getStatistic("IBA")));
    assertTrue(Double.isNaN(empty.getPluginMetric("ImbalancedReport").getStatistic("WeightedIBA")));
  }
}
