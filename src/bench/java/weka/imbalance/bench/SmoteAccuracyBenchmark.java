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
package weka.imbalance.bench;

import java.io.File;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.classifiers.meta.FilteredClassifier;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;
import weka.core.converters.ConverterUtils.DataSource;
import weka.experiment.PairedStatsCorrected;
import weka.filters.Filter;
import weka.imbalance.resampling.ResamplingFilter;

/**
 * Downstream balanced accuracy of SMOTEWithUndersampling configurations (the default balance with
 * either interpolation, SMOTE alone to the majority, the SMOTE package's amount), each inside a
 * FilteredClassifier around J48, NaiveBayes and Logistic, against the base learner alone: stratified
 * 5 x 2 cross-validation with the Experimenter's splits (run r shuffles with seed r, stratifies,
 * {@code trainCV(2, f, random)}), balanced accuracy per fold (mean recall of the classes present in
 * the test fold), Weka's corrected paired t-test ({@link PairedStatsCorrected}, test/train ratio 1,
 * 5%) between the two interpolations and of each configuration against the base learner.
 *
 * <p>Usage: {@code bench/run SmoteAccuracyBenchmark [--datasets a,b] [--learners J48,NaiveBayes,Logistic]
 * [--out target/bench-smote-accuracy/report.md]}. Data sets: every file of SHARED_DATA whose
 * largest/smallest class count is at least 1.5 (Fashion-MNIST excluded). Per-fold scores go to
 * {@code scores.csv} next to the report; {@code --from-csv <scores.csv>} rewrites the report from such
 * a file without running anything.
 */
public final class SmoteAccuracyBenchmark {

  /** Label, filter spec (null = the base learner alone). */
  static final Map<String, String> CONFIGS = new LinkedHashMap<>();
  static {
    String smote = "weka.filters.supervised.instance.SMOTEWithUndersampling ";
    CONFIGS.put("base", null);
    CONFIGS.put("mean-attribute", smote + "-strategy EqualCounts -gap attribute");
    CONFIGS.put("mean-instance", smote + "-strategy EqualCounts -gap instance");
    CONFIGS.put("majority-attribute", smote + "-strategy \"EqualCounts -at majority\" -gap attribute");
    CONFIGS.put("majority-instance", smote + "-strategy \"EqualCounts -at majority\" -gap instance");
    CONFIGS.put("smote100-balanced", smote + "-strategy UndersampleToRatio");
    CONFIGS.put("package-P100", smote + "-C 0 -P 100");
    // imbalanced-learn's over-samplers (every class to the majority, their defaults); not in the default run
    String f = "weka.filters.supervised.instance.";
    CONFIGS.put("adasyn", f + "ADASYN");
    CONFIGS.put("borderline1", f + "BorderlineSMOTE -kind borderline-1");
    CONFIGS.put("borderline2", f + "BorderlineSMOTE -kind borderline-2");
    CONFIGS.put("svmsmote", f + "SVMSMOTE");
    CONFIGS.put("kmeanssmote", f + "KMeansSMOTE");
    CONFIGS.put("kmeanssmote-t0.01", f + "KMeansSMOTE -balance-threshold 0.01");
    CONFIGS.put("ros", f + "RandomOverSampler");
    CONFIGS.put("ros-smoothed", f + "RandomOverSampler -shrinkage 1");
    // the under-samplers and cleaning rules (their defaults), against random undersampling to the minority
    CONFIGS.put("rus", f + "RandomOverSampler -strategy \"EqualCounts -at minority\"");
    CONFIGS.put("spread", f + "SpreadSubsample -M 1");
    CONFIGS.put("tomek", f + "TomekLinks");
    CONFIGS.put("enn", f + "EditedNearestNeighbours");
    CONFIGS.put("renn", f + "RepeatedEditedNearestNeighbours");
    CONFIGS.put("allknn", f + "AllKNN");
    CONFIGS.put("ncr", f + "NeighbourhoodCleaningRule");
    CONFIGS.put("oss", f + "OneSidedSelection");
    CONFIGS.put("cnn", f + "CondensedNearestNeighbour");
    CONFIGS.put("nearmiss1", f + "NearMiss -version 1");
    CONFIGS.put("nearmiss2", f + "NearMiss -version 2");
    CONFIGS.put("nearmiss3", f + "NearMiss -version 3");
    CONFIGS.put("cc", f + "ClusterCentroids");
    CONFIGS.put("iht", f + "InstanceHardnessThreshold");
  }

  /** The configurations run only when --configs names them. */
  static final List<String> OVERSAMPLERS = Arrays.asList("adasyn", "borderline1", "borderline2", "svmsmote",
    "kmeanssmote", "kmeanssmote-t0.01", "ros", "ros-smoothed", "rus", "spread", "tomek", "enn", "renn", "allknn",
    "ncr", "oss", "cnn", "nearmiss1", "nearmiss2", "nearmiss3", "cc", "iht");

  static final String[][] LEARNERS = {{"J48", "weka.classifiers.trees.J48"},
    {"NaiveBayes", "weka.classifiers.bayes.NaiveBayes"}, {"Logistic", "weka.classifiers.functions.Logistic"}};

  static final int RUNS = 5;
  static final int FOLDS = 2;

  private SmoteAccuracyBenchmark() {
  }

  /** The load average when this invocation started. */
  private static String LOAD_AT_START = "";

  public static void main(String[] args) throws Exception {
    LOAD_AT_START = MachineLoad.loadavg();
    String only = opt(args, "--datasets", "");
    String learners = opt(args, "--learners", "J48,NaiveBayes,Logistic");
    File out = new File(opt(args, "--out", "target/bench-smote-accuracy/report.md"));
    String configArg = opt(args, "--configs", "");
    out.getAbsoluteFile().getParentFile().mkdirs();
    String fromCsv = opt(args, "--from-csv", "");
    if (!fromCsv.isEmpty()) {
      fromCsv(fromCsv, out, args);
      return;
    }
    File dir = new File(System.getenv().getOrDefault("SHARED_DATA", "../shared/data"));
    List<File> files = new ArrayList<>();
    for (File f : dir.listFiles()) {
      String n = name(f);
      if (f.getName().endsWith(".arff") && (only.isEmpty() || Arrays.asList(only.split(",")).contains(n))) {
        files.add(f);
      }
    }
    files.sort((a, b) -> Long.compare(a.length(), b.length()));
    List<String> configs = new ArrayList<>(CONFIGS.keySet());
    configs.removeAll(OVERSAMPLERS);
    if (!configArg.isEmpty()) {
      configs = Arrays.asList(configArg.split(","));
    }
    List<String[]> ls = new ArrayList<>();
    for (String[] l : LEARNERS) {
      if (Arrays.asList(learners.split(",")).contains(l[0])) {
        ls.add(l);
      }
    }
    File csv = new File(out.getParentFile(), "scores.csv");
    List<String> names = new ArrayList<>();
    List<String> described = new ArrayList<>();
    // scores[dataset][learner][config][run * FOLDS + fold]
    List<double[][][]> scores = new ArrayList<>();
    try (PrintWriter w = new PrintWriter(csv, "UTF-8")) {
      w.println("dataset,learner,config,run,fold,balanced_accuracy");
      for (File f : files) {
        Instances data = DataSource.read(f.getPath());
        data.setClassIndex(data.numAttributes() - 1);
        int[] counts = ResamplingFilter.classCounts(ResamplingFilter.classRows(data));
        int max = Arrays.stream(counts).max().getAsInt();
        int min = Arrays.stream(counts).filter(c -> c > 0).min().getAsInt();
        if ((double) max / min < 1.5 && only.isEmpty()) {
          continue;
        }
        names.add(name(f));
        described.add(String.format(Locale.ROOT, "%s (%d, %d classes, IR %.1f)", name(f), data.numInstances(),
          data.numClasses(), (double) max / min));
        double[][][] s = new double[ls.size()][configs.size()][RUNS * FOLDS];
        for (int l = 0; l < ls.size(); l++) {
          for (int c = 0; c < configs.size(); c++) {
            for (int r = 1; r <= RUNS; r++) {
              Instances run = new Instances(data);
              Random random = new Random(r);
              run.randomize(random);
              run.stratify(FOLDS);
              for (int fold = 0; fold < FOLDS; fold++) {
                Instances train = run.trainCV(FOLDS, fold, random);
                Instances test = run.testCV(FOLDS, fold);
                double ba = balancedAccuracy(build(ls.get(l)[1], CONFIGS.get(configs.get(c)), train), test);
                s[l][c][(r - 1) * FOLDS + fold] = ba;
                w.printf(Locale.ROOT, "%s,%s,%s,%d,%d,%.6f%n", name(f), ls.get(l)[0], configs.get(c), r, fold, ba);
              }
            }
            w.flush();
            System.err.printf(Locale.ROOT, "%s %s %s: %.4f%n", name(f), ls.get(l)[0], configs.get(c),
              Utils.mean(s[l][c]));
          }
        }
        scores.add(s);
        Files.write(out.toPath(), report(args, names, described, ls, configs, scores).getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  /** Rewrites the report from a scores.csv of an earlier run (data set descriptions from SHARED_DATA). */
  static void fromCsv(String csv, File out, String[] args) throws Exception {
    Map<String, Map<String, Map<String, double[]>>> byData = new LinkedHashMap<>();
    for (String line : Files.readAllLines(new File(csv).toPath(), StandardCharsets.UTF_8)) {
      String[] v = line.split(",");
      if (v[0].equals("dataset")) {
        continue;
      }
      double[] s = byData.computeIfAbsent(v[0], k -> new LinkedHashMap<>()).computeIfAbsent(v[1],
        k -> new LinkedHashMap<>()).computeIfAbsent(v[2], k -> new double[RUNS * FOLDS]);
      s[(Integer.parseInt(v[3]) - 1) * FOLDS + Integer.parseInt(v[4])] = Double.parseDouble(v[5]);
    }
    List<String> names = new ArrayList<>(byData.keySet());
    Map<String, Map<String, double[]>> first = byData.get(names.get(0));
    List<String[]> ls = new ArrayList<>();
    for (String[] l : LEARNERS) {
      if (first.containsKey(l[0])) {
        ls.add(l);
      }
    }
    List<String> configs = new ArrayList<>(first.get(ls.get(0)[0]).keySet());
    List<String> described = new ArrayList<>();
    List<double[][][]> scores = new ArrayList<>();
    File dir = new File(System.getenv().getOrDefault("SHARED_DATA", "../shared/data"));
    // a configuration the run did not finish on a data set is shown as "-" (see report)
    for (String n : names) {
      Instances data = DataSource.read(new File(dir, n + ".arff").getPath());
      data.setClassIndex(data.numAttributes() - 1);
      int[] counts = ResamplingFilter.classCounts(ResamplingFilter.classRows(data));
      int max = Arrays.stream(counts).max().getAsInt();
      int min = Arrays.stream(counts).filter(c -> c > 0).min().getAsInt();
      described.add(String.format(Locale.ROOT, "%s (%d, %d classes, IR %.1f)", n, data.numInstances(),
        data.numClasses(), (double) max / min));
      double[][][] s = new double[ls.size()][configs.size()][];
      for (int l = 0; l < ls.size(); l++) {
        Map<String, double[]> m = byData.get(n).get(ls.get(l)[0]);
        for (int c = 0; c < configs.size(); c++) {
          s[l][c] = m == null ? null : m.get(configs.get(c));
        }
      }
      scores.add(s);
    }
    Files.write(out.toPath(), report(args, names, described, ls, configs, scores).getBytes(StandardCharsets.UTF_8));
  }

  static Classifier build(String learner, String filter, Instances train) throws Exception {
    String[] lo = Utils.splitOptions(learner);
    String lc = lo[0];
    lo[0] = "";
    Classifier base = AbstractClassifier.forName(lc, lo);
    Classifier c = base;
    if (filter != null) {
      String[] fo = Utils.splitOptions(filter);
      String fc = fo[0];
      fo[0] = "";
      FilteredClassifier fcl = new FilteredClassifier();
      fcl.setFilter((Filter) Utils.forName(Filter.class, fc, fo));
      fcl.setClassifier(base);
      fcl.setDoNotCheckForModifiedClassAttribute(true);
      c = fcl;
    }
    c.buildClassifier(train);
    return c;
  }

  /** Mean recall over the classes present in the test data. */
  static double balancedAccuracy(Classifier c, Instances test) throws Exception {
    int k = test.numClasses();
    double[] hit = new double[k];
    double[] tot = new double[k];
    for (Instance i : test) {
      int y = (int) i.classValue();
      tot[y]++;
      if ((int) c.classifyInstance(i) == y) {
        hit[y]++;
      }
    }
    double s = 0;
    int n = 0;
    for (int y = 0; y < k; y++) {
      if (tot[y] > 0) {
        s += hit[y] / tot[y];
        n++;
      }
    }
    return s / n;
  }

  /** @return 1 if a is significantly better than b, -1 if worse, 0 otherwise (corrected t-test, 5%) */
  static int compare(double[] a, double[] b) {
    PairedStatsCorrected p = new PairedStatsCorrected(0.05, 1.0 / (FOLDS - 1));
    for (int i = 0; i < a.length; i++) {
      p.add(a[i], b[i]);
    }
    p.calculateDerived();
    return p.differencesSignificance;
  }

  static String report(String[] args, List<String> names, List<String> described, List<String[]> ls,
    List<String> configs, List<double[][][]> scores) {
    StringBuilder md = new StringBuilder();
    md.append("Command: `bench/run SmoteAccuracyBenchmark ").append(String.join(" ", args)).append("`\n\n");
    md.append("Data sets: ").append(String.join(", ", described)).append(".\n\n");
    md.append(MachineLoad.accuracyOnly(LOAD_AT_START)).append("\n\n");
    int ia = configs.indexOf("mean-attribute");
    int ii = configs.indexOf("mean-instance");
    for (int l = 0; l < ls.size(); l++) {
      int partial = 0;
      for (double[][][] d : scores) {
        partial += complete(d[l]) ? 0 : 1;
      }
      md.append("### ").append(ls.get(l)[0]).append(partial > 0 ? " (" + partial + " data set(s) not finished: "
        + "their row shows what was run and is left out of the summary rows)" : "").append("\n\n| data set |");
      for (String c : configs) {
        md.append(' ').append(c).append(" |");
      }
      md.append(" instance vs attribute |\n|---|");
      for (int c = 0; c <= configs.size(); c++) {
        md.append("---:|");
      }
      md.append('\n');
      double[] sum = new double[configs.size()];
      int[] wtl = new int[3];
      int[] signs = new int[3];
      int[][] vsBase = new int[configs.size()][3];
      int nd = 0;
      for (int d = 0; d < names.size(); d++) {
        double[][] s = scores.get(d)[l];
        if (s == null) {
          continue;
        }
        boolean full = complete(s);
        nd += full ? 1 : 0;
        md.append("| ").append(names.get(d)).append(full ? "" : " (not finished)").append(" |");
        for (int c = 0; c < configs.size(); c++) {
          if (s[c] == null) {
            md.append(" - |");
            continue;
          }
          double m = Utils.mean(s[c]);
          int v = c == 0 || s[0] == null ? 0 : compare(s[c], s[0]);
          if (full) {
            sum[c] += m;
            vsBase[c][v + 1]++;
          }
          md.append(String.format(Locale.ROOT, " %.4f%s |", m, v > 0 ? " v" : v < 0 ? " *" : ""));
        }
        if (ia >= 0 && ii >= 0 && s[ia] != null && s[ii] != null) {
          int v = compare(s[ii], s[ia]);
          if (full) {
            wtl[v + 1]++;
            signs[(int) Math.signum(Utils.mean(s[ii]) - Utils.mean(s[ia])) + 1]++;
          }
          md.append(String.format(Locale.ROOT, " %+.4f%s |", Utils.mean(s[ii]) - Utils.mean(s[ia]),
            v > 0 ? " (better)" : v < 0 ? " (worse)" : ""));
        } else {
          md.append(" |");
        }
        md.append('\n');
      }
      md.append("| **mean** |");
      for (int c = 0; c < configs.size(); c++) {
        md.append(String.format(Locale.ROOT, " **%.4f** |", sum[c] / nd));
      }
      md.append(ia >= 0 && ii >= 0
        ? String.format(Locale.ROOT, " %d better / %d tie / %d worse |", wtl[2], wtl[1], wtl[0]) : " |")
        .append("\n| against base (better/tie/worse) |");
      for (int c = 0; c < configs.size(); c++) {
        md.append(c == 0 ? " |" : String.format(Locale.ROOT, " %d/%d/%d |", vsBase[c][2], vsBase[c][1], vsBase[c][0]));
      }
      md.append(" |\n\n");
      if (ia >= 0 && ii >= 0) {
        md.append(String.format(Locale.ROOT, "%s, instance against attribute over the data sets: higher mean on %d, "
          + "lower on %d, equal on %d; two-sided sign test p = %.2f.%n%n", ls.get(l)[0],
          signs[2], signs[0], signs[1], signTest(signs[2], signs[0])));
      }
    }
    return md.toString();
  }

  /** @return whether every configuration of a data set's row was run */
  static boolean complete(double[][] s) {
    if (s == null) {
      return false;
    }
    for (double[] c : s) {
      if (c == null) {
        return false;
      }
    }
    return true;
  }

  /** Exact two-sided sign test: P(a split at least as uneven as wins : losses | p = 1/2). */
  static double signTest(int wins, int losses) {
    int n = wins + losses;
    int k = Math.min(wins, losses);
    double p = 0;
    for (int i = 0; i <= k; i++) {
      p += Math.exp(logChoose(n, i) - n * Math.log(2));
    }
    return Math.min(1, 2 * p);
  }

  static double logChoose(int n, int k) {
    double r = 0;
    for (int i = 1; i <= k; i++) {
      r += Math.log(n - k + i) - Math.log(i);
    }
    return r;
  }

  static String name(File f) {
    return f.getName().replaceAll("\\.arff(\\.gz)?$", "");
  }

  static String opt(String[] args, String key, String dflt) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(key)) {
        return args[i + 1];
      }
    }
    return dflt;
  }
}
