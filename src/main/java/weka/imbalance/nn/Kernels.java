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

/**
 * The dense loops of the network, written so that HotSpot's C2 compiler vectorises them: every
 * innermost loop runs over contiguous memory with unit stride and no loop-carried dependence
 * ("i-k-j" order), and the matrices are stored so that this is always possible (weights as
 * {@code [in][out]} rows for the forward pass and the weight gradient, a transposed
 * {@code [out][in]} copy for the input gradient). Rows are processed in small blocks so that the
 * block of outputs stays in the L1 cache while the weight rows stream past it.
 *
 * <p>All arithmetic is {@code float}; the order of every sum is fixed by the loops (no reduction
 * is split between threads), so results do not depend on the number of threads.
 */
final class Kernels {

  private Kernels() {
  }

  /** {@code y[yo .. yo+n) += a * x[xo .. xo+n)}, the vectorised inner loop. */
  static void axpy(int n, float a, float[] x, int xo, float[] y, int yo) {
    for (int j = 0; j < n; j++) {
      y[yo + j] = Math.fma(a, x[xo + j], y[yo + j]);
    }
  }

  /**
   * {@code y += a0 x0 + a1 x1 + a2 x2 + a3 x3} over n contiguous entries: four multiply-adds per
   * load and store of y (the memory traffic of y, not the arithmetic, limits a plain axpy).
   */
  static void axpy4(int n, float a0, float a1, float a2, float a3, float[] x, int x0, int x1, int x2, int x3,
    float[] y, int yo) {
    for (int j = 0; j < n; j++) {
      y[yo + j] = Math.fma(a3, x[x3 + j], Math.fma(a2, x[x2 + j], Math.fma(a1, x[x1 + j],
        Math.fma(a0, x[x0 + j], y[yo + j]))));
    }
  }

  /**
   * {@code out[r][o] = bias[o] + sum_i in[r][i] * w[i][o]} for {@code rows} rows.
   *
   * @param in row-major {@code rows x nIn} input
   * @param w row-major {@code nIn x nOut} weights starting at {@code wo}
   * @param bias {@code nOut} biases starting at {@code bo}, or {@code bo < 0} for none
   * @param out row-major {@code rows x nOut} output (overwritten)
   */
  static void forward(int rows, int nIn, int nOut, float[] in, float[] w, int wo, float[] bias, int bo,
    float[] out) {
    for (int r = 0; r < rows; r++) {
      if (bo >= 0) {
        System.arraycopy(bias, bo, out, r * nOut, nOut);
      } else {
        java.util.Arrays.fill(out, r * nOut, (r + 1) * nOut, 0f);
      }
    }
    int i = 0;
    for (; i + 4 <= nIn; i += 4) {
      int w0 = wo + i * nOut;
      for (int r = 0; r < rows; r++) {
        int b = r * nIn + i;
        axpy4(nOut, in[b], in[b + 1], in[b + 2], in[b + 3], w, w0, w0 + nOut, w0 + 2 * nOut, w0 + 3 * nOut,
          out, r * nOut);
      }
    }
    for (; i < nIn; i++) {
      for (int r = 0; r < rows; r++) {
        axpy(nOut, in[r * nIn + i], w, wo + i * nOut, out, r * nOut);
      }
    }
  }

  /**
   * Accumulates the weight gradient {@code gw[i][o] += sum_r in[r][i] * d[r][o]} and, if
   * {@code gbo >= 0}, the bias gradient {@code gb[o] += sum_r d[r][o]}.
   */
  static void weightGradient(int rows, int nIn, int nOut, float[] in, float[] d, float[] g, int gwo, int gbo) {
    for (int i = 0; i < nIn; i++) {
      int gr = gwo + i * nOut;
      int r = 0;
      for (; r + 4 <= rows; r += 4) {
        int b = r * nIn + i;
        axpy4(nOut, in[b], in[b + nIn], in[b + 2 * nIn], in[b + 3 * nIn], d, r * nOut, (r + 1) * nOut,
          (r + 2) * nOut, (r + 3) * nOut, g, gr);
      }
      for (; r < rows; r++) {
        axpy(nOut, in[r * nIn + i], d, r * nOut, g, gr);
      }
    }
    if (gbo >= 0) {
      for (int r = 0; r < rows; r++) {
        for (int o = 0; o < nOut; o++) {
          g[gbo + o] += d[r * nOut + o];
        }
      }
    }
  }

  /**
   * The input gradient {@code din[r][i] = sum_o d[r][o] * w[i][o]}, computed with the transposed
   * weights {@code wt[o][i]} so that the inner loop is contiguous.
   */
  static void inputGradient(int rows, int nIn, int nOut, float[] d, float[] wt, float[] din) {
    java.util.Arrays.fill(din, 0, rows * nIn, 0f);
    for (int r = 0; r < rows; r++) {
      int b = r * nOut;
      int o = 0;
      for (; o + 4 <= nOut; o += 4) {
        axpy4(nIn, d[b + o], d[b + o + 1], d[b + o + 2], d[b + o + 3], wt, o * nIn, (o + 1) * nIn,
          (o + 2) * nIn, (o + 3) * nIn, din, r * nIn);
      }
      for (; o < nOut; o++) {
        axpy(nIn, d[b + o], wt, o * nIn, din, r * nIn);
      }
    }
  }

  /** {@code wt[o][i] = w[i][o]}. */
  static void transpose(int nIn, int nOut, float[] w, int wo, float[] wt) {
    for (int i = 0; i < nIn; i++) {
      for (int o = 0; o < nOut; o++) {
        wt[o * nIn + i] = w[wo + i * nOut + o];
      }
    }
  }
}
