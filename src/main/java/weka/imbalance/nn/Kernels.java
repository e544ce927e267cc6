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
 * The dense loops of the network, written so that HotSpot's C2 compiler vectorises them (AVX2 /
 * AVX-512): every innermost loop runs over whole rows {@code y[j] ... x[j]} with the same index
 * {@code j} in every array, unit stride and no loop-carried dependence ("i-k-j" order). Matrices
 * are therefore arrays of rows ({@code float[rows][cols]}), each row its own flat array: with
 * offsets into one big array ({@code y[yo + j] += a * x[xo + j]}) C2 (JDK 11-21) cannot rule out
 * overlap and emits scalar code, measured 5-6x slower here. Four rows are combined per pass
 * ({@link #axpy4}), so each load and store of the output feeds four multiply-adds.
 *
 * <p>All arithmetic is {@code float} with fused multiply-adds; the order of every sum is fixed by
 * the loops (no sum is split between threads), so results do not depend on the number of threads.
 */
final class Kernels {

  private Kernels() {
  }

  /**
   * Loops of fewer floats than this run in a copy of their own ({@link ShortLoops}); longer ones in
   * {@link LongLoops}. HotSpot's C2 compiles a loop for the trip counts its profile has seen, and a
   * method has one profile: with loops of under about 96 floats seen it vectorises 4 floats at a
   * time, from about 96 8, from about 192 16. With one copy for all lengths, a small network
   * trained first (in the same JVM: an Explorer session, an Experimenter run, a test suite) left
   * every later network with 4-float vectors: letter-LT's epoch (16 -> 128 -> 26) took 1.2x-1.6x
   * as long after ecoli's (7 -> 8 -> 8), see doc/benchmarks/mlp.md (session 16). The two copies
   * are the same loops, so results are the same whichever runs.
   */
  static final int SHORT_LOOP = 96;

  /** {@code y[0 .. n) += a * x[0 .. n)}. */
  static void axpy(int n, float a, float[] x, float[] y) {
    axpy(0, n, a, x, y);
  }

  /** {@code y[j0 .. j1) += a * x[j0 .. j1)}. */
  static void axpy(int j0, int j1, float a, float[] x, float[] y) {
    if (j1 - j0 < SHORT_LOOP) {
      ShortLoops.axpy(j0, j1, a, x, y);
    } else {
      LongLoops.axpy(j0, j1, a, x, y);
    }
  }

  /** {@code y[0 .. n) += a0 x0 + a1 x1 + a2 x2 + a3 x3}. */
  static void axpy4(int n, float a0, float a1, float a2, float a3, float[] x0, float[] x1, float[] x2, float[] x3,
    float[] y) {
    axpy4(0, n, a0, a1, a2, a3, x0, x1, x2, x3, y);
  }

  /** {@code y[j0 .. j1) += a0 x0 + a1 x1 + a2 x2 + a3 x3}, one chain of fused multiply-adds per entry. */
  static void axpy4(int j0, int j1, float a0, float a1, float a2, float a3, float[] x0, float[] x1, float[] x2,
    float[] x3, float[] y) {
    if (j1 - j0 < SHORT_LOOP) {
      ShortLoops.axpy4(j0, j1, a0, a1, a2, a3, x0, x1, x2, x3, y);
    } else {
      LongLoops.axpy4(j0, j1, a0, a1, a2, a3, x0, x1, x2, x3, y);
    }
  }

  /** {@code y[0 .. n) += a0 x0 + a1 x1}. */
  static void axpy2(int n, float a0, float a1, float[] x0, float[] x1, float[] y) {
    if (n < SHORT_LOOP) {
      ShortLoops.axpy2(n, a0, a1, x0, x1, y);
    } else {
      LongLoops.axpy2(n, a0, a1, x0, x1, y);
    }
  }

  /** {@code y[0 .. n) += a0 x0 + a1 x1 + a2 x2}. */
  static void axpy3(int n, float a0, float a1, float a2, float[] x0, float[] x1, float[] x2, float[] y) {
    if (n < SHORT_LOOP) {
      ShortLoops.axpy3(n, a0, a1, a2, x0, x1, x2, y);
    } else {
      LongLoops.axpy3(n, a0, a1, a2, x0, x1, x2, y);
    }
  }

  /**
   * The loops of fewer than {@link #SHORT_LOOP} floats. Keep these bodies identical to
   * {@link LongLoops}'s: they are two copies on purpose, so that each has its own profile.
   */
  private static final class ShortLoops {
    static void axpy(int j0, int j1, float a, float[] x, float[] y) {
      for (int j = j0; j < j1; j++) {
        y[j] = Math.fma(a, x[j], y[j]);
      }
    }

    static void axpy2(int n, float a0, float a1, float[] x0, float[] x1, float[] y) {
      for (int j = 0; j < n; j++) {
        y[j] = Math.fma(a1, x1[j], Math.fma(a0, x0[j], y[j]));
      }
    }

    static void axpy3(int n, float a0, float a1, float a2, float[] x0, float[] x1, float[] x2, float[] y) {
      for (int j = 0; j < n; j++) {
        y[j] = Math.fma(a2, x2[j], Math.fma(a1, x1[j], Math.fma(a0, x0[j], y[j])));
      }
    }

    static void axpy4(int j0, int j1, float a0, float a1, float a2, float a3, float[] x0, float[] x1, float[] x2,
      float[] x3, float[] y) {
      for (int j = j0; j < j1; j++) {
        y[j] = Math.fma(a3, x3[j], Math.fma(a2, x2[j], Math.fma(a1, x1[j], Math.fma(a0, x0[j], y[j]))));
      }
    }
  }

  /** The loops of {@link #SHORT_LOOP} floats or more; the same bodies as {@link ShortLoops}'s. */
  private static final class LongLoops {
    static void axpy(int j0, int j1, float a, float[] x, float[] y) {
      for (int j = j0; j < j1; j++) {
        y[j] = Math.fma(a, x[j], y[j]);
      }
    }

    static void axpy2(int n, float a0, float a1, float[] x0, float[] x1, float[] y) {
      for (int j = 0; j < n; j++) {
        y[j] = Math.fma(a1, x1[j], Math.fma(a0, x0[j], y[j]));
      }
    }

    static void axpy3(int n, float a0, float a1, float a2, float[] x0, float[] x1, float[] x2, float[] y) {
      for (int j = 0; j < n; j++) {
        y[j] = Math.fma(a2, x2[j], Math.fma(a1, x1[j], Math.fma(a0, x0[j], y[j])));
      }
    }

    static void axpy4(int j0, int j1, float a0, float a1, float a2, float a3, float[] x0, float[] x1, float[] x2,
      float[] x3, float[] y) {
      for (int j = j0; j < j1; j++) {
        y[j] = Math.fma(a3, x3[j], Math.fma(a2, x2[j], Math.fma(a1, x1[j], Math.fma(a0, x0[j], y[j]))));
      }
    }
  }

  /**
   * {@code out[r][o] = bias[o] + sum_i in[r][i] * w[w0 + i][o]} for {@code rows} rows.
   *
   * @param in input rows (length nIn)
   * @param w weight rows: row {@code w0 + i} holds the nOut weights of input i
   * @param bias the bias row, or null for none
   * @param out output rows (length nOut, overwritten)
   */
  static void forward(int rows, int nIn, int nOut, float[][] in, float[][] w, int w0, float[] bias, float[][] out) {
    for (int r = 0; r < rows; r++) {
      if (bias != null) {
        System.arraycopy(bias, 0, out[r], 0, nOut);
      } else {
        java.util.Arrays.fill(out[r], 0, nOut, 0f);
      }
    }
    int i = 0;
    for (; i + 4 <= nIn; i += 4) {
      float[] wa = w[w0 + i];
      float[] wb = w[w0 + i + 1];
      float[] wc = w[w0 + i + 2];
      float[] wd = w[w0 + i + 3];
      for (int r = 0; r < rows; r++) {
        float[] x = in[r];
        axpy4(nOut, x[i], x[i + 1], x[i + 2], x[i + 3], wa, wb, wc, wd, out[r]);
      }
    }
    for (; i < nIn; i++) {
      for (int r = 0; r < rows; r++) {
        axpy(nOut, in[r][i], w[w0 + i], out[r]);
      }
    }
  }

  /** The bias gradient {@code gb[o] += sum_r d[r][o]}, rows in order. */
  static void axpyRows(int rows, int n, float[][] d, float[] gb) {
    for (int r = 0; r < rows; r++) {
      axpy(n, 1f, d[r], gb);
    }
  }

  /** Accumulates the weight gradient {@code g[g0 + i][o] += sum_r in[r][i] * d[r][o]} for inputs from .. to-1. */
  static void weightGradient(int rows, int from, int to, int nOut, float[][] in, float[][] d, float[][] g, int g0) {
    for (int i = from; i < to; i++) {
      float[] gr = g[g0 + i];
      int r = 0;
      for (; r + 4 <= rows; r += 4) {
        axpy4(nOut, in[r][i], in[r + 1][i], in[r + 2][i], in[r + 3][i], d[r], d[r + 1], d[r + 2], d[r + 3], gr);
      }
      for (; r < rows; r++) {
        axpy(nOut, in[r][i], d[r], gr);
      }
    }
  }

  /**
   * Below this many outputs a layer's weight gradient (and, for layers after the first, its forward
   * pass) is computed transposed, with the inner loop over the inputs or the rows instead of the
   * outputs: C2 vectorises a loop of 26 floats (letter's classes) as one vector and a scalar
   * remainder of 10, which dominated the small network's step.
   */
  static final int NARROW = 64;

  /**
   * The weight gradient of a narrow layer, {@code g[g0 + i][o] += sum_r in[r][i] * d[r][o]},
   * computed transposed: {@code gT[o][i]} from 0 over the rows in order ({@link
   * #weightGradientTransposedRows}), then added to g. Each sum is the same chain of fused
   * multiply-adds as {@link #weightGradient}'s, so on a zero g the result is bit for bit the same.
   *
   * @param gT scratch of at least nOut rows of nIn floats
   */
  static void weightGradientTransposed(int rows, int nIn, int nOut, float[][] in, float[][] d, float[][] g, int g0,
    float[][] gT) {
    for (int o = 0; o < nOut; o++) {
      java.util.Arrays.fill(gT[o], 0, nIn, 0f);
    }
    weightGradientTransposedRows(rows, 0, nIn, nOut, in, d, gT);
    for (int i = 0; i < nIn; i++) {
      float[] gr = g[g0 + i];
      for (int o = 0; o < nOut; o++) {
        gr[o] += gT[o][i];
      }
    }
  }

  /**
   * {@code gT[o][i] += sum_r d[r][o] * in[r][i]} for the inputs i0 .. i1-1 and every output, the
   * rows in order (four per pass, the inner loop over the inputs): each entry is one chain of fused
   * multiply-adds, so calling this block by block continues the chain over all blocks' rows.
   */
  static void weightGradientTransposedRows(int rows, int i0, int i1, int nOut, float[][] in, float[][] d,
    float[][] gT) {
    for (int o = 0; o < nOut; o++) {
      float[] t = gT[o];
      int r = 0;
      for (; r + 4 <= rows; r += 4) {
        axpy4(i0, i1, d[r][o], d[r + 1][o], d[r + 2][o], d[r + 3][o], in[r], in[r + 1], in[r + 2], in[r + 3], t);
      }
      for (; r < rows; r++) {
        axpy(i0, i1, d[r][o], in[r], t);
      }
    }
  }

  /**
   * The forward pass of a narrow layer, as {@link #forward} but vectorised over the rows: the
   * inputs are transposed ({@code inT[i][r]}), {@code outT[o][r] = bias[o] + sum_i wt[o][i] *
   * inT[i][r]}, and the result transposed back into out. Every output is the same chain of fused
   * multiply-adds over the inputs in order as in {@link #forward}, so the result is bit for bit
   * the same.
   *
   * @param wt the transposed weights, {@code wt[o][i] = w[i][o]}
   * @param inT scratch of at least nIn rows of {@code rows} floats
   * @param outT scratch of at least nOut rows of {@code rows} floats
   */
  static void forwardTransposed(int rows, int nIn, int nOut, float[][] in, float[][] wt, float[] bias,
    float[][] out, float[][] inT, float[][] outT) {
    transposeRows(rows, nIn, in, inT, 0);
    forwardTransposedRows(0, rows, nIn, nOut, wt, bias, inT, outT);
    untransposeRows(rows, nOut, outT, 0, out);
  }

  /** {@code inT[i][r0 + r] = in[r][i]}, four rows per pass (one destination row per four stores). */
  static void transposeRows(int rows, int nIn, float[][] in, float[][] inT, int r0) {
    int r = 0;
    for (; r + 4 <= rows; r += 4) {
      float[] a = in[r];
      float[] b = in[r + 1];
      float[] c = in[r + 2];
      float[] d = in[r + 3];
      int p = r0 + r;
      for (int i = 0; i < nIn; i++) {
        float[] t = inT[i];
        t[p] = a[i];
        t[p + 1] = b[i];
        t[p + 2] = c[i];
        t[p + 3] = d[i];
      }
    }
    for (; r < rows; r++) {
      float[] x = in[r];
      for (int i = 0; i < nIn; i++) {
        inT[i][r0 + r] = x[i];
      }
    }
  }

  /** {@code out[r][o] = outT[o][r0 + r]}, four rows per pass. */
  static void untransposeRows(int rows, int nOut, float[][] outT, int r0, float[][] out) {
    int r = 0;
    for (; r + 4 <= rows; r += 4) {
      float[] a = out[r];
      float[] b = out[r + 1];
      float[] c = out[r + 2];
      float[] d = out[r + 3];
      int p = r0 + r;
      for (int o = 0; o < nOut; o++) {
        float[] t = outT[o];
        a[o] = t[p];
        b[o] = t[p + 1];
        c[o] = t[p + 2];
        d[o] = t[p + 3];
      }
    }
    for (; r < rows; r++) {
      float[] y = out[r];
      for (int o = 0; o < nOut; o++) {
        y[o] = outT[o][r0 + r];
      }
    }
  }

  /**
   * The computing part of {@link #forwardTransposed} for the transposed rows r0 .. r1-1:
   * {@code outT[o][r] = bias[o] + sum_i wt[o][i] * inT[i][r]}, one chain of fused multiply-adds
   * over the inputs in order per output.
   */
  static void forwardTransposedRows(int r0, int r1, int nIn, int nOut, float[][] wt, float[] bias, float[][] inT,
    float[][] outT) {
    for (int o = 0; o < nOut; o++) {
      float[] y = outT[o];
      float[] w = wt[o];
      java.util.Arrays.fill(y, r0, r1, bias == null ? 0f : bias[o]);
      int i = 0;
      for (; i + 4 <= nIn; i += 4) {
        axpy4(r0, r1, w[i], w[i + 1], w[i + 2], w[i + 3], inT[i], inT[i + 1], inT[i + 2], inT[i + 3], y);
      }
      for (; i < nIn; i++) {
        axpy(r0, r1, w[i], inT[i], y);
      }
    }
  }

  /**
   * The input gradient {@code din[r][i] = sum_o d[r][o] * w[i][o]}, computed with the transposed
   * weights {@code wt[o][i]} so that the inner loop runs over a row.
   */
  static void inputGradient(int rows, int nIn, int nOut, float[][] d, float[][] wt, float[][] din) {
    for (int r = 0; r < rows; r++) {
      float[] dr = d[r];
      float[] out = din[r];
      java.util.Arrays.fill(out, 0, nIn, 0f);
      int o = 0;
      for (; o + 4 <= nOut; o += 4) {
        axpy4(nIn, dr[o], dr[o + 1], dr[o + 2], dr[o + 3], wt[o], wt[o + 1], wt[o + 2], wt[o + 3], out);
      }
      // the 1 to 3 remaining outputs in one pass (letter's 26 classes leave 2)
      switch (nOut - o) {
      case 3:
        axpy3(nIn, dr[o], dr[o + 1], dr[o + 2], wt[o], wt[o + 1], wt[o + 2], out);
        break;
      case 2:
        axpy2(nIn, dr[o], dr[o + 1], wt[o], wt[o + 1], out);
        break;
      case 1:
        axpy(nIn, dr[o], wt[o], out);
        break;
      default:
        break;
      }
    }
  }

  /** {@code wt[o][i] = w[w0 + i][o]}. */
  static void transpose(int nIn, int nOut, float[][] w, int w0, float[][] wt) {
    for (int i = 0; i < nIn; i++) {
      float[] row = w[w0 + i];
      for (int o = 0; o < nOut; o++) {
        wt[o][i] = row[o];
      }
    }
  }

  /** Inputs per pass of {@link #forwardSparse}: their weight rows (32 x nOut floats) stay in the L1 cache. */
  static final int SPARSE_CHUNK = 32;

  /**
   * {@code out[r][o] = bias[o] + sum_j val[r][j] * w[w0 + idx[r][j]][o]}: the forward pass of a
   * layer over sparse input rows. Each row adds its non-zeros four at a time in index order; the
   * passes go over the inputs in chunks of {@link #SPARSE_CHUNK} (a group of four belongs to the
   * chunk of its last input) so that the chunk's weight rows are reused from the L1 cache by all
   * rows of the block. The chunking changes only the interleaving of rows, not any row's sums.
   *
   * @param cursor scratch of at least {@code rows} ints
   */
  static void forwardSparse(int rows, int nIn, int nOut, int[][] idx, float[][] val, float[][] w, int w0,
    float[] bias, float[][] out, int[] cursor) {
    for (int r = 0; r < rows; r++) {
      if (bias != null) {
        System.arraycopy(bias, 0, out[r], 0, nOut);
      } else {
        java.util.Arrays.fill(out[r], 0, nOut, 0f);
      }
      cursor[r] = 0;
    }
    for (int end = SPARSE_CHUNK; end < nIn + SPARSE_CHUNK; end += SPARSE_CHUNK) {
      boolean last = end >= nIn;
      for (int r = 0; r < rows; r++) {
        int[] ix = idx[r];
        float[] v = val[r];
        float[] y = out[r];
        int n = ix.length;
        int j = cursor[r];
        for (; j + 4 <= n && ix[j + 3] < end; j += 4) {
          axpy4(nOut, v[j], v[j + 1], v[j + 2], v[j + 3], w[w0 + ix[j]], w[w0 + ix[j + 1]], w[w0 + ix[j + 2]],
            w[w0 + ix[j + 3]], y);
        }
        if (last) {
          for (; j < n; j++) {
            axpy(nOut, v[j], w[w0 + ix[j]], y);
          }
        }
        cursor[r] = j;
      }
    }
  }

  /** Buffers of {@link #weightGradientSparse}: a chunk of inputs' non-zeros regrouped by input. */
  static final class SparseScratch {
    final int[] m_count;
    final int[] m_row;
    final float[] m_val;
    final int[] m_cursor;
    final int m_rows;

    /**
     * @param inputs inputs per chunk
     * @param rows the most rows at once
     */
    SparseScratch(int inputs, int rows) {
      m_rows = rows;
      m_count = new int[inputs];
      m_row = new int[inputs * rows];
      m_val = new float[inputs * rows];
      m_cursor = new int[rows];
    }
  }

  /**
   * Positions {@code cursor[r]} at the first non-zero of row r with an input index {@code >= from}.
   */
  static void seek(int rows, int[][] idx, int from, int[] cursor) {
    for (int r = 0; r < rows; r++) {
      int k = from == 0 ? 0 : java.util.Arrays.binarySearch(idx[r], from);
      cursor[r] = k >= 0 ? k : -k - 1;
    }
  }

  /**
   * The weight gradient over sparse input rows for the inputs {@code from .. to-1},
   * {@code g[g0 + i][o] += sum_r x[r][i] * d[r][o]}: chunk by chunk of {@link #SPARSE_CHUNK}
   * inputs, the rows' non-zeros are regrouped by input (input i's in slots {@code (i - chunk start) *
   * rows ...}), then each input's gradient row takes four rows with a non-zero per pass (the last
   * 1 to 3 in one pass). For every input the rows are summed in increasing order.
   *
   * @param cursor per row, the position of its first non-zero at an input {@code >= from} (see
   *          {@link #seek}); advanced to the first at an input {@code >= to}
   */
  static void weightGradientSparse(int rows, int from, int to, int nOut, int[][] idx, float[][] val, float[][] d,
    float[][] g, int g0, SparseScratch s, int[] cursor) {
    int[] count = s.m_count;
    int[] rowOf = s.m_row;
    float[] valOf = s.m_val;
    int stride = s.m_rows;
    for (int c0 = from; c0 < to; c0 += SPARSE_CHUNK) {
      int c1 = Math.min(to, c0 + SPARSE_CHUNK);
      java.util.Arrays.fill(count, 0, c1 - c0, 0);
      for (int r = 0; r < rows; r++) {
        int[] ix = idx[r];
        float[] v = val[r];
        int j = cursor[r];
        for (; j < ix.length && ix[j] < c1; j++) {
          int i = ix[j] - c0;
          int p = i * stride + count[i]++;
          rowOf[p] = r;
          valOf[p] = v[j];
        }
        cursor[r] = j;
      }
      for (int i = c0; i < c1; i++) {
        int p = (i - c0) * stride;
        int end = p + count[i - c0];
        float[] gr = g[g0 + i];
        for (; p + 4 <= end; p += 4) {
          axpy4(nOut, valOf[p], valOf[p + 1], valOf[p + 2], valOf[p + 3], d[rowOf[p]], d[rowOf[p + 1]],
            d[rowOf[p + 2]], d[rowOf[p + 3]], gr);
        }
        // the 1 to 3 remaining rows in one pass
        switch (end - p) {
        case 3:
          axpy3(nOut, valOf[p], valOf[p + 1], valOf[p + 2], d[rowOf[p]], d[rowOf[p + 1]], d[rowOf[p + 2]], gr);
          break;
        case 2:
          axpy2(nOut, valOf[p], valOf[p + 1], d[rowOf[p]], d[rowOf[p + 1]], gr);
          break;
        case 1:
          axpy(nOut, valOf[p], d[rowOf[p]], gr);
          break;
        default:
          break;
        }
      }
    }
  }
}
