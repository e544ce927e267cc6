package weka.imbalance.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Contenders timed alternately: in each round every contender runs once, in the listed order on
 * even rounds and in the reverse order on odd ones, so that a drift of the machine's speed reaches
 * all of them alike; each contender's figures are the median over the rounds with their range,
 * and a ratio between two contenders is the median of the per-round ratios (two runs seconds
 * apart), with its range. The shared timing helper of the speed benchmarks, with {@link
 * MachineLoad}.
 */
public final class Rounds {

  /** One timed run: wall and CPU seconds and what it produced (e.g. output rows). */
  public static final class Sample {
    public final double wall;
    public final double cpu;
    public final String detail;

    public Sample(double wall, double cpu, String detail) {
      this.wall = wall;
      this.cpu = cpu;
      this.detail = detail;
    }
  }

  /** A contender: runs once and says how long it took. */
  @FunctionalInterface
  public interface Contender {
    Sample run() throws Exception;
  }

  /** Work timed in this JVM. */
  @FunctionalInterface
  public interface Work {
    /** @return what it produced, for the report */
    Object run() throws Exception;
  }

  private final Map<String, Contender> m_Contenders = new LinkedHashMap<>();
  private final Map<String, List<Sample>> m_Samples = new LinkedHashMap<>();

  /** @return this JVM's CPU seconds, all threads */
  public static double processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
      .getProcessCpuTime() / 1e9;
  }

  /** @return a contender that times work in this JVM (wall and process CPU) */
  public static Contender inJvm(Work w) {
    return () -> {
      double c0 = processCpu();
      long t0 = System.nanoTime();
      Object out = w.run();
      return new Sample((System.nanoTime() - t0) / 1e9, processCpu() - c0, String.valueOf(out));
    };
  }

  /**
   * Untimed calls before the rounds: at least one, then more until WARM_UP_CALLS calls or WARM_UP
   * seconds in all, whichever comes first. The JIT compiles a method after thousands of calls and
   * loop iterations, not after a time: SVM-SMOTE at 1,000 instances (10-20 ms a call) reached its
   * steady cost only after about 200 calls, so runs before 2026-12-01 06:00, which stopped at 30 calls
   * or 1 s, timed its rounds still compiling (its CPU time above its wall time); the neighbour search
   * of a letter class (about 2 ms steady) took 2x-10x that in its first eight calls.
   */
  public static final double WARM_UP = 3.0;
  public static final int WARM_UP_CALLS = 200;

  /** Runs a contender untimed, as {@link #WARM_UP} and {@link #WARM_UP_CALLS} say. */
  public static void warmUp(Contender c) throws Exception {
    long t0 = System.nanoTime();
    for (int i = 0; i < WARM_UP_CALLS && (i == 0 || (System.nanoTime() - t0) / 1e9 < WARM_UP); i++) {
      c.run();
    }
  }

  /** Adds a contender; names are unique. */
  public Rounds add(String name, Contender c) {
    if (m_Contenders.put(name, c) != null) {
      throw new IllegalArgumentException("contender " + name + " given twice");
    }
    m_Samples.put(name, new ArrayList<>());
    return this;
  }

  /** Runs the given number of rounds. */
  public Rounds run(int rounds) throws Exception {
    List<String> names = new ArrayList<>(m_Contenders.keySet());
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < names.size(); i++) {
        String name = names.get(r % 2 == 0 ? i : names.size() - 1 - i);
        Sample s = m_Contenders.get(name).run();
        if (s != null) {
          m_Samples.get(name).add(s);
        }
      }
    }
    return this;
  }

  /** @return the contenders' names, in the order they were added */
  public List<String> names() {
    return new ArrayList<>(m_Contenders.keySet());
  }

  /** @return the contender of that name */
  public Contender contender(String name) {
    return m_Contenders.get(name);
  }

  /** @return the samples of a contender, in round order */
  public List<Sample> samples(String name) {
    return m_Samples.get(name);
  }

  /** @return the median wall seconds of a contender, NaN if it never ran */
  public double medianWall(String name) {
    return median(samples(name).stream().mapToDouble(s -> s.wall).toArray());
  }

  /** @return the median CPU seconds of a contender, NaN if it never ran */
  public double medianCpu(String name) {
    return median(samples(name).stream().mapToDouble(s -> s.cpu).toArray());
  }

  /** @return "median (min-max)" of wall seconds, then the median CPU seconds in brackets */
  public String cell(String name) {
    double[] w = samples(name).stream().mapToDouble(s -> s.wall).toArray();
    if (w.length == 0) {
      return "-";
    }
    double[] sorted = w.clone();
    Arrays.sort(sorted);
    return String.format(Locale.ROOT, "%.3f (%.3f-%.3f) [%.3f]", median(w), sorted[0], sorted[sorted.length - 1],
      medianCpu(name));
  }

  /**
   * @return "median (min-max)" of the per-round ratios slow / fast of wall time (the two ran in the
   *   same round), "-" if either never ran
   */
  public String ratio(String slow, String fast) {
    double[] r = ratios(slow, fast);
    if (r.length == 0) {
      return "-";
    }
    double[] sorted = r.clone();
    Arrays.sort(sorted);
    return String.format(Locale.ROOT, "%s (%s-%s)", times(median(r)), times(sorted[0]), times(sorted[r.length - 1]));
  }

  /** @return the per-round wall-time ratios slow / fast */
  public double[] ratios(String slow, String fast) {
    List<Sample> a = samples(slow);
    List<Sample> b = samples(fast);
    int n = Math.min(a.size(), b.size());
    double[] r = new double[n];
    for (int i = 0; i < n; i++) {
      r[i] = a.get(i).wall / b.get(i).wall;
    }
    return r;
  }

  /** @return the median of the values, NaN for none */
  public static double median(double[] v) {
    if (v.length == 0) {
      return Double.NaN;
    }
    double[] s = v.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  /** @return a ratio as "1.8x" (one decimal below 10, none above) */
  public static String times(double r) {
    return String.format(Locale.ROOT, r < 10 ? "%.1fx" : "%.0fx", r);
  }
}
