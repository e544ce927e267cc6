package weka.gui.visualize.plugins;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;
import javax.swing.JMenuItem;

import org.junit.Test;

import weka.classifiers.evaluation.Evaluation;
import weka.classifiers.evaluation.NominalPrediction;
import weka.classifiers.evaluation.Prediction;
import weka.classifiers.trees.J48;
import weka.core.Attribute;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.converters.ConverterUtils.DataSource;
import weka.imbalance.ShotGroups;
import weka.imbalance.TrainingClassCounts;
import weka.imbalance.chart.RecallChart;
import weka.imbalance.testing.Plugins;

/** The plugin's chart, made headless from known predictions. */
public class LongTailRecallPlotTest {

  private static Attribute classes(int c) {
    List<String> v = new ArrayList<>();
    for (int k = 0; k < c; k++) {
      v.add("class" + k);
    }
    return new Attribute("class", v);
  }

  /** Class k has 1000 / (k+1) test instances, of which a fraction 1 / (k+1) are right. */
  private static ArrayList<Prediction> predictions(int c) {
    ArrayList<Prediction> preds = new ArrayList<>();
    Random r = new Random(1);
    for (int k = 0; k < c; k++) {
      int n = Math.max(1, 1000 / (k + 1));
      for (int i = 0; i < n; i++) {
        double[] dist = new double[c];
        int predicted = i < Math.ceil(n / (double) (k + 1)) ? k : (k + 1 + r.nextInt(c - 1)) % c;
        dist[predicted] = 1;
        preds.add(new NominalPrediction(k, dist, 1));
      }
    }
    return preds;
  }

  private static int countColour(BufferedImage img, int rgb) {
    int n = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        if ((img.getRGB(x, y) & 0xFFFFFF) == rgb) {
          n++;
        }
      }
    }
    return n;
  }

  @Test
  public void twoAndOneHundredClassesRender() throws Exception {
    for (int c : new int[] {2, 100}) {
      RecallChart chart = LongTailRecallPlot.chart(predictions(c), classes(c), null, null, null, null);
      assertEquals(1, chart.numSeries());
      BufferedImage img = chart.toImage(900, 560);
      assertEquals(900, img.getWidth());
      assertEquals(560, img.getHeight());
      assertTrue("the recall line is drawn for " + c + " classes", countColour(img, 0x1f77b4) > 50);
      File png = new File("target/long-tail-recall-" + c + ".png");
      chart.writePng(png, 900, 560);
      assertEquals(900, ImageIO.read(png).getWidth());
    }
  }

  @Test
  public void classesAreSortedFromHeadToTail() {
    ArrayList<Prediction> preds = new ArrayList<>();
    int[] counts = {5, 50, 20};
    for (int k = 0; k < 3; k++) {
      for (int i = 0; i < counts[k]; i++) {
        preds.add(new NominalPrediction(k, new double[] {1, 0, 0}, 1));
      }
    }
    RecallChart chart = LongTailRecallPlot.chart(preds, classes(3), null, null, null, null);
    assertArrayEquals(new int[] {1, 2, 0}, chart.headToTailOrder());
  }

  @Test
  public void saysWhenPredictionsWereNotKeptAndHidesForNumericClass() {
    JMenuItem item = new LongTailRecallPlot().getVisualizeMenuItem(null, classes(3));
    assertTrue(item.getText(), item.getText().contains("predictions were not stored"));
    assertNull(new LongTailRecallPlot().getVisualizeMenuItem(predictions(2), new Attribute("numeric")));
    JMenuItem ok = new LongTailRecallPlot().getVisualizeMenuItem(predictions(3), classes(3));
    assertEquals(LongTailRecallPlot.MENU_TEXT, ok.getText());
  }

  /** The text's shot-group lines of an evaluation, "(n < 20: 2 classes)", as class counts per group. */
  private static int[] textGroupSizes(Evaluation eval) throws Exception {
    String text = ((weka.classifiers.evaluation.StandardEvaluationMetric) eval.getPluginMetric("ShotAccuracy")).toSummaryString();
    int[] sizes = new int[3];
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\(([^:]+): (no class|(\\d+) class)").matcher(text);
    for (int g = 0; g < 3; g++) {
      assertTrue(text, m.find());
      sizes[g] = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    }
    return sizes;
  }

  private static int[] chartGroupSizes(RecallChart chart, int numClasses) {
    int[] sizes = new int[3];
    for (int k = 0; k < numClasses; k++) {
      sizes[chart.groupOf(k)]++;
    }
    return sizes;
  }

  /**
   * On yeast, POX has 20 instances: 16 per training fold of a 5-fold cross-validation, so the text
   * counts it few-shot; the chart must too (it used to shade it medium, from the whole data).
   */
  @Test
  public void chartAndTextAgreeOnTheShotGroupsOfACrossValidation() throws Exception {
    Plugins.register();
    Instances yeast = DataSource.read("data/yeast.arff");
    yeast.setClassIndex(yeast.numAttributes() - 1);
    Evaluation eval = new Evaluation(yeast);
    eval.crossValidateModel(new J48(), yeast, 5, new Random(1));
    RecallChart chart = LongTailRecallPlot.chart(eval.predictions(), yeast.classAttribute(), "J48",
      "5-fold cross-validation", yeast, null);
    int[] text = textGroupSizes(eval);
    assertArrayEquals(new int[] {4, 4, 2}, text);
    assertArrayEquals(text, chartGroupSizes(chart, yeast.numClasses()));
    assertEquals(ShotGroups.FEW, chart.groupOf(yeast.classAttribute().indexOfValue("POX")));
    assertTrue(chart.legendEntry(0), chart.legendEntry(0).startsWith("J48 (0."));
  }

  @Test
  public void withoutTrainingCountsTheChartDrawsNoGroupsUnlessTheModelReportsThem() throws Exception {
    Instances yeast = DataSource.read("data/yeast.arff");
    yeast.setClassIndex(yeast.numAttributes() - 1);
    ArrayList<Prediction> preds = new ArrayList<>();
    for (Instance i : yeast) {
      preds.add(new NominalPrediction(i.classValue(), new double[yeast.numClasses()], 1));
    }
    RecallChart unknown = LongTailRecallPlot.chart(preds, yeast.classAttribute(), "J48", "re-evaluation of a saved model",
      yeast, new J48());
    assertEquals(-1, unknown.groupOf(0));
    assertTrue(unknown.frequencyLabel(), unknown.frequencyLabel().contains("training counts unknown"));
    TrainingCountsJ48 model = new TrainingCountsJ48();
    model.m_counts = new double[yeast.numClasses()];
    model.m_counts[yeast.classAttribute().indexOfValue("ERL")] = 500;
    RecallChart known = LongTailRecallPlot.chart(preds, yeast.classAttribute(), "J48", "re-evaluation of a saved model",
      null, model);
    assertEquals(ShotGroups.MANY, known.groupOf(yeast.classAttribute().indexOfValue("ERL")));
    assertEquals(ShotGroups.FEW, known.groupOf(yeast.classAttribute().indexOfValue("CYT")));
  }

  /** A model that reports made-up training counts. */
  static class TrainingCountsJ48 extends J48 implements TrainingClassCounts {
    private static final long serialVersionUID = 1L;
    double[] m_counts;

    @Override
    public double[] getTrainingClassCounts() {
      return m_counts.clone();
    }
  }

  @Test
  public void theResultsTextGivesTheLegendNameAndTheTestMode() {
    LongTailRecallPlot.Result r = new LongTailRecallPlot.Result();
    r.read(new StringBuffer("=== Run information ===\n\nScheme:       weka.classifiers.trees.J48 -C 0.25 -M 2\n"
      + "Relation:     yeast\nTest mode:    10-fold cross-validation\n"), new ArrayList<>());
    assertEquals("J48", r.method);
    assertEquals("10-fold cross-validation", r.testMode);
    J48 unpruned = new J48();
    unpruned.setUnpruned(true);
    r = new LongTailRecallPlot.Result();
    r.read(new StringBuffer("Scheme:       weka.classifiers.trees.J48 -U -M 2\nTest mode:    evaluate on training data\n"),
      java.util.Arrays.asList(unpruned, "something else"));
    assertEquals("J48[-U]", r.method);
    assertEquals(unpruned, r.model);
  }
}
