package weka.imbalance.experiment;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.BeforeClass;
import org.junit.Test;

import weka.classifiers.Classifier;
import weka.classifiers.bayes.NaiveBayes;
import weka.classifiers.meta.FilteredClassifier;
import weka.classifiers.trees.J48;
import weka.core.Instances;
import weka.filters.supervised.instance.ClassBalancer;
import weka.imbalance.testing.Plugins;

public class ImbalanceComparisonTest {

  @BeforeClass
  public static void register() {
    Plugins.register();
  }

  @Test
  public void runsTheExperimenterAndPrintsOneRowPerMethod() throws Exception {
    ImbalanceComparison c = new ImbalanceComparison();
    c.setOptions(new String[] {"-t", "data/glass4.arff", "-W", "weka.classifiers.trees.J48", "-W",
      "weka.classifiers.bayes.NaiveBayes", "-x", "3", "-R", "2", "-q", "-png", "target/comparison-test.png"});
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    c.setOutput(new PrintStream(bytes, true, "UTF-8"));
    Instances raw = c.compare();
    String out = bytes.toString(StandardCharsets.UTF_8.name());
    assertEquals(2 * 2 * 3, raw.numInstances()); // methods x runs x folds
    assertTrue(out, out.contains("=== glass4.arff: 2 x 3-fold stratified cross-validation (Weka Experimenter) ==="));
    assertTrue(out, out.contains("\nJ48 ") && out.contains("\nNaiveBayes "));
    assertTrue(out, out.contains("corrected paired t-test"));
    assertTrue(out, out.contains("Chart of per-class recall: target/comparison-test.png"));
    java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(new java.io.File("target/comparison-test.png"));
    assertEquals(1000, png.getWidth());
    // the chart's recall of J48 pools the Experimenter's targets and predictions: every test
    // prediction of the 2 runs, 214 instances each
    int predictions = 0;
    for (int i = 0; i < raw.numInstances(); i++) {
      predictions += raw.instance(i).stringValue(raw.attribute("Targets")).split("\\|").length;
    }
    assertEquals(2 * 2 * 214, predictions);
    weka.imbalance.chart.RecallChart chart = c.chart(raw, new java.io.File("data/glass4.arff"),
      Arrays.<Classifier>asList(new J48(), new NaiveBayes()));
    assertEquals(Arrays.asList("J48", "NaiveBayes"), chart.seriesNames());
    // the table's balanced accuracy of J48 is the mean of the Experimenter's per-fold values
    double sum = 0;
    int n = 0;
    for (int i = 0; i < raw.numInstances(); i++) {
      if (raw.instance(i).stringValue(raw.attribute("Key_Scheme")).equals(J48.class.getName())) {
        sum += raw.instance(i).value(raw.attribute("BalancedAccuracy"));
        n++;
      }
    }
    String row = Arrays.stream(out.split("\\R")).filter(l -> l.startsWith("J48 ")).findFirst().get();
    assertEquals(String.format(java.util.Locale.ROOT, "%.4f", sum / n), row.trim().split("\\s+")[2]);
  }

  @Test
  public void longTailProtocolUsesBalancedTestParts() throws Exception {
    ImbalanceComparison c = new ImbalanceComparison();
    c.setOptions(new String[] {"-t", "data/pima.arff", "-W", "weka.classifiers.bayes.NaiveBayes", "-lt", "10", "-R", "2",
      "-q"});
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    c.setOutput(new PrintStream(bytes, true, "UTF-8"));
    Instances raw = c.compare();
    String out = bytes.toString(StandardCharsets.UTF_8.name());
    assertEquals(2, raw.numInstances()); // one row per run
    assertTrue(out, out.contains("long-tail protocol") && out.contains("rho = 10"));
    for (int i = 0; i < raw.numInstances(); i++) {
      // pima: 268 positives, 500 negatives; 30% of the smaller class = 80 test instances per class
      assertEquals(160, raw.instance(i).value(raw.attribute("Number_of_testing_instances")), 0);
      // balanced test data: accuracy equals balanced accuracy
      assertEquals(raw.instance(i).value(raw.attribute("Percent_correct")) / 100,
        raw.instance(i).value(raw.attribute("BalancedAccuracy")), 1e-9);
    }
  }

  @Test
  public void labelsAreShortAndUnique() throws Exception {
    FilteredClassifier fc = new FilteredClassifier();
    fc.setFilter(new ClassBalancer());
    fc.setClassifier(new J48());
    assertEquals("ClassBalancer + J48", ImbalanceComparison.label(fc));
    J48 unpruned = new J48();
    unpruned.setUnpruned(true);
    assertEquals(Arrays.asList("J48 #1", "NaiveBayes", "J48 #2"),
      ImbalanceComparison.labels(Arrays.<Classifier>asList(new J48(), new NaiveBayes(), unpruned)));
  }

  @Test
  public void badOptionsNameTheOption() {
    ImbalanceComparison c = new ImbalanceComparison();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
      () -> c.setOptions(new String[] {"-x", "1"}));
    assertEquals("-x must be at least 2, got 1", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> c.setOptions(new String[] {"-lt", "0.5"}));
    assertEquals("-lt takes an imbalance ratio (a number >= 1), got '0.5'", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> c.setOptions(new String[] {"-t", "no/such.arff"}));
    assertTrue(e.getMessage(), e.getMessage().startsWith("-t: no such data file"));
    assertThrows(Exception.class, () -> c.setOptions(new String[] {"-W", "weka.classifiers.NoSuchThing"}));
  }
}
