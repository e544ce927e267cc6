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

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.Locale;

import weka.classifiers.functions.LogitAdjustedMLP;
import weka.classifiers.functions.MLPClassifier;
import weka.classifiers.functions.MultilayerPerceptron;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;

/**
 * Time per epoch of LogitAdjustedMLP against Weka's MultilayerPerceptron, MLPClassifier of the
 * multiLayerPerceptrons package and scikit-learn's MLPClassifier, same data, one hidden layer of
 * 128 units, mini-batch 128 where the learner has one; plus the achieved GFLOP/s next to the peak
 * of a tight FMA loop. Wall-clock and process CPU time are both reported (the machine is shared).
 *
 * <p>Usage: {@code bench/run LogitAdjustedMLPSpeedBenchmark <fmnist|letter> <epochs> [skip-weka] [-warmup n]
 * [-rounds k]} (n epochs of ours run untimed first, default 1; with n > 1 MultilayerPerceptron is
 * timed in its steady state too, as (time of -N 4 - time of -N 1) / 3). With {@code -rounds k}
 * ours (1 and 2 threads), PyTorch ({@code bench/torch_mlp.py}, 1 and 2 threads) and scikit-learn
 * are then run alternately k times (see {@link #alternate}), and so is MultilayerPerceptron unless
 * {@code skip-weka} is given: the speed of a core drifts by tens of percent within minutes on a
 * shared machine, more than between two back-to-back measurements.
 */
public class LogitAdjustedMLPSpeedBenchmark {

  static final com.sun.management.OperatingSystemMXBean OS =
    (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  static double cpu() {
    return OS.getProcessCpuTime() / 1e9;
  }

  static double wall() {
    return System.nanoTime() / 1e9;
  }

  /** MLPClassifier that times each full-data gradient evaluation (one "epoch" of its optimiser). */
  static class TimedMLPClassifier extends MLPClassifier {
    private static final long serialVersionUID = 1L;
    int calls;
    double wallSum;
    double cpuSum;
    int maxCalls = 3;

    @Override
    protected double[] calculateGradient() {
      if (calls >= maxCalls) {
        throw new IllegalStateException("enough");
      }
      double w = wall();
      double c = cpu();
      double[] g = super.calculateGradient();
      wallSum += wall() - w;
      cpuSum += cpu() - c;
      calls++;
      return g;
    }
  }

  /** A tight FMA loop: 4 dependent FMAs per element over a 4 KB array, on {@code threads} threads. */
  static double peak(int threads) throws Exception {
    long iters = 400000;
    Thread[] ts = new Thread[threads];
    double best = 0;
    for (int rep = 0; rep < 3; rep++) {
      double c0 = cpu();
      for (int t = 0; t < threads; t++) {
        ts[t] = new Thread(() -> {
          float[] a = new float[1024];
          java.util.Arrays.fill(a, 1f);
          for (long it = 0; it < iters; it++) {
            for (int j = 0; j < a.length; j++) {
              a[j] = Math.fma(Math.fma(Math.fma(Math.fma(a[j], 0.999f, 1e-7f), 0.999f, 1e-7f), 0.999f, 1e-7f),
                0.999f, 1e-7f);
            }
          }
          if (a[7] == 42) {
            System.out.print("");
          }
        });
        ts[t].start();
      }
      for (Thread t : ts) {
        t.join();
      }
      double flops = 8.0 * 1024 * iters * threads;
      best = Math.max(best, flops / (cpu() - c0) / 1e9 * threads);
    }
    return best;
  }

  public static void main(String[] args) throws Exception {
    Locale.setDefault(Locale.ROOT);
    String name = args[0];
    int epochs = Integer.parseInt(args[1]);
    if (epochs < 2) {
      throw new IllegalArgumentException("epochs must be >= 2 (epochs - 1 of ours are timed), got " + epochs);
    }
    boolean skipWeka = java.util.Arrays.asList(args).contains("skip-weka");
    // epochs run before timing, so that HotSpot has compiled the loops (C2 needs many calls; on a
    // small data set the first ten epochs are several times slower than the rest)
    int warmup = 1;
    int wi = java.util.Arrays.asList(args).indexOf("-warmup");
    if (wi >= 0) {
      warmup = Integer.parseInt(args[wi + 1]);
    }
    Instances train = LogitAdjustedMLPAccuracyBenchmark.data(name)[0];
    int n = train.numInstances();
    int d = train.numAttributes() - 1;
    int c = train.numClasses();
    long macs = (long) d * 128 + 128L * c;
    // forward (2 flops per multiply-add), weight gradients (2), input gradient of the output layer (2)
    double flopsPerEpoch = 2.0 * n * (2 * macs + 128L * c);
    System.out.printf("# %s long-tailed: %d instances, %d inputs, %d classes, 1 hidden layer of 128, %d epochs, "
      + "%d warm-up epoch(s) not timed%n", name, n, d, c, epochs, warmup);
    System.out.printf("# cores: %d, load average at start: %.2f%n", Runtime.getRuntime().availableProcessors(),
      OS.getSystemLoadAverage());
    double peak1 = peak(1);
    double peak2 = peak(2);
    System.out.printf("peak (tight FMA loop, per CPU-second): 1 thread %.1f GFLOP/s; 2 threads %.1f GFLOP/s per "
      + "CPU-second x 2 = %.1f GFLOP/s%n", peak1, peak2 / 2, peak2);
    System.out.println("| learner | threads | s/epoch wall | s/epoch CPU | GFLOP/s per CPU-second |");
    System.out.println("|---|---|---|---|---|");
    double[] ours = new double[3];
    for (int threads : new int[] { 1, 2 }) {
      LogitAdjustedMLP m = new LogitAdjustedMLP();
      m.setOptions(Utils.splitOptions("-H 128 -mini-batch 128 -loss CrossEntropyLoss -N " + (epochs + warmup - 1)
        + " -num-threads " + threads));
      m.initializeClassifier(train);
      for (int k = 0; k < warmup; k++) {
        m.next(); // warm-up (JIT), not timed
      }
      double w = wall();
      double cp = cpu();
      // next() runs an epoch and returns false after the last one: count the epochs run, not the trues
      StringBuilder per = new StringBuilder();
      int e = 0;
      boolean more = true;
      while (e < epochs - 1 && more) {
        double we = wall();
        more = m.next();
        per.append(String.format(" %.4f", wall() - we));
        e++;
      }
      double sw = (wall() - w) / e;
      double sc = (cpu() - cp) / e;
      m.done();
      System.out.printf("# LogitAdjustedMLP, %d thread(s), wall seconds of the timed epochs:%s%n", threads, per);
      ours[threads] = sw;
      System.out.printf("| LogitAdjustedMLP | %d | %.4f | %.4f | %.1f |%n", threads, sw, sc, flopsPerEpoch / sc / 1e9);
    }
    double best = Math.min(ours[1], ours[2]);
    double wekaMlp = Double.NaN;
    if (!skipWeka) {
      String how = "(-N 4 minus -N 1) / 3";
      double mpCpu;
      if (warmup > 1) {
        // steady state, as for ours
        Rounds.Sample s = multilayerPerceptronEpoch(train);
        wekaMlp = s.wall;
        mpCpu = s.cpu;
      } else {
        MultilayerPerceptron mp = new MultilayerPerceptron();
        mp.setOptions(Utils.splitOptions("-H 128 -N 1"));
        double w = wall();
        double cp = cpu();
        mp.buildClassifier(train);
        wekaMlp = wall() - w;
        mpCpu = cpu() - cp;
        how = "-N 1, includes its setup";
      }
      System.out.printf("| MultilayerPerceptron (%s) | 1 | %.4f | %.4f | %.2f |%n", how, wekaMlp, mpCpu,
        flopsPerEpoch / mpCpu / 1e9);
    }
    for (int threads : new int[] { 1, 2 }) {
      TimedMLPClassifier mc = new TimedMLPClassifier();
      mc.setOptions(Utils.splitOptions("-N 128 -G -P " + threads + " -E " + threads));
      try {
        mc.buildClassifier(train);
      } catch (IllegalStateException expected) {
        // stopped after maxCalls gradient evaluations
      }
      System.out.printf("| MLPClassifier (multiLayerPerceptrons 1.0.10, -G; one full gradient) | %d | %.4f | %.4f "
        + "| %.2f |%n", threads, mc.wallSum / mc.calls, mc.cpuSum / mc.calls, flopsPerEpoch / (mc.cpuSum / mc.calls)
        / 1e9);
    }
    File csv = csv(train);
    double sk = sklearn(csv, epochs, true);
    System.out.printf("%nspeed-up of LogitAdjustedMLP (best wall time per epoch %.4f s): vs MultilayerPerceptron "
      + "%.1fx, vs scikit-learn %.1fx%n", best, wekaMlp / best, sk / best);
    int ri = java.util.Arrays.asList(args).indexOf("-rounds");
    int rounds = ri >= 0 ? Integer.parseInt(args[ri + 1]) : 0;
    if (rounds > 0) {
      alternate(train, csv, epochs, warmup, rounds, flopsPerEpoch, peak1, peak2, !skipWeka);
    }
    // MLPClassifier's thread pool is left running when its training is cut short
    System.exit(0);
  }

  /**
   * Ours with 1 and 2 threads, PyTorch with 1 and 2 threads, scikit-learn and (with {@code weka})
   * MultilayerPerceptron, alternately, {@code rounds} times (the shared {@link Rounds} helper), with
   * the machine's load recorded ({@link MachineLoad}): median wall seconds per epoch (range), the
   * achieved GFLOP/s of the median next to the measured peak, and the ratios of PyTorch's best
   * thread count and of MultilayerPerceptron to ours' best, as the median of the per-round ratios;
   * the verdicts against issue 19's target (2x PyTorch's best) and issue 6's (50x
   * MultilayerPerceptron) only on a quiet machine.
   */
  static void alternate(Instances train, File csv, int epochs, int warmup, int rounds, double flopsPerEpoch,
    double peak1, double peak2, boolean weka) throws Exception {
    Rounds r = new Rounds();
    LogitAdjustedMLP[] models = new LogitAdjustedMLP[3];
    for (int threads = 1; threads <= 2; threads++) {
      LogitAdjustedMLP m = new LogitAdjustedMLP();
      m.setOptions(Utils.splitOptions("-H 128 -mini-batch 128 -loss CrossEntropyLoss -N "
        + (warmup + rounds * (epochs - 1)) + " -num-threads " + threads));
      m.initializeClassifier(train);
      for (int k = 0; k < warmup; k++) {
        m.next();
      }
      models[threads] = m;
      r.add("LogitAdjustedMLP|" + threads, () -> {
        double w = wall();
        double cp = cpu();
        for (int e = 0; e < epochs - 1; e++) {
          m.next();
        }
        return new Rounds.Sample((wall() - w) / (epochs - 1), (cpu() - cp) / (epochs - 1), "");
      });
    }
    String py = new File("/usr/bin/python3").exists() ? "/usr/bin/python3" : "python3";
    PerThreadWorkers torch = new PerThreadWorkers(py, new String[] {"bench/torch_mlp.py", csv.getPath()}, 2);
    for (int threads = 1; threads <= 2; threads++) {
      final int t = threads;
      r.add("PyTorch|" + threads, () -> {
        String reply = torch.request(t, (epochs - 1) + " " + t);
        if (reply == null || !reply.startsWith("seconds=")) {
          System.out.println("# PyTorch failed: " + reply);
          return null;
        }
        String[] f = reply.split(" ");
        return new Rounds.Sample(Double.parseDouble(f[0].substring(8)), Double.parseDouble(f[1].substring(4)), f[2]);
      });
    }
    r.add("scikit-learn|0", () -> {
      double s = sklearn(csv, epochs, false);
      return Double.isNaN(s) ? null : new Rounds.Sample(s, Double.NaN, "");
    });
    if (weka) {
      r.add("MultilayerPerceptron|1", () -> multilayerPerceptronEpoch(train));
    }
    MachineLoad load = MachineLoad.start();
    r.run(rounds);
    load.stop();
    torch.close();
    for (int threads = 1; threads <= 2; threads++) {
      models[threads].done();
    }
    System.out.printf("%n%d alternated rounds of %d epochs each (ours, PyTorch %s, scikit-learn); peak of a tight "
      + "FMA loop: %.1f GFLOP/s with 1 thread, %.1f with 2%n%n", rounds, epochs - 1, torchVersion(py), peak1, peak2);
    System.out.println("| learner | threads | s/epoch wall: median (range) [CPU] | GFLOP/s (median wall) | peak GFLOP/s |");
    System.out.println("|---|---:|---:|---:|---:|");
    for (String name : new String[] {"LogitAdjustedMLP|1", "LogitAdjustedMLP|2", "PyTorch|1", "PyTorch|2",
      "scikit-learn|0", "MultilayerPerceptron|1"}) {
      if (r.samples(name) == null) {
        continue;
      }
      String[] nt = name.split("\\|");
      boolean blas = nt[1].equals("0");
      System.out.printf("| %s | %s | %s | %.1f | %s |%n", nt[0], blas ? "BLAS default" : nt[1], r.cell(name),
        flopsPerEpoch / r.medianWall(name) / 1e9, blas ? "-" : String.format(Locale.ROOT, "%.1f", nt[1].equals("1")
          ? peak1 : peak2));
    }
    String ours = r.medianWall("LogitAdjustedMLP|1") <= r.medianWall("LogitAdjustedMLP|2") ? "LogitAdjustedMLP|1"
      : "LogitAdjustedMLP|2";
    String best = r.medianWall("PyTorch|1") <= r.medianWall("PyTorch|2") ? "PyTorch|1" : "PyTorch|2";
    System.out.printf("%nPyTorch's best (%s threads) / ours' best (%s threads): %s; scikit-learn / ours' best: %s%n",
      best.split("\\|")[1], ours.split("\\|")[1], r.ratio(best, ours), r.ratio("scikit-learn|0", ours));
    if (weka) {
      System.out.printf("MultilayerPerceptron ((-N 4 minus -N 1) / 3, per round) / ours' best: %s%n",
        r.ratio("MultilayerPerceptron|1", ours));
    }
    System.out.println("- " + load.summary());
    if (load.quiet()) {
      System.out.println("Verdict (issue 19: at least 2x PyTorch's best): " + (Rounds.median(r.ratios(best, ours))
        >= 2 ? "met" : "missed"));
      if (weka) {
        System.out.println("Verdict (issue 6: at least 50x MultilayerPerceptron per epoch): " + (Rounds.median(
          r.ratios("MultilayerPerceptron|1", ours)) >= 50 ? "met" : "missed"));
      }
    } else {
      System.out.println(load.noVerdict());
    }
  }

  /**
   * One steady-state epoch of Weka's MultilayerPerceptron (one hidden layer of 128), as the
   * single comparison measures it: (time of -N 4 minus time of -N 1) / 3, so that its setup is
   * left out, as our warm-up is.
   */
  static Rounds.Sample multilayerPerceptronEpoch(Instances train) throws Exception {
    double[] wall = new double[2];
    double[] cpu = new double[2];
    int[] epochs = { 1, 4 };
    for (int k = 0; k < 2; k++) {
      MultilayerPerceptron mp = new MultilayerPerceptron();
      mp.setOptions(Utils.splitOptions("-H 128 -N " + epochs[k]));
      double w = wall();
      double cp = cpu();
      mp.buildClassifier(train);
      wall[k] = wall() - w;
      cpu[k] = cpu() - cp;
    }
    return new Rounds.Sample((wall[1] - wall[0]) / 3, (cpu[1] - cpu[0]) / 3, "");
  }

  static String torchVersion(String py) throws Exception {
    Process p = new ProcessBuilder(py, "-c", "import torch; print(torch.__version__)").redirectErrorStream(true)
      .start();
    String v = new String(p.getInputStream().readAllBytes()).trim();
    p.waitFor();
    return v;
  }

  /** @return a CSV copy of the data (features..., class index) for bench/sklearn_mlp.py */
  static File csv(Instances train) throws Exception {
    File csv = File.createTempFile("mlp-bench", ".csv");
    csv.deleteOnExit();
    try (PrintWriter pw = new PrintWriter(csv)) {
      for (Instance inst : train) {
        StringBuilder sb = new StringBuilder();
        for (int a = 0; a < train.numAttributes(); a++) {
          if (a != train.classIndex()) {
            sb.append(inst.value(a)).append(',');
          }
        }
        pw.println(sb.append((int) inst.classValue()));
      }
    }
    return csv;
  }

  /**
   * Runs bench/sklearn_mlp.py on the CSV copy of the data; returns its wall seconds per epoch.
   *
   * @param echo whether to print its table row
   */
  static double sklearn(File csv, int epochs, boolean echo) throws Exception {
    String py = new File("/usr/bin/python3").exists() ? "/usr/bin/python3" : "python3";
    Process p = new ProcessBuilder(py, "bench/sklearn_mlp.py", csv.getPath(), "" + epochs).redirectErrorStream(true)
      .start();
    double perEpoch = Double.NaN;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("|")) {
          if (echo) {
            System.out.println(line);
          }
          perEpoch = Double.parseDouble(line.split("\\|")[3].trim());
        } else {
          System.out.println("# sklearn: " + line);
        }
      }
    }
    p.waitFor();
    return perEpoch;
  }
}
