/*
 *   This program is free software: you can redistribute it and/or modify
 *   it under the terms of the GNU General Public License as published by
 *   the Free Software Foundation, either version 3 of the License, or
 *   (at your option) any later version.
 *
 *   This program is distributed in the hope that it will be useful,
 *   but WITHOUT ANY WARRANTY; without even the implied warranty of
 *   MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 *   GNU General Public License for more details.
 *
 *   You should have received a copy of the GNU General Public License
 *   along with this program.  If not, see <http://www.gnu.org/licenses/>.
 */

package weka.imbalance.experiment;

import java.beans.PropertyDescriptor;
import java.io.File;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Vector;

import javax.swing.DefaultListModel;

import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.classifiers.SingleClassifierEnhancer;
import weka.classifiers.meta.FilteredClassifier;
import weka.core.CommandlineRunnable;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Option;
import weka.core.OptionHandler;
import weka.core.Range;
import weka.core.Utils;
import weka.core.WekaPackageManager;
import weka.core.converters.ConverterUtils.DataSource;
import weka.experiment.ClassifierSplitEvaluator;
import weka.experiment.CrossValidationResultProducer;
import weka.experiment.Experiment;
import weka.experiment.InstancesResultListener;
import weka.experiment.PairedCorrectedTTester;
import weka.experiment.PropertyNode;
import weka.experiment.ResultMatrixPlainText;
import weka.filters.supervised.instance.LongTailSubsample;
import weka.imbalance.ClassPriors;
import weka.imbalance.OptionValues;
import weka.imbalance.PerClassRecall;
import weka.imbalance.ShotGroups;
import weka.imbalance.chart.RecallChart;

/**
 * Compares classifiers on imbalanced or long-tailed data with Weka's Experimenter engine: a
 * stratified cross-validation repeated over several runs (CrossValidationResultProducer with
 * ClassifierSplitEvaluator, exactly what the Experimenter's "Setup" tab builds), with this
 * package's metric plugins as result columns. Prints a table of the means (accuracy, balanced
 * accuracy, G-mean, many/medium/few-shot accuracy, training time) and Weka's corrected paired
 * t-test on balanced accuracy against the first method. The raw results can be kept as an ARFF
 * file for the Experimenter's "Analyse" tab.
 *
 * <p>Run it with the package installed: {@code java -cp weka.jar weka.Run
 * weka.imbalance.experiment.ImbalanceComparison [options]}; {@code -h} lists the options.
 */
public class ImbalanceComparison implements CommandlineRunnable, OptionHandler {

  /** The bundled long-tailed data set used when no -t is given. */
  public static final String DEFAULT_DATASET = "yeast.arff";

  /** Default number of cross-validation folds. */
  public static final int DEFAULT_FOLDS = 5;

  /** Default number of runs (repetitions with different seeds). */
  public static final int DEFAULT_RUNS = 2;

  /** The result columns shown in the table, with their headings. */
  private static final String[][] COLUMNS = {
    {"Percent_correct", "Accuracy"}, {"BalancedAccuracy", "Bal.acc"}, {"GMean", "G-mean"},
    {"ManyShotAccuracy", "Many"}, {"MediumShotAccuracy", "Medium"}, {"FewShotAccuracy", "Few"},
    {"Elapsed_Time_training", "Train s"}};

  private final List<File> m_datasets = new ArrayList<>();
  private final List<Classifier> m_methods = new ArrayList<>();
  private int m_folds = DEFAULT_FOLDS;
  private int m_runs = DEFAULT_RUNS;
  private File m_resultsFile;
  private File m_pngFile;
  private double m_longTailRho;
  private double m_trainPercent = LongTailSplitResultProducer.DEFAULT_TRAIN_PERCENT;
  private transient LongTailSplitResultProducer m_longTailProducer;
  private boolean m_quiet;
  private PrintStream m_out = System.out;

  /**
   * The methods compared when none is given: stock Weka (J48, Logistic, and Weka's own answer to
   * imbalance, ClassBalancer reweighting in a FilteredClassifier), the package's resampling filter,
   * its meta-classifiers at their defaults, and the MLP with plain cross-entropy and with its
   * default logit-adjusted loss. COG is left out: with Logistic on the many subclasses of a
   * ten-class long-tailed set it takes minutes per run (add it with -W when wanted).
   *
   * @return the default method specifications, as on the command line
   */
  public static String[] defaultMethods() {
    return new String[] {
      "weka.classifiers.trees.J48",
      "weka.classifiers.functions.Logistic",
      "weka.classifiers.meta.FilteredClassifier -F weka.filters.supervised.instance.ClassBalancer"
        + " -W weka.classifiers.trees.J48",
      "weka.classifiers.meta.FilteredClassifier -F \"weka.filters.supervised.instance.SMOTEWithUndersampling"
        + " -over majority\" -W weka.classifiers.trees.J48",
      "weka.classifiers.meta.ClassBalancedReweighting -W weka.classifiers.trees.J48",
      "weka.classifiers.meta.ThresholdMoving -W weka.classifiers.functions.Logistic",
      "weka.classifiers.meta.PlugInEmpiricalThreshold -W weka.classifiers.functions.Logistic",
      "weka.classifiers.functions.LogitAdjustedMLP -loss weka.imbalance.nn.CrossEntropyLoss",
      "weka.classifiers.functions.LogitAdjustedMLP",
    };
  }

  @Override
  public Enumeration<Option> listOptions() {
    Vector<Option> v = new Vector<>();
    v.add(new Option("\tA data set (ARFF, CSV or any format Weka reads), class = last attribute.\n"
      + "\tMay be repeated. (default: the bundled " + DEFAULT_DATASET + ")", "t", 1, "-t <file>"));
    v.add(new Option("\tA method: classifier class and options, in one quoted string.\n"
      + "\tMay be repeated; the first is the baseline of the t-test.\n\t(default: "
      + String.join("; ", defaultMethods()) + ")", "W", 1, "-W \"<classifier and options>\""));
    v.add(new Option("\tNumber of cross-validation folds. (default " + DEFAULT_FOLDS + ")", "x", 1, "-x <folds>"));
    v.add(new Option("\tNumber of runs with different seeds. (default " + DEFAULT_RUNS + ")", "R", 1, "-R <runs>"));
    v.add(new Option("\tThe long-tail protocol instead of cross-validation: each run splits the data per class,\n"
      + "\tmakes the training part long-tailed with LongTailSubsample -rho <rho> (seed = run) and\n"
      + "\tkeeps the test part balanced. For balanced data sets, as in the deep long-tail papers.", "lt", 1, "-lt <rho>"));
    v.add(new Option("\tWith -lt: percentage of each class for training. (default "
      + LongTailSplitResultProducer.DEFAULT_TRAIN_PERCENT + ")", "split", 1, "-split <percent>"));
    v.add(new Option("\tKeep the raw Experimenter results in this ARFF file.", "r", 1, "-r <file>"));
    v.add(new Option("\tWrite the per-class recall chart (one series per method, classes from head\n"
      + "\tto tail) as a PNG file; with several data sets, one file each (name-dataset.png).", "png", 1, "-png <file>"));
    v.add(new Option("\tNo progress lines.", "q", 0, "-q"));
    return v.elements();
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    m_datasets.clear();
    m_methods.clear();
    String t;
    while (!(t = Utils.getOption('t', options)).isEmpty()) {
      File f = new File(t);
      if (!f.isFile()) {
        throw new IllegalArgumentException("-t: no such data file: " + t);
      }
      m_datasets.add(f);
    }
    String w;
    while (!(w = Utils.getOption('W', options)).isEmpty()) {
      m_methods.add(parseMethod(w));
    }
    m_folds = intOption(options, 'x', DEFAULT_FOLDS, 2);
    m_runs = intOption(options, 'R', DEFAULT_RUNS, 1);
    String lt = Utils.getOption("lt", options);
    m_longTailRho = 0;
    if (!lt.isEmpty()) {
      try {
        m_longTailRho = Double.parseDouble(lt);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("-lt takes an imbalance ratio (a number >= 1), got '" + lt + "'");
      }
      if (!(m_longTailRho >= 1)) {
        throw new IllegalArgumentException("-lt takes an imbalance ratio (a number >= 1), got '" + lt + "'");
      }
    }
    String split = Utils.getOption("split", options);
    m_trainPercent = LongTailSplitResultProducer.DEFAULT_TRAIN_PERCENT;
    if (!split.isEmpty()) {
      try {
        m_trainPercent = Double.parseDouble(split);
      } catch (NumberFormatException e) {
        m_trainPercent = Double.NaN;
      }
      if (!(m_trainPercent > 0 && m_trainPercent < 100)) {
        throw new IllegalArgumentException("-split takes a percentage between 0 and 100, got '" + split + "'");
      }
    }
    String r = Utils.getOption('r', options);
    m_resultsFile = r.isEmpty() ? null : new File(r);
    String png = Utils.getOption("png", options);
    m_pngFile = png.isEmpty() ? null : new File(png);
    m_quiet = Utils.getFlag('q', options);
    Utils.checkForRemainingOptions(options);
  }

  private static int intOption(String[] options, char name, int dflt, int min) throws Exception {
    int v = OptionValues.getInt("" + name, options, dflt);
    if (v < min) {
      throw new IllegalArgumentException("-" + name + " must be at least " + min + ", got " + v);
    }
    return v;
  }

  private static Classifier parseMethod(String spec) throws Exception {
    String[] parts = Utils.splitOptions(spec);
    if (parts.length == 0) {
      throw new IllegalArgumentException("-W: empty method specification");
    }
    String name = parts[0];
    parts[0] = "";
    return AbstractClassifier.forName(name, parts);
  }

  @Override
  public String[] getOptions() {
    List<String> o = new ArrayList<>();
    for (File f : m_datasets) {
      o.add("-t");
      o.add(f.getPath());
    }
    for (Classifier c : m_methods) {
      o.add("-W");
      o.add(Utils.toCommandLine(c));
    }
    Collections.addAll(o, "-x", "" + m_folds, "-R", "" + m_runs);
    if (m_longTailRho > 0) {
      Collections.addAll(o, "-lt", "" + m_longTailRho, "-split", "" + m_trainPercent);
    }
    if (m_resultsFile != null) {
      Collections.addAll(o, "-r", m_resultsFile.getPath());
    }
    if (m_pngFile != null) {
      Collections.addAll(o, "-png", m_pngFile.getPath());
    }
    if (m_quiet) {
      o.add("-q");
    }
    return o.toArray(new String[0]);
  }

  /**
   * Where the output goes (default System.out).
   *
   * @param out the stream for the table and the test
   */
  public void setOutput(PrintStream out) {
    m_out = out;
  }

  /** @return the bundled default data set: in the installed package, else ./data */
  static File defaultDataset() {
    File installed = new File(WekaPackageManager.PACKAGES_DIR, "imbalancedLearning/data/" + DEFAULT_DATASET);
    return installed.isFile() ? installed : new File("data", DEFAULT_DATASET);
  }

  /**
   * Runs the comparison and prints the results.
   *
   * @return the raw Experimenter results (one row per run and fold of each method and data set)
   * @throws Exception if the experiment fails
   */
  public Instances compare() throws Exception {
    List<File> datasets = new ArrayList<>(m_datasets);
    if (datasets.isEmpty()) {
      File d = defaultDataset();
      if (!d.isFile()) {
        throw new IllegalArgumentException("-t: no data set given and the bundled " + d + " was not found");
      }
      datasets.add(d);
    }
    List<Classifier> methods = new ArrayList<>(m_methods);
    if (methods.isEmpty()) {
      for (String spec : defaultMethods()) {
        methods.add(parseMethod(spec));
      }
    }
    File results = m_resultsFile != null ? m_resultsFile : File.createTempFile("imbalance-comparison-", ".arff");
    if (m_resultsFile == null) {
      results.deleteOnExit();
    }
    Experiment exp = experiment(datasets, methods, results);
    int total = datasets.size() * methods.size() * m_runs;
    exp.initialize();
    long start = System.nanoTime();
    for (int i = 1; exp.hasMoreIterations(); i++) {
      if (!m_quiet) {
        System.err.printf(Locale.ROOT, "[%d/%d] %s on %s, run %d (%d folds) ... %.0f s so far%n", i, total,
          labels(methods).get(exp.getCurrentPropertyNumber()),
          datasets.get(exp.getCurrentDatasetNumber()).getName(), exp.getCurrentRunNumber(), m_folds,
          (System.nanoTime() - start) / 1e9);
      }
      exp.nextIteration();
    }
    exp.postProcess();
    Instances raw = DataSource.read(results.getPath());
    report(raw, datasets, methods);
    return raw;
  }

  private Experiment experiment(List<File> datasets, List<Classifier> methods, File results) throws Exception {
    ClassifierSplitEvaluator evaluator = new ClassifierSplitEvaluator();
    evaluator.setClassifier(methods.get(0));
    // targets and predictions of every fold, for the per-class recall chart
    evaluator.setPredTargetColumn(m_pngFile != null);
    weka.experiment.ResultProducer producer;
    if (m_longTailRho > 0) {
      LongTailSplitResultProducer lt = new LongTailSplitResultProducer();
      LongTailSubsample filter = new LongTailSubsample();
      filter.setOptions(new String[] {"-rho", "" + m_longTailRho});
      lt.setLongTailFilter(filter);
      lt.setTrainPercent(m_trainPercent);
      lt.setSplitEvaluator(evaluator);
      m_longTailProducer = lt;
      producer = lt;
    } else {
      CrossValidationResultProducer cv = new CrossValidationResultProducer();
      cv.setNumFolds(m_folds);
      cv.setSplitEvaluator(evaluator);
      m_longTailProducer = null;
      producer = cv;
    }
    InstancesResultListener listener = new InstancesResultListener();
    listener.setOutputFile(results);

    Experiment exp = new Experiment();
    exp.setResultProducer(producer);
    exp.setResultListener(listener);
    exp.setRunLower(1);
    exp.setRunUpper(m_runs);
    DefaultListModel<File> model = new DefaultListModel<>();
    datasets.forEach(model::addElement);
    exp.setDatasets(model);
    PropertyNode[] path = {
      new PropertyNode(evaluator, new PropertyDescriptor("splitEvaluator", producer.getClass()), producer.getClass()),
      new PropertyNode(methods.get(0), new PropertyDescriptor("classifier", ClassifierSplitEvaluator.class),
        ClassifierSplitEvaluator.class)};
    exp.setPropertyPath(path);
    exp.setPropertyArray(methods.toArray(new Classifier[0]));
    exp.setUsePropertyIterator(true);
    return exp;
  }

  /**
   * A short name for a method: the class name without its package; for a FilteredClassifier
   * "Filter + Base", for other meta-classifiers "Meta(Base)".
   */
  static String label(Classifier c) {
    if (c instanceof weka.classifiers.functions.LogitAdjustedMLP) {
      String loss = Utils.toCommandLine(((weka.classifiers.functions.LogitAdjustedMLP) c).getLoss());
      return "LogitAdjustedMLP(" + loss.replaceAll("^weka\\.[a-z.]*\\.", "").replace("Loss", "") + ")";
    }
    if (c instanceof FilteredClassifier) {
      FilteredClassifier fc = (FilteredClassifier) c;
      return fc.getFilter().getClass().getSimpleName() + " + " + label(fc.getClassifier());
    }
    if (c instanceof SingleClassifierEnhancer) {
      return c.getClass().getSimpleName() + "(" + label(((SingleClassifierEnhancer) c).getClassifier()) + ")";
    }
    return c.getClass().getSimpleName();
  }

  /** Labels for the methods, made unique by a number where two would read the same. */
  static List<String> labels(List<Classifier> methods) {
    List<String> labels = new ArrayList<>();
    for (Classifier m : methods) {
      labels.add(label(m));
    }
    for (int i = 0; i < labels.size(); i++) {
      if (Collections.frequency(labels, labels.get(i)) > 1) {
        String same = labels.get(i);
        for (int j = i, n = 1; j < labels.size(); j++) {
          if (labels.get(j).equals(same)) {
            labels.set(j, same + " #" + n++);
          }
        }
      }
    }
    return labels;
  }

  private void report(Instances raw, List<File> datasets, List<Classifier> methods) throws Exception {
    for (File d : datasets) {
      m_out.println();
      m_out.println("=== " + d.getName() + ": " + protocol() + " (Weka Experimenter) ===");
      m_out.println();
      m_out.println(table(raw, d, methods));
      if (m_pngFile != null) {
        File png = datasets.size() == 1 ? m_pngFile
          : new File(m_pngFile.getPath().replaceAll("(\\.png)?$", "-" + d.getName().replaceAll("\\.[^.]*$", "") + ".png"));
        chart(raw, d, methods).writePng(png, 1000, 600);
        m_out.println("Chart of per-class recall: " + png);
        m_out.println();
      }
    }
    m_out.println("Many/medium/few: mean recall of the classes with > 100, 20..100 and < 20 training"
      + " instances (ShotGroups.props); '-' = no class in that group.");
    if (methods.size() > 1) {
      m_out.println();
      m_out.println(significance(raw));
    }
  }

  /** @return the evaluation protocol in words */
  private String protocol() {
    if (m_longTailRho > 0) {
      return m_runs + " runs of the long-tail protocol: training part (" + Utils.doubleToString(m_trainPercent, 3)
        + "% per class) made long-tailed with rho = " + Utils.doubleToString(m_longTailRho, 3)
        + ", balanced test part";
    }
    return m_runs + " x " + m_folds + "-fold stratified cross-validation";
  }

  /** The table of means for one data set, one row per method. */
  private String table(Instances raw, File dataset, List<Classifier> methods) {
    String relation = relationOf(raw, dataset);
    Map<String, double[]> sums = new LinkedHashMap<>();
    Map<String, int[]> counts = new LinkedHashMap<>();
    int scheme = raw.attribute("Key_Scheme").index();
    int options = raw.attribute("Key_Scheme_options").index();
    int data = raw.attribute("Key_Dataset").index();
    for (Instance row : raw) {
      if (relation != null && !row.stringValue(data).equals(relation)) {
        continue;
      }
      String key = row.stringValue(scheme) + "|" + (row.isMissing(options) ? "" : row.stringValue(options));
      double[] s = sums.computeIfAbsent(key, k -> new double[COLUMNS.length]);
      int[] n = counts.computeIfAbsent(key, k -> new int[COLUMNS.length]);
      for (int c = 0; c < COLUMNS.length; c++) {
        if (raw.attribute(COLUMNS[c][0]) == null) {
          continue;
        }
        double v = row.value(raw.attribute(COLUMNS[c][0]));
        if (!Utils.isMissingValue(v)) {
          s[c] += v;
          n[c]++;
        }
      }
    }
    List<String> labels = labels(methods);
    int width = 6;
    for (String l : labels) {
      width = Math.max(width, l.length());
    }
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s", "Method"));
    for (String[] col : COLUMNS) {
      b.append(String.format(Locale.ROOT, " %8s", col[1]));
    }
    b.append('\n');
    for (int i = 0; i < methods.size(); i++) {
      Classifier m = methods.get(i);
      String key = m.getClass().getName() + "|" + Utils.joinOptions(optionsOf(m));
      b.append(String.format(Locale.ROOT, "%-" + width + "s", labels.get(i)));
      double[] s = sums.get(key);
      int[] n = counts.get(key);
      for (int c = 0; c < COLUMNS.length; c++) {
        if (s == null || n[c] == 0) {
          b.append(String.format(Locale.ROOT, " %8s", "-"));
        } else {
          double mean = s[c] / n[c];
          b.append(String.format(Locale.ROOT, c == 0 ? " %7.2f%%" : c == COLUMNS.length - 1 ? " %8.3f" : " %8.4f", mean));
        }
      }
      b.append('\n');
    }
    return b.toString();
  }

  /**
   * The per-class recall chart of one data set: one series per method, recall pooled over all
   * runs and folds from the Experimenter's target and prediction columns (unweighted), classes
   * placed by their mean training count per fold.
   */
  RecallChart chart(Instances raw, File dataset, List<Classifier> methods) throws Exception {
    Instances data = DataSource.read(dataset.getPath());
    data.setClassIndex(data.numAttributes() - 1);
    double[] perFold = m_longTailProducer == null ? null : m_longTailProducer.meanTrainingCounts(data.relationName());
    if (perFold == null) {
      perFold = ClassPriors.weightedCounts(data);
      for (int k = 0; k < perFold.length; k++) {
        perFold[k] *= (m_folds - 1) / (double) m_folds;
      }
    }
    String[] names = new String[data.numClasses()];
    for (int k = 0; k < names.length; k++) {
      names[k] = data.classAttribute().value(k);
    }
    RecallChart chart = new RecallChart(names, perFold, m_longTailProducer == null ? "training instances per fold"
      : "long-tailed training instances (mean of runs)", ShotGroups.configured());
    chart.setTitle(dataset.getName() + ": per-class recall, head to tail ("
      + (m_longTailProducer == null ? m_runs + " x " + m_folds + "-fold CV" : "long-tail protocol, rho = "
        + Utils.doubleToString(m_longTailRho, 3)) + ")");
    String relation = relationOf(raw, dataset);
    int scheme = raw.attribute("Key_Scheme").index();
    int options = raw.attribute("Key_Scheme_options").index();
    int dataCol = raw.attribute("Key_Dataset").index();
    List<String> labels = labels(methods);
    for (int i = 0; i < methods.size(); i++) {
      Classifier m = methods.get(i);
      String key = m.getClass().getName() + "|" + Utils.joinOptions(optionsOf(m));
      PerClassRecall recall = new PerClassRecall(names.length);
      for (Instance row : raw) {
        String rowKey = row.stringValue(scheme) + "|" + (row.isMissing(options) ? "" : row.stringValue(options));
        if (!rowKey.equals(key) || (relation != null && !row.stringValue(dataCol).equals(relation))) {
          continue;
        }
        String[] targets = row.stringValue(raw.attribute("Targets")).split("\\|", -1);
        String[] predictions = row.stringValue(raw.attribute("Predictions")).split("\\|", -1);
        for (int j = 0; j < targets.length && j < predictions.length; j++) {
          int actual = data.classAttribute().indexOfValue(targets[j]);
          if (actual >= 0) {
            recall.add(actual, data.classAttribute().indexOfValue(predictions[j]), 1, -1);
          }
        }
      }
      chart.addSeries(labels.get(i), recall);
    }
    return chart;
  }

  private static String[] optionsOf(Classifier c) {
    return c instanceof OptionHandler ? ((OptionHandler) c).getOptions() : new String[0];
  }

  private static String relationOf(Instances raw, File dataset) {
    int data = raw.attribute("Key_Dataset").index();
    try {
      String rel = DataSource.read(dataset.getPath()).relationName();
      for (Instance row : raw) {
        String v = row.stringValue(data);
        if (v.equals(rel) || v.equals(rel.replaceAll("[^a-zA-Z0-9_\\-]", "_"))) {
          return v;
        }
      }
    } catch (Exception e) {
      // fall through: all rows
    }
    return null;
  }

  /** Weka's corrected paired t-test on balanced accuracy, as the Experimenter's Analyse tab shows it. */
  private String significance(Instances raw) throws Exception {
    PairedCorrectedTTester tester = new PairedCorrectedTTester();
    tester.setInstances(raw);
    tester.setRunColumn(raw.attribute("Key_Run").index());
    tester.setFoldColumn(raw.attribute("Key_Fold") == null ? -1 : raw.attribute("Key_Fold").index());
    tester.setDatasetKeyColumns(new Range("" + (raw.attribute("Key_Dataset").index() + 1)));
    tester.setResultsetKeyColumns(new Range((raw.attribute("Key_Scheme").index() + 1) + ","
      + (raw.attribute("Key_Scheme_options").index() + 1) + "," + (raw.attribute("Key_Scheme_version_ID").index() + 1)));
    tester.setSignificanceLevel(0.05);
    ResultMatrixPlainText matrix = new ResultMatrixPlainText();
    matrix.setMeanPrec(4);
    matrix.setStdDevPrec(4);
    matrix.setShowStdDev(true);
    tester.setResultMatrix(matrix);
    return "Balanced accuracy, corrected paired t-test (Nadeau & Bengio) at 0.05 against the first method\n"
      + "(v = significantly better, * = significantly worse):\n\n"
      + tester.multiResultsetFull(0, raw.attribute("BalancedAccuracy").index());
  }

  @Override
  public void preExecution() {
  }

  @Override
  public void postExecution() {
  }

  @Override
  public void run(Object toRun, String[] options) throws Exception {
    if (!(toRun instanceof ImbalanceComparison)) {
      throw new IllegalArgumentException("object to run is not an ImbalanceComparison");
    }
    ImbalanceComparison c = (ImbalanceComparison) toRun;
    if (Utils.getFlag('h', options) || Utils.getFlag("help", options)) {
      System.out.println(usage());
      return;
    }
    c.setOptions(options);
    c.compare();
    c.m_out.println("Done: the comparison finished.");
  }

  private String usage() {
    StringBuilder b = new StringBuilder("Usage: weka.Run weka.imbalance.experiment.ImbalanceComparison [options]\n\n"
      + "Compares methods on imbalanced data with Weka's Experimenter engine and this package's metrics.\n\n");
    for (Enumeration<Option> e = listOptions(); e.hasMoreElements();) {
      Option o = e.nextElement();
      b.append(o.synopsis()).append('\n').append(o.description()).append('\n');
    }
    return b.toString();
  }

  /**
   * Runs the comparison from the command line. With the package installed, prefer
   * {@code weka.Run weka.imbalance.experiment.ImbalanceComparison}, which loads Weka's packages
   * (and with them this package's metrics).
   *
   * @param args the options, see {@link #listOptions()}
   */
  public static void main(String[] args) {
    try {
      ImbalanceComparison c = new ImbalanceComparison();
      c.run(c, args);
    } catch (Exception e) {
      System.err.println("Error: " + e.getMessage());
      System.exit(1);
    }
  }
}
