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

import java.io.File;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Vector;

import weka.classifiers.Classifier;
import weka.core.CommandlineRunnable;
import weka.core.Instances;
import weka.core.Option;
import weka.core.OptionHandler;
import weka.core.Utils;
import weka.core.WekaPackageManager;
import weka.imbalance.OptionValues;

/**
 * Compares classifiers on imbalanced or long-tailed data with Weka's Experimenter engine: a
 * stratified cross-validation repeated over several runs (CrossValidationResultProducer with
 * ClassifierSplitEvaluator, exactly what the Experimenter's "Setup" tab builds), or the long-tail
 * protocol of the deep long-tail papers, with this package's metrics as result columns. Prints a
 * table of the means (accuracy, balanced accuracy, G-mean, many/medium/few-shot accuracy,
 * training time), Weka's corrected paired t-test on balanced accuracy against the first method,
 * and a verdict: the best method, the methods not significantly worse, the package's methods that
 * significantly beat the best stock Weka method, and a caveat when the evidence is thin. Draws the
 * per-class recall chart of each data set. The raw results can be kept as an ARFF file for the
 * Experimenter's "Analyse" tab.
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

  /** Default class attribute. */
  public static final String DEFAULT_CLASS = "last";

  /** Where a classifier named without its package is looked up. */
  private static final String[] CLASSIFIER_PACKAGES = {"weka.classifiers.trees", "weka.classifiers.functions",
    "weka.classifiers.meta", "weka.classifiers.bayes", "weka.classifiers.lazy", "weka.classifiers.rules",
    "weka.classifiers.misc"};

  private final List<File> m_datasets = new ArrayList<>();
  private final List<Classifier> m_methods = new ArrayList<>();
  private String m_class = DEFAULT_CLASS;
  private int m_folds = DEFAULT_FOLDS;
  private boolean m_foldsGiven;
  private int m_runs = DEFAULT_RUNS;
  private File m_resultsFile;
  private File m_pngFile;
  private boolean m_noChart;
  private double m_longTailRho;
  private double m_trainPercent = LongTailSplitResultProducer.DEFAULT_TRAIN_PERCENT;
  private boolean m_quiet;
  private PrintStream m_out = System.out;

  /**
   * The methods compared when none is given: stock Weka (J48, Logistic, and Weka's own answer to
   * imbalance, ClassBalancer reweighting in a FilteredClassifier), the package's resampling filter
   * at its defaults, its meta-classifiers (ThresholdMoving with tau tuned by internal
   * cross-validation, so that it differs from the plug-in rule, which is ThresholdMoving's rule at
   * tau = 1), and the MLP with plain cross-entropy and with its default logit-adjusted loss. COG is
   * left out: with Logistic on the many subclasses of a ten-class long-tailed set it takes minutes
   * per run (add it with -W when wanted).
   *
   * @return the default method specifications, as on the command line
   */
  public static String[] defaultMethods() {
    return new String[] {
      "weka.classifiers.trees.J48",
      "weka.classifiers.functions.Logistic",
      "weka.classifiers.meta.FilteredClassifier -F weka.filters.supervised.instance.ClassBalancer"
        + " -W weka.classifiers.trees.J48",
      "weka.classifiers.meta.FilteredClassifier -F weka.filters.supervised.instance.SMOTEWithUndersampling"
        + " -W weka.classifiers.trees.J48",
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
    v.add(new Option("\tA data set (ARFF, CSV or any format Weka reads). May be repeated.\n"
      + "\t(default: the bundled " + DEFAULT_DATASET + ")", "t", 1, "-t <file>"));
    v.add(new Option("\tThe class attribute of every data set: first, last, its number (1 = first)\n"
      + "\tor its name. It must be nominal. (default " + DEFAULT_CLASS + ")", "c", 1, "-c <attribute>"));
    v.add(new Option("\tA method: classifier class and options, in one quoted string (a class of Weka's\n"
      + "\tusual packages may be named without its package: \"J48 -U\"). May be repeated; the\n"
      + "\tfirst is the baseline of the t-test.\n\t(default: " + String.join("; ", defaultMethods()) + ")", "W", 1,
      "-W \"<classifier and options>\""));
    v.add(new Option("\tNumber of cross-validation folds. (default " + DEFAULT_FOLDS + ")", "x", 1, "-x <folds>"));
    v.add(new Option("\tNumber of runs with different seeds. (default " + DEFAULT_RUNS + ")", "R", 1, "-R <runs>"));
    v.add(new Option("\tThe long-tail protocol instead of cross-validation: each run makes one train/test\n"
      + "\tsplit per class, makes the training part long-tailed with LongTailSubsample -rho <rho>\n"
      + "\t(seed = run) and keeps the test part balanced. For balanced data sets, as in the deep\n"
      + "\tlong-tail papers.", "lt", 1, "-lt <rho>"));
    v.add(new Option("\tWith -lt: percentage of each class for training. (default "
      + LongTailSplitResultProducer.DEFAULT_TRAIN_PERCENT + ")", "split", 1, "-split <percent>"));
    v.add(new Option("\tKeep the raw Experimenter results in this ARFF file.", "r", 1, "-r <file>"));
    v.add(new Option("\tThe per-class recall chart (one series per method, classes from head to tail) as a PNG\n"
      + "\tfile; with several data sets, one file each (name-dataset.png). (default: comparison-<data set>.png\n"
      + "\tnext to the -r file, or in the working directory)", "png", 1, "-png <file>"));
    v.add(new Option("\tNo chart.", "no-chart", 0, "-no-chart"));
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
    m_class = OptionValues.getString("c", options, DEFAULT_CLASS).trim();
    OptionValues.require(!m_class.matches("0+|-.*"), "c", m_class, "first, last, a number >= 1 or an attribute name");
    String w;
    while (!(w = Utils.getOption('W', options)).isEmpty()) {
      m_methods.add(parseMethod(w));
    }
    m_foldsGiven = Utils.getOptionPos('x', options) >= 0;
    m_folds = OptionValues.atLeast("x", OptionValues.getInt("x", options, DEFAULT_FOLDS), 2);
    m_runs = OptionValues.atLeast("R", OptionValues.getInt("R", options, DEFAULT_RUNS), 1);
    boolean lt = Utils.getOptionPos("lt", options) >= 0;
    m_longTailRho = lt ? OptionValues.atLeast("lt", OptionValues.getDouble("lt", options, 0), 1) : 0;
    boolean split = Utils.getOptionPos("split", options) >= 0;
    m_trainPercent = OptionValues.getDouble("split", options, LongTailSplitResultProducer.DEFAULT_TRAIN_PERCENT);
    OptionValues.require(m_trainPercent > 0 && m_trainPercent < 100, "split", m_trainPercent, "a percentage in (0, 100)");
    String r = Utils.getOption('r', options);
    m_resultsFile = r.isEmpty() ? null : new File(r);
    String png = Utils.getOption("png", options);
    m_pngFile = png.isEmpty() ? null : new File(png);
    m_noChart = Utils.getFlag("no-chart", options);
    m_quiet = Utils.getFlag('q', options);
    Utils.checkForRemainingOptions(options);
    if (split && !lt) {
      throw new IllegalArgumentException("-split is the training percentage of the long-tail protocol: give -lt too");
    }
    if (lt && m_foldsGiven) {
      throw new IllegalArgumentException("-x: the long-tail protocol (-lt) makes one train/test split per run, not folds");
    }
    if (m_noChart && m_pngFile != null) {
      throw new IllegalArgumentException("-png and -no-chart contradict each other");
    }
  }

  /**
   * @param spec a method: class name and options
   * @return the configured classifier
   * @throws IllegalArgumentException naming -W and the specification if it cannot be used
   */
  static Classifier parseMethod(String spec) {
    return OptionValues.fromSpec(Classifier.class, "W", spec, CLASSIFIER_PACKAGES);
  }

  @Override
  public String[] getOptions() {
    List<String> o = new ArrayList<>();
    for (File f : m_datasets) {
      Collections.addAll(o, "-t", f.getPath());
    }
    Collections.addAll(o, "-c", m_class);
    for (Classifier c : m_methods) {
      Collections.addAll(o, "-W", Utils.toCommandLine(c));
    }
    if (m_longTailRho > 0) {
      Collections.addAll(o, "-R", "" + m_runs, "-lt", "" + m_longTailRho, "-split", "" + m_trainPercent);
    } else {
      Collections.addAll(o, "-x", "" + m_folds, "-R", "" + m_runs);
    }
    if (m_resultsFile != null) {
      Collections.addAll(o, "-r", m_resultsFile.getPath());
    }
    if (m_pngFile != null) {
      Collections.addAll(o, "-png", m_pngFile.getPath());
    }
    if (m_noChart) {
      o.add("-no-chart");
    }
    if (m_quiet) {
      o.add("-q");
    }
    return o.toArray(new String[0]);
  }

  /**
   * Where the output goes (default System.out).
   *
   * @param out the stream for the table, the test and the verdict
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
   * @throws IllegalArgumentException if a data set cannot be compared (unreadable, no nominal
   *           class, two with the same relation name)
   * @throws Exception if a method fails
   */
  public Instances compare() throws Exception {
    List<File> files = new ArrayList<>(m_datasets);
    if (files.isEmpty()) {
      File d = defaultDataset();
      if (!d.isFile()) {
        throw new IllegalArgumentException("-t: no data set given and the bundled " + d + " was not found");
      }
      files.add(d);
    }
    List<Instances> data = new ArrayList<>();
    for (File f : files) {
      data.add(ComparisonExperiment.readDataSet(f, m_class, data));
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
    ComparisonExperiment exp = ComparisonExperiment.withoutAnnouncements(() -> {
      ComparisonExperiment e = new ComparisonExperiment(data, methods, results, m_runs, !m_noChart);
      if (m_longTailRho > 0) {
        e.useLongTailProtocol(m_longTailRho, m_trainPercent);
      } else {
        e.useCrossValidation(m_folds);
      }
      return e;
    });
    List<String> labels = MethodLabels.labels(methods);
    String each = m_longTailRho > 0 ? "one long-tailed train/test split" : m_folds + "-fold cross-validation";
    Instances raw = exp.run((i, total, method, dataset, run, seconds) -> {
      if (!m_quiet) {
        System.err.printf(Locale.ROOT, "[%d/%d] %s on %s, run %d (%s) ... %.0f s so far%n", i, total,
          labels.get(method), files.get(dataset).getName(), run, each, seconds);
      }
    });
    report(raw, files, data, methods, exp);
    return raw;
  }

  private void report(Instances raw, List<File> files, List<Instances> data, List<Classifier> methods,
    ComparisonExperiment exp) throws Exception {
    boolean lt = m_longTailRho > 0;
    ComparisonReport report = new ComparisonReport(new ComparisonResults(raw, methods), methods,
      lt ? "train/test splits" : "folds", lt ? m_runs + " long-tailed train/test splits (one per run)"
        : m_runs + " runs x " + m_folds + " folds");
    List<String> relations = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      String rel = data.get(i).relationName();
      relations.add(rel);
      names.add(files.get(i).getName());
      m_out.println();
      m_out.println("=== " + files.get(i).getName() + ": " + protocol() + " (Weka Experimenter) ===");
      m_out.println();
      m_out.println(report.table(rel));
      if (!m_noChart) {
        File png = chartFile(files.get(i), files.size());
        String title = files.get(i).getName() + ": " + (m_longTailRho > 0 ? "long-tail protocol, rho = "
          + Utils.doubleToString(m_longTailRho, 3) + ", " + m_runs + " train/test splits" : protocol());
        report.chart(rel, data.get(i), exp.trainingCounts(i), exp.trainingCountsLabel(), title).writePng(png, 1000, 620);
        m_out.println("Chart of per-class recall: " + png.getPath());
        m_out.println();
      }
    }
    m_out.println("Many/medium/few: mean recall of the classes with > 100, 20..100 and < 20 training"
      + " instances (ShotGroups.props); '-' = no class in that group.");
    if (methods.size() > 1) {
      m_out.println();
      m_out.println(report.significance(relations, names));
    }
    for (int i = 0; i < files.size(); i++) {
      m_out.println(report.verdict(relations.get(i), names.get(i)));
    }
  }

  /** The chart's file for a data set. */
  File chartFile(File dataset, int numDatasets) {
    String stem = dataset.getName().replaceAll("\\.[^.]*$", "");
    if (m_pngFile == null) {
      File dir = m_resultsFile == null ? null : m_resultsFile.getAbsoluteFile().getParentFile();
      return new File(dir, "comparison-" + stem + ".png");
    }
    return numDatasets == 1 ? m_pngFile : new File(m_pngFile.getPath().replaceAll("(\\.png)?$", "-" + stem + ".png"));
  }

  /** @return the evaluation protocol in words */
  private String protocol() {
    if (m_longTailRho > 0) {
      return m_runs + " runs of the long-tail protocol: one train/test split per run, training part ("
        + Utils.doubleToString(m_trainPercent, 3) + "% per class) made long-tailed with rho = "
        + Utils.doubleToString(m_longTailRho, 3) + ", balanced test part";
    }
    return m_runs + " x " + m_folds + "-fold stratified cross-validation";
  }

  @Override
  public void preExecution() {
  }

  @Override
  public void postExecution() {
  }

  /**
   * Runs the comparison with the given options (weka.Run's entry point). A failure is reported
   * as one line on standard error starting with "Error:", and no "Done" line follows.
   */
  @Override
  public void run(Object toRun, String[] options) {
    if (!(toRun instanceof ImbalanceComparison)) {
      throw new IllegalArgumentException("object to run is not an ImbalanceComparison");
    }
    ((ImbalanceComparison) toRun).runFromCommandLine(options);
  }

  /** @return whether the comparison finished (else one "Error:" line went to standard error) */
  private boolean runFromCommandLine(String[] options) {
    if (Arrays.asList(options).contains("-h") || Arrays.asList(options).contains("-help")) {
      System.out.println(usage());
      return true;
    }
    try {
      setOptions(options);
      compare();
      m_out.println("Done: the comparison finished.");
      return true;
    } catch (Exception e) {
      System.err.println(errorLine(e));
      return false;
    }
  }

  /**
   * @param e a failure
   * @return the one line a user is shown
   */
  static String errorLine(Throwable e) {
    String msg = e.getMessage();
    if (msg == null || msg.trim().isEmpty()) {
      msg = e.getClass().getSimpleName() + (e.getStackTrace().length > 0 ? " at " + e.getStackTrace()[0] : "");
    }
    return "Error: " + msg.trim().replaceAll("\\s*\\R\\s*", " ");
  }

  private String usage() {
    StringBuilder b = new StringBuilder("Usage: weka.Run weka.imbalance.experiment.ImbalanceComparison [options]\n\n"
      + "Compares methods on imbalanced data with Weka's Experimenter engine and this package's metrics,\n"
      + "then says which is best and which are not significantly worse.\n\n");
    for (Enumeration<Option> e = listOptions(); e.hasMoreElements();) {
      Option o = e.nextElement();
      b.append(o.synopsis()).append('\n').append(o.description()).append('\n');
    }
    return b.toString();
  }

  /**
   * Runs the comparison from the command line; exits with status 1 on failure. With the package
   * installed, prefer {@code weka.Run weka.imbalance.experiment.ImbalanceComparison}, which loads
   * Weka's packages (and with them this package's metrics).
   *
   * @param args the options, see {@link #listOptions()}
   */
  public static void main(String[] args) {
    if (!new ImbalanceComparison().runFromCommandLine(args)) {
      System.exit(1);
    }
  }
}
