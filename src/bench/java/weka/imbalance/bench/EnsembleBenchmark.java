package weka.imbalance.bench;

import java.io.File;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import weka.classifiers.Classifier;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;
import weka.core.converters.ConverterUtils.DataSource;
import weka.experiment.PairedStatsCorrected;
import weka.imbalance.testing.Plugins;

/**
 * Accuracy of the balanced ensembles (BalancedBagging, BalancedRandomForest, EasyEnsemble,
 * RUSBoost) against Weka's Bagging, RandomForest and AdaBoostM1, each alone and with
 * ClassBalancer in a FilteredClassifier, and ThresholdMoving(RandomForest): stratified 5x2 CV on
 * Weka's Experimenter engine ({@link MetaBenchmark#runExperiment}), balanced accuracy from the
 * package's metric plugin, Nadeau and Bengio's corrected paired t-test at 0.05 against
 * RandomForest. Data sets of SHARED_DATA, imbalanced and small first; the page is rewritten after
 * each data set, so an interrupted run reports the completed ones. Accuracy only: no times.
 *
 * <p>Usage: {@code bench/run EnsembleBenchmark [-only a,b] [-skip a,b] [-out dir] [-report file] [-report-only]}
 */
public class EnsembleBenchmark {

  static final String RF = "weka.classifiers.trees.RandomForest";
  static final String BALANCER = "weka.classifiers.meta.FilteredClassifier -F weka.filters.supervised.instance.ClassBalancer -W ";
  static final String[][] METHODS = {
    {"RandomForest", RF},
    {"RF+ClassBalancer", BALANCER + RF},
    {"Bagging", "weka.classifiers.meta.Bagging"},
    {"Bagging+ClassBalancer", BALANCER + "weka.classifiers.meta.Bagging"},
    {"AdaBoostM1", "weka.classifiers.meta.AdaBoostM1"},
    {"AdaBoostM1+ClassBalancer", BALANCER + "weka.classifiers.meta.AdaBoostM1"},
    {"ThresholdMoving(RF)", "weka.classifiers.meta.ThresholdMoving -W " + RF},
    {"BalancedBagging", "weka.classifiers.meta.BalancedBagging"},
    {"BalancedRandomForest", "weka.classifiers.meta.BalancedRandomForest"},
    {"EasyEnsemble", "weka.classifiers.meta.EasyEnsemble"},
    {"RUSBoost", "weka.classifiers.meta.RUSBoost"}};
  static final int BASELINE = 0;

  public static void main(String[] args) throws Exception {
    LOAD_AT_START = MachineLoad.loadavg();
    String out = MetaBenchmark.opt(args, "-out", "target/bench-ensembles");
    String report = MetaBenchmark.opt(args, "-report", "doc/benchmarks/ensembles.md");
    File dataDir = new File(System.getenv().getOrDefault("SHARED_DATA", "../shared/data"));
    Plugins.register();
    new File(out).mkdirs();
    List<File> files = MetaBenchmark.dataSets(dataDir, MetaBenchmark.list(MetaBenchmark.opt(args, "-only", "")),
      MetaBenchmark.list(MetaBenchmark.opt(args, "-skip", "")));
    if (!Arrays.asList(args).contains("-report-only")) {
      for (File f : files) {
        File res = new File(out, MetaBenchmark.name(f) + ".arff");
        if (res.isFile()) {
          continue;
        }
        List<Classifier> methods = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (String[] m : METHODS) {
          methods.add(MetaBenchmark.make(m[1]));
          labels.add(m[0]);
        }
        MetaBenchmark.runExperiment(f, methods, labels, res);
        writeReport(out, files, report, args);
      }
    }
    writeReport(out, files, report, args);
  }

  /** @return the method a result row belongs to, by its scheme and options */
  static int methodOf(Instances raw, Instance row, String[] keys) {
    String key = row.stringValue(raw.attribute("Key_Scheme")) + " " + row.stringValue(raw.attribute("Key_Scheme_options"));
    for (int m = 0; m < keys.length; m++) {
      if (keys[m].equals(key)) {
        return m;
      }
    }
    return -1;
  }

  /** The load average when this invocation started. */
  private static String LOAD_AT_START = "";

  static void writeReport(String out, List<File> files, String reportPath, String[] args) throws Exception {
    String[] keys = new String[METHODS.length];
    for (int m = 0; m < METHODS.length; m++) {
      Classifier c = MetaBenchmark.make(METHODS[m][1]);
      keys[m] = c.getClass().getName() + " " + Utils.joinOptions(((weka.core.OptionHandler) c).getOptions());
    }
    StringBuilder rows = new StringBuilder();
    double[] sum = new double[METHODS.length];
    int[] wins = new int[METHODS.length];
    int[] better = new int[METHODS.length];
    int[] worse = new int[METHODS.length];
    List<String> notBeating = new ArrayList<>();
    int done = 0;
    for (File f : files) {
      File res = new File(out, MetaBenchmark.name(f) + ".arff");
      if (!res.isFile()) {
        continue;
      }
      Instances raw = DataSource.read(res.getPath());
      Instances data = DataSource.read(f.getPath());
      data.setClassIndex(data.numAttributes() - 1);
      int[] counts = data.attributeStats(data.classIndex()).nominalCounts;
      int min = Integer.MAX_VALUE;
      for (int c : counts) {
        if (c > 0) {
          min = Math.min(min, c);
        }
      }
      // balanced accuracy of each method in each of the 10 (run, fold) cells
      double[][] ba = new double[METHODS.length][10];
      for (double[] r : ba) {
        Arrays.fill(r, Double.NaN);
      }
      int baCol = raw.attribute("BalancedAccuracy").index();
      for (Instance row : raw) {
        int m = methodOf(raw, row, keys);
        int cell = (MetaBenchmark.runOf(row, raw.attribute("Key_Run").index()) - 1) * 2
          + MetaBenchmark.runOf(row, raw.attribute("Key_Fold").index()) - 1;
        if (m >= 0 && cell >= 0 && cell < 10) {
          ba[m][cell] = row.value(baCol);
        }
      }
      done++;
      rows.append(String.format(Locale.ROOT, "| %s (%d, %d classes, IR %.1f) |", MetaBenchmark.name(f),
        data.numInstances(), data.numClasses(), (double) counts[Utils.maxIndex(counts)] / min));
      double base = mean(ba[BASELINE]);
      for (int m = 0; m < METHODS.length; m++) {
        double mean = mean(ba[m]);
        sum[m] += mean;
        String mark = "";
        if (m != BASELINE) {
          PairedStatsCorrected ps = new PairedStatsCorrected(0.05, 1.0);
          for (int c = 0; c < 10; c++) {
            if (!Double.isNaN(ba[m][c]) && !Double.isNaN(ba[BASELINE][c])) {
              ps.add(ba[m][c], ba[BASELINE][c]);
            }
          }
          ps.calculateDerived();
          mark = ps.differencesSignificance > 0 ? " v" : ps.differencesSignificance < 0 ? " *" : "";
          better[m] += ps.differencesSignificance > 0 ? 1 : 0;
          worse[m] += ps.differencesSignificance < 0 ? 1 : 0;
          wins[m] += mean > base ? 1 : 0;
          if ((METHODS[m][0].equals("BalancedRandomForest") || METHODS[m][0].equals("EasyEnsemble")) && !(mean > base)) {
            notBeating.add(METHODS[m][0] + " on " + MetaBenchmark.name(f) + String.format(Locale.ROOT, " (%.4f against %.4f)",
              mean, base));
          }
        }
        rows.append(String.format(Locale.ROOT, " %.4f%s |", mean, mark));
      }
      rows.append('\n');
    }
    StringBuilder md = new StringBuilder("# Benchmark: the balanced ensembles (issue 16)\n\n");
    md.append("Command: `bench/run EnsembleBenchmark` (src/bench/java/weka/imbalance/bench/EnsembleBenchmark.java; raw "
      + "Experimenter results per data set in `target/bench-ensembles/<data set>.arff`, this page regenerated from them by "
      + "`bench/run EnsembleBenchmark -report-only`). Arguments of this invocation: `" + String.join(" ", args)
      + "`. Page written " + ZonedDateTime.now() + ".\n\n");
    md.append("Protocol: Weka Experimenter engine (`CrossValidationResultProducer` with 2 folds, runs 1..5 = stratified 5x2 "
      + "CV, `ClassifierSplitEvaluator`), balanced accuracy from the package's `BalancedAccuracy` plugin, Nadeau and "
      + "Bengio's corrected paired t-test at 0.05 against RandomForest: `v` = significantly better, `*` = significantly "
      + "worse. Every method with its defaults; `+ClassBalancer` = Weka's ClassBalancer in a FilteredClassifier. "
      + "Accuracy only: no times.\n\n" + MachineLoad.accuracyOnly(LOAD_AT_START) + "\n\n");
    md.append("Completed data sets: " + done + " of " + files.size() + " (imbalanced and small ones first).\n\n");
    md.append("## Mean balanced accuracy per data set\n\n| data set (instances, classes, max/min class) |");
    for (String[] m : METHODS) {
      md.append(' ').append(m[0]).append(" |");
    }
    md.append("\n|---|");
    for (int m = 0; m < METHODS.length; m++) {
      md.append("---|");
    }
    md.append('\n').append(rows);
    md.append("\n## Summary over the completed data sets\n\n| method | mean BA | beats RandomForest (mean BA) | "
      + "significantly better / worse |\n|---|---|---|---|\n");
    for (int m = 0; m < METHODS.length; m++) {
      md.append(String.format(Locale.ROOT, "| %s | %.4f | %s | %s |\n", METHODS[m][0], done == 0 ? Double.NaN : sum[m] / done,
        m == BASELINE ? "-" : wins[m] + "/" + done, m == BASELINE ? "-" : better[m] + " / " + worse[m]));
    }
    md.append("\nWhere BalancedRandomForest or EasyEnsemble do not beat RandomForest's mean balanced accuracy: "
      + (notBeating.isEmpty() ? "nowhere." : String.join("; ", notBeating) + ".") + "\n");
    File old = new File(reportPath);
    String kept = "";
    if (old.isFile()) {
      String text = new String(java.nio.file.Files.readAllBytes(old.toPath()), StandardCharsets.UTF_8);
      int i = text.indexOf(MetaBenchmark.HAND_WRITTEN);
      kept = i >= 0 ? text.substring(i) : "";
    }
    try (PrintWriter w = new PrintWriter(reportPath, "UTF-8")) {
      w.print(md);
      w.print(kept.isEmpty() ? "\n" + MetaBenchmark.HAND_WRITTEN + "\n" : "\n" + kept);
    }
  }

  static double mean(double[] v) {
    double s = 0;
    int n = 0;
    for (double x : v) {
      if (!Double.isNaN(x)) {
        s += x;
        n++;
      }
    }
    return n == 0 ? Double.NaN : s / n;
  }
}
