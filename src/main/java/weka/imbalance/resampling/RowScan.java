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
 * ExactKnn#SMALL_SET_WORK}): each point's exact distances to all the points at once, summed over
 * the coordinates in {@link ExactKnn#distance}'s order (with finite coordinates no term is skipped,
 * so the sums are the same bit for bit; {@link ColumnDistances}). The k best are then chosen under
 * a bound: the points are cut into disjoint groups of {@value #GROUP} (strided, so that the groups'
 * minima take one pass over the distances; JDK 17's C2 runs that pass as scalar code, about a
 * quarter of the search on 734 x 16: {@code Math.min} over several offsets of one array is not
 * vectorised, and eight separate arrays, whose minima are, cost as much in shorter distance loops),
 * and the (k + 1)-th smallest group minimum bounds the k-th distance from above (k + 1 groups hold
 * k + 1 distinct points at most that far, one of which may be the point itself), so only the groups
 * whose minimum is within the bound are looked at, a handful of points each. Every pair is computed
 * twice, once per point, but there is no screen to set up and no pair to confirm.
 */
final class RowScan {

  /** Points per group of the bound (8 strided slices, then 4 of those). */
  static final int GROUP = 32;

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
    Buffers b = new Buffers(m_N, k);
    for (int i = from; i < to; i++) {
      result[i] = nearest(i, k, b);
    }
  }

  /** One thread's work space. */
  private static final class Buffers {
    /**
     * Slices of m points: block j is the points {j, j + m, ..., j + 7m}; group g the blocks g,
     * g + m2, g + 2 m2 and g + 3 m2.
     */
    final int m;
    final int m2;
    final double[] acc;
    final double[] block;
    final double[] group;
    final double[] least;
    final double[] bestDist;
    final int[] bestIdx;

    Buffers(int n, int k) {
      m = n / 8;
      m2 = m / 4;
      acc = new double[n];
      block = new double[Math.max(m, 1)];
      group = new double[Math.max(m2, 1)];
      least = new double[k + 1];
      bestDist = new double[k];
      bestIdx = new int[k];
    }
  }

  /** @return point i's k nearest other points, nearest first */
  private int[] nearest(int i, int k, Buffers b) {
    int n = m_N;
    double[] acc = b.acc;
    double[] bestDist = b.bestDist;
    int[] bestIdx = b.bestIdx;
    ColumnDistances.sum(m_X, i * m_D, m_D, m_Cols, n, acc);
    int size = 0;
    int m = b.m;
    // with one coordinate the distances cost less than the bound
    if (m_D >= 2 && b.m2 > k) {
      double bound = bound(acc, m, b.m2, k, b.block, b.group, b.least);
      double[] block = b.block;
      for (int j = 0; j < m; j++) {
        if (block[j] <= bound) {
          for (int u = j; u < 8 * m; u += m) {
            if (acc[u] <= bound && u != i) {
              size = ExactKnn.Heap.insertSorted(bestDist, bestIdx, size, k, acc[u], u);
            }
          }
        }
      }
      for (int u = 8 * m; u < n; u++) {
        if (acc[u] <= bound && u != i) {
          size = ExactKnn.Heap.insertSorted(bestDist, bestIdx, size, k, acc[u], u);
        }
      }
    } else {
      double worst = Double.POSITIVE_INFINITY;
      for (int u = 0; u < n; u++) {
        if (acc[u] <= worst && u != i) {
          size = ExactKnn.Heap.insertSorted(bestDist, bestIdx, size, k, acc[u], u);
          if (size == k) {
            worst = bestDist[k - 1];
          }
        }
      }
    }
    return Arrays.copyOf(bestIdx, size);
  }

  /**
   * Fills the blocks' minima and returns the (k + 1)-th smallest of the groups' minima: at least k
   * points other than the query lie within it.
   */
  private static double bound(double[] acc, int m, int m2, int k, double[] block, double[] group,
    double[] least) {
    for (int j = 0; j < m; j++) {
      block[j] = Math.min(Math.min(Math.min(acc[j], acc[j + m]), Math.min(acc[j + 2 * m], acc[j + 3 * m])),
          Math.min(Math.min(acc[j + 4 * m], acc[j + 5 * m]), Math.min(acc[j + 6 * m], acc[j + 7 * m])));
    }
    for (int g = 0; g < m2; g++) {
      group[g] = Math.min(Math.min(block[g], block[g + m2]), Math.min(block[g + 2 * m2], block[g + 3 * m2]));
    }
    int c = 0;
    for (int g = 0; g < m2; g++) {
      double v = group[g];
      int p;
      if (c <= k) {
        p = c++;
      } else if (v < least[k]) {
        p = k;
      } else {
        continue;
      }
      while (p > 0 && least[p - 1] > v) {
        least[p] = least[p - 1];
        p--;
      }
      least[p] = v;
    }
    return least[k];
  }
}
