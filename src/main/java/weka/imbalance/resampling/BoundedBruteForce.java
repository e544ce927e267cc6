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

package weka.imbalance.resampling;

import java.util.Arrays;

/**
 * The brute force of {@link ExactKnn} for finite coordinates: every pair i &lt; j once, screened by a
 * certified lower bound from a cache-blocked matrix product, and confirmed with the exact distance.
 *
 * <p>The screen: with the points centred and scaled by a power of two, {@code |x - y|^2 = |x|^2 +
 * |y|^2 - 2 x.y}, so a block of distances is a block of dot products: one fused multiply-add per
 * coordinate and pair in {@code float}, eight or sixteen pairs per instruction (the loops are
 * written as the MLP's kernels are, so that HotSpot vectorises them: four coordinates per pass over
 * a block of {@value #BLOCK} points held column by column). The rounding error of that computation
 * is bounded: {@code (8d + 64) * 2^-24 * (|x|^2 + |y|^2)} plus a term for underflow covers the
 * float products and sums (at most {@code 2(d + 2) * 2^-24} of the same quantity), the rounding of
 * the centred and scaled coordinates and the rounding of {@link ExactKnn#distance} itself, with a
 * factor 4 to spare. Subtracting it gives a lower bound of the exact distance: a pair whose bound
 * exceeds the k-th best distance found so far of both its points cannot be among their neighbours
 * and is dropped; every other pair gets its distance from {@link ExactKnn#distance} (double, the
 * reference sum) and is offered to both points' heaps. The answer is therefore exactly the
 * reference's, ties by index included; the bound only decides how much is confirmed (about k
 * log(n) pairs per point).
 *
 * <p>Rows are taken in tiles of {@value #TILE} against one block of columns at a time; the blocks
 * of a range of rows are visited in bands, the diagonal block first, then the next block, and so
 * on, so that each point meets its own block's points early and its threshold tightens soon.
 * Applies to finite coordinates whose spread around the mean lies in [2^-400, 2^400] (see
 * {@link #forPoints}); anything else goes to {@link DirectBruteForce}.
 */
final class BoundedBruteForce {

  /** Points per column block: four coordinates of a block and a tile's bounds stay in the L1 cache. */
  static final int BLOCK = 512;

  /** Query rows sharing one block. */
  static final int TILE = 32;

  /** Rows of a tile whose candidates are flagged together. */
  static final int GROUP = 8;

  /** Relative error allowance per coordinate and the constant part, in units of 2^-24. */
  private static final double ERROR_PER_COORDINATE = 8, ERROR_CONSTANT = 64;

  private final double[] m_X;
  private final int m_N;
  private final int m_D;
  /** Centred, scaled coordinates: block b, coordinate a, point u of the block. */
  private final float[][][] m_Cols;
  /** Per block: (1 - error) |x|^2 of each point. */
  private final float[][] m_Part;
  /** Per point: (1 - error) |x|^2 - underflow allowance. */
  private final float[] m_RowPart;
  /** The square of the scale: a distance times it is in the bounds' units. */
  private final double m_Scale2;

  /**
   * @param x row-major points
   * @param n number of points
   * @param d number of coordinates
   * @return the search, or null when the bounds do not hold for these points: a coordinate is not
   *   finite, or the largest distance of a coordinate from its mean is neither 0 nor within
   *   [2^-400, 2^400] (the scaled squares must stay in range)
   */
  static BoundedBruteForce forPoints(double[] x, int n, int d) {
    for (double v : x) {
      if (Double.isNaN(v) || Double.isInfinite(v)) {
        return null;
      }
    }
    double[] mean = new double[d];
    for (int i = 0; i < n; i++) {
      for (int a = 0; a < d; a++) {
        mean[a] += x[i * d + a];
      }
    }
    for (int a = 0; a < d; a++) {
      mean[a] /= n;
    }
    double spread = 0;
    for (int i = 0; i < n; i++) {
      for (int a = 0; a < d; a++) {
        spread = Math.max(spread, Math.abs(x[i * d + a] - mean[a]));
      }
    }
    if (spread != 0 && !(spread >= 0x1p-400 && spread <= 0x1p400)) {
      return null;
    }
    return new BoundedBruteForce(x, n, d, mean, spread);
  }

  private BoundedBruteForce(double[] x, int n, int d, double[] mean, double spread) {
    m_X = x;
    m_N = n;
    m_D = d;
    double scale = spread == 0 ? 1 : Math.scalb(1.0, -Math.getExponent(spread) - 1);
    m_Scale2 = scale * scale;
    double rel = (ERROR_PER_COORDINATE * d + ERROR_CONSTANT) * 0x1p-24;
    float keep = (float) (1 - rel);
    float underflow = (float) ((ERROR_PER_COORDINATE * d + ERROR_CONSTANT) * Float.MIN_NORMAL);
    m_RowPart = new float[n];
    int nb = (n + BLOCK - 1) / BLOCK;
    m_Cols = new float[nb][d][];
    m_Part = new float[nb][];
    for (int b = 0; b < nb; b++) {
      int len = Math.min(BLOCK, n - b * BLOCK);
      m_Part[b] = new float[len];
      for (int a = 0; a < d; a++) {
        m_Cols[b][a] = new float[len];
      }
      for (int u = 0; u < len; u++) {
        int p = b * BLOCK + u;
        float s = 0;
        for (int a = 0; a < d; a++) {
          float c = (float) ((x[p * d + a] - mean[a]) * scale);
          m_Cols[b][a][u] = c;
          s = Math.fma(c, c, s);
        }
        m_Part[b][u] = keep * s;
        m_RowPart[p] = keep * s - underflow;
      }
    }
  }

  /**
   * Offers every pair (i, j), i in [from, to), j &gt; i, that may be among either point's k nearest
   * to {@code heaps}, with its exact distance.
   *
   * @param from first row
   * @param to end of the rows
   * @param heaps the heaps, one per point
   * @return how many pairs got their exact distance (the rest were screened out)
   */
  long rows(int from, int to, ExactKnn.Heaps heaps) {
    return pairs(from, to, from, m_N, heaps, new Thresholds());
  }

  /**
   * Offers every pair (i, j) with i in [rowFrom, rowTo), j in [colFrom, colTo) and j &gt; i that may
   * be among either point's k nearest to {@code heaps}, with its exact distance. The blocks are
   * visited in bands (a row block's own block of columns first, then the next, and so on), so that
   * a point meets its near neighbours in index order early and its threshold tightens soon.
   *
   * <p>Calls running at the same time must work on disjoint sets of points (rows and columns), as
   * {@link ExactKnn}'s threads do: each call reads and writes the heaps and thresholds of its own
   * points only. Sharing them between threads that write them at the same time (as the search's
   * two ranges of rows did up to session 7) keeps the answer but makes the cores pass the written
   * cache lines back and forth.
   *
   * @param thresholds the search's thresholds (one {@link Thresholds#Thresholds()} per search)
   * @return how many pairs got their exact distance (the rest were screened out)
   */
  long pairs(int rowFrom, int rowTo, int colFrom, int colTo, ExactKnn.Heaps heaps, Thresholds thresholds) {
    if (rowFrom >= rowTo || colFrom >= colTo) {
      return 0;
    }
    Scan s = new Scan(heaps, thresholds);
    int firstBlock = rowFrom / BLOCK;
    int lastBlock = (rowTo - 1) / BLOCK;
    int firstCol = colFrom / BLOCK;
    int lastCol = (colTo - 1) / BLOCK;
    for (int band = 0; firstBlock + band <= lastCol; band++) {
      for (int rb = firstBlock; rb <= lastBlock && rb + band <= lastCol; rb++) {
        int cb = rb + band;
        if (cb < firstCol) {
          continue;
        }
        int end = Math.min(rowTo, (rb + 1) * BLOCK);
        for (int i0 = Math.max(rowFrom, rb * BLOCK); i0 < end; i0 += TILE) {
          s.tile(i0, Math.min(end, i0 + TILE), cb, colFrom, colTo);
        }
      }
    }
    return s.m_Confirmed;
  }

  /** The screening thresholds of a search, in the bounds' units. */
  final class Thresholds {
    /** Per point: an upper bound of its k-th distance (MAX_VALUE: none yet). */
    private final float[] m_Point;
    /** The same, per block, so that the screening loop indexes every array alike. */
    private final float[][] m_Block;

    Thresholds() {
      m_Point = new float[m_N];
      Arrays.fill(m_Point, Float.MAX_VALUE);
      m_Block = new float[m_Cols.length][];
      for (int b = 0; b < m_Cols.length; b++) {
        m_Block[b] = new float[m_Part[b].length];
        Arrays.fill(m_Block[b], Float.MAX_VALUE);
      }
    }
  }

  /** The state of one call's scan: the heaps and the thresholds, in the bounds' units. */
  private final class Scan {
    private final ExactKnn.Heaps m_Heaps;
    /** Per point: an upper bound of its k-th distance in the bounds' units (MAX_VALUE: none yet). */
    private final float[] m_Threshold;
    /** The same, per block, so that the screening loop indexes every array alike. */
    private final float[][] m_BlockThreshold;
    /** Lower bounds of the tile's rows against the block, +infinity where a pair is not wanted. */
    private final float[][] m_Bounds = new float[TILE][BLOCK];
    /**
     * Per group of {@value #GROUP} rows of the tile and column of the block: the least (bound -
     * threshold) over the group's rows, so that a column that may count is checked on one group's
     * rows only (a column of a whole tile would be flagged 3 times as often).
     */
    private final float[][] m_Slack = new float[TILE / GROUP][BLOCK];
    /** The coordinates of the current row. */
    private final float[] m_Query = new float[m_D];
    /** Pairs given their exact distance. */
    long m_Confirmed;

    Scan(ExactKnn.Heaps heaps, Thresholds thresholds) {
      m_Heaps = heaps;
      m_Threshold = thresholds.m_Point;
      m_BlockThreshold = thresholds.m_Block;
    }

    /** Rows [i0, i1) against the points of block b after them and in [colFrom, colTo). */
    void tile(int i0, int i1, int b, int colFrom, int colTo) {
      int jb = b * BLOCK;
      int len = Math.min(m_Part[b].length, colTo - jb);
      int o0 = Math.max(Math.max(0, colFrom - jb), i0 + 1 - jb);
      if (o0 >= len) {
        return;
      }
      float[] thr = m_BlockThreshold[b];
      int groups = (i1 - i0 + GROUP - 1) / GROUP;
      for (int g = 0; g < groups; g++) {
        Arrays.fill(m_Slack[g], o0, len, Float.POSITIVE_INFINITY);
      }
      for (int i = i0; i < i1; i++) {
        float[] cols = m_Slack[(i - i0) / GROUP];
        float[] lb = m_Bounds[i - i0];
        int o = Math.max(o0, Math.min(len, i + 1 - jb));
        Arrays.fill(lb, o0, o, Float.POSITIVE_INFINITY);
        if (o < len) {
          float[][] own = m_Cols[i / BLOCK];
          for (int a = 0; a < m_D; a++) {
            m_Query[a] = own[a][i % BLOCK];
          }
          lowerBounds(m_Cols[b], m_Query, o, len, lb, m_RowPart[i], m_Part[b]);
          float ti = m_Threshold[i];
          for (int u = o; u < len; u++) {
            cols[u] = Math.min(cols[u], lb[u] - Math.max(ti, thr[u]));
          }
        }
      }
      for (int g = 0; g < groups; g++) {
        float[] cols = m_Slack[g];
        int r0 = i0 + g * GROUP;
        int r1 = Math.min(i1, r0 + GROUP);
        for (int u = o0; u < len; u++) {
          if (cols[u] <= 0) {
            int j = jb + u;
            for (int i = r0; i < r1; i++) {
              float lb = m_Bounds[i - i0][u];
              if (lb <= m_Threshold[j] || lb <= m_Threshold[i]) {
                double dist = ExactKnn.distance(m_X, m_D, i, j);
                m_Confirmed++;
                offer(i, dist, j);
                offer(j, dist, i);
              }
            }
          }
        }
      }
    }

    private void offer(int p, double dist, int q) {
      ExactKnn.Heaps h = m_Heaps;
      if (dist <= h.worst[p]) {
        h.offer(p, dist, q);
        double w = h.worst[p];
        if (w != Double.POSITIVE_INFINITY) {
          // the scale is a power of two, so the product is exact unless it underflows
          float f = roundUp(w > 0 ? Math.max(w * m_Scale2, Double.MIN_NORMAL) : 0);
          if (f < m_Threshold[p]) {
            m_Threshold[p] = f;
            m_BlockThreshold[p / BLOCK][p % BLOCK] = f;
          }
        }
      }
    }
  }

  /** @return the smallest float &gt;= v, at most Float.MAX_VALUE */
  static float roundUp(double v) {
    float f = (float) v;
    if (f < v) {
      f = Math.nextUp(f);
    }
    return Math.min(f, Float.MAX_VALUE);
  }

  /**
   * {@code lb[o .. len) = rowPart + part[u] - 2 q.block[u]}: the lower bounds of the point with
   * coordinates q against points o .. len - 1 of a block; four coordinates per pass (longer passes exceed what HotSpot
   * unrolls and vectorises), the last pass also forming the bound.
   */
  private void lowerBounds(float[][] block, float[] q, int o, int len, float[] lb, float rowPart, float[] part) {
    int d = m_D;
    int a = 0;
    Arrays.fill(lb, o, len, 0f);
    for (; a + 4 < d; a += 4) {
      float q0 = q[a], q1 = q[a + 1], q2 = q[a + 2], q3 = q[a + 3];
      float[] c0 = block[a], c1 = block[a + 1], c2 = block[a + 2], c3 = block[a + 3];
      for (int u = o; u < len; u++) {
        lb[u] = Math.fma(q3, c3[u], Math.fma(q2, c2[u], Math.fma(q1, c1[u], Math.fma(q0, c0[u], lb[u]))));
      }
    }
    switch (d - a) {
    case 4: {
      float q0 = q[a], q1 = q[a + 1], q2 = q[a + 2], q3 = q[a + 3];
      float[] c0 = block[a], c1 = block[a + 1], c2 = block[a + 2], c3 = block[a + 3];
      for (int u = o; u < len; u++) {
        lb[u] = Math.fma(-2f, Math.fma(q3, c3[u], Math.fma(q2, c2[u], Math.fma(q1, c1[u], Math.fma(q0, c0[u],
          lb[u])))), rowPart + part[u]);
      }
      break;
    }
    case 3: {
      float q0 = q[a], q1 = q[a + 1], q2 = q[a + 2];
      float[] c0 = block[a], c1 = block[a + 1], c2 = block[a + 2];
      for (int u = o; u < len; u++) {
        lb[u] = Math.fma(-2f, Math.fma(q2, c2[u], Math.fma(q1, c1[u], Math.fma(q0, c0[u], lb[u]))), rowPart + part[u]);
      }
      break;
    }
    case 2: {
      float q0 = q[a], q1 = q[a + 1];
      float[] c0 = block[a], c1 = block[a + 1];
      for (int u = o; u < len; u++) {
        lb[u] = Math.fma(-2f, Math.fma(q1, c1[u], Math.fma(q0, c0[u], lb[u])), rowPart + part[u]);
      }
      break;
    }
    case 1: {
      float q0 = q[a];
      float[] c0 = block[a];
      for (int u = o; u < len; u++) {
        lb[u] = Math.fma(-2f, Math.fma(q0, c0[u], lb[u]), rowPart + part[u]);
      }
      break;
    }
    default: // no coordinates
      for (int u = o; u < len; u++) {
        lb[u] = rowPart + part[u];
      }
    }
  }
}
