package weka.imbalance.bench;

import java.io.File;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import weka.core.Instances;
import weka.core.converters.ConverterUtils.DataSource;
import weka.filters.Filter;
import weka.filters.supervised.instance.SMOTE;
import weka.filters.supervised.instance.SMOTEWithUndersampling;
import weka.imbalance.resampling.ExactSearch;
import weka.imbalance.resampling.MixedDistance;
import weka.imbalance.resampling.ResamplingFilter;
import weka.imbalance.resampling.SamplingPlan;

/**
 * Speed of SMOTEWithUndersampling against imbalanced-learn's SMOTE (and, once, Weka's SMOTE
 * package 1.0.3): the neighbour search alone (ours: the filter's default {@code ExactSearch}, called as the
 * filter calls it, every class to raise in one {@code kNearestEach}; theirs:
 * the {@code NearestNeighbors} search imbalanced-learn's SMOTE runs, on the same points: the
 * minority class as the filter embeds it) and the whole SMOTE step (our filter against
 * {@code fit_resample}), each with one and two threads, on synthetic Gaussian data (20 numeric
 * attributes, majority 5 x minority, the minority doubled), on shuttle and letter, and on one
 * 1,000,000 x 10 set with 100,000 minority instances.
 *
 * <p>Contenders run alternately, {@code --rounds} times (see {@link Rounds}); cells are median wall
 * seconds (range over the rounds) [median CPU seconds]; ratios are medians of per-round ratios.
 * The load of the machine is recorded ({@link MachineLoad}) and the verdict against the issue's
 * target (the search at least 2x imbalanced-learn's with the same number of threads) is written
 * only when the machine was quiet. The report replaces the speed block of {@code --out} (see
 * {@link MarkdownBlock}).
 *
 * <p>Usage: {@code bench/run SmoteBenchmark [--sizes 5000,20000,100000] [--rounds 5]
 * [--rounds-large 3] [--anchor-max 5000] [--datasets shuttle,letter] [--big 1000000]
 * [--out doc/benchmarks/smote.md] [--python /usr/bin/python3] [--py-fresh true]}; sizes of 100,000 and more use
 * {@code --rounds-large}; {@code --sizes none}, {@code --big 0}, {@code --datasets none} and
 * {@code --anchor-max 0} skip those parts. With {@code --py-fresh true} (the default) every
 * imbalanced-learn and scikit-learn call runs in a fresh Python process ({@link
 * ImblearnWorker#setFresh}); {@code false} uses the long-lived worker.
 */
public final class SmoteBenchmark {

  private static final int K = 5;

  private final StringBuilder m_Md = new StringBuilder();
  private final List<String[]> m_Verdicts = new ArrayList<>();
  private ImblearnWorker m_Py;
  private int m_Rounds = 5;
  private int m_RoundsLarge = 3;

  private SmoteBenchmark() {
  }

  private void line(String s) {
    m_Md.append(s).append('\n');
    System.out.println(s);
  }

  private static SMOTEWithUndersampling ours(String... opts) throws Exception {
    SMOTEWithUndersampling f = new SMOTEWithUndersampling();
    f.setOptions(opts.clone());
    return f;
  }

  private static Rounds.Contender filter(Instances data, String... opts) {
    return Rounds.inJvm(() -> {
      SMOTEWithUndersampling f = ours(opts);
      f.setInputFormat(data);
      return Filter.useFilter(data, f).numInstances();
    });
  }

  /** The points the filter searches for each class to oversample, as it embeds them. */
  private static List<double[]> embedded(Instances data, int[] classes, int[][] rows, MixedDistance dist) {
    List<double[]> pts = new ArrayList<>();
    for (int c : classes) {
      pts.add(dist.embed(data, rows[c]));
    }
    return pts;
  }

  /**
   * The neighbour search alone, for the given classes: ours and scikit-learn's, 1 and 2 threads;
   * the contender's time is the sum over the classes. Writes one table row.
   */
  private void searchRow(String label, Instances data, int[] classes, int rounds) throws Exception {
    int[][] rows = ResamplingFilter.classRows(data);
    MixedDistance dist = new MixedDistance(data, MixedDistance.Scaling.RANGE, MixedDistance.NominalMetric.SMOTE_NC);
    int dim = dist.dimension();
    List<double[]> pts = embedded(data, classes, rows, dist);
    List<ImblearnWorker.Data> files = new ArrayList<>();
    for (int i = 0; i < classes.length; i++) {
      files.add(m_Py.available() ? m_Py.write(pts.get(i), rows[classes[i]].length, dim) : null);
    }
    Rounds r = new Rounds();
    String[] sk = {"scikit-learn, 1 thread", "scikit-learn, 2 threads"};
    String[] us = {"ours, 1 thread", "ours, 2 threads"};
    double[][] points = pts.toArray(new double[0][]);
    int[] sizes = new int[classes.length];
    int[] ks = new int[classes.length];
    for (int i = 0; i < classes.length; i++) {
      sizes[i] = rows[classes[i]].length;
      ks[i] = Math.min(K, sizes[i] - 1);
    }
    for (int t = 1; t <= 2; t++) {
      final int threads = t;
      r.add(us[t - 1], Rounds.inJvm(() -> {
        // the filter's call: every class to raise in one call, which may run the classes at the same time
        String[] how = new String[classes.length];
        ExactSearch.of("auto", threads).kNearestEach(points, sizes, dim, ks, how);
        return String.join("/", how).toLowerCase(Locale.ROOT);
      }));
      if (m_Py.available()) {
        r.add(sk[t - 1], () -> {
          double wall = 0;
          double cpu = 0;
          StringBuilder how = new StringBuilder();
          for (int i = 0; i < classes.length; i++) {
            int n = rows[classes[i]].length;
            Rounds.Sample s = m_Py.knn(files.get(i), Math.min(K, n - 1), threads, null);
            if (s == null) {
              return null;
            }
            wall += s.wall;
            cpu += s.cpu;
            how.append(how.length() == 0 ? "" : "/").append(s.detail);
          }
          return new Rounds.Sample(wall, cpu, how.toString());
        });
      }
    }
    Rounds.warmUp(r.contender(us[0]));
    Rounds.warmUp(r.contender(us[1]));
    r.run(rounds);
    String agree = agreement(data, classes, rows, pts, dim);
    line(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s |", label, r.cell(sk[0]),
      r.cell(sk[1]), r.cell(us[0]), r.cell(us[1]), r.ratio(sk[0], us[0]), r.ratio(sk[1], us[1]), methods(r, us[0],
        sk[0]), agree));
    m_Verdicts.add(new String[] {"search, " + label + ", 1 thread", r.ratio(sk[0], us[0]),
      verdict(r.ratios(sk[0], us[0]))});
    m_Verdicts.add(new String[] {"search, " + label + ", 2 threads", r.ratio(sk[1], us[1]),
      verdict(r.ratios(sk[1], us[1]))});
  }

  private static String methods(Rounds r, String ours, String theirs) {
    String a = r.samples(ours).isEmpty() ? "-" : r.samples(ours).get(0).detail;
    String b = r.samples(theirs).isEmpty() ? "-" : r.samples(theirs).get(0).detail;
    return a + " / " + b;
  }

  /** Share of points whose k neighbours, in order, are the same in both searches. */
  private String agreement(Instances data, int[] classes, int[][] rows, List<double[]> pts, int dim) throws Exception {
    if (!m_Py.available()) {
      return "-";
    }
    long same = 0;
    long all = 0;
    for (int i = 0; i < classes.length; i++) {
      int n = rows[classes[i]].length;
      int k = Math.min(K, n - 1);
      File out = m_Py.tempFile(".bin");
      if (m_Py.knn(m_Py.write(pts.get(i), n, dim), k, 0, out) == null) {
        return "-";
      }
      int[][] theirs = ImblearnWorker.readNeighbours(out, n, k);
      int[][] mine = ExactSearch.of("auto", 1).kNearest(pts.get(i), n, dim, k);
      for (int p = 0; p < n; p++) {
        same += Arrays.equals(theirs[p], mine[p]) ? 1 : 0;
      }
      all += n;
    }
    return String.format(Locale.ROOT, "%.2f%%", 100.0 * same / all);
  }

  private static String verdict(double[] ratios) {
    return ratios.length == 0 ? "not measured" : Rounds.median(ratios) >= 2 ? "met" : "missed";
  }

  /** The whole SMOTE step: our filter against fit_resample, 1 and 2 threads; one table row. */
  private void stepRow(String label, Instances data, String[] ourOpts, String pyStrategy, Rounds.Sample anchor,
    int rounds) throws Exception {
    ImblearnWorker.Data file = m_Py.available() ? m_Py.write(data) : null;
    Rounds r = new Rounds();
    String[] py = {"imbalanced-learn, 1 thread", "imbalanced-learn, 2 threads"};
    String[] us = {"ours, 1 thread", "ours, 2 threads"};
    for (int t = 1; t <= 2; t++) {
      final int threads = t;
      String[] opts = Arrays.copyOf(ourOpts, ourOpts.length + 2);
      opts[ourOpts.length] = "-num-threads";
      opts[ourOpts.length + 1] = "" + t;
      r.add(us[t - 1], filter(data, opts));
      if (file != null) {
        r.add(py[t - 1], () -> m_Py.smote(file, K, 1, pyStrategy, threads));
      }
    }
    Rounds.warmUp(r.contender(us[0]));
    Rounds.warmUp(r.contender(us[1]));
    r.run(rounds);
    String rowsOut = r.samples(us[0]).get(0).detail + (r.samples(py[0]).isEmpty() ? ""
      : " / " + r.samples(py[0]).get(0).detail) + (anchor == null ? "" : " / " + anchor.detail);
    line(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s |", label,
      anchor == null ? "not run" : String.format(Locale.ROOT, "%.3f [%.3f]", anchor.wall, anchor.cpu), r.cell(py[0]),
      r.cell(py[1]), r.cell(us[0]), r.cell(us[1]), r.ratio(py[0], us[0]), r.ratio(py[1], us[1]), rowsOut));
  }

  private static Rounds.Sample anchor(Instances data, String... opts) throws Exception {
    SMOTE s = new SMOTE();
    s.setOptions(opts);
    return Rounds.inJvm(() -> {
      s.setInputFormat(data);
      return Filter.useFilter(data, s).numInstances();
    }).run();
  }

  private static final String SEARCH_HEADER = "| data | scikit-learn, 1 thread | scikit-learn, 2 threads | ours, 1 thread "
    + "| ours, 2 threads | scikit-learn / ours, 1 thread | scikit-learn / ours, 2 threads | method (ours / "
    + "scikit-learn) | same neighbours |\n|---|---:|---:|---:|---:|---:|---:|---|---:|";

  private static final String STEP_HEADER = "| data | SMOTE 1.0.3 (one run) | imbalanced-learn, 1 thread | "
    + "imbalanced-learn, 2 threads | ours, 1 thread | ours, 2 threads | imbalanced-learn / ours, 1 thread | "
    + "imbalanced-learn / ours, 2 threads | output rows (ours / imbalanced-learn / SMOTE 1.0.3) |\n"
    + "|---|---:|---:|---:|---:|---:|---:|---:|---|";

  private void synthetic(int[] sizes, int anchorMax) throws Exception {
    line("");
    line("### Synthetic Gaussian data: 20 numeric attributes, majority 5 x minority, minority doubled (k = 5)");
    line("");
    line("The neighbour search alone, on the minority class as the filter embeds it (range-scaled):");
    line("");
    line(SEARCH_HEADER);
    for (int m : sizes) {
      Instances data = SmoteData.gaussian(m, 5 * m, 20, 42);
      searchRow(String.format(Locale.ROOT, "%,d minority", m), data, new int[] {1}, rounds(m));
    }
    line("");
    line("The whole SMOTE step (`-P 100` against `sampling_strategy={1: 2m}`):");
    line("");
    line(STEP_HEADER);
    for (int m : sizes) {
      Instances data = SmoteData.gaussian(m, 5 * m, 20, 42);
      Rounds.Sample anchor = m <= anchorMax ? anchor(data, "-C", "0", "-K", "5", "-P", "100", "-S", "1") : null;
      stepRow(String.format(Locale.ROOT, "%,d minority, %,d instances", m, 6 * m), data, new String[] {"-P", "100"},
        "1:" + 2 * m, anchor, rounds(m));
    }
  }

  private int rounds(int m) {
    return m >= 100000 ? m_RoundsLarge : m_Rounds;
  }

  private void datasets(String[] names, int anchorMax) throws Exception {
    line("");
    line("### Real data (shared data sets)");
    line("");
    List<Object[]> tasks = new ArrayList<>();
    for (String name : names) {
      String shared = System.getenv().getOrDefault("SHARED_DATA", "../shared/data");
      Instances data = DataSource.read(shared + "/" + name + ".arff");
      data.setClassIndex(data.numAttributes() - 1);
      int[] n = ResamplingFilter.classCounts(ResamplingFilter.classRows(data));
      line(String.format(Locale.ROOT, "- %s: %,d instances, %d attributes, class counts %s", name,
        data.numInstances(), data.numAttributes() - 1, Arrays.toString(n)));
      tasks.add(new Object[] {name, data, n});
    }
    line("");
    line("The neighbour search alone (summed over the classes searched): the smallest class, as `-P 100` doubles "
      + "it, and every class but the majority, as raising every class to the majority searches them:");
    line("");
    line(SEARCH_HEADER);
    for (Object[] t : tasks) {
      int[] n = (int[]) t[2];
      searchRow(t[0] + ", smallest class", (Instances) t[1], new int[] {SamplingPlan.smallestNonEmpty(n)}, m_Rounds);
      searchRow(t[0] + ", every class but the majority", (Instances) t[1], belowMajority(n), m_Rounds);
    }
    line("");
    line("The whole SMOTE step:");
    line("");
    line(STEP_HEADER);
    for (Object[] t : tasks) {
      Instances data = (Instances) t[1];
      int[] n = (int[]) t[2];
      int small = SamplingPlan.smallestNonEmpty(n);
      Rounds.Sample anchor = n[small] <= anchorMax && n[small] > K
        ? anchor(data, "-C", "" + (small + 1), "-K", "5", "-P", "100", "-S", "1") : null;
      stepRow(t[0] + ", smallest class doubled (-P 100)", data, new String[] {"-P", "100"},
        small + ":" + 2 * n[small], anchor, m_Rounds);
      stepRow(t[0] + ", every class to the majority (-strategy \"EqualCounts -at majority\")", data,
        new String[] {"-strategy", "EqualCounts -at majority"}, "not majority", null, m_Rounds);
    }
  }

  private static int[] belowMajority(int[] n) {
    int max = SamplingPlan.largest(n);
    return java.util.stream.IntStream.range(0, n.length).filter(c -> c != max && n[c] > 1).toArray();
  }

  private void big(int total) throws Exception {
    int m = total / 10;
    Instances data = SmoteData.gaussian(m, total - m, 10, 42);
    line("");
    line(String.format(Locale.ROOT, "### Large: %,d instances x 10 numeric attributes, %,d minority, minority "
      + "doubled (-P 100)", total, m));
    line("");
    line(STEP_HEADER);
    stepRow(String.format(Locale.ROOT, "%,d x 10", total), data, new String[] {"-P", "100"}, "1:" + 2 * m, null,
      m_RoundsLarge);
    Runtime rt = Runtime.getRuntime();
    line("");
    line(String.format(Locale.ROOT, "JVM max heap %.1f GB; heap in use after the runs %.1f GB.", rt.maxMemory() / 1e9,
      (rt.totalMemory() - rt.freeMemory()) / 1e9));
  }

  public static void main(String[] args) throws Exception {
    BenchArgs opts = new BenchArgs(args, "--sizes", "--rounds", "--rounds-large", "--anchor-max", "--big",
      "--datasets", "--out", "--python", "--py-fresh");
    int[] sizes = opts.getInts("--sizes", new int[] {5000, 20000, 100000});
    int anchorMax = opts.getInt("--anchor-max", 5000);
    int big = opts.getInt("--big", 1000000);
    String ds = opts.get("--datasets", "shuttle,letter");
    String[] datasets = ds.equals("none") ? new String[0] : ds.split(",");
    String out = opts.get("--out", "doc/benchmarks/smote.md");
    String python = opts.get("--python", "/usr/bin/python3");
    SmoteBenchmark b = new SmoteBenchmark();
    b.m_Rounds = opts.getInt("--rounds", 5);
    b.m_RoundsLarge = opts.getInt("--rounds-large", 3);
    // the load average is read before our own warm-up, which would count in it
    MachineLoad load = MachineLoad.start();
    try (ImblearnWorker py = new ImblearnWorker(python)) {
      py.setFresh(Boolean.parseBoolean(opts.get("--py-fresh", "true")));
      b.m_Py = py;
      // warm-up of our code paths (JIT), not reported
      for (int w = 0; w < 3; w++) {
        filter(SmoteData.gaussian(3000, 15000, 20, 1), "-P", "100").run();
        filter(SmoteData.gaussian(3000, 15000, 4, 1), "-P", "100", "-num-threads", "2").run();
        filter(SmoteData.gaussian(3000, 15000, 20, 1), "-P", "100", "-num-threads", "2").run(); // 2-thread brute force
      }
      b.line("- Command: `bench/run SmoteBenchmark " + String.join(" ", args) + "`");
      b.line("- Date: " + ZonedDateTime.now().withNano(0) + "; " + Runtime.getRuntime().availableProcessors()
        + " cores, Java " + System.getProperty("java.version") + ", max heap " + Runtime.getRuntime().maxMemory()
        / (1 << 20) + " MB; " + py.versions() + ".");
      b.line("- Each cell: median wall seconds over the rounds (range) [median CPU seconds, all threads of the "
        + "process]; ratios: median of the per-round ratios of wall time (range). Contenders run alternately, "
        + b.m_Rounds + " rounds (" + b.m_RoundsLarge + " from 100,000 minority instances on), after ours was "
        + "warmed up on each row's data (untimed calls until " + Rounds.WARM_UP_CALLS + " calls or " + Rounds.WARM_UP
        + " s); imbalanced-learn and scikit-learn are limited to 1 or 2 BLAS/OpenMP threads with threadpoolctl, "
        + "and only their fit is timed" + (py.fresh() ? ", in a fresh Python process per round (the faster of two "
        + "calls on the data, after an untimed call on its first 256 rows)" : ", in one long-lived Python process")
        + ". SMOTE 1.0.3 runs once, single-threaded.");
      if (sizes.length > 0) {
        b.synthetic(sizes, anchorMax);
      }
      if (datasets.length > 0) {
        b.datasets(datasets, anchorMax);
      }
      if (big > 0) {
        b.big(big);
      }
      load.stop();
      b.line("");
      b.line("- " + load.summary());
      b.line("");
      b.line("### Verdict: the neighbour search at least 2x imbalanced-learn's, same threads (issue 19)");
      b.line("");
      if (load.quiet()) {
        b.line("| search | scikit-learn / ours | target 2x |");
        b.line("|---|---:|---|");
        for (String[] v : b.m_Verdicts) {
          b.line("| " + v[0] + " | " + v[1] + " | " + v[2] + " |");
        }
      } else {
        b.line(load.noVerdict());
      }
    }
    MarkdownBlock.write(new File(out), "smote-speed", b.m_Md.toString());
  }
}
