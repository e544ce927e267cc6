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

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.Random;

import weka.classifiers.functions.LogitAdjustedMLP;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;
import weka.imbalance.loss.CrossEntropyLoss;
import weka.imbalance.nn.InputEncoder;
import weka.imbalance.loss.Loss;
import weka.imbalance.nn.MiniBatchTrainer;
import weka.imbalance.nn.Network;
import weka.imbalance.nn.SGD;

/**
 * CPU time per training epoch of LogitAdjustedMLP alone (no other learner), measured per thread
 * with ThreadMXBean: the CPU time of the calling thread plus the trainer's worker threads, so that
 * the figure is not inflated by other jobs on a shared machine (nor by the JIT and GC threads). Made
 * to compare two builds of the model in alternating runs on a loaded machine.
 *
 * <p>With {@code paths} as third argument it instead times the dense first layer on centred inputs
 * against the zero-skipping one (inputs uncentred where mostly zero, sparse rows), epoch for epoch
 * alternately in one JVM so that both see the same load; both train the same model from the same
 * initialisation.
 *
 * <p>With {@code handoff} as third argument it compares, per hidden width given after it (default
 * 128), one thread with two threads that hand every step to their team, epochs alternated: the
 * measurement behind {@code MiniBatchTrainer}'s one-thread rule.
 *
 * <p>It ends with the machine's load (before and after, other processes' CPU) and gives no speed
 * verdict: its figures are for comparing two builds in alternated runs.
 *
 * <p>With {@code after-small} anywhere among the arguments, a small network (ecoli, 7 -> 8 -> 8,
 * mini-batches of 16, 2,000 epochs) is trained three times first in the same JVM, as a user may have
 * done in an Explorer session, or an Experimenter run on another data set: HotSpot compiles the
 * kernels' loops for the lengths it has seen (see {@code Kernels.SHORT_LOOP}), so this shows what a
 * small network left behind.
 *
 * <p>Usage: {@code bench/run LogitAdjustedMLPEpochCpuBenchmark <fmnist|letter> <epochs> [paths] [threads...]}
 * or {@code ... <fmnist|letter> <epochs> handoff [hidden widths...]}, each with {@code after-small} if wanted
 */
public class LogitAdjustedMLPEpochCpuBenchmark {

  static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** CPU seconds of the current thread and of every live thread whose name starts with "LogitAdjustedMLP". */
  static double cpu() {
    long sum = THREADS.getCurrentThreadCpuTime();
    long[] ids = THREADS.getAllThreadIds();
    for (ThreadInfo ti : THREADS.getThreadInfo(ids)) {
      if (ti != null && ti.getThreadName().startsWith("LogitAdjustedMLP")) {
        long t = THREADS.getThreadCpuTime(ti.getThreadId());
        if (t > 0) {
          sum += t;
        }
      }
    }
    return sum / 1e9;
  }

  public static void main(String[] args) throws Exception {
    Locale.setDefault(Locale.ROOT);
    java.util.List<String> argList = new java.util.ArrayList<>(java.util.Arrays.asList(args));
    if (argList.remove("after-small")) {
      trainSmallNetwork();
    }
    args = argList.toArray(new String[0]);
    String name = args[0];
    int epochs = Integer.parseInt(args[1]);
    boolean paths = args.length > 2 && args[2].equals("paths");
    boolean handoff = args.length > 2 && args[2].equals("handoff");
    int first = paths || handoff ? 3 : 2;
    int[] threads = { 1, 2 };
    if (args.length > first) {
      threads = new int[args.length - first];
      for (int t = 0; t < threads.length; t++) {
        threads[t] = Integer.parseInt(args[t + first]);
      }
    }
    Instances train = LogitAdjustedMLPAccuracyBenchmark.data(name)[0];
    long zeros = 0;
    long cells = 0;
    for (Instance inst : train) {
      for (int a = 0; a < train.numAttributes(); a++) {
        if (a != train.classIndex()) {
          cells++;
          zeros += inst.value(a) == 0 ? 1 : 0;
        }
      }
    }
    System.out.printf("# %s long-tailed: %d instances, %d attributes, zero fraction of the inputs %.3f, "
      + "load average %.2f%n", name, train.numInstances(), train.numAttributes() - 1, zeros / (double) cells,
      ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    MachineLoad load = MachineLoad.start();
    if (paths) {
      comparePaths(train, epochs, threads);
    } else if (handoff) {
      compareHandOff(train, epochs, args.length > first ? threads : new int[] { 128 });
    } else {
      timeEpochs(train, epochs, threads);
    }
    load.stop();
    System.out.println("- " + load.summary() + " No speed verdict: CPU time, for comparing builds in alternated runs.");
  }

  /** Per thread count: CPU seconds per epoch of LogitAdjustedMLP (128 hidden units, mini-batches of 128). */
  static void timeEpochs(Instances train, int epochs, int[] threads) throws Exception {
    for (int t : threads) {
      LogitAdjustedMLP m = new LogitAdjustedMLP();
      m.setOptions(Utils.splitOptions("-H 128 -mini-batch 128 -loss CrossEntropyLoss -N " + (epochs + 2)
        + " -num-threads " + t));
      m.initializeClassifier(train);
      m.next(); // warm-up (JIT)
      m.next();
      double[] perEpoch = new double[epochs];
      double wall = System.nanoTime();
      for (int e = 0; e < epochs; e++) {
        double c = cpu();
        m.next();
        perEpoch[e] = cpu() - c;
      }
      wall = (System.nanoTime() - wall) / 1e9 / epochs;
      m.done();
      double[] sorted = perEpoch.clone();
      java.util.Arrays.sort(sorted);
      System.out.printf("threads %d: CPU s/epoch median %.4f min %.4f (wall %.4f); per epoch %s%n", t,
        sorted[epochs / 2], sorted[0], wall, java.util.Arrays.toString(round(perEpoch)));
    }
  }

  /** Trains a small network three times (see the class comment) and says how long it took. */
  static void trainSmallNetwork() throws Exception {
    Instances ecoli = LongTailData.load("ecoli.arff");
    long t0 = System.nanoTime();
    for (int i = 0; i < 3; i++) {
      LogitAdjustedMLP m = new LogitAdjustedMLP();
      m.setOptions(Utils.splitOptions("-H 8 -mini-batch 16 -N 2000 -num-threads 1 -S " + i));
      m.buildClassifier(ecoli);
    }
    System.out.printf("# first, in this JVM: a small network (ecoli, 7 -> 8 -> 8, mini-batches of 16, 2,000 epochs) "
      + "trained three times, %.1f s%n", (System.nanoTime() - t0) / 1e9);
  }

  static void comparePaths(Instances train, int epochs, int[] threads) throws Exception {
    int[] y = new int[train.numInstances()];
    double[] w = classesAndWeights(train, y);
    double[] counts = weka.imbalance.ClassPriors.weightedCounts(train);
    double[] cw = new double[train.numClasses()];
    java.util.Arrays.fill(cw, 1);
    for (int t : threads) {
      MiniBatchTrainer[] trainer = new MiniBatchTrainer[2];
      Random[] rand = new Random[2];
      for (int p = 0; p < 2; p++) {
        InputEncoder enc = new InputEncoder(train, p == 1);
        float[][] x = enc.encode(train);
        if (t == threads[0]) {
          System.out.printf("# %s: encoded zero fraction %.3f%n", p == 0 ? "dense (centred)" : "zero-skipping",
            MiniBatchTrainer.zeroFraction(x));
        }
        Network net = new Network(new int[] { enc.width(), 128, train.numClasses() }, false);
        rand[p] = new Random(1);
        net.initialise(rand[p]);
        net.setInputOffsets(enc.inputOffsets());
        trainer[p] = new MiniBatchTrainer(net, new SGD(0.9, true), x, y, w, 128, t);
      }
      Loss loss = new CrossEntropyLoss();
      loss.initialise(counts);
      double[][] per = new double[2][epochs];
      for (int e = -2; e < epochs; e++) {
        for (int p = 0; p < 2; p++) {
          loss.startEpoch(Math.max(e, 0), epochs);
          double c = cpu();
          trainer[p].epoch(loss, cw, 0.05, 2e-4, rand[p], weka.imbalance.nn.LossNormalisation.BATCH_MEAN);
          if (e >= 0) {
            per[p][e] = cpu() - c;
          }
        }
      }
      for (int p = 0; p < 2; p++) {
        trainer[p].close();
        double[] sorted = per[p].clone();
        java.util.Arrays.sort(sorted);
        System.out.printf("threads %d, %s (sparse rows: %b): CPU s/epoch median %.3f min %.3f%n", t,
          p == 0 ? "dense centred" : "zero-skipping", trainer[p].isSparse(), sorted[epochs / 2], sorted[0]);
      }
    }
  }

  /**
   * For the one-thread rule of {@link MiniBatchTrainer}: per hidden width, a one-thread trainer and
   * a two-thread trainer made to hand every step to its team, epochs alternated, wall time per epoch;
   * prints the median of the per-epoch ratios (one thread / two threads: above 1, the team pays).
   */
  static void compareHandOff(Instances train, int epochs, int[] hidden) throws Exception {
    int[] y = new int[train.numInstances()];
    double[] w = classesAndWeights(train, y);
    double[] cw = new double[train.numClasses()];
    java.util.Arrays.fill(cw, 1);
    InputEncoder enc = new InputEncoder(train, true);
    float[][] x = enc.encode(train);
    Loss loss = new CrossEntropyLoss();
    loss.initialise(weka.imbalance.ClassPriors.weightedCounts(train));
    try (weka.imbalance.nn.TeamPath forced = weka.imbalance.nn.TeamPath.force()) {
      for (int h : hidden) {
        MiniBatchTrainer[] trainer = new MiniBatchTrainer[2];
        Random[] rand = new Random[2];
        Network net = null;
        for (int p = 0; p < 2; p++) {
          net = new Network(new int[] { enc.width(), h, train.numClasses() }, false);
          rand[p] = new Random(1);
          net.initialise(rand[p]);
          net.setInputOffsets(enc.inputOffsets());
          trainer[p] = new MiniBatchTrainer(net, new SGD(0.9, true), x, y, w, 128, p + 1);
        }
        double[] ratio = new double[epochs];
        double[][] per = new double[2][epochs];
        for (int e = -3; e < epochs; e++) {
          for (int q = 0; q < 2; q++) {
            int p = (e & 1) == 0 ? q : 1 - q; // alternate which goes first
            long t0 = System.nanoTime();
            trainer[p].epoch(loss, cw, 0.05, 2e-4, rand[p], weka.imbalance.nn.LossNormalisation.BATCH_MEAN);
            if (e >= 0) {
              per[p][e] = (System.nanoTime() - t0) / 1e9;
            }
          }
          if (e >= 0) {
            ratio[e] = per[0][e] / per[1][e];
          }
        }
        for (MiniBatchTrainer t : trainer) {
          t.close();
        }
        double[] sorted = ratio.clone();
        java.util.Arrays.sort(sorted);
        double[] s1 = per[0].clone();
        double[] s2 = per[1].clone();
        java.util.Arrays.sort(s1);
        java.util.Arrays.sort(s2);
        System.out.printf("hidden %d (%,d multiply-adds per 128-row step, sparse rows %b): 1 thread / 2 threads "
          + "median %.2f (quartiles %.2f-%.2f); s/epoch medians %.4f / %.4f (indicative)%n", h,
          128 * net.multiplyAddsPerRow(), trainer[0].isSparse(), sorted[epochs / 2], sorted[epochs / 4],
          sorted[3 * epochs / 4], s1[epochs / 2], s2[epochs / 2]);
      }
    }
  }

  /** Fills y with the classes and returns the instance weights. */
  static double[] classesAndWeights(Instances train, int[] y) {
    double[] w = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      y[i] = (int) train.instance(i).classValue();
      w[i] = train.instance(i).weight();
    }
    return w;
  }

  static String[] round(double[] v) {
    String[] s = new String[v.length];
    for (int i = 0; i < v.length; i++) {
      s[i] = String.format("%.3f", v[i]);
    }
    return s;
  }
}
