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

import java.io.BufferedWriter;
import java.io.File;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import weka.core.Instance;
import weka.core.Instances;
import weka.core.converters.ArffSaver;
import weka.core.converters.ConverterUtils.DataSource;
import weka.filters.Filter;
import weka.imbalance.resampling.ArffOutput;

/**
 * Where a sampler's whole command goes (issue 16: instance hardness's command at 10,000 took 3.7 s
 * more than its warmed step): a fresh JVM does what the command does, phase by phase (the JVM's
 * start until main, building the filter from its options, reading the ARFF file, the filter's first
 * call, writing the ARFF rows), then calls the filter again on the same data as the benchmark's
 * warmed step does; per phase the wall time, the process's CPU time, the main thread's CPU time,
 * the JIT's compilation time and the garbage collections. Each run also times the real command
 * ({@code -i -o -c last}) in its own fresh JVM, alternating, and the figures are medians over the
 * runs. Prints a table; the machine's load is recorded ({@link MachineLoad}).
 *
 * <p>Usage: {@code bench/run CommandPhases [--sampler iht-sqrt] [--size 10000] [--calls 3] [--runs 3]}
 * (a key of {@link SamplerBenchmark#SAMPLERS}).
 */
public final class CommandPhases {

  private CommandPhases() {
  }

  /** The child: the command's phases, one line "PHASE name wall cpu main jit gcMs gcCount" each. */
  public static final class Child {

    private static long s_T0;
    private static double s_Cpu;
    private static double s_Main;
    private static long s_Jit;
    private static long s_Gc;
    private static long s_GcCount;

    private Child() {
    }

    private static void phase(String name) {
      long gc = 0;
      long count = 0;
      for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
        gc += Math.max(0, b.getCollectionTime());
        count += Math.max(0, b.getCollectionCount());
      }
      double cpu = Rounds.processCpu();
      double main = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9;
      long jit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
      long now = System.nanoTime();
      System.out.printf(Locale.ROOT, "PHASE %s %.3f %.3f %.3f %d %d %d%n", name, (now - s_T0) / 1e9, cpu - s_Cpu,
        main - s_Main, jit - s_Jit, gc - s_Gc, count - s_GcCount);
      s_T0 = now;
      s_Cpu = cpu;
      s_Main = main;
      s_Jit = jit;
      s_Gc = gc;
      s_GcCount = count;
    }

    /**
     * @param args the filter's spec, the input ARFF, the output ARFF, the number of calls
     * @throws Exception if the filter fails
     */
    public static void main(String[] args) throws Exception {
      // the JVM's start until here: its uptime, wall; the CPU and JIT so far
      s_T0 = System.nanoTime() - ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000L;
      phase("jvm-start-to-main");
      Filter f = SamplerBenchmark.filter(args[0]);
      phase("filter-from-options");
      Instances data = new DataSource(args[1]).getDataSet();
      data.setClassIndex(data.numAttributes() - 1);
      phase("arff-read");
      f.setInputFormat(data);
      Instances out = Filter.useFilter(data, f);
      phase("first-call");
      StringBuilder row = new StringBuilder(256);
      try (Writer w = new BufferedWriter(new OutputStreamWriter(new FileOutputStream(args[2])), 1 << 16)) {
        w.write(new Instances(out, 0).toString());
        w.write('\n');
        for (Instance i : out) {
          row.setLength(0);
          ArffOutput.appendInstance(i, 6, row);
          w.append(row).append('\n');
        }
      }
      phase("arff-write");
      for (int c = 2; c <= Integer.parseInt(args[3]); c++) {
        f.setInputFormat(data);
        Filter.useFilter(data, f);
        phase("call-" + c);
      }
    }
  }

  public static void main(String[] args) throws Exception {
    BenchArgs opts = new BenchArgs(args, "--sampler", "--size", "--calls", "--runs");
    String key = opts.get("--sampler", "iht-sqrt");
    int n = opts.getInt("--size", 10000);
    int calls = opts.getInt("--calls", 3);
    int runs = opts.getInt("--runs", 3);
    String spec = null;
    for (String[] s : SamplerBenchmark.SAMPLERS) {
      spec = s[0].equals(key) ? s[1] : spec;
    }
    if (spec == null || n < 10 || calls < 1 || runs < 1) {
      throw new IllegalArgumentException("--sampler must be a key of SamplerBenchmark, --size >= 10, --calls and "
        + "--runs >= 1; got " + key + ", " + n + ", " + calls + ", " + runs);
    }
    File dir = new File("target/bench-samplers");
    dir.mkdirs();
    File arff = new File(dir, "phases-" + n + ".arff");
    ArffSaver saver = new ArffSaver();
    saver.setInstances(SamplerBenchmark.data(n));
    saver.setFile(arff);
    saver.writeBatch();
    File out = new File(dir, "phases-out.arff");
    String[] parts = weka.core.Utils.splitOptions(spec);
    List<String> command = new ArrayList<>(java.util.Arrays.asList(parts).subList(1, parts.length));
    command.addAll(java.util.Arrays.asList("-i", arff.getPath(), "-o", out.getPath(), "-c", "last"));

    MachineLoad load = MachineLoad.start();
    Map<String, List<double[]>> phases = new LinkedHashMap<>();
    List<Double> whole = new ArrayList<>();
    for (int r = 0; r < runs; r++) {
      ChildJvm.Result cmd = ChildJvm.run(parts[0], command.toArray(new String[0]));
      if (cmd.exit != 0) {
        throw new IllegalStateException("the command failed: " + cmd.lastLogLine());
      }
      whole.add(cmd.wall);
      ChildJvm.Result child = ChildJvm.run(Child.class.getName(), spec, arff.getPath(), out.getPath(), "" + calls);
      for (String line : child.log.split("\n")) {
        if (line.startsWith("PHASE ")) {
          String[] f = line.split(" ");
          double[] v = new double[f.length - 2];
          for (int i = 0; i < v.length; i++) {
            v[i] = Double.parseDouble(f[i + 2]);
          }
          phases.computeIfAbsent(f[1], k -> new ArrayList<>()).add(v);
        }
      }
    }
    load.stop();
    System.out.printf(Locale.ROOT, "%n%s at %,d instances (`%s`), medians over %d fresh JVMs%n%n", key, n, spec, runs);
    StringBuilder each = new StringBuilder();
    for (double w : whole) {
      each.append(each.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", w));
    }
    System.out.printf(Locale.ROOT, "- the command (`-i -o -c last`), wall: %.2f s (runs: %s)%n", median(whole), each);
    System.out.println("\n| phase | wall s | process CPU s | main thread CPU s | JIT compiling ms "
      + "| GC ms (collections) |");
    System.out.println("|---|---:|---:|---:|---:|---:|");
    for (Map.Entry<String, List<double[]>> e : phases.entrySet()) {
      double[] m = new double[6];
      for (int i = 0; i < 6; i++) {
        final int col = i;
        m[i] = Rounds.median(e.getValue().stream().mapToDouble(v -> v[col]).toArray());
      }
      System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.0f | %.0f (%.0f) |%n", e.getKey(), m[0], m[1], m[2],
        m[3], m[4], m[5]);
    }
    System.out.println("\n" + load.summary() + (load.quiet() ? "" : " " + load.noVerdict()));
  }

  private static double median(List<Double> v) {
    return Rounds.median(v.stream().mapToDouble(Double::doubleValue).toArray());
  }
}
