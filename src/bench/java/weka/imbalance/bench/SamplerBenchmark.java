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
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;
import weka.core.converters.ArffSaver;
import weka.filters.Filter;
import weka.filters.supervised.instance.SMOTE;

/**
 * Speed of every sampler of the package against imbalanced-learn's with both libraries' defaults,
 * on Gaussian data (10 numeric attributes, minority n / 5, the minority shifted by 1 in each
 * attribute) of 1,000, 10,000 and 100,000 instances: (1) the resampling step alone, in this JVM
 * ({@code Filter.useFilter}) against {@code fit_resample} in one long-lived Python worker
 * ({@code bench/imblearn_smote.py}; with {@code --py-fresh true}, the default, each round in a fresh
 * Python process, the faster of two calls on the data after the same call untimed on its first 256
 * rows, start-up and imports untimed, because a long-lived process made the same fit_resample about
 * 30% slower; {@link ImblearnWorker#setFresh}), one thread each, ours built once and warmed up (untimed calls on
 * the same data: 200 or for 3 s, at least one), then alternating for {@code --rounds} rounds
 * ({@link Rounds}); (2) the whole process from the command line: a fresh JVM running the filter
 * on an ARFF file ({@code -i -o -c last}) against a fresh Python reading and writing the same data as
 * CSV ({@code imblearn_smote.py --cli}, one BLAS/OpenMP thread as in the step), the two commands
 * alternating for {@code --cli-rounds} rounds (median, range and the median of the per-round
 * ratios). Weka's SMOTE package 1.0.3 (the only Weka
 * package of one of these methods found: in the Maven repository and the package list, SMOTE) runs
 * next to SMOTE, to the same counts ({@code -P 300}). Samplers whose cost grows fast (CNN, OSS,
 * ClusterCentroids, SVM-SMOTE, instance hardness) run only up to {@code --max-slow} instances
 * (default 10,000) unless {@code --max-slow 0}. The report replaces the block "samplers-speed" of
 * {@code --out} ({@link MarkdownBlock}) and records the machine's load ({@link MachineLoad});
 * {@code iht} is instance hardness with each library's default forest (ours GiniRandomForest, grown
 * as scikit-learn's RandomForestClassifier), {@code iht-sqrt} with Weka's RandomForest trying as many
 * attributes per split as scikit-learn's ({@code -K 3}; the default up to release 1.0.0);
 * with {@code --merge true} only the rows of the samplers and sizes run are replaced, the others
 * kept with the run that measured them ({@link SamplerPage}). {@code --py-limit s} (with the fresh
 * process) stops any of imbalanced-learn's timed calls, and its commands, after s seconds and
 * writes "&gt; s" and a ratio "&gt; r", lower bounds: imbalanced-learn's CNN at 10,000 instances had
 * not returned after 13 minutes.
 *
 * <p>Usage: {@code bench/run SamplerBenchmark [--sizes 1000,10000,100000] [--rounds 3] [--samplers
 * smote,enn,...] [--max-slow 10000] [--cli true] [--cli-rounds 3] [--py-fresh true] [--py-limit 0] [--merge false]
 * [--out doc/benchmarks/samplers.md] [--python /usr/bin/python3]}
 */
public final class SamplerBenchmark {

  private static final String F = "weka.filters.supervised.instance.";

  /** key (imbalanced-learn's sampler in bench/imblearn_smote.py), our filter with its options, slow? */
  static final String[][] SAMPLERS = {
    {"smote", F + "SMOTEWithUndersampling -strategy \"EqualCounts -at majority\" -gap instance", ""},
    {"adasyn", F + "ADASYN", ""},
    {"borderline", F + "BorderlineSMOTE", ""},
    {"svmsmote", F + "SVMSMOTE", "slow"},
    {"kmeanssmote", F + "KMeansSMOTE", ""},
    {"ros", F + "RandomOverSampler", ""},
    {"rose", F + "RandomOverSampler -shrinkage 1", ""},
    {"rus", F + "RandomOverSampler -strategy \"EqualCounts -at minority\"", ""},
    {"tomek", F + "TomekLinks", ""},
    {"enn", F + "EditedNearestNeighbours", ""},
    {"renn", F + "RepeatedEditedNearestNeighbours", ""},
    {"allknn", F + "AllKNN", ""},
    {"ncr", F + "NeighbourhoodCleaningRule", ""},
    {"oss", F + "OneSidedSelection", "slow"},
    {"cnn", F + "CondensedNearestNeighbour", "slow"},
    {"nearmiss1", F + "NearMiss -version 1", ""},
    {"nearmiss2", F + "NearMiss -version 2", ""},
    {"nearmiss3", F + "NearMiss -version 3", ""},
    {"cc", F + "ClusterCentroids", "slow"},
    {"iht", F + "InstanceHardnessThreshold", "slow"},
    // Weka's RandomForest with imbalanced-learn's int(sqrt(d)) = 3 attributes per split at d = 10 (its own: int(log2(d) + 1) = 4)
    {"iht-sqrt", F + "InstanceHardnessThreshold -W \"weka.classifiers.trees.RandomForest -K 3\"", "slow"},
    {"smoteenn", F + "SMOTEENN", ""},
    {"smotetomek", F + "SMOTETomek", ""}};

  private final List<String> m_StepRows = new ArrayList<>();
  private final List<String> m_CliRows = new ArrayList<>();
  /** This run's tag, the last cell of its rows. */
  private final String m_Run;

  private SamplerBenchmark(String run) {
    m_Run = run;
  }

  private void row(List<String> rows, String s) {
    String tagged = s + " " + m_Run + " |";
    rows.add(tagged);
    System.out.println(tagged);
  }

  static Filter filter(String spec) throws Exception {
    String[] o = Utils.splitOptions(spec);
    String cls = o[0];
    o[0] = "";
    return (Filter) Utils.forName(Filter.class, cls, o);
  }

  /**
   * The filter built from its options once, outside the timing, as imbalanced-learn's sampler is
   * built before its timed fit_resample; each call resamples the data afresh (setInputFormat
   * starts a new first batch).
   */
  static Rounds.Contender ours(Instances data, String spec) throws Exception {
    Filter f = filter(spec);
    return Rounds.inJvm(() -> {
      f.setInputFormat(data);
      return Filter.useFilter(data, f).numInstances();
    });
  }

  /** Weka's SMOTE package 1.0.3, the minority (n / 5) raised to the majority (4 n / 5). */
  static Rounds.Contender smotePackage(Instances data) {
    return Rounds.inJvm(() -> {
      SMOTE s = new SMOTE();
      s.setOptions(new String[] {"-C", "0", "-K", "5", "-P", "300", "-S", "1"});
      s.setInputFormat(data);
      return Filter.useFilter(data, s).numInstances();
    });
  }

  static Instances data(int n) {
    return SmoteData.gaussian(n / 5, n - n / 5, 10, 42);
  }

  private void step(int[] sizes, List<String[]> samplers, int maxSlow, int rounds, ImblearnWorker py)
    throws Exception {
    for (String[] s : samplers) {
      for (int n : sizes) {
        if (!s[2].isEmpty() && maxSlow > 0 && n > maxSlow) {
          row(m_StepRows, String.format(Locale.ROOT, "| %s | %,d | not run (above --max-slow %,d) | | | | |", s[0], n,
            maxSlow));
          continue;
        }
        Instances data = data(n);
        ImblearnWorker.Data file = py.available() ? py.write(data) : null;
        Rounds r = new Rounds();
        r.add("ours", ours(data, s[1]));
        if (file != null) {
          r.add("py", () -> py.sampler(file, s[0], 1, 1));
        }
        if (s[0].equals("smote")) {
          r.add("package", smotePackage(data));
        }
        for (String name : r.names()) {
          if (!(py.fresh() && name.equals("py"))) { // a fresh process has nothing to warm up
            Rounds.warmUp(r.contender(name));
          }
        }
        r.run(rounds);
        String rows = (r.samples("ours").isEmpty() ? "-" : r.samples("ours").get(0).detail) + " / "
          + (file == null || r.samples("py").isEmpty() ? "-" : r.samples("py").get(0).detail);
        row(m_StepRows, String.format(Locale.ROOT, "| %s | %,d | %s | %s | %s | %s | %s |", s[0], n,
          file == null ? "-" : stopped(r) ? stoppedCell(r) : r.cell("py"), r.cell("ours"), file == null ? "-"
            : (stopped(r) ? "> " : "") + r.ratio("py", "ours"),
          s[0].equals("smote") ? "SMOTE 1.0.3: " + r.cell("package") : "none found", rows));
      }
    }
  }

  /** @return whether imbalanced-learn's call was stopped at {@code --py-limit} in any round */
  static boolean stopped(Rounds r) {
    return r.samples("py").stream().anyMatch(x -> ImblearnWorker.STOPPED.equals(x.detail));
  }

  /**
   * @return imbalanced-learn's cell when a round was stopped at the limit: "&gt; limit", the
   *   stopped rounds' wall time being the limit, a lower bound of the library's
   */
  static String stoppedCell(Rounds r) {
    double limit = r.samples("py").stream().filter(x -> ImblearnWorker.STOPPED.equals(x.detail)).mapToDouble(
      x -> x.wall).min().orElse(Double.NaN);
    return String.format(Locale.ROOT, "> %.1f (stopped at --py-limit)", limit);
  }

  /**
   * The whole process: a fresh JVM on ARFF against a fresh Python on CSV (one BLAS/OpenMP thread, as
   * the step's worker), the two commands alternating for {@code rounds} rounds per sampler and size.
   */
  private void commandLine(int[] sizes, List<String[]> samplers, int maxSlow, String python, int rounds,
    double limit) throws Exception {
    File dir = new File("target/bench-samplers");
    dir.mkdirs();
    for (int n : sizes) {
      Instances data = data(n);
      File arff = new File(dir, "gauss-" + n + ".arff");
      File csv = new File(dir, "gauss-" + n + ".csv");
      ArffSaver saver = new ArffSaver();
      saver.setInstances(data);
      saver.setFile(arff);
      saver.writeBatch();
      try (PrintWriter w = new PrintWriter(csv, "UTF-8")) {
        for (Instance i : data) {
          StringBuilder b = new StringBuilder();
          for (int a = 0; a < data.numAttributes(); a++) {
            b.append(a == 0 ? "" : ",").append(a == data.classIndex() ? "" + (int) i.value(a) : "" + i.value(a));
          }
          w.println(b);
        }
      }
      for (String[] s : samplers) {
        if (!s[2].isEmpty() && maxSlow > 0 && n > maxSlow) {
          continue;
        }
        String[] spec = Utils.splitOptions(s[1]);
        List<String> args = new ArrayList<>(Arrays.asList(spec).subList(1, spec.length));
        args.addAll(Arrays.asList("-i", arff.getPath(), "-o", new File(dir, "out.arff").getPath(), "-c", "last"));
        Rounds r = new Rounds();
        r.add("ours", () -> {
          ChildJvm.Result us = ChildJvm.run(spec[0], args.toArray(new String[0]));
          return us.exit == 0 ? new Rounds.Sample(us.wall, Double.NaN, "") : null;
        });
        r.add("py", () -> pythonCommand(python, s[0], csv, new File(dir, "out.csv"), new File(dir, "py.log"), limit));
        r.run(rounds);
        row(m_CliRows, String.format(Locale.ROOT, "| %s | %,d | %s | %s | %s |", s[0], n, stopped(r)
          ? String.format(Locale.ROOT, "> %.1f (stopped at --py-limit)", limit) : cliCell(r, "py"), cliCell(r, "ours"),
          r.samples("py").isEmpty() || r.samples("py").size() != r.samples("ours").size() ? "-"
            : (stopped(r) ? "> " : "") + r.ratio("py", "ours")));
      }
    }
  }

  /**
   * imbalanced-learn's whole command (bench/imblearn_smote.py --cli, one thread), or null if it
   * failed; its detail is the wall seconds of the fit_resample inside it, as the script reports them.
   * With a limit (seconds, 0 = none), a command still running at the limit is stopped and gives a
   * sample of the limit with the detail {@link ImblearnWorker#STOPPED}.
   */
  private static Rounds.Sample pythonCommand(String python, String key, File csv, File out, File log, double limit)
    throws Exception {
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(python, "bench/imblearn_smote.py", "--cli", key, csv.getPath(), out.getPath(), "1",
      "1").redirectErrorStream(true).redirectOutput(log).start();
    boolean done = p.waitFor(limit > 0 ? Math.round(limit * 1000) : 3_600_000L, TimeUnit.MILLISECONDS);
    double wall = (System.nanoTime() - t0) / 1e9;
    if (!done) {
      p.destroyForcibly();
      p.waitFor();
      return limit > 0 ? new Rounds.Sample(limit, Double.NaN, ImblearnWorker.STOPPED) : null;
    }
    if (p.exitValue() != 0) {
      return null;
    }
    String fit = "NaN";
    for (String line : java.nio.file.Files.readAllLines(log.toPath())) {
      fit = line.startsWith("fit ") ? ChildJvm.value(line, "seconds") : fit;
    }
    return new Rounds.Sample(wall, Double.NaN, fit);
  }

  /**
   * @return wall seconds "median (min-max)" over the rounds (one figure for one round, "failed" for
   *   none), then for imbalanced-learn "[fit s]", the median of its fit_resample inside the command
   */
  static String cliCell(Rounds r, String name) {
    double[] w = r.samples(name).stream().mapToDouble(x -> x.wall).toArray();
    if (w.length == 0) {
      return "failed";
    }
    double[] fit = r.samples(name).stream().filter(x -> !x.detail.isEmpty() && !ImblearnWorker.STOPPED.equals(x.detail))
      .mapToDouble(x -> Double.parseDouble(x.detail)).filter(v -> !Double.isNaN(v)).toArray();
    Arrays.sort(w);
    return (w.length == 1 ? String.format(Locale.ROOT, "%.2f", w[0]) : String.format(Locale.ROOT, "%.2f (%.2f-%.2f)",
      Rounds.median(w), w[0], w[w.length - 1])) + (fit.length == 0 ? "" : String.format(Locale.ROOT, " [fit %.2f]",
        Rounds.median(fit)));
  }

  public static void main(String[] args) throws Exception {
    BenchArgs opts = new BenchArgs(args, "--sizes", "--rounds", "--samplers", "--max-slow", "--cli", "--out",
      "--python", "--merge", "--cli-rounds", "--py-fresh", "--py-limit");
    int[] sizes = opts.getInts("--sizes", new int[] {1000, 10000, 100000});
    int rounds = opts.getInt("--rounds", 3);
    int maxSlow = opts.getInt("--max-slow", 10000);
    boolean cli = Boolean.parseBoolean(opts.get("--cli", "true"));
    int cliRounds = opts.getInt("--cli-rounds", 3);
    boolean pyFresh = Boolean.parseBoolean(opts.get("--py-fresh", "true"));
    double pyLimit = Double.parseDouble(opts.get("--py-limit", "0"));
    if (!(pyLimit >= 0) || (pyLimit > 0 && !pyFresh)) {
      throw new IllegalArgumentException("--py-limit must be >= 0 seconds and needs --py-fresh true, got "
        + opts.get("--py-limit", "0") + " with --py-fresh " + pyFresh);
    }
    if (rounds < 1 || cliRounds < 1) {
      throw new IllegalArgumentException("--rounds and --cli-rounds must be >= 1, got " + rounds + " and " + cliRounds);
    }
    boolean merge = Boolean.parseBoolean(opts.get("--merge", "false"));
    String out = opts.get("--out", "doc/benchmarks/samplers.md");
    String python = opts.get("--python", "/usr/bin/python3");
    List<String> only = Arrays.asList(opts.get("--samplers", "").split(","));
    List<String[]> samplers = new ArrayList<>();
    List<String> order = new ArrayList<>();
    for (String[] s : SAMPLERS) {
      order.add(s[0]);
      if (only.equals(Arrays.asList("")) || only.contains(s[0])) {
        samplers.add(s);
      }
    }
    ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC).withNano(0);
    SamplerBenchmark b = new SamplerBenchmark(now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'")));
    MachineLoad load = MachineLoad.start();
    String versions;
    try (ImblearnWorker py = new ImblearnWorker(python)) {
      py.setFresh(pyFresh);
      py.setLimit(pyLimit);
      if (merge && !py.available()) {
        throw new IllegalStateException(python + " cannot import imbalanced-learn (" + py.versions() + "): a run with "
          + "--merge true would replace measured rows with rows without the anchor. Install it (Debian: apt-get "
          + "install python3-imblearn) or run without --merge.");
      }
      for (int w = 0; w < 2; w++) {
        ours(data(2000), SAMPLERS[0][1]).run();
        ours(data(2000), F + "EditedNearestNeighbours").run();
      }
      versions = py.versions();
      b.step(sizes, samplers, maxSlow, rounds, py);
      if (cli) {
        b.commandLine(sizes, samplers, maxSlow, python, cliRounds, pyLimit);
      }
    }
    load.stop();
    SamplerPage page = merge ? SamplerPage.read(new File(out)) : new SamplerPage();
    page.m_Data = "- Data: Gaussian, 10 numeric attributes, minority n / 5 shifted by 1 per attribute (SmoteData). "
      + "Both "
      + "libraries with their defaults (ours: range-scaled distance; imbalanced-learn: raw), so the outputs differ "
      + "in detail; the rows column shows their sizes. Cells: median wall seconds over the run's alternating rounds "
      + "(range) [median CPU seconds]; ratios: median of the per-round ratios.";
    page.m_StepHeader = "| sampler | instances | imbalanced-learn | ours | imbalanced-learn / ours | Weka package | "
      + "output rows (ours / imbalanced-learn) | run |";
    page.m_CliHeader = "| sampler | instances | imbalanced-learn (python3, CSV) | ours (java, ARFF) | "
      + "imbalanced-learn / ours | run |";
    String run = "`bench/run SamplerBenchmark " + String.join(" ", args) + "`; "
      + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version") + "; "
      + versions + "; " + rounds + (rounds == 1 ? " round" : " rounds") + ", each sampler built once and warmed up ("
      + "untimed calls until " + Rounds.WARM_UP_CALLS + " calls or " + Rounds.WARM_UP + " s) before them"
      + (pyFresh ? ", imbalanced-learn's in a fresh Python process per round (the faster of two calls on the data "
        + "after an untimed call on its first 256 rows; only the calls timed)"
        : ", imbalanced-learn's in one long-lived Python process")
      + (cli ? "; the commands alternating for " + cliRounds + (cliRounds == 1 ? " round" : " rounds")
        + ", imbalanced-learn's with one BLAS/OpenMP thread (threadpoolctl) as in the step" : "")
      + (pyLimit > 0 ? String.format(Locale.ROOT, "; imbalanced-learn's calls and commands stopped after %.0f s "
        + "(--py-limit: a stopped figure is a lower bound)", pyLimit) : "") + ". "
      + load.summary()
      + (load.quiet() ? "" : " " + load.noVerdict());
    page.add(new SamplerPage.Run(b.m_Run, run), b.m_StepRows, b.m_CliRows, order);
    MarkdownBlock.write(new File(out), SamplerPage.BLOCK, page.text());
  }
}
