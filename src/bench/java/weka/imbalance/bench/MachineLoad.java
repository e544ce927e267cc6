package weka.imbalance.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How busy the machine was while a speed benchmark ran, so that a benchmark writes a speed verdict
 * only when its figures can carry one. Read from Linux's /proc: the load average before and after,
 * and every second the CPU time of the whole machine and of this JVM with its child processes
 * (a Python contender counts as ours); the difference is what other processes used.
 *
 * <p>The machine counts as quiet when the 1-minute load average at the start was below
 * {@value #QUIET_LOAD}, other processes used less than {@value #QUIET_MEAN_CORES} of a core on
 * average and less than {@value #QUIET_PEAK_CORES} in every window of {@value #WINDOW} seconds.
 * Elsewhere (no /proc) nothing is known and the machine never counts as quiet.
 *
 * <pre>
 * MachineLoad load = MachineLoad.start();
 * ... timed work ...
 * load.stop();
 * report(load.summary());
 * if (load.quiet()) { report(verdict); } else { report(load.noVerdict()); }
 * </pre>
 */
public final class MachineLoad {

  /** The "quiet": a load average below 1.5 when the benchmark starts. */
  public static final double QUIET_LOAD = 1.5;

  /** Mean CPU of other processes over the run, in cores, below which the run was quiet. */
  public static final double QUIET_MEAN_CORES = 0.1;

  /** The most other processes may use in any window, in cores. */
  public static final double QUIET_PEAK_CORES = 0.5;

  /** Seconds per window of the peak rule. */
  public static final int WINDOW = 5;

  /** Clock ticks per second of /proc (USER_HZ, 100 on Linux). */
  private static final double HZ = 100;

  private final String m_LoadBefore;
  private String m_LoadAfter;
  private final long m_Start = System.nanoTime();
  private long m_End;
  private final boolean m_Readable;
  /** Per second: cores used by other processes. */
  private final List<Double> m_Others = new ArrayList<>();
  private volatile boolean m_Stop;
  private final Thread m_Sampler;

  private MachineLoad() {
    m_LoadBefore = loadavg();
    long[] first = sample();
    m_Readable = first != null && !m_LoadBefore.isEmpty();
    m_Sampler = new Thread(() -> {
      long[] prev = first;
      long t0 = System.nanoTime();
      while (!m_Stop && prev != null) {
        try {
          Thread.sleep(1000);
        } catch (InterruptedException e) {
          break;
        }
        long[] cur = sample();
        long t1 = System.nanoTime();
        if (cur == null) {
          break;
        }
        // a child that has ended but is not yet reaped reads 0 ticks for a moment, then its ticks
        // come back in our cutime: without this, its whole CPU time showed as other processes'
        cur[1] = Math.max(cur[1], prev[1]);
        double seconds = (t1 - t0) / 1e9;
        double others = ((cur[0] - prev[0]) - (cur[1] - prev[1])) / HZ / seconds;
        synchronized (m_Others) {
          m_Others.add(Math.max(0, others));
        }
        prev = cur;
        t0 = t1;
      }
    }, "machine-load");
    m_Sampler.setDaemon(true);
    m_Sampler.start();
  }

  /** @return a recorder that has read the load average and started sampling */
  public static MachineLoad start() {
    return new MachineLoad();
  }

  /** Stops sampling and reads the load average again. */
  public void stop() {
    m_Stop = true;
    m_Sampler.interrupt();
    try {
      m_Sampler.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    m_LoadAfter = loadavg();
    m_End = System.nanoTime();
  }

  /** @return the 1-minute load average at the start, NaN if unknown */
  public double loadBefore() {
    return m_LoadBefore.isEmpty() ? Double.NaN : Double.parseDouble(m_LoadBefore.split(" ")[0]);
  }

  /** @return the mean number of cores other processes used, NaN if unknown */
  public double othersMean() {
    synchronized (m_Others) {
      return m_Others.isEmpty() ? Double.NaN : m_Others.stream().mapToDouble(Double::doubleValue).average()
        .getAsDouble();
    }
  }

  /** @return the most cores other processes used in a window of {@value #WINDOW} seconds, NaN if unknown */
  public double othersPeak() {
    synchronized (m_Others) {
      if (m_Others.isEmpty()) {
        return Double.NaN;
      }
      int w = Math.min(WINDOW, m_Others.size());
      double peak = 0;
      for (int i = 0; i + w <= m_Others.size(); i++) {
        double s = 0;
        for (int j = i; j < i + w; j++) {
          s += m_Others.get(j);
        }
        peak = Math.max(peak, s / w);
      }
      return peak;
    }
  }

  /** @return whether the run was quiet enough for a speed verdict (see the class comment) */
  public boolean quiet() {
    return m_Readable && loadBefore() < QUIET_LOAD && othersMean() < QUIET_MEAN_CORES
      && othersPeak() < QUIET_PEAK_CORES;
  }

  /**
   * @return one line for the report: the processor, the heap, the load averages, the other
   *   processes' CPU, quiet or busy
   */
  public String summary() {
    if (!m_Readable) {
      return "Machine load: not recorded (no /proc); the figures are indicative and no speed verdict is given.";
    }
    return processor() + " " + heap() + " " + String.format(Locale.ROOT, "Machine load: load average %s at the "
      + "start, %s at the end; other processes used %.2f cores on average and at most %.2f over %d s, during "
      + "%.0f s of benchmark on %d cores: %s.",
      m_LoadBefore, m_LoadAfter == null ? "?" : m_LoadAfter, othersMean(), othersPeak(), WINDOW,
      ((m_End == 0 ? System.nanoTime() : m_End) - m_Start) / 1e9, Runtime.getRuntime().availableProcessors(),
      quiet() ? "quiet" : "BUSY");
  }

  /** @return the sentence a report gives instead of a verdict when the machine was busy */
  public String noVerdict() {
    return String.format(Locale.ROOT, "**No speed verdict: the machine was busy** (quiet means a load average below "
      + "%.1f at the start, other processes below %.2f cores on average and %.2f in every %d s). The figures above "
      + "are indicative only; run the benchmark again on a quiet machine.", QUIET_LOAD, QUIET_MEAN_CORES,
      QUIET_PEAK_CORES, WINDOW);
  }

  /**
   * The line an accuracy benchmark's page gives instead of a speed verdict: the load averages at
   * the start of the invocation and when the page was written.
   *
   * @param atStart {@link #loadavg()} read when the invocation started
   * @return the line
   */
  public static String accuracyOnly(String atStart) {
    return "Load average (1, 5, 15 min) at the start of this invocation: " + (atStart.isEmpty() ? "unknown" : atStart)
      + "; when this page was written: " + loadavg() + ". Accuracy only: the runs are seeded, their results do not "
      + "depend on the load, and no times are given.";
  }

  /**
   * The processor the figures were taken on: the same machine name has been given different
   * processors on different days (AMD Zen 5 with AVX-512, then Zen 1 with AVX2 only, on which both
   * libraries ran slower and the vectorised kernels relatively more so), so every run line says which.
   *
   * @return "Processor: name, family f model m (vector units)." from /proc/cpuinfo, or "Processor: unknown."
   */
  static String processor() {
    try {
      String name = null;
      String family = null;
      String model = null;
      String flags = "";
      for (String line : Files.readAllLines(Paths.get("/proc/cpuinfo"), StandardCharsets.UTF_8)) {
        int colon = line.indexOf(':');
        if (colon < 0) {
          if (name != null) {
            break; // the first processor is enough
          }
          continue;
        }
        String key = line.substring(0, colon).trim();
        String value = line.substring(colon + 1).trim();
        if (key.equals("model name") && name == null) {
          name = value;
        } else if (key.equals("cpu family") && family == null) {
          family = value;
        } else if (key.equals("model") && model == null) {
          model = value;
        } else if (key.equals("flags") && flags.isEmpty()) {
          flags = " " + value + " ";
        }
      }
      if (name == null) {
        return "Processor: unknown.";
      }
      String vector = flags.contains(" avx512f ") ? "AVX-512" : flags.contains(" avx2 ") ? "AVX2, no AVX-512"
        : "no AVX2";
      return "Processor: " + name + (family == null ? "" : ", family " + family) + (model == null ? "" : " model "
        + model) + " (" + vector + ").";
    } catch (IOException | RuntimeException e) {
      return "Processor: unknown.";
    }
  }

  /**
   * How this JVM's heap was set up. On this machine memory is slow to touch the first time (a virtual
   * machine whose freed memory goes back to its host: committing and touching a 4 GB heap took
   * about 18 s of system time on 2026-12-01), so a heap that grows during the warm-up pays for fresh
   * pages in the timed calls: ROSE at 100,000 instances measured 0.5x imbalanced-learn's with a
   * growing heap (ours 0.16 s a call, 2026-12-01 20:56) and 4.0x with the heap touched at start
   * (0.023 s, 23:16), the default of bench/run since then.
   *
   * @return "JVM heap: options." with this JVM's -Xms, -Xmx, -Xmn and -XX:+AlwaysPreTouch options
   *   (or "default sizes")
   */
  static String heap() {
    List<String> o = new ArrayList<>();
    for (String a : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (a.startsWith("-Xms") || a.startsWith("-Xmx") || a.startsWith("-Xmn") || a.contains("AlwaysPreTouch")) {
        o.add(a);
      }
    }
    boolean touched = o.contains("-XX:+AlwaysPreTouch");
    return "JVM heap: " + (o.isEmpty() ? "default sizes" : String.join(" ", o))
      + (touched ? " (committed and touched at start)" : "") + ".";
  }

  /** @return the first three fields of /proc/loadavg, or "" if unreadable */
  static String loadavg() {
    try {
      String[] f = new String(Files.readAllBytes(Paths.get("/proc/loadavg")), StandardCharsets.UTF_8).trim()
        .split("\\s+");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  /** @return {busy ticks of the machine, ticks of this process and its descendants}, or null */
  private static long[] sample() {
    try {
      String cpu = Files.readAllLines(Paths.get("/proc/stat"), StandardCharsets.UTF_8).get(0);
      String[] f = cpu.trim().split("\\s+");
      // user nice system idle iowait irq softirq steal: busy = all but idle and iowait
      long busy = Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[6])
        + Long.parseLong(f[7]) + (f.length > 8 ? Long.parseLong(f[8]) : 0);
      long own = ticks(ProcessHandle.current().pid());
      for (ProcessHandle h : (Iterable<ProcessHandle>) ProcessHandle.current().descendants()::iterator) {
        own += Math.max(0, ticks(h.pid()));
      }
      return new long[] {busy, own};
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** utime + stime + cutime + cstime of a process, -1 if it is gone. */
  private static long ticks(long pid) {
    try {
      String s = new String(Files.readAllBytes(Paths.get("/proc/" + pid + "/stat")), StandardCharsets.UTF_8);
      String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
      // fields after the command: state(3) ... utime(14) stime(15) cutime(16) cstime(17), 1-based in proc(5)
      return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }
}
