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

package weka.imbalance.resampling.cleaning;

import weka.imbalance.resampling.ColumnDistances;

/**
 * The k nearest points of a reference set to a query point, bit for bit what a full scan computing
 * {@link Neighbourhood#distance} to every reference point and keeping the k smallest by (distance,
 * reference index) gives, but fast: the reference coordinates are stored by block and column, so
 * that the squared distances of one query to a block of reference points are summed coordinate by
 * coordinate over the block (a loop the JIT vectorises), in the same order of additions as the scalar distance,
 * and a point is offered to the kept k only when its squared distance can still enter.
 *
 * <p>Points with a missing (NaN) or infinite coordinate take the scalar path, which skips missing
 * coordinates as {@link Neighbourhood#distance} does; a query with one compares to every point by
 * that path.
 */
final class NearestScan {

  private static final int BLOCK = 256;

  /**
   * The finite reference points' coordinates by block and column: m_Blocks[b][a][j] is coordinate a
   * of finite point b * BLOCK + j (same index for the column and the sums, so the JIT vectorises).
   */
  private final double[][][] m_Blocks;
  /** Reference index of each finite point, ascending. */
  private final int[] m_Finite;
  /** Reference index of each point with a missing or infinite coordinate, ascending. */
  private final int[] m_Other;
  private final Neighbourhood m_Nb;
  /** The reference points' positions. */
  private final int[] m_Reference;
  private final int m_D;

  /**
   * @param nb the points
   * @param reference the reference points' positions; index i of this array is the reference index
   *   reported by {@link #nearest}
   */
  NearestScan(Neighbourhood nb, int[] reference) {
    m_Nb = nb;
    m_Reference = reference;
    double[] x = nb.coordinates();
    int d = nb.dimensions();
    m_D = d;
    int n = reference.length;
    int finite = 0;
    for (int p : reference) {
      finite += finiteRow(x, p * d, d) ? 1 : 0;
    }
    m_Finite = new int[finite];
    m_Other = new int[n - finite];
    m_Blocks = new double[(finite + BLOCK - 1) / BLOCK][d][];
    for (int b = 0; b < m_Blocks.length; b++) {
      for (int a = 0; a < d; a++) {
        m_Blocks[b][a] = new double[Math.min(BLOCK, finite - b * BLOCK)];
      }
    }
    finite = 0;
    int other = 0;
    for (int i = 0; i < n; i++) {
      int row = reference[i] * d;
      if (finiteRow(x, row, d)) {
        for (int a = 0; a < d; a++) {
          m_Blocks[finite / BLOCK][a][finite % BLOCK] = x[row + a];
        }
        m_Finite[finite++] = i;
      } else {
        m_Other[other++] = i;
      }
    }
  }

  private static boolean finiteRow(double[] x, int offset, int d) {
    for (int a = 0; a < d; a++) {
      if (!Double.isFinite(x[offset + a])) {
        return false;
      }
    }
    return true;
  }

  /** The k nearest found so far, ascending by (distance, reference index). */
  static final class Nearest {
    final double[] m_Dist;
    final int[] m_Index;
    int m_Count;
    /** The largest squared distance whose square root is at most the k-th distance (infinity until k are kept). */
    double m_Bound;

    Nearest(int k) {
      m_Dist = new double[k];
      m_Index = new int[k];
    }

    void reset() {
      m_Count = 0;
      m_Bound = Double.POSITIVE_INFINITY;
    }

    void offer(double sq, int index) {
      double v = Math.sqrt(sq);
      int k = m_Dist.length;
      if (m_Count == k && !before(v, index, m_Dist[k - 1], m_Index[k - 1])) {
        return;
      }
      int at = m_Count < k ? m_Count++ : k - 1;
      while (at > 0 && before(v, index, m_Dist[at - 1], m_Index[at - 1])) {
        m_Dist[at] = m_Dist[at - 1];
        m_Index[at] = m_Index[at - 1];
        at--;
      }
      m_Dist[at] = v;
      m_Index[at] = index;
      if (m_Count == k) {
        m_Bound = largestSquareWithRootAtMost(m_Dist[k - 1]);
      }
    }

    private static boolean before(double v, int i, double w, int j) {
      int c = Double.compare(v, w);
      return c < 0 || c == 0 && i < j;
    }
  }

  /** @return the largest double s with Math.sqrt(s) &lt;= v (infinity for an infinite v) */
  static double largestSquareWithRootAtMost(double v) {
    if (!Double.isFinite(v)) {
      return Double.POSITIVE_INFINITY;
    }
    double s = v * v;
    while (Math.sqrt(s) > v) {
      s = Math.nextDown(s);
    }
    while (Math.sqrt(Math.nextUp(s)) <= v) {
      s = Math.nextUp(s);
    }
    return s;
  }

  /**
   * The k nearest reference points of one query point.
   *
   * @param query the query's position
   * @param out receives the nearest (its capacity k is at most the reference set's size); reset here
   * @param s a work array of at least {@link #workSize()} doubles
   */
  void nearest(int query, Nearest out, double[] s) {
    out.reset();
    if (out.m_Dist.length == 0) {
      return;
    }
    double[] x = m_Nb.coordinates();
    int qo = query * m_D;
    if (!finiteRow(x, qo, m_D)) {
      for (int i = 0; i < m_Reference.length; i++) {
        out.offer(m_Nb.squaredDistance(query, m_Reference[i]), i);
      }
      return;
    }
    int n = m_Finite.length;
    for (int start = 0; start < n; start += BLOCK) {
      int len = Math.min(BLOCK, n - start);
      double[][] cols = m_Blocks[start / BLOCK];
      ColumnDistances.sum(x, qo, m_D, cols, len, s);
      double bound = out.m_Bound;
      for (int j = 0; j < len; j++) {
        if (s[j] <= bound) {
          out.offer(s[j], m_Finite[start + j]);
          bound = out.m_Bound;
        }
      }
    }
    for (int i : m_Other) {
      out.offer(m_Nb.squaredDistance(query, m_Reference[i]), i);
    }
  }

  /** @return the size of the work array {@link #nearest} needs */
  static int workSize() {
    return BLOCK;
  }
}
