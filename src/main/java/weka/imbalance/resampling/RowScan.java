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
 * The brute force of {@link ExactKnn} for small sets of finite points (see {@link
 * ExactKnn#SMALL_SET_WORK}): each point's exact distances to all the points at once, summed over the
 * coordinates in {@link ExactKnn#distance}'s order (with finite coordinates no term is skipped, so
 * the sums are the same bit for bit), in a loop over the points that the JIT vectorises; the k best
 * are kept with a running k-th distance. Every pair is computed twice, once per point, but there is
 * no screen to set up and no pair to confirm: on letter's classes (about 770 points x 16) this took
 * 0.8 to 0.9 of the screened brute force's time.
 */
final class RowScan {

  private final double[] m_X;
  private final int m_N;
  private final int m_D;
  /** cols[a][u] = coordinate a of point u. */
  private final double[][] m_Cols;

  RowScan(double[] x, int n, int d) {
    m_X = x;
    m_N = n;
    m_D = d;
    m_Cols = new double[d][n];
    for (int i = 0; i < n; i++) {
      for (int a = 0; a < d; a++) {
        m_Cols[a][i] = x[i * d + a];
      }
    }
  }

  /**
   * The k nearest other points of the points [from, to).
   *
   * @param result receives, per point, its neighbours' indices, nearest first
   */
  void rows(int from, int to, int k, int[][] result) {
    int n = m_N;
    int d = m_D;
    double[] acc = new double[n];
    ExactKnn.Heap heap = new ExactKnn.Heap(k);
    for (int i = from; i < to; i++) {
      Arrays.fill(acc, 0.0);
      for (int a = 0; a < d; a++) {
        double q = m_X[i * d + a];
        double[] col = m_Cols[a];
        for (int u = 0; u < n; u++) {
          double t = q - col[u];
          acc[u] += t * t;
        }
      }
      heap.clear();
      double worst = Double.POSITIVE_INFINITY;
      for (int u = 0; u < n; u++) {
        // indices rise, so a later point at the same distance never displaces an earlier one
        if (acc[u] <= worst && u != i) {
          heap.offer(acc[u], u);
          worst = heap.worstDist;
        }
      }
      result[i] = heap.sortedIndices();
    }
  }
}
