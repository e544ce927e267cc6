package weka.imbalance.experiment;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.junit.BeforeClass;
import org.junit.Test;

import weka.classifiers.Classifier;
import weka.classifiers.meta.FilteredClassifier;
import weka.classifiers.meta.PlugInEmpiricalThreshold;
import weka.classifiers.meta.ThresholdMoving;
import weka.core.Instances;
import weka.core.OptionHandler;
import weka.core.WekaException;
import weka.core.converters.ConverterUtils.DataSource;
import weka.filters.supervised.instance.SMOTEWithUndersampling;
import weka.imbalance.testing.Plugins;

public class ImbalanceComparisonTest {

  @BeforeClass
  public static void register() {
    Plugins.register();
  }

  /** Runs a comparison; returns {raw results, standard output, standard error}. */
  private static Object[] compare(String... options) throws Exception {
    ImbalanceComparison c = new ImbalanceComparison();
    c.setOptions(options);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    c.setOutput(new PrintStream(out, true, "UTF-8"));
    PrintStream oldErr = System.err;
    System.setErr(new PrintStream(err, true, "UTF-8"));
    try {
      Instances raw = c.compare();
      return new Object[] {raw, out.toString("UTF-8"), err.toString("UTF-8")};
    } finally {
      System.setErr(oldErr);
    }
  }

  @Test
  public void runsTheExperimenterAndPrintsTableTestAndVerdict() throws Exception {
    File png = new File("target/comparison-test.png");
    png.delete();
    Object[] r = compare("-t", "data/glass4.arff", "-W", "weka.classifiers.trees.J48", "-W", "NaiveBayes", "-x", "3",
      "-R", "2", "-q", "-png", png.getPath());
    Instances raw = (Instances) r[0];
    String out = (String) r[1];
    assertEquals(2 * 2 * 3, raw.numInstances()); // methods x runs x folds
    assertTrue(out, out.contains("=== glass4.arff: 2 x 3-fold stratified cross-validation (Weka Experimenter) ==="));
    assertTrue(out, out.contains("\nJ48 ") && out.contains("\nNaiveBayes "));
    assertTrue(out, out.contains("Weka's corrected paired t-test"));
    assertTrue(out, out.contains("\n(2) NaiveBayes "));
    assertTrue(out, out.contains("Verdict on glass4.arff"));
    assertTrue(out, out.contains("Chart of per-class recall: target/comparison-test.png"));
    assertEquals(1000, ImageIO.read(png).getWidth());
    assertFalse("-q: no progress lines on standard error", ((String) r[2]).contains("[1/"));
    // the chart pools the Experimenter's targets and predictions: every test prediction of the
    // 2 runs, 214 instances each
    int predictions = 0;
    for (int i = 0; i < raw.numInstances(); i++) {
      predictions += raw.instance(i).stringValue(raw.attribute("Targets")).split("\\|").length;
    }
    assertEquals(2 * 2 * 214, predictions);
    // the table's balanced accuracy of J48 is the mean of the Experimenter's per-fold values
    double sum = 0;
    int n = 0;
    for (int i = 0; i < raw.numInstances(); i++) {
      if (raw.instance(i).stringValue(raw.attribute("Key_Scheme")).equals("weka.classifiers.trees.J48")) {
        sum += raw.instance(i).value(raw.attribute("BalancedAccuracy"));
        n++;
      }
    }
    String row = Arrays.stream(out.split("\\R")).filter(l -> l.startsWith("J48 ")).findFirst().get();
    assertEquals(String.format(Locale.ROOT, "%.4f", sum / n), row.trim().split("\\s+")[2]);
  }

  @Test
  public void longTailProtocolSpeaksOfSplitsAndWritesTheChartNextToTheResults() throws Exception {
    File dir = new File("target/comparison-lt-test");
    File chart = new File(dir, "comparison-pima.png");
    chart.delete();
    dir.mkdirs();
    Object[] r = compare("-t", "data/pima.arff", "-W", "weka.classifiers.bayes.NaiveBayes", "-lt", "10", "-R", "2",
      "-r", new File(dir, "raw.arff").getPath());
    Instances raw = (Instances) r[0];
    String out = (String) r[1];
    String err = (String) r[2];
    assertEquals(2, raw.numInstances()); // one row per run
    assertTrue(out, out.contains("long-tail protocol: one train/test split per run") && out.contains("rho = 10"));
    assertTrue(err, err.contains("[1/2] NaiveBayes on pima.arff, run 1 (one long-tailed train/test split)"));
    assertFalse(out + err, (out + err).toLowerCase(Locale.ROOT).contains("fold"));
    assertTrue(out, out.contains("Chart of per-class recall: " + chart.getAbsolutePath()));
    assertTrue(chart.isFile());
    for (int i = 0; i < raw.numInstances(); i++) {
      // pima: 268 positives, 500 negatives; 30% of the smaller class = 80 test instances per class
      assertEquals(160, raw.instance(i).value(raw.attribute("Number_of_testing_instances")), 0);
      // balanced test data: accuracy equals balanced accuracy
      assertEquals(raw.instance(i).value(raw.attribute("Percent_correct")) / 100,
        raw.instance(i).value(raw.attribute("BalancedAccuracy")), 1e-9);
    }
  }

  @Test
  public void theClassCanBeChosen() throws Exception {
    // ecoli's class is last; as first attribute of a copy it is found with -c first and -c 1
    Instances ecoli = DataSource.read("data/ecoli.arff");
    ecoli.setClassIndex(ecoli.numAttributes() - 1);
    Instances moved = new Instances(ecoli);
    moved.setClassIndex(-1);
    weka.filters.unsupervised.attribute.Reorder reorder = new weka.filters.unsupervised.attribute.Reorder();
    reorder.setAttributeIndices("last,first-" + (ecoli.numAttributes() - 1));
    reorder.setInputFormat(moved);
    moved = weka.filters.Filter.useFilter(moved, reorder);
    File file = new File("target/ecoli-class-first.arff");
    weka.core.converters.ConverterUtils.DataSink.write(file.getPath(), moved);
    for (String c : new String[] {"first", "1", ecoli.classAttribute().name()}) {
      Instances raw = (Instances) compare("-t", file.getPath(), "-c", c, "-W", "weka.classifiers.rules.ZeroR", "-x", "2",
        "-R", "1", "-q", "-no-chart")[0];
      // ZeroR predicts the largest class, so its balanced accuracy is 1 / (number of classes)
      assertEquals(c, 1.0 / ecoli.numClasses(), raw.instance(0).value(raw.attribute("BalancedAccuracy")), 1e-12);
    }
  }

  private static IllegalArgumentException refused(String... options) {
    return assertThrows(IllegalArgumentException.class, () -> compare(options));
  }

  @Test
  public void badOptionsAndDataGetOneLineNamingTheProblem() {
    assertEquals("-x must be >= 2, got 1", refused("-x", "1").getMessage());
    assertEquals("-lt must be finite and >= 1.0, got 0.5", refused("-lt", "0.5").getMessage());
    assertEquals("-R takes a whole number, got 'two'", refused("-R", "two").getMessage());
    assertEquals("-t: no such data file: no/such.arff", refused("-t", "no/such.arff").getMessage());
    assertEquals("-W: cannot use 'J49' (no Classifier class called J49)", refused("-W", "J49").getMessage());
    assertEquals("-W: cannot use 'weka.filters.AllFilter' (no Classifier class called weka.filters.AllFilter)",
      refused("-W", "weka.filters.AllFilter").getMessage());
    assertEquals("-split is the training percentage of the long-tail protocol: give -lt too",
      refused("-split", "50").getMessage());
    assertEquals("-x: the long-tail protocol (-lt) makes one train/test split per run, not folds",
      refused("-lt", "10", "-x", "3").getMessage());
    assertEquals("-t data/glass4.arff: the class attribute 'RI' is numeric; the comparison needs a nominal class"
      + " (choose it with -c)", refused("-t", "data/glass4.arff", "-c", "1", "-W", "J48").getMessage());
    assertEquals("-c must be first, last, a number >= 1 or an attribute name, got 0", refused("-c", "0").getMessage());
    assertEquals("-c 99: glass4.arff has attributes 1 to 10", refused("-t", "data/glass4.arff", "-c", "99").getMessage());
    assertEquals("-c nosuch: glass4.arff has no attribute of that name",
      refused("-t", "data/glass4.arff", "-c", "nosuch").getMessage());
    assertEquals("-t data/glass4.arff: another data set has the same relation name 'glass4'; the Experimenter would"
      + " mix their results (rename one @relation)",
      refused("-t", "data/glass4.arff", "-t", "data/glass4.arff", "-W", "J48").getMessage());
  }

  @Test
  public void aMethodThatFailsIsNamedWithTheDataSetAndRun() {
    Exception e = assertThrows(Exception.class, () -> compare("-t", "data/glass4.arff", "-W", "J48", "-W",
      "weka.classifiers.functions.LinearRegression", "-x", "2", "-R", "1", "-q", "-no-chart"));
    assertEquals(Exception.class, e.getClass());
    assertTrue(e.getMessage(), e.getMessage().startsWith("LinearRegression failed on glass4, run 1: "));
    assertTrue("refused through its capabilities: " + e.getCause(), e.getCause() instanceof WekaException);
  }

  @Test
  public void runPrintsOneErrorLineAndNoDoneLine() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream oldErr = System.err, oldOut = System.out;
    System.setErr(new PrintStream(err, true, "UTF-8"));
    System.setOut(new PrintStream(out, true, "UTF-8"));
    try {
      ImbalanceComparison c = new ImbalanceComparison();
      c.run(c, new String[] {"-t", "data/glass4.arff", "-W", "J49"});
    } finally {
      System.setErr(oldErr);
      System.setOut(oldOut);
    }
    assertEquals("Error: -W: cannot use 'J49' (no Classifier class called J49)\n",
      err.toString("UTF-8").replace("\r\n", "\n"));
    assertEquals("", out.toString("UTF-8"));
  }

  @Test
  public void defaultMethodsParseAreLabelledApartAndAreDifferentRules() throws Exception {
    List<Classifier> methods = new ArrayList<>();
    for (String spec : ImbalanceComparison.defaultMethods()) {
      methods.add(ImbalanceComparison.parseMethod(spec));
    }
    assertEquals(methods.size(), new HashSet<>(MethodLabels.labels(methods)).size());
    assertFalse(String.join(", ", MethodLabels.labels(methods)), String.join(" ", MethodLabels.labels(methods)).contains("#"));

    // the resampling entry is the filter with its own defaults
    FilteredClassifier smote = (FilteredClassifier) methods.stream()
      .filter(m -> m instanceof FilteredClassifier && ((FilteredClassifier) m).getFilter() instanceof SMOTEWithUndersampling)
      .findFirst().get();
    assertEquals(Arrays.asList(new SMOTEWithUndersampling().getOptions()),
      Arrays.asList(((OptionHandler) smote.getFilter()).getOptions()));

    // threshold moving and the plug-in rule, both around Logistic, do not predict alike
    Classifier tm = methods.stream().filter(m -> m instanceof ThresholdMoving).findFirst().get();
    Classifier plugIn = methods.stream().filter(m -> m instanceof PlugInEmpiricalThreshold).findFirst().get();
    Instances ecoli = DataSource.read("data/ecoli.arff");
    ecoli.setClassIndex(ecoli.numAttributes() - 1);
    tm.buildClassifier(ecoli);
    plugIn.buildClassifier(ecoli);
    int differ = 0;
    for (int i = 0; i < ecoli.numInstances(); i++) {
      if (!Arrays.equals(tm.distributionForInstance(ecoli.instance(i)), plugIn.distributionForInstance(ecoli.instance(i)))) {
        differ++;
      }
    }
    assertNotEquals("ThresholdMoving and PlugInEmpiricalThreshold are the same rule by default", 0, differ);
  }
}
