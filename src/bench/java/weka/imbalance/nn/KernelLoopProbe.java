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

package weka.imbalance.nn;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import weka.imbalance.bench.MachineLoad;

/**
 * The network's inner loop alone: {@link Kernels#axpy4} (one output row, four input rows, a chain of
 * four fused multiply-adds per entry) timed at each given length, in nanoseconds per entry, the best
 * of five passes; with a C compiler on the path, the same loop in C ({@code bench/c/axpy4.c},
 * {@code -O3 -march=native}) timed alternately in the same run. The lengths run in the order given,
 * in this one JVM, and HotSpot compiles the probe's own timing loop, with the kernel inlined, for
 * what it has seen first (see {@link Kernels#SHORT_LOOP}): after 16, the loop at 128 ran 1.5x-2x
 * slower than in a JVM of its own. For figures, give one length per run.
 *
 * <p>Usage: {@code bench/run weka.imbalance.nn.KernelLoopProbe [lengths, default 16,128,512] [rounds,
 * default 3]}. A probe of the loop, not of the network: no speed verdict.
 */
public final class KernelLoopProbe {

  private KernelLoopProbe() {
  }

  public static void main(String[] args) throws Exception {
    Locale.setDefault(Locale.ROOT);
    int[] lengths = Arrays.stream((args.length > 0 ? args[0] : "16,128,512").split(","))
      .mapToInt(Integer::parseInt).toArray();
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    String c = compileC();
    System.out.println("# C reference: "
      + (c == null ? "none (no gcc on the path)" : "gcc -O3 -march=native bench/c/axpy4.c"));
    MachineLoad load = MachineLoad.start();
    System.out.println("| length | Java (C2), ns per entry, per round | C, ns per entry, per round |");
    System.out.println("|---:|---|---|");
    for (int n : lengths) {
      List<String> java = new ArrayList<>();
      List<String> cc = new ArrayList<>();
      long calls = Math.max(1000, 400_000_000L / n);
      for (int r = 0; r < rounds; r++) {
        java.add(String.format("%.3f", time(n, calls)));
        if (c != null) {
          cc.add(runC(c, n, calls));
        }
      }
      System.out.printf("| %d | %s | %s |%n", n, String.join(", ", java), c == null ? "" : String.join(", ", cc));
    }
    load.stop();
    System.out.println("- " + load.summary() + " (The C program counts among the other processes.)");
  }

  /** Nanoseconds per entry of {@link Kernels#axpy4} at length n, the best of five passes. */
  private static double time(int n, long calls) {
    float[][] x = new float[8][n];
    for (int s = 0; s < 8; s++) {
      for (int j = 0; j < n; j++) {
        x[s][j] = ((s * 31 + j * 7) % 13) * 1e-3f;
      }
    }
    float[] y = new float[n];
    double best = Double.MAX_VALUE;
    for (int pass = 0; pass < 5; pass++) {
      long t0 = System.nanoTime();
      for (long k = 0; k < calls; k++) {
        int s = (int) (k & 3);
        Kernels.axpy4(n, 1e-3f, 2e-3f, 3e-3f, 4e-3f, x[s], x[s + 1], x[s + 2], x[s + 3], y);
      }
      best = Math.min(best, (System.nanoTime() - t0) / ((double) calls * n));
    }
    if (!Float.isFinite(y[0])) {
      throw new IllegalStateException("not finite: " + y[0]);
    }
    return best;
  }

  /** @return the compiled C probe, or null when there is no gcc */
  private static String compileC() throws Exception {
    File src = new File("bench/c/axpy4.c");
    File exe = new File("target/bench-axpy4");
    try {
      Process p = new ProcessBuilder("gcc", "-O3", "-march=native", "-o", exe.getPath(), src.getPath(), "-lm")
        .inheritIO().start();
      return p.waitFor() == 0 ? exe.getPath() : null;
    } catch (java.io.IOException e) {
      return null;
    }
  }

  private static String runC(String exe, int n, long calls) throws Exception {
    Process p = new ProcessBuilder(exe, Integer.toString(n), Long.toString(calls)).redirectErrorStream(true).start();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line = r.readLine();
      p.waitFor();
      return line == null ? "?" : String.format("%.3f", Double.parseDouble(line.split(" ")[0]));
    }
  }
}
