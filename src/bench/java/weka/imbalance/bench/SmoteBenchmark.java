package weka.imbalance.bench;

import java.io.BufferedReader;
import java.io.DataOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.BufferedOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import weka.core.Instance;
import weka.core.Instances;
import weka.core.converters.ConverterUtils.DataSource;
import weka.filters.Filter;
import weka.filters.supervised.instance.SMOTE;
import weka.filters.supervised.instance.SMOTEWithUndersampling;
import weka.imbalance.resampling.ResamplingFilter;

/**
 * Side-by-side timing of SMOTEWithUndersampling against Weka's SMOTE package 1.0.3 and, when
 * {@code python3} with imbalanced-learn is found, imbalanced-learn's SMOTE: synthetic Gaussian
 * data (20 numeric attributes, minority m, majority 5m, doubling the minority), shuttle and letter
 * from the shared data, and one 1,000,000 x 10 data set with 100,000 minority instances. Writes
 * a Markdown report (default doc/benchmarks/smote.md).
 *
 * <p>Usage: {@code bench/run SmoteBenchmark [--sizes 1000,5000,20000] [--anchor-max 20000]
 * [--big 1000000] [--big-python true] [--out doc/benchmarks/smote.md] [--python /usr/bin/python3]
 * [--datasets true]}
 */
public final class SmoteBenchmark {

  private final StringBuilder m_Md = new StringBuilder();
  private String m_Python = "/usr/bin/python3";
  private boolean m_HavePython;

  private SmoteBenchmark() {
  }

  /** A measurement: wall and CPU seconds, output rows. */
  static final class Run {
    double wall;
    double cpu;
    long rows;
    String note = "";

    String cell() {
      return Double.isNaN(wall) ? "-" : String.format(Locale.ROOT, "%.3f (%.3f)", wall, cpu);
    }
  }

  static double processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
      .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
  }

  static Run timeFilter(Filter f, Instances data) throws Exception {
    Run r = new Run();
    double c0 = processCpu();
    long t0 = System.nanoTime();
    f.setInputFormat(data);
    Instances out = Filter.useFilter(data, f);
    r.wall = (System.nanoTime() - t0) / 1e9;
    r.cpu = processCpu() - c0;
    r.rows = out.numInstances();
    return r;
  }

  static SMOTEWithUndersampling ours(String... opts) throws Exception {
    SMOTEWithUndersampling f = new SMOTEWithUndersampling();
    f.setOptions(opts.clone());
    return f;
  }

  /** Best (smallest wall) of n runs. */
  static Run best(int n, String[] opts, Instances data) throws Exception {
    Run best = null;
    for (int i = 0; i < n; i++) {
      Run r = timeFilter(ours(opts), data);
      if (best == null || r.wall < best.wall) {
        best = r;
      }
    }
    return best;
  }

  Run imblearn(Instances data, String strategy) throws Exception {
    Run r = new Run();
    r.wall = Double.NaN;
    if (!m_HavePython) {
      return r;
    }
    Path dir = Files.createTempDirectory("smotebench");
    File xf = dir.resolve("X.bin").toFile();
    File yf = dir.resolve("y.bin").toFile();
    int d = data.numAttributes() - 1;
    try (DataOutputStream xo = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(xf), 1 << 20));
      DataOutputStream yo = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(yf), 1 << 16))) {
      for (Instance inst : data) {
        for (int a = 0, u = 0; a < data.numAttributes(); a++) {
          if (a != data.classIndex()) {
            xo.writeLong(Long.reverseBytes(Double.doubleToRawLongBits(inst.value(a))));
            u++;
          }
        }
        yo.writeInt(Integer.reverseBytes((int) inst.classValue()));
      }
    }
    ProcessBuilder pb = new ProcessBuilder(m_Python, "bench/imblearn_smote.py", xf.getPath(), yf.getPath(),
      "" + data.numInstances(), "" + d, "5", "1", strategy);
    pb.redirectErrorStream(true);
    Process p = pb.start();
    String last = "";
    try (BufferedReader br = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = br.readLine()) != null) {
        if (line.startsWith("rows=")) {
          last = line;
        }
      }
    }
    p.waitFor();
    xf.delete();
    yf.delete();
    dir.toFile().delete();
    if (last.isEmpty()) {
      r.note = "imbalanced-learn failed";
      return r;
    }
    for (String kv : last.split(" ")) {
      String[] t = kv.split("=");
      if (t[0].equals("rows")) {
        r.rows = Long.parseLong(t[1]);
      } else if (t[0].equals("seconds")) {
        r.wall = Double.parseDouble(t[1]);
      } else if (t[0].equals("cpu")) {
        r.cpu = Double.parseDouble(t[1]);
      }
    }
    return r;
  }

  static String ratio(Run slow, Run fast) {
    if (slow == null || Double.isNaN(slow.wall) || fast == null) {
      return "-";
    }
    return fmt(slow.wall / fast.wall) + " (" + fmt(slow.cpu / fast.cpu) + ")";
  }

  static String fmt(double r) {
    return String.format(Locale.ROOT, r < 10 ? "%.1fx" : "%.0fx", r);
  }

  void line(String s) {
    m_Md.append(s).append('\n');
    System.out.println(s);
  }

  static String loadavg() {
    try {
      return new String(Files.readAllBytes(Paths.get("/proc/loadavg")), StandardCharsets.UTF_8).trim();
    } catch (Exception e) {
      return "n/a";
    }
  }

  void synthetic(int[] sizes, int anchorMax) throws Exception {
    line("");
    line("## Synthetic Gaussian data: 20 numeric attributes, majority = 5 x minority, minority doubled (-P 100, k = 5)");
    line("");
    line("Wall seconds (process CPU seconds in brackets). Ratios: wall (CPU). SMOTE 1.0.3 and imbalanced-learn run "
      + "single-threaded; ours with 1 thread and with 2 (-num-threads 2); best of 3 for ours, one run for the "
      + "others.");
    line("");
    line("| minority | instances | SMOTE 1.0.3 | imbalanced-learn | ours, 1 thread | ours, 2 threads | SMOTE 1.0.3 / ours (1 thr) | SMOTE 1.0.3 / ours (2 thr) | imblearn / ours (1 thr) | imblearn / ours (2 thr) |");
    line("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (int m : sizes) {
      Instances data = SmoteData.gaussian(m, 5 * m, 20, 42);
      Run anchor = null;
      if (m <= anchorMax) {
        SMOTE s = new SMOTE();
        s.setOptions(new String[] {"-C", "0", "-K", "5", "-P", "100", "-S", "1"});
        anchor = timeFilter(s, data);
      }
      Run py = imblearn(data, "1:" + 2 * m);
      Run one = best(3, new String[] {"-P", "100"}, data);
      Run two = best(3, new String[] {"-P", "100", "-num-threads", "2"}, data);
      line(String.format(Locale.ROOT, "| %d | %d | %s | %s | %s | %s | %s | %s | %s | %s |", m, 6 * m,
        anchor == null ? "not run" : anchor.cell(), py.cell(), one.cell(), two.cell(), ratio(anchor, one),
        ratio(anchor, two), ratio(py, one), ratio(py, two)));
      check(anchor, one, py);
    }
  }

  void check(Run anchor, Run ours, Run py) {
    if (anchor != null && anchor.rows != ours.rows) {
      line("> output sizes differ: SMOTE 1.0.3 " + anchor.rows + ", ours " + ours.rows);
    }
    if (!Double.isNaN(py.wall) && py.rows != ours.rows) {
      line("> output sizes differ: imbalanced-learn " + py.rows + ", ours " + ours.rows);
    }
  }

  void dataset(String name) throws Exception {
    String shared = System.getenv().getOrDefault("SHARED_DATA", "../shared/data");
    Instances data = DataSource.read(shared + "/" + name + ".arff");
    data.setClassIndex(data.numAttributes() - 1);
    int[] n = ResamplingFilter.classCounts(ResamplingFilter.classRows(data));
    line("");
    line("### " + name + " (" + data.numInstances() + " instances, " + (data.numAttributes() - 1)
      + " numeric attributes, class counts " + Arrays.toString(n) + ")");
    line("");
    line("| task | SMOTE 1.0.3 | imbalanced-learn | ours, 1 thread | ours, 2 threads | SMOTE 1.0.3 / ours (1 thr) | imblearn / ours (1 thr) | output rows (SMOTE 1.0.3 / imblearn / ours) |");
    line("|---|---:|---:|---:|---:|---:|---:|---|");
    // (a) the SMOTE package's default: the smallest class doubled
    int small = weka.imbalance.resampling.SamplingPlan.smallestNonEmpty(n);
    SMOTE s = new SMOTE();
    s.setOptions(new String[] {"-C", "0", "-K", "5", "-P", "100", "-S", "1"});
    Run anchor = timeFilter(s, data);
    Run py = imblearn(data, small + ":" + 2 * n[small]);
    Run one = best(3, new String[] {"-P", "100"}, data);
    Run two = best(3, new String[] {"-P", "100", "-num-threads", "2"}, data);
    line(String.format(Locale.ROOT, "| smallest class doubled (-P 100) | %s | %s | %s | %s | %s | %s | %d / %s / %d |",
      anchor.cell(), py.cell(), one.cell(), two.cell(), ratio(anchor, one), ratio(py, one), anchor.rows,
      Double.isNaN(py.wall) ? "-" : "" + py.rows, one.rows));
    // (b) every class raised to the majority count; the SMOTE package needs one run per class
    int max = weka.imbalance.resampling.SamplingPlan.largest(n);
    Run chain = new Run();
    Instances cur = data;
    double c0 = processCpu();
    long t0 = System.nanoTime();
    for (int c = 0; c < n.length; c++) {
      if (n[c] == 0 || n[c] == max) {
        continue;
      }
      if (n[c] <= 5) {
        chain.note = " (classes of <= 5 instances skipped: the SMOTE package fails on them)";
        continue;
      }
      SMOTE sc = new SMOTE();
      double pct = 100.0 * (max - n[c]) / n[c];
      sc.setOptions(new String[] {"-C", "" + (c + 1), "-K", "5", "-P", "" + pct, "-S", "1"});
      sc.setInputFormat(cur);
      cur = Filter.useFilter(cur, sc);
    }
    chain.wall = (System.nanoTime() - t0) / 1e9;
    chain.cpu = processCpu() - c0;
    chain.rows = cur.numInstances();
    Run pyAll = imblearn(data, "not majority");
    Run oneAll = best(3, new String[] {"-strategy", "EqualCounts -at majority"}, data);
    Run twoAll = best(3, new String[] {"-strategy", "EqualCounts -at majority", "-num-threads", "2"}, data);
    line(String.format(Locale.ROOT, "| every class to the majority (EqualCounts -at majority, formerly -over majority; "
      + "SMOTE 1.0.3: one run per class%s) "
      + "| %s | %s | %s | %s | %s | %s | %d / %s / %d |", chain.note, chain.cell(), pyAll.cell(), oneAll.cell(),
      twoAll.cell(), ratio(chain, oneAll), ratio(pyAll, oneAll), chain.rows,
      Double.isNaN(pyAll.wall) ? "-" : "" + pyAll.rows, oneAll.rows));
  }

  void big(int total, boolean withPython) throws Exception {
    int m = total / 10;
    Instances data = SmoteData.gaussian(m, total - m, 10, 42);
    line("");
    line("## Large: " + total + " instances x 10 numeric attributes, " + m + " minority, minority doubled (-P 100)");
    line("");
    line("| contender | wall s (CPU s) | output rows |");
    line("|---|---:|---:|");
    System.gc();
    Run two = timeFilter(ours("-P", "100", "-num-threads", "2"), data);
    line(String.format(Locale.ROOT, "| ours, 2 threads | %s | %d |", two.cell(), two.rows));
    Run one = timeFilter(ours("-P", "100"), data);
    line(String.format(Locale.ROOT, "| ours, 1 thread | %s | %d |", one.cell(), one.rows));
    if (withPython) {
      Run py = imblearn(data, "1:" + 2 * m);
      line(String.format(Locale.ROOT, "| imbalanced-learn | %s | %d |", py.cell(), py.rows));
    }
    Runtime rt = Runtime.getRuntime();
    line("");
    line(String.format(Locale.ROOT, "JVM max heap %.1f GB (-Xmx4g); heap in use after the runs %.1f GB.",
      rt.maxMemory() / 1e9, (rt.totalMemory() - rt.freeMemory()) / 1e9));
  }

  public static void main(String[] args) throws Exception {
    int[] sizes = {1000, 5000, 20000};
    int anchorMax = 20000;
    int big = 1000000;
    boolean bigPython = true;
    boolean datasets = true;
    String out = "doc/benchmarks/smote.md";
    SmoteBenchmark b = new SmoteBenchmark();
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
      case "--sizes":
        sizes = Arrays.stream(args[i + 1].split(",")).mapToInt(Integer::parseInt).toArray();
        break;
      case "--anchor-max":
        anchorMax = Integer.parseInt(args[i + 1]);
        break;
      case "--big":
        big = Integer.parseInt(args[i + 1]);
        break;
      case "--big-python":
        bigPython = Boolean.parseBoolean(args[i + 1]);
        break;
      case "--datasets":
        datasets = Boolean.parseBoolean(args[i + 1]);
        break;
      case "--out":
        out = args[i + 1];
        break;
      case "--python":
        b.m_Python = args[i + 1];
        break;
      default:
        throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    String pyVersion = "not found";
    try {
      Process p = new ProcessBuilder(b.m_Python, "-c",
        "import imblearn, sklearn, numpy; print(imblearn.__version__, sklearn.__version__, numpy.__version__)")
          .redirectErrorStream(true).start();
      String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      b.m_HavePython = p.waitFor() == 0;
      if (b.m_HavePython) {
        pyVersion = "imbalanced-learn " + v.replace(" ", ", scikit-learn ").replaceFirst(", scikit-learn (\\S+), scikit-learn", ", scikit-learn $1, numpy");
      }
    } catch (Exception e) {
      b.m_HavePython = false;
    }
    // warm-up of our code paths (JIT), not reported
    for (int w = 0; w < 3; w++) {
      timeFilter(ours("-P", "100"), SmoteData.gaussian(2000, 10000, 20, 1));
      timeFilter(ours("-P", "100"), SmoteData.gaussian(2000, 10000, 4, 1));
    }
    String load0 = loadavg();
    b.line("# SMOTE benchmark: SMOTEWithUndersampling vs Weka's SMOTE package 1.0.3 and imbalanced-learn");
    b.line("");
    b.line("- Command: `bench/run SmoteBenchmark " + String.join(" ", args) + "`");
    b.line("- Date: " + ZonedDateTime.now());
    b.line("- Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
      + System.getProperty("java.version") + ", max heap " + Runtime.getRuntime().maxMemory() / (1 << 20)
      + " MB; " + pyVersion + ". The machine is shared with other engineers' jobs: load average at start "
      + load0 + " (see end). All timings of one row are taken in the same run, one after the other.");
    long t0 = System.nanoTime();
    b.synthetic(sizes, anchorMax);
    if (datasets) {
      b.line("");
      b.line("## Real data (shared/data)");
      b.dataset("shuttle");
      b.dataset("letter");
    }
    if (big > 0) {
      b.big(big, bigPython);
    }
    b.line("");
    b.line(String.format(Locale.ROOT, "Load average at end: %s; total benchmark time %.0f s.", loadavg(),
      (System.nanoTime() - t0) / 1e9));
    Path p = Paths.get(out);
    if (p.getParent() != null) {
      Files.createDirectories(p.getParent());
    }
    Files.write(p, b.m_Md.toString().getBytes(StandardCharsets.UTF_8));
  }
}
