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
 * Squared Euclidean distances of one point to many points held column by column, summed in the
 * order of the scalar distance ({@link ExactKnn#distance}: coordinate 0 first, one addition per
 * coordinate), so that for finite coordinates the sums are the same bit for bit. Four coordinates
 * per pass over the points, in loops the JIT vectorises: the running sums are read and written a
 * quarter as often as one coordinate per pass would (eight per pass was 1.8x slower, not
 * vectorised). Shared by the exact neighbour searches ({@link RowScan}, the cleaning rules'
 * nearest scan).
 */
public final class ColumnDistances {

  private ColumnDistances() {
  }

  /**
   * s[j] = sum over a of (x[qo + a] - cols[a][j])^2, for j in [0, len).
   *
   * @param x the query's coordinates are x[qo .. qo + d)
   * @param qo offset of the query's coordinates
   * @param d number of coordinates
   * @param cols cols[a][j] = coordinate a of point j
   * @param len number of points
   * @param s receives the sums (its first len entries)
   */
  public static void sum(double[] x, int qo, int d, double[][] cols, int len, double[] s) {
    int a = 0;
    if (d >= 4) {
      double q0 = x[qo];
      double q1 = x[qo + 1];
      double q2 = x[qo + 2];
      double q3 = x[qo + 3];
      double[] c0 = cols[0];
      double[] c1 = cols[1];
      double[] c2 = cols[2];
      double[] c3 = cols[3];
      for (int j = 0; j < len; j++) {
        double t0 = q0 - c0[j];
        double t1 = q1 - c1[j];
        double t2 = q2 - c2[j];
        double t3 = q3 - c3[j];
        s[j] = ((t0 * t0 + t1 * t1) + t2 * t2) + t3 * t3;
      }
      for (a = 4; a + 4 <= d; a += 4) {
        q0 = x[qo + a];
        q1 = x[qo + a + 1];
        q2 = x[qo + a + 2];
        q3 = x[qo + a + 3];
        c0 = cols[a];
        c1 = cols[a + 1];
        c2 = cols[a + 2];
        c3 = cols[a + 3];
        for (int j = 0; j < len; j++) {
          double t0 = q0 - c0[j];
          double t1 = q1 - c1[j];
          double t2 = q2 - c2[j];
          double t3 = q3 - c3[j];
          s[j] = (((s[j] + t0 * t0) + t1 * t1) + t2 * t2) + t3 * t3;
        }
      }
    } else {
      java.util.Arrays.fill(s, 0, len, 0.0);
    }
    for (; a < d; a++) {
      double q = x[qo + a];
      double[] col = cols[a];
      for (int j = 0; j < len; j++) {
        double t = q - col[j];
        s[j] += t * t;
      }
    }
  }
}
