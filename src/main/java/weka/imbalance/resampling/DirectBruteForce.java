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

/**
 * The brute force of {@link ExactKnn} for points that {@link BoundedBruteForce} does not take
 * (missing or infinite coordinates, an extreme spread): every pair i &lt; j gets the distance of
 * {@link ExactKnn#distance}, summed in the same order (so bit for bit the same), a NaN term
 * skipped; points are scanned attribute by attribute in blocks of {@value #BLOCK}, a tile of
 * {@value #TILE} rows per block.
 */
final class DirectBruteForce {

  private static final int BLOCK = 512;
  private static final int TILE = 32;

  private final double[] m_X;
  private final int m_N;
  private final int m_D;
  /** cols[b][a][u] = coordinate a of point b * BLOCK + u. */
  private final double[][][] m_Cols;

  DirectBruteForce(double[] x, int n, int d) {
    m_X = x;
    m_N = n;
    m_D = d;
    int nb = (n + BLOCK - 1) / BLOCK;
    m_Cols = new double[nb][d][];
    for (int b = 0; b < nb; b++) {
      int len = Math.min(BLOCK, n - b * BLOCK);
      for (int a = 0; a < d; a++) {
        double[] col = new double[len];
        for (int u = 0; u < len; u++) {
          col[u] = x[(b * BLOCK + u) * d + a];
        }
        m_Cols[b][a] = col;
      }
    }
  }

  /**
   * Offers every pair (i, j) with i in [rowFrom, rowTo), j in [colFrom, colTo) and j &gt; i to both
   * points' heaps when it may belong there (calls at the same time on disjoint points only, as
   * {@link BoundedBruteForce#pairs}).
   */
  void pairs(int rowFrom, int rowTo, int colFrom, int colTo, ExactKnn.Heaps heaps) {
    int d = m_D;
    double[] acc = new double[BLOCK];
    double[] worst = heaps.worst;
    for (int i0 = rowFrom; i0 < rowTo; i0 += TILE) {
      int i1 = Math.min(rowTo, i0 + TILE);
      for (int b = Math.max((i0 + 1) / BLOCK, colFrom / BLOCK); b * BLOCK < colTo; b++) {
        double[][] block = m_Cols[b];
        int jb = b * BLOCK;
        int len = Math.min(colTo - jb, block.length == 0 ? Math.min(BLOCK, m_N - jb) : block[0].length);
        for (int i = i0; i < i1; i++) {
          int o = Math.max(Math.max(0, colFrom - jb), i + 1 - jb);
          if (o >= len) {
            continue;
          }
          java.util.Arrays.fill(acc, o, len, 0.0);
          for (int a = 0; a < d; a++) {
            double qa = m_X[i * d + a];
            double[] col = block[a];
            for (int u = o; u < len; u++) {
              double diff = qa - col[u];
              if (diff == diff) {
                acc[u] += diff * diff;
              }
            }
          }
          double wi = worst[i];
          for (int u = o; u < len; u++) {
            double dist = acc[u];
            int j = jb + u;
            if (dist <= wi) {
              heaps.offer(i, dist, j);
              wi = worst[i];
            }
            if (dist <= worst[j]) {
              heaps.offer(j, dist, i);
            }
          }
        }
      }
    }
  }
}
