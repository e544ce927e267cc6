package weka.imbalance.bench;

import java.beans.PropertyDescriptor;
import java.io.File;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import javax.swing.DefaultListModel;

import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.classifiers.CostMatrix;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;
import weka.core.converters.ConverterUtils.DataSource;
import weka.experiment.ClassifierSplitEvaluator;
import weka.experiment.CrossValidationResultProducer;
import weka.experiment.Experiment;
import weka.experiment.InstancesResultListener;
import weka.experiment.PairedCorrectedTTester;
import weka.experiment.PairedStats;
import weka.experiment.PropertyNode;
import weka.imbalance.ClassPriors;
import weka.imbalance.testing.Plugins;

/**
 * Benchmark of issue 4: ThresholdMoving (defaults: prior costs, tuned tau), PlugInEmpiricalThreshold and
 * ClassBalancedReweighting against their base learners (J48, Logistic, NaiveBayes, RandomForest)
 * and Weka's stock answers (CostSensitiveClassifier with balancing costs, ClassBalancer and SMOTE
 * 1.0.3 in a FilteredClassifier), on every binary and multi-class data set of SHARED_DATA except
 * Fashion-MNIST, with Weka's Experimenter engine: stratified 5 x 2 cross-validation
 * (CrossValidationResultProducer + ClassifierSplitEvaluator, runs 1..5), the package's
 * BalancedAccuracy and GMean plugins as result columns, PairedCorrectedTTester at 0.05.
 *
 * <p>One Experiment per data set (smallest first); its raw results are written to
 * {@code <out>/<dataset>.arff} as soon as it finishes and the report is regenerated from all the
 * finished files, so an interrupted run still reports what completed.
 *
 * <p>Usage: {@code bench/run MetaBenchmark [-out dir] [-report doc/benchmarks/meta.md] [-only a,b]
 * [-skip a,b] [-bases J48,Logistic] [-runs 1-2] [-estimate] [-report-only]}. {@code -bases} and
 * {@code -runs} split one data set's experiment into parts that can run in parallel JVMs; each part
 * writes {@code <dataset>--<bases>--r<lo>-<hi>.arff} and the report merges the parts of a data set.
 * The report keeps everything from the line {@value #HAND_WRITTEN} of the existing page to its end
 * (the findings written by hand after a run).
 */
public class MetaBenchmark {

  static final String[] BASES = {"weka.classifiers.trees.J48", "weka.classifiers.functions.Logistic",
    "weka.classifiers.bayes.NaiveBayes", "weka.classifiers.trees.RandomForest", "weka.classifiers.trees.J48 -A"};
  /** J48-Laplace: J48 with Laplace-smoothed leaf probabilities (-A); its decisions are J48's. */
  static final String[] BASE_LABELS = {"J48", "Logistic", "NaiveBayes", "RandomForest", "J48-Laplace"};
  static final String HAND_WRITTEN = "<!-- written by hand below this line; kept by -report-only -->";
  static final String[] METHODS = {"base", "TM", "PlugIn", "CBR", "CostSensitive", "ClassBalancer", "SMOTE"};
  static final int STOCK_FROM = 4;
  static final int RUNS = 5;
  static final int FOLDS = 2;
  /** data set:base pairs not run (-skip-base), e.g. shuttle:Logistic */
  static List<String> s_skipBase = new ArrayList<>();

  /** base learners run by this invocation (-bases), all by default */
  static List<String> s_bases = new ArrayList<>();
  static int s_runLo = 1;
  static int s_runHi = RUNS;

  static boolean skipped(String dataset, int base) {
    return s_skipBase.contains(dataset + ":" + BASE_LABELS[base]);
  }

  public static void main(String[] args) throws Exception {
    String out = opt(args, "-out", "target/bench-meta");
    String report = opt(args, "-report", "doc/benchmarks/meta.md");
    List<String> only = list(opt(args, "-only", ""));
    List<String> skip = list(opt(args, "-skip", ""));
    s_skipBase = list(opt(args, "-skip-base", ""));
    s_bases = list(opt(args, "-bases", ""));
    String runs = opt(args, "-runs", "");
    if (!runs.isEmpty()) {
      String[] lh = runs.split("-");
      s_runLo = Integer.parseInt(lh[0]);
      s_runHi = Integer.parseInt(lh[lh.length - 1]);
    }
    String part = (s_bases.isEmpty() ? "" : "--" + String.join("+", s_bases))
      + (runs.isEmpty() ? "" : "--r" + s_runLo + "-" + s_runHi);
    File dataDir = new File(System.getenv().getOrDefault("SHARED_DATA", "../shared/data"));
    Plugins.register();
    new File(out).mkdirs();

    List<File> files = dataSets(dataDir, only, skip);

    if (Arrays.asList(args).contains("-estimate")) {
      estimate(files);
      return;
    }
    if (!Arrays.asList(args).contains("-report-only")) {
      for (File f : files) {
        File res = new File(out, name(f) + part + ".arff");
        if (res.isFile()) {
          System.err.println("already done: " + res);
          continue;
        }
        long t0 = System.nanoTime();
        runOne(f, res);
        System.err.printf(Locale.ROOT, "%s done in %.0f s%n", name(f), (System.nanoTime() - t0) / 1e9);
        writeReport(out, files, report, args);
      }
    }
    writeReport(out, files, report, args);
  }

  /**
   * The data sets of a directory (all but Fashion-MNIST), imbalanced ones first (max/min class
   * count >= 1.5), then the nearly balanced ones; smallest first within each group (cells), so
   * that the informative results come in early.
   */
  static List<File> dataSets(File dataDir, List<String> only, List<String> skip) throws Exception {
    List<File> files = new ArrayList<>();
    for (File f : dataDir.listFiles()) {
      String n = f.getName();
      if ((n.endsWith(".arff") || n.endsWith(".arff.gz")) && !n.startsWith("fashion-mnist")
        && (only.isEmpty() || only.contains(name(f))) && !skip.contains(name(f))) {
        files.add(f);
      }
    }
    Map<File, Long> size = new LinkedHashMap<>();
    for (File f : files) {
      Instances d = DataSource.read(f.getPath());
      d.setClassIndex(d.numAttributes() - 1);
      double[] n = ClassPriors.weightedCounts(d);
      double max = Utils.sum(n) > 0 ? n[Utils.maxIndex(n)] : 0;
      double min = Double.MAX_VALUE;
      for (double v : n) {
        if (v > 0) {
          min = Math.min(min, v);
        }
      }
      boolean balanced = max / min < 1.5;
      size.put(f, (balanced ? 1L << 40 : 0L) + (long) d.numInstances() * d.numAttributes());
    }
    files.sort((a, b) -> Long.compare(size.get(a), size.get(b)));
    return files;
  }

  static String name(File f) {
    return f.getName().replaceAll("\\.arff(\\.gz)?$", "");
  }

  static String opt(String[] args, String key, String dflt) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(key)) {
        return args[i + 1];
      }
    }
    return dflt;
  }

  static List<String> list(String s) {
    return s.isEmpty() ? new ArrayList<>() : Arrays.asList(s.split(","));
  }

  /** The 7 configurations of one base learner, as command lines, for this data set. */
  static String[] configs(String base, Instances data) throws Exception {
    double[] n = ClassPriors.weightedCounts(data);
    int c = n.length;
    double max = 0;
    double min = Double.MAX_VALUE;
    for (double v : n) {
      max = Math.max(max, v);
      if (v > 0) {
        min = Math.min(min, v);
      }
    }
    // balancing costs: misclassifying class i costs n_max / n_i in total (row sum), spread over the other classes
    CostMatrix cm = new CostMatrix(c);
    for (int i = 0; i < c; i++) {
      for (int j = 0; j < c; j++) {
        cm.setElement(i, j, i == j ? 0 : n[i] > 0 ? (max / n[i]) / (c - 1) : 1);
      }
    }
    // SMOTE raises the least frequent class to the size of the largest
    double pct = Math.round(100 * (max / min - 1));
    String[] bs = Utils.splitOptions(base);
    String w = " -W " + bs[0] + (bs.length > 1 ? " -- " + base.substring(bs[0].length()).trim() : "");
    return new String[] {base, "weka.classifiers.meta.ThresholdMoving" + w,
      "weka.classifiers.meta.PlugInEmpiricalThreshold" + w, "weka.classifiers.meta.ClassBalancedReweighting" + w,
      "weka.classifiers.meta.CostSensitiveClassifier -cost-matrix \"" + cm.toMatlab() + "\" -S 1" + w,
      "weka.classifiers.meta.FilteredClassifier -F weka.filters.supervised.instance.ClassBalancer" + w,
      "weka.classifiers.meta.FilteredClassifier -F \"weka.filters.supervised.instance.SMOTE -P " + pct + " -K 5\"" + w};
  }

  static Classifier make(String spec) throws Exception {
    String[] parts = Utils.splitOptions(spec);
    String cls = parts[0];
    parts[0] = "";
    return AbstractClassifier.forName(cls, parts);
  }

  static void runOne(File file, File results) throws Exception {
    Instances data = DataSource.read(file.getPath());
    data.setClassIndex(data.numAttributes() - 1);
    List<Classifier> methods = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (int b = 0; b < BASES.length; b++) {
      if (skipped(name(file), b)) {
        System.err.println("not run (-skip-base): " + name(file) + " with " + BASE_LABELS[b]);
        continue;
      }
      if (!s_bases.isEmpty() && !s_bases.contains(BASE_LABELS[b])) {
        continue;
      }
      String[] specs = configs(BASES[b], data);
      for (int k = 0; k < specs.length; k++) {
        methods.add(make(specs[k]));
        labels.add(BASE_LABELS[b] + "/" + METHODS[k]);
      }
    }
    runExperiment(file, methods, labels, results);
  }

  /**
   * Runs the methods on one data set on Weka's Experimenter engine (runs s_runLo..s_runHi of a
   * FOLDS-fold cross-validation, ClassifierSplitEvaluator, the registered metric plugins as result
   * columns) and writes the raw results; a method that fails in one run is reported and skipped.
   */
  static void runExperiment(File file, List<Classifier> methods, List<String> labels, File results) throws Exception {
    ClassifierSplitEvaluator evaluator = new ClassifierSplitEvaluator();
    evaluator.setClassifier(methods.get(0));
    CrossValidationResultProducer producer = new CrossValidationResultProducer();
    producer.setNumFolds(FOLDS);
    producer.setSplitEvaluator(evaluator);
    File tmp = new File(results.getPath() + ".partial");
    InstancesResultListener listener = new InstancesResultListener();
    listener.setOutputFile(tmp);
    Experiment exp = new Experiment();
    exp.setResultProducer(producer);
    exp.setResultListener(listener);
    exp.setRunLower(s_runLo);
    exp.setRunUpper(s_runHi);
    DefaultListModel<File> model = new DefaultListModel<>();
    model.addElement(file);
    exp.setDatasets(model);
    exp.setPropertyPath(new PropertyNode[] {
      new PropertyNode(evaluator, new PropertyDescriptor("splitEvaluator", CrossValidationResultProducer.class),
        CrossValidationResultProducer.class),
      new PropertyNode(methods.get(0), new PropertyDescriptor("classifier", ClassifierSplitEvaluator.class),
        ClassifierSplitEvaluator.class)});
    exp.setPropertyArray(methods.toArray(new Classifier[0]));
    exp.setUsePropertyIterator(true);
    exp.initialize();
    while (exp.hasMoreIterations()) {
      int p = exp.getCurrentPropertyNumber();
      long t0 = System.nanoTime();
      try {
        exp.nextIteration();
      } catch (Exception e) {
        System.err.println("FAILED " + name(file) + " " + labels.get(p) + " run " + exp.getCurrentRunNumber() + ": " + e);
        exp.advanceCounters();
      }
      System.err.printf(Locale.ROOT, "  %s %-28s run %d: %.1f s%n", name(file), labels.get(p), exp.getCurrentRunNumber(),
        (System.nanoTime() - t0) / 1e9);
    }
    exp.postProcess();
    Files.move(tmp.toPath(), results.toPath());
  }

  /** Times one base-learner build on half of each data set (plus predicting the other half). */
  static void estimate(List<File> files) throws Exception {
    double total = 0;
    for (File f : files) {
      Instances d = DataSource.read(f.getPath());
      d.setClassIndex(d.numAttributes() - 1);
      d.randomize(new Random(1));
      d.stratify(2);
      Instances train = d.trainCV(2, 0);
      Instances test = d.testCV(2, 0);
      StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-24s %6d x %3d:", name(f), d.numInstances(),
        d.numAttributes()));
      for (String b : BASES) {
        Classifier c = make(b);
        long t0 = System.nanoTime();
        c.buildClassifier(train);
        for (Instance i : test) {
          c.distributionForInstance(i);
        }
        double s = (System.nanoTime() - t0) / 1e9;
        // per fold: base, TM (final + 5 folds on 80%), PlugIn, CBR, CSC, ClassBalancer, SMOTE ~ 11 builds
        total += s * 11 * RUNS * FOLDS;
        sb.append(String.format(Locale.ROOT, " %s %.2fs", b.substring(b.lastIndexOf('.') + 1), s));
      }
      System.out.println(sb + String.format(Locale.ROOT, "   cumulative estimate %.0f min", total / 60));
    }
  }

  // ---------------------------------------------------------------- report

  static void writeReport(String out, List<File> files, String reportPath, String[] args) throws Exception {
    StringBuilder md = new StringBuilder();
    md.append("# Benchmark: threshold moving, plug-in threshold and class-balanced reweighting (issue 4)\n\n");
    md.append("Command: `bench/run MetaBenchmark` (src/bench/java/weka/imbalance/bench/MetaBenchmark.java; raw"
      + " Experimenter results per data set in `target/bench-meta/<data set>.arff`, this page regenerated from them"
      + " by `bench/run MetaBenchmark -report-only`). Arguments of this invocation: `")
      .append(String.join(" ", args)).append("`. Page written ").append(ZonedDateTime.now().withNano(0))
      .append(".\n\n");
    md.append("Machine: 2 cores (the load during the run is described under Findings), -Xmx4g per JVM, ")
      .append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version")).append(".\n\n");
    md.append("Protocol: Weka Experimenter engine (`weka.experiment.Experiment`, `CrossValidationResultProducer`"
      + " with 2 folds, runs 1..5 = stratified 5x2 CV, `ClassifierSplitEvaluator`), the package's `BalancedAccuracy`"
      + " and `GMean` metric plugins as result columns, `PairedCorrectedTTester` (Nadeau & Bengio) at 0.05 against"
      + " the base learner alone: `v` = significantly better, `*` = significantly worse.\n\n");
    md.append("Methods per base learner: **base** alone; **TM** = `ThresholdMoving` with its defaults (prior"
      + " costs, tau tuned from 0..2 by 5-fold internal CV on balanced accuracy); **PlugIn** = `PlugInEmpiricalThreshold`"
      + " (empirical prior); **CBR** = `ClassBalancedReweighting` (beta 0.9999); Weka's stock answers:"
      + " **CostSensitive** = `CostSensitiveClassifier` (reweighting) with a balancing cost matrix (misclassifying"
      + " class i costs n_max/n_i in total, computed once per data set), **ClassBalancer** and **SMOTE** (1.0.3,"
      + " -P raising the least frequent class to the size of the largest, K 5) in a `FilteredClassifier`."
      + " **J48-Laplace** is `J48 -A`: the same trees and decisions as J48, with Laplace-smoothed leaf"
      + " probabilities (n_k + 1) / (n + C), so that a pure leaf does not give probability 0 (every method of"
      + " its rows wraps `J48 -A`).\n\n");

    List<String> done = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    Map<String, double[][][]> means = new LinkedHashMap<>(); // dataset -> [base][method][BA, GM]
    Map<String, String[][]> marks = new LinkedHashMap<>();
    Map<String, String> describe = new LinkedHashMap<>();
    for (File f : files) {
      Instances raw = readParts(new File(out), name(f));
      if (raw == null) {
        missing.add(name(f));
        continue;
      }
      done.add(name(f));
      Instances data = DataSource.read(f.getPath());
      data.setClassIndex(data.numAttributes() - 1);
      double[][][] m = new double[BASES.length][METHODS.length][4];
      String[][] mk = new String[BASES.length][METHODS.length * 2];
      summarise(raw, data, m, mk);
      double[] cnt = ClassPriors.weightedCounts(data);
      double mn = Double.MAX_VALUE;
      for (double v : cnt) {
        mn = v > 0 ? Math.min(mn, v) : mn;
      }
      describe.put(name(f), String.format(Locale.ROOT, "%s (%d, %d cl., IR %.1f)", name(f), data.numInstances(),
        data.numClasses(), cnt[Utils.maxIndex(cnt)] / mn));
      means.put(name(f), m);
      marks.put(name(f), mk);
    }
    md.append("Completed data sets (").append(done.size()).append(" of ").append(files.size()).append("): ")
      .append(String.join(", ", done)).append(".\n");
    if (!missing.isEmpty()) {
      md.append("**Not completed** (no results): ").append(String.join(", ", missing)).append(".\n");
    }
    md.append('\n');

    md.append("## Targets\n\nFor each base learner: TM and PlugIn should beat the base learner's balanced"
      + " accuracy (mean over the 10 folds) on at least 80% of the data sets, and match or beat Weka's best stock"
      + " answer on average. \"Best stock\" is the stock method with the highest mean balanced accuracy over the"
      + " completed data sets for that base learner; the per-data-set oracle (the best of the three on each data"
      + " set, a stricter bar) is also shown.\n\n");
    md.append("| base | method | beats base (BA) | significantly better / worse (t-test) | mean BA | mean G-mean |"
      + " best stock (mean BA) | per-data-set best stock (mean BA) | target |\n|---|---|---|---|---|---|---|---|---|\n");
    List<String> failures = new ArrayList<>();
    List<String> notRun = new ArrayList<>();
    List<String> partial = new ArrayList<>();
    for (int b = 0; b < BASES.length; b++) {
      List<String> doneB = new ArrayList<>();
      for (String ds : done) {
        double folds = means.get(ds)[b][0][3];
        if (skipped(ds, b) || folds == 0) {
          notRun.add(ds + " with " + BASE_LABELS[b]);
        } else {
          doneB.add(ds);
          if (folds < RUNS * FOLDS) {
            partial.add(String.format(Locale.ROOT, "%s with %s (%.0f folds)", ds, BASE_LABELS[b], folds));
          }
        }
      }
      double[] avg = new double[METHODS.length];
      double[] avgG = new double[METHODS.length];
      int[] have = new int[METHODS.length];
      double oracle = 0;
      for (String ds : doneB) {
        double[][] m = means.get(ds)[b];
        double best = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < METHODS.length; k++) {
          if (Double.isNaN(m[k][0])) {
            failures.add(BASE_LABELS[b] + "/" + METHODS[k] + " on " + ds);
            continue;
          }
          avg[k] += m[k][0];
          avgG[k] += m[k][1];
          have[k]++;
          if (k >= STOCK_FROM) {
            best = Math.max(best, m[k][0]);
          }
        }
        oracle += best / doneB.size();
      }
      for (int k = 0; k < METHODS.length; k++) {
        avg[k] = have[k] == 0 ? Double.NaN : avg[k] / have[k];
        avgG[k] = have[k] == 0 ? Double.NaN : avgG[k] / have[k];
      }
      // the best stock method among those with results on every completed data set
      int bestStock = -1;
      for (int k = STOCK_FROM; k < METHODS.length; k++) {
        if (have[k] == doneB.size() && (bestStock < 0 || avg[k] > avg[bestStock])) {
          bestStock = k;
        }
      }
      String bestLabel = bestStock < 0 ? "none complete" : METHODS[bestStock];
      double bestAvg = bestStock < 0 ? oracle : avg[bestStock];
      for (int k = 1; k < METHODS.length; k++) {
        int wins = 0;
        int sigBetter = 0;
        int sigWorse = 0;
        for (String ds : doneB) {
          if (means.get(ds)[b][k][0] > means.get(ds)[b][0][0]) {
            wins++;
          }
          String mark = marks.get(ds)[b][k * 2];
          sigBetter += "v".equals(mark) ? 1 : 0;
          sigWorse += "*".equals(mark) ? 1 : 0;
        }
        String target = "";
        if (k == 1 || k == 2) {
          boolean a = doneB.size() > 0 && wins >= 0.8 * doneB.size();
          boolean c = avg[k] >= bestAvg - 1e-12;
          target = (a ? "wins met" : "**wins missed**") + ", " + (c ? "average met" : "**average missed**");
        }
        md.append(String.format(Locale.ROOT,
          "| %s | %s | %d/%d (%.0f%%) | %d / %d | %.4f%s | %.4f | %s %.4f | %.4f | %s |\n", BASE_LABELS[b], METHODS[k],
          wins, doneB.size(), doneB.isEmpty() ? 0 : 100.0 * wins / doneB.size(), sigBetter, sigWorse, avg[k],
          have[k] < doneB.size() ? " (" + have[k] + " sets)" : "", avgG[k], bestLabel, bestAvg, oracle, target));
      }
      md.append(String.format(Locale.ROOT, "| %s | base | - | - | %.4f | %.4f | | | |\n", BASE_LABELS[b], avg[0], avgG[0]));
    }
    // the same averages on the data sets where every method of a base learner has a result
    md.append("\nOn the data sets where **every** method of the base learner ran (SMOTE included), mean balanced"
      + " accuracy:\n\n| base | sets |");
    for (String m : METHODS) {
      md.append(' ').append(m).append(" |");
    }
    md.append(" TM and PlugIn vs best stock |\n|---|---|");
    for (int k = 0; k <= METHODS.length; k++) {
      md.append("---|");
    }
    md.append('\n');
    for (int b = 0; b < BASES.length; b++) {
      List<String> common = new ArrayList<>();
      for (String ds : done) {
        boolean all = !skipped(ds, b);
        for (int k = 0; k < METHODS.length && all; k++) {
          all = !Double.isNaN(means.get(ds)[b][k][0]);
        }
        if (all) {
          common.add(ds);
        }
      }
      double[] avg = new double[METHODS.length];
      for (String ds : common) {
        for (int k = 0; k < METHODS.length; k++) {
          avg[k] += means.get(ds)[b][k][0] / common.size();
        }
      }
      int best = STOCK_FROM;
      for (int k = STOCK_FROM; k < METHODS.length; k++) {
        best = avg[k] > avg[best] ? k : best;
      }
      md.append("| ").append(BASE_LABELS[b]).append(" | ").append(common.size()).append(" |");
      for (int k = 0; k < METHODS.length; k++) {
        md.append(String.format(Locale.ROOT, " %.4f |", avg[k]));
      }
      md.append(String.format(Locale.ROOT, " %+.4f / %+.4f vs %s |\n", avg[1] - avg[best], avg[2] - avg[best],
        METHODS[best]));
    }
    md.append("\nMeans are over the completed data sets; a method that failed on a data set (no complete 5x2 result)"
      + " is averaged over the data sets where it ran, shown as \"(n sets)\", and never counts as a win. ");
    md.append(failures.isEmpty() ? "No method failed.\n" : "Failed (Weka error during the run, see the log): "
      + String.join("; ", failures) + ".\n");
    if (!notRun.isEmpty()) {
      md.append("\n**Not run** (too slow for the time available; these data sets are left out of that"
        + " base learner's counts and means): " + String.join("; ", notRun) + ".\n");
    }
    if (!partial.isEmpty()) {
      md.append("\n**Run in part** (the base learner was too slow for all 5 runs; every method of that base learner"
        + " on that data set is averaged and t-tested over the same completed runs, and the data set counts like the"
        + " others): " + String.join("; ", partial) + ".\n");
    }
    md.append('\n');

    md.append("## Cost\n\nNo training times are reported: the runs share 2 cores with other jobs, so wall times"
      + " are not speed figures. What each method costs in trainings of its base learner per fit: TM"
      + " (tau tuned) 1 + 5 (the internal folds, on 80% of the data), every other method 1; SMOTE trains on the"
      + " oversampled data.\n\n");
    md.append("\nData sets are listed as name (instances, classes, imbalance ratio max/min class count).\n\n");

    for (int metric = 0; metric < 2; metric++) {
      md.append(metric == 0 ? "## Balanced accuracy (mean of 5x2 CV)\n\n" : "## G-mean (mean of 5x2 CV)\n\n");
      for (int b = 0; b < BASES.length; b++) {
        md.append("### ").append(BASE_LABELS[b]).append("\n\n| data set |");
        for (String m : METHODS) {
          md.append(' ').append(m).append(" |");
        }
        md.append("\n|---|");
        for (int k = 0; k < METHODS.length; k++) {
          md.append("---|");
        }
        md.append('\n');
        for (String ds : done) {
          md.append("| ").append(describe.get(ds)).append(" |");
          for (int k = 0; k < METHODS.length; k++) {
            String mk = marks.get(ds)[b][k * 2 + metric];
            double v = means.get(ds)[b][k][metric];
            double folds = means.get(ds)[b][k][3];
            md.append(skipped(ds, b) || folds == 0 ? " not run |" : Double.isNaN(v) ? " failed |"
              : String.format(Locale.ROOT, " %.4f%s%s |", v, mk == null ? "" : " " + mk,
                folds < RUNS * FOLDS ? String.format(Locale.ROOT, " (%.0f folds)", folds) : ""));
          }
          md.append('\n');
        }
        md.append('\n');
      }
    }
    File rp = new File(reportPath);
    rp.getParentFile().mkdirs();
    String kept = HAND_WRITTEN + "\n";
    if (rp.isFile()) {
      String old = new String(Files.readAllBytes(rp.toPath()), StandardCharsets.UTF_8);
      int at = old.indexOf(HAND_WRITTEN);
      if (at >= 0) {
        kept = old.substring(at);
      }
    }
    try (PrintWriter w = new PrintWriter(rp, StandardCharsets.UTF_8)) {
      w.print(md);
      w.print(kept);
    }
  }

  /** The run number of a result row (the Experimenter stores Key_Run as a nominal or string value). */
  static int runOf(Instance row, int runCol) {
    return row.attribute(runCol).isNumeric() ? (int) row.value(runCol) : Integer.parseInt(row.stringValue(runCol));
  }

  /**
   * All raw result rows of one data set: {@code <name>.arff} and its parts {@code <name>--*.arff},
   * merged under one header whose nominal attributes take the union of the parts' values; null if
   * there is none.
   */
  static Instances readParts(File dir, String name) throws Exception {
    List<Instances> parts = new ArrayList<>();
    File[] fs = dir.listFiles();
    Arrays.sort(fs);
    for (File p : fs) {
      String n = p.getName();
      if (n.equals(name + ".arff") || (n.startsWith(name + "--") && n.endsWith(".arff"))) {
        parts.add(DataSource.read(p.getPath()));
      }
    }
    if (parts.isEmpty()) {
      return null;
    }
    Instances first = parts.get(0);
    ArrayList<weka.core.Attribute> atts = new ArrayList<>();
    for (int a = 0; a < first.numAttributes(); a++) {
      weka.core.Attribute att = first.attribute(a);
      if (att.isNominal() || att.isString()) {
        java.util.LinkedHashSet<String> values = new java.util.LinkedHashSet<>();
        for (Instances p : parts) {
          weka.core.Attribute pa = p.attribute(att.name());
          for (int v = 0; v < pa.numValues(); v++) {
            values.add(pa.value(v));
          }
        }
        atts.add(new weka.core.Attribute(att.name(), new ArrayList<>(values)));
      } else {
        atts.add(new weka.core.Attribute(att.name()));
      }
    }
    Instances merged = new Instances(first.relationName(), atts, 0);
    for (Instances p : parts) {
      for (Instance row : p) {
        double[] v = new double[atts.size()];
        for (int a = 0; a < atts.size(); a++) {
          weka.core.Attribute pa = p.attribute(atts.get(a).name());
          if (pa == null || row.isMissing(pa)) {
            v[a] = Utils.missingValue();
          } else if (pa.isNominal() || pa.isString()) {
            v[a] = atts.get(a).indexOfValue(row.stringValue(pa));
          } else {
            v[a] = row.value(pa);
          }
        }
        merged.add(new weka.core.DenseInstance(1, v));
      }
    }
    return merged;
  }

  /**
   * Means of BalancedAccuracy and GMean (and training time, and the number of folds used) per
   * (base, method), and t-test marks against the base. All methods of a base learner are averaged
   * over the same runs: the longest prefix 1..r of runs that every one of them completed (all 5
   * normally; fewer where a slow base learner was only run in part, marked in the tables).
   */
  static void summarise(Instances raw, Instances data, double[][][] m, String[][] mk) throws Exception {
    int scheme = raw.attribute("Key_Scheme").index();
    int options = raw.attribute("Key_Scheme_options").index();
    int runCol = raw.attribute("Key_Run").index();
    int[] cols = {raw.attribute("BalancedAccuracy").index(), raw.attribute("GMean").index(),
      raw.attribute("Elapsed_Time_training").index()};
    for (int b = 0; b < BASES.length; b++) {
      String[] specs = configs(BASES[b], data);
      String[] cls = new String[METHODS.length];
      String[] opts = new String[METHODS.length];
      int[][] perRun = new int[METHODS.length][RUNS + 1];
      for (int k = 0; k < METHODS.length; k++) {
        Classifier c = make(specs[k]);
        cls[k] = c.getClass().getName();
        opts[k] = Utils.joinOptions(((weka.core.OptionHandler) c).getOptions());
      }
      Instances sub = new Instances(raw, 0);
      int[] methodOf = new int[raw.numInstances()];
      Instance[] example = new Instance[METHODS.length];
      for (int i = 0; i < raw.numInstances(); i++) {
        Instance row = raw.instance(i);
        methodOf[i] = -1;
        for (int k = 0; k < METHODS.length; k++) {
          if (row.stringValue(scheme).equals(cls[k]) && (row.isMissing(options) ? "" : row.stringValue(options)).equals(opts[k])) {
            methodOf[i] = k;
            example[k] = row;
            int run = runOf(row, runCol);
            if (run >= 1 && run <= RUNS) {
              perRun[k][run]++;
            }
            break;
          }
        }
      }
      // r = the runs the base learner alone completed (5, or fewer where it was run in part); a
      // method that did not complete all of them failed on that data set (NaN)
      int[] prefix = new int[METHODS.length];
      for (int k = 0; k < METHODS.length; k++) {
        while (prefix[k] < RUNS && perRun[k][prefix[k] + 1] == FOLDS) {
          prefix[k]++;
        }
      }
      int r = prefix[0];
      for (int k = 0; k < METHODS.length; k++) {
        double[] sum = new double[3];
        int n = 0;
        for (int i = 0; i < raw.numInstances(); i++) {
          if (methodOf[i] == k && runOf(raw.instance(i), runCol) <= r) {
            for (int j = 0; j < 3; j++) {
              sum[j] += raw.instance(i).value(cols[j]);
            }
            n++;
          }
        }
        boolean ok = r > 0 && prefix[k] >= r;
        for (int j = 0; j < 3; j++) {
          m[b][k][j] = ok ? sum[j] / n : Double.NaN;
        }
        m[b][k][3] = r * FOLDS;
      }
      for (int i = 0; i < raw.numInstances(); i++) {
        if (methodOf[i] >= 0 && runOf(raw.instance(i), runCol) <= r) {
          sub.add(raw.instance(i));
        }
      }
      if (r == 0 || sub.isEmpty()) {
        for (int k = 1; k < METHODS.length; k++) {
          mk[b][k * 2] = mk[b][k * 2 + 1] = Double.isNaN(m[b][k][0]) || Double.isNaN(m[b][0][0]) ? "(failed)" : "?";
        }
        continue;
      }
      PairedCorrectedTTester tester = new PairedCorrectedTTester();
      tester.setInstances(sub);
      tester.setRunColumn(runCol);
      tester.setFoldColumn(raw.attribute("Key_Fold").index());
      tester.setDatasetKeyColumns(new weka.core.Range("" + (raw.attribute("Key_Dataset").index() + 1)));
      tester.setResultsetKeyColumns(new weka.core.Range((scheme + 1) + "," + (options + 1)));
      tester.setSignificanceLevel(0.05);
      Map<String, Integer> resultsetOf = new LinkedHashMap<>();
      for (int q = 0; q < tester.getNumResultsets(); q++) {
        resultsetOf.put(tester.getResultsetName(q), q);
      }
      int[] rs = new int[METHODS.length];
      for (int k = 0; k < METHODS.length; k++) {
        rs[k] = -1;
        if (example[k] != null) {
          // the tester names a result set by the rows' printed key values
          String key = (example[k].toString(scheme) + ' ' + example[k].toString(options)).replace("weka.classifiers.", "")
            .replace("weka.filters.", "").trim();
          rs[k] = resultsetOf.getOrDefault(key, -1);
        }
      }
      for (int k = 1; k < METHODS.length; k++) {
        for (int j = 0; j < 2; j++) {
          if (Double.isNaN(m[b][k][j]) || Double.isNaN(m[b][0][j])) {
            mk[b][k * 2 + j] = "(failed)";
            continue;
          }
          if (rs[0] < 0 || rs[k] < 0) {
            mk[b][k * 2 + j] = "?";
            continue;
          }
          PairedStats ps = tester.calculateStatistics(sub.instance(0), rs[0], rs[k], cols[j]);
          mk[b][k * 2 + j] = ps.differencesSignificance > 0 ? "*" : ps.differencesSignificance < 0 ? "v" : null;
        }
      }
    }
  }
}
