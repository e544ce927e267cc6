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

import java.beans.PropertyDescriptor;
import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.swing.DefaultListModel;

import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;
import weka.core.converters.ConverterUtils.DataSource;
import weka.experiment.ClassifierSplitEvaluator;
import weka.experiment.CrossValidationResultProducer;
import weka.experiment.Experiment;
import weka.experiment.InstancesResultListener;
import weka.experiment.PropertyNode;
import weka.imbalance.testing.Plugins;

/**
 * COG benchmark: stratified 5x2 cross-validation (Weka's Experimenter engine:
 * {@link Experiment}, {@link CrossValidationResultProducer} with 2 folds and runs 1..5,
 * {@link ClassifierSplitEvaluator}) of linear SMO, Logistic (ridge 0.1 and Weka's default) and
 * J48 alone, inside {@code COGClassifier} and inside {@code COGClassifier -oversample} (COG-OS),
 * plus ablations, with the package's BalancedAccuracy and GMean metrics as result columns.
 *
 * <p>One Experimenter run per (data set, method), its raw results kept in
 * {@code <out>/<dataset>__<method>.arff}; existing files are skipped, so an interrupted run
 * resumes. {@code report} summarises whatever files exist as markdown.
 *
 * <pre>
 * bench/run COGBenchmark run [-out dir] [-methods label,label] [dataset[:runs] ...]
 * bench/run COGBenchmark report [-out dir]
 * </pre>
 * Default: all binary and multi-class sets, 5 runs, all methods. {@code letter:1} runs only the
 * first of the 5 runs (2 folds) on letter, for the data sets too slow for the full protocol on a
 * shared machine; the report marks such cells with their number of folds.
 */
public final class COGBenchmark {

  /** Binary and multi-class data sets of the shared data folder (Fashion-MNIST excluded). */
  static final String[] DATASETS = {
    "pima", "yeast1", "vehicle0", "segment0", "ecoli3", "vowel0", "cleveland-0_vs_4", "glass4", "flare-F",
    "car-vgood", "yeast4", "yeast6", "poker-8-9_vs_5", "abalone19", "ecoli", "glass", "vehicle", "yeast",
    "satimage", "pendigits", "letter", "shuttle"};

  static final String COG = "weka.classifiers.meta.COGClassifier";

  static final String LOGISTIC_R = "weka.classifiers.functions.Logistic -- -R 0.1";

  /**
   * Method labels and specifications. COG(X) is COGClassifier at its defaults with base learner X:
   * the paper's Phase IV (class of the most probable subclass); COG-OS(X) adds -oversample (each
   * class replicated by its automatic rate r(j)); COG(SMO) is COGClassifier with no option at all.
   */
  static final String[][] METHODS = {
    {"SMO", "weka.classifiers.functions.SMO"},
    {"COG(SMO)", COG},
    {"COG-OS(SMO)", COG + " -oversample"},
    // Logistic with a ridge of 0.1 (Weka's default 1e-8 leaves the subclass problem nearly unregularised)
    {"Logistic-R", "weka.classifiers.functions.Logistic -R 0.1"},
    {"COG(Logistic-R)", COG + " -W " + LOGISTIC_R},
    {"COG-OS(Logistic-R)", COG + " -oversample -W " + LOGISTIC_R},
    {"J48", "weka.classifiers.trees.J48"},
    {"COG(J48)", COG + " -W weka.classifiers.trees.J48"},
    {"COG-OS(J48)", COG + " -oversample -W weka.classifiers.trees.J48"},
    {"Logistic", "weka.classifiers.functions.Logistic"},
    {"COG(Logistic)", COG + " -W weka.classifiers.functions.Logistic"},
    {"COG-OS(Logistic)", COG + " -oversample -W weka.classifiers.functions.Logistic"},
    // ablation: COG-OS's replication without decomposition (no class is large enough), i.e. random
    // oversampling of every class to the largest one
    {"OS-only(SMO)", COG + " -decompose-factor 1e9 -oversample"},
    {"OS-only(Logistic-R)", COG + " -decompose-factor 1e9 -oversample -W " + LOGISTIC_R},
    // ablation: release 0.1.0's Phase IV (sum of the subclass probabilities) with a calibrated learner
    {"COG-sum(Logistic-R)", COG + " -combine sum -W " + LOGISTIC_R}};

  /** Index of the base learner each method is compared with. */
  static final int[] BASE_OF = {0, 0, 0, 3, 3, 3, 6, 6, 6, 9, 9, 9, 0, 3, 3};

  /** First index of each family (base learner alone, with COG, with COG-OS). */
  static final int[] FAMILIES = {0, 3, 6, 9};

  static final int FOLDS = 2;
  static final int RUNS = 5;

  private COGBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    Locale.setDefault(Locale.ROOT);
    List<String> rest = new ArrayList<>(Arrays.asList(args));
    if (rest.isEmpty()) {
      System.err.println("usage: COGBenchmark run|report [-out dir] [dataset ...]");
      System.exit(2);
    }
    String mode = rest.remove(0);
    File out = new File("target/cog-bench");
    int o = rest.indexOf("-out");
    if (o >= 0) {
      out = new File(rest.get(o + 1));
      rest.remove(o + 1);
      rest.remove(o);
    }
    List<String> methods = null;
    o = rest.indexOf("-methods");
    if (o >= 0) {
      methods = Arrays.asList(rest.get(o + 1).split(","));
      rest.remove(o + 1);
      rest.remove(o);
    }
    out.mkdirs();
    List<String> datasets = rest.isEmpty() ? Arrays.asList(DATASETS) : rest;
    if (mode.equals("run")) {
      run(datasets, methods, out);
    } else {
      List<String> names = new ArrayList<>();
      for (String d : datasets) {
        names.add(d.split(":")[0]);
      }
      System.out.println(report(names, out));
    }
  }

  static File dataFile(String name) {
    String dir = System.getenv().getOrDefault("SHARED_DATA", "../shared/data");
    return new File(dir, name + ".arff");
  }

  static File resultFile(File out, String dataset, String method) {
    return new File(out, dataset + "__" + method.replaceAll("[^A-Za-z0-9]+", "_") + ".arff");
  }

  static void run(List<String> datasets, List<String> methods, File out) throws Exception {
    Plugins.register();
    for (String ds : datasets) {
      String d = ds.split(":")[0];
      int runs = ds.contains(":") ? Integer.parseInt(ds.split(":")[1]) : RUNS;
      for (String[] m : METHODS) {
        File f = resultFile(out, d, m[0]);
        if (f.isFile() || (methods != null && !methods.contains(m[0]))) {
          continue;
        }
        String[] spec = Utils.splitOptions(m[1]);
        String cls = spec[0];
        spec[0] = "";
        Classifier c = AbstractClassifier.forName(cls, spec);
        File tmp = new File(f.getPath() + ".part");
        long t0 = System.nanoTime();
        Experiment exp = experiment(dataFile(d), c, tmp, runs);
        exp.initialize();
        while (exp.hasMoreIterations()) {
          exp.nextIteration(); // an exception stops the benchmark: no silently missing folds
        }
        exp.postProcess();
        if (!tmp.renameTo(f)) {
          throw new IllegalStateException("cannot rename " + tmp);
        }
        System.err.printf("%s %s (%d runs): %.1f s%n", d, m[0], runs, (System.nanoTime() - t0) / 1e9);
      }
    }
  }

  static Experiment experiment(File dataset, Classifier c, File results, int runs) throws Exception {
    ClassifierSplitEvaluator evaluator = new ClassifierSplitEvaluator();
    evaluator.setClassifier(c);
    CrossValidationResultProducer producer = new CrossValidationResultProducer();
    producer.setNumFolds(FOLDS);
    producer.setSplitEvaluator(evaluator);
    InstancesResultListener listener = new InstancesResultListener();
    listener.setOutputFile(results);
    Experiment exp = new Experiment();
    exp.setResultProducer(producer);
    exp.setResultListener(listener);
    exp.setRunLower(1);
    exp.setRunUpper(runs);
    DefaultListModel<File> model = new DefaultListModel<>();
    model.addElement(dataset);
    exp.setDatasets(model);
    PropertyNode[] path = {
      new PropertyNode(evaluator, new PropertyDescriptor("splitEvaluator", CrossValidationResultProducer.class),
        CrossValidationResultProducer.class),
      new PropertyNode(c, new PropertyDescriptor("classifier", ClassifierSplitEvaluator.class),
        ClassifierSplitEvaluator.class)};
    exp.setPropertyPath(path);
    exp.setPropertyArray(new Classifier[] {c});
    exp.setUsePropertyIterator(true);
    return exp;
  }

  /** Number of runs in a raw result file. */
  static int runs(Instances raw) {
    int r = 0;
    for (Instance row : raw) {
      r = Math.max(r, (int) Double.parseDouble(row.stringValue(raw.attribute("Key_Run"))));
    }
    return r;
  }

  /** Rows of the first maxRun runs. */
  static Instances firstRuns(Instances raw, int maxRun) {
    Instances sub = new Instances(raw, 0);
    for (Instance row : raw) {
      if ((int) Double.parseDouble(row.stringValue(raw.attribute("Key_Run"))) <= maxRun) {
        sub.add(row);
      }
    }
    return sub;
  }

  /** Mean of a result column over the rows of a raw result file, NaN if absent. */
  static double mean(Instances raw, String column) {
    if (raw.attribute(column) == null) {
      return Double.NaN;
    }
    double s = 0;
    int n = 0;
    for (Instance row : raw) {
      double v = row.value(raw.attribute(column));
      if (!Utils.isMissingValue(v)) {
        s += v;
        n++;
      }
    }
    return n == 0 ? Double.NaN : s / n;
  }

  static String report(List<String> datasets, File out) throws Exception {
    // accuracy only: times taken on a shared machine are no figures
    String[] cols = {"BalancedAccuracy", "GMean"};
    Map<String, double[][]> table = new LinkedHashMap<>();
    for (String d : datasets) {
      // every method compared with one base learner is averaged over the same runs on a data set
      // (the fewest any of them has)
      Instances[] raws = new Instances[METHODS.length];
      int[] common = new int[METHODS.length];
      java.util.Arrays.fill(common, Integer.MAX_VALUE);
      for (int m = 0; m < METHODS.length; m++) {
        File f = resultFile(out, d, METHODS[m][0]);
        if (f.isFile()) {
          raws[m] = DataSource.read(f.getPath());
          common[BASE_OF[m]] = Math.min(common[BASE_OF[m]], runs(raws[m]));
        }
      }
      double[][] v = new double[METHODS.length][];
      for (int m = 0; m < METHODS.length; m++) {
        if (raws[m] != null) {
          Instances raw = firstRuns(raws[m], common[BASE_OF[m]]);
          v[m] = new double[cols.length + 1];
          for (int c = 0; c < cols.length; c++) {
            v[m][c] = mean(raw, cols[c]);
          }
          v[m][cols.length] = raw.numInstances();
        }
      }
      table.put(d, v);
    }
    StringBuilder sb = new StringBuilder();
    String[] titles = {"Balanced accuracy", "G-mean"};
    for (int c = 0; c < cols.length; c++) {
      sb.append("### ").append(titles[c]).append("\n\n| data set |");
      for (String[] m : METHODS) {
        sb.append(' ').append(m[0]).append(" |");
      }
      sb.append("\n|---|");
      for (int m = 0; m < METHODS.length; m++) {
        sb.append("---:|");
      }
      sb.append('\n');
      for (Map.Entry<String, double[][]> e : table.entrySet()) {
        sb.append("| ").append(e.getKey()).append(" |");
        double[][] v = e.getValue();
        for (int m = 0; m < METHODS.length; m++) {
          if (v[m] == null) {
            sb.append(" n/a |");
          } else {
            String cell = String.format("%.4f", v[m][c]);
            if (v[m][cols.length] != FOLDS * RUNS) {
              cell += " (" + (int) v[m][cols.length] + " folds)";
            }
            // bold: the COG variant beats its base learner
            int base = BASE_OF[m];
            if (m != base && v[base] != null && v[m][c] > v[base][c]) {
              cell = "**" + cell + "**";
            }
            sb.append(' ').append(cell).append(" |");
          }
        }
        sb.append('\n');
      }
      sb.append('\n');
    }
    // the target: COG or COG-OS beats the base learner's balanced accuracy
    sb.append("### COG or COG-OS better than the base learner (balanced accuracy)\n\n");
    sb.append("| base learner | data sets with all three measured | COG or COG-OS better | share | "
      + "COG better | COG-OS better | not better on |\n|---|---:|---:|---:|---:|---:|---|\n");
    for (int b : FAMILIES) {
      int n = 0;
      int either = 0;
      int cog = 0;
      int os = 0;
      List<String> not = new ArrayList<>();
      for (Map.Entry<String, double[][]> e : table.entrySet()) {
        double[][] v = e.getValue();
        if (v[b] == null || v[b + 1] == null || v[b + 2] == null) {
          continue;
        }
        n++;
        boolean c1 = v[b + 1][0] > v[b][0];
        boolean c2 = v[b + 2][0] > v[b][0];
        cog += c1 ? 1 : 0;
        os += c2 ? 1 : 0;
        if (c1 || c2) {
          either++;
        } else {
          not.add(e.getKey());
        }
      }
      sb.append(String.format("| %s | %d | %d | %s | %d | %d | %s |%n", METHODS[b][0], n, either,
        n == 0 ? "-" : String.format("%.0f%%", 100.0 * either / n), cog, os, String.join(", ", not)));
    }
    // ablations: pairwise balanced-accuracy comparisons
    sb.append("\n### Ablations (balanced accuracy, data sets where both were measured)\n\n");
    sb.append("| comparison | data sets | first better | second better | equal |\n|---|---:|---:|---:|---:|\n");
    String[][] pairs = {
      {"COG-OS(SMO)", "OS-only(SMO)"}, {"COG-OS(Logistic-R)", "OS-only(Logistic-R)"},
      {"COG(Logistic-R)", "COG-sum(Logistic-R)"},
      {"COG(SMO)", "SMO"}, {"COG-OS(SMO)", "SMO"}, {"COG(Logistic-R)", "Logistic-R"},
      {"COG-OS(Logistic-R)", "Logistic-R"}, {"COG(J48)", "J48"}, {"COG(Logistic)", "Logistic"},
      {"COG-OS(Logistic)", "Logistic"}, {"Logistic-R", "Logistic"}};
    for (String[] pair : pairs) {
      int a = index(pair[0]);
      int b = index(pair[1]);
      int n = 0;
      int first = 0;
      int second = 0;
      for (double[][] v : table.values()) {
        if (v[a] == null || v[b] == null) {
          continue;
        }
        n++;
        first += v[a][0] > v[b][0] ? 1 : 0;
        second += v[a][0] < v[b][0] ? 1 : 0;
      }
      sb.append(String.format("| %s vs %s | %d | %d | %d | %d |%n", pair[0], pair[1], n, first, second,
        n - first - second));
    }
    return sb.toString();
  }

  static int index(String label) {
    for (int m = 0; m < METHODS.length; m++) {
      if (METHODS[m][0].equals(label)) {
        return m;
      }
    }
    throw new IllegalArgumentException("no method " + label);
  }
}
