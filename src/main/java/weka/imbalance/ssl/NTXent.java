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

package weka.imbalance.ssl;

/**
 * SimCLR's NT-Xent (normalised temperature-scaled cross-entropy, InfoNCE over 2N views; Chen et al.,
 * ICML 2020) on a mini-batch of N instances with two views each. With u the projections scaled to
 * unit length and {@code s_ij = u_i . u_j / tau} over the 2N views, view i's loss is
 * {@code -s_i,p(i) + log sum_{j != i} exp(s_ij)}, p(i) its other view; the batch loss is the mean
 * over the 2N views (as PyTorch's cross-entropy over the 2N rows of the similarity matrix with the
 * diagonal left out, and the authors' {@code nt_xent}), and an instance's own loss is the mean of
 * its two views' losses (the score BCL tracks).
 */
public final class NTXent {

  private NTXent() {
  }

  /**
   * Scales rows to unit length (as torch.nn.functional.normalize, eps 1e-12).
   *
   * @param z rows
   * @param n the number of rows used
   * @param u receives the unit rows
   * @param norm receives each row's length (at least 1e-12)
   */
  public static void normalise(float[][] z, int n, double[][] u, double[] norm) {
    for (int i = 0; i < n; i++) {
      double sq = 0;
      for (float v : z[i]) {
        sq += (double) v * v;
      }
      norm[i] = Math.max(Math.sqrt(sq), 1e-12);
      for (int k = 0; k < z[i].length; k++) {
        u[i][k] = z[i][k] / norm[i];
      }
    }
  }

  /**
   * The gradient with respect to z of a function of u = z / |z|: {@code (g - u (u . g)) / |z|}.
   *
   * @param u unit rows
   * @param norm the rows' lengths before scaling
   * @param g dLoss/du (replaced by dLoss/dz)
   * @param n the number of rows
   */
  public static void throughNormalisation(double[][] u, double[] norm, double[][] g, int n) {
    for (int i = 0; i < n; i++) {
      double dot = 0;
      for (int k = 0; k < g[i].length; k++) {
        dot += u[i][k] * g[i][k];
      }
      for (int k = 0; k < g[i].length; k++) {
        g[i][k] = (g[i][k] - u[i][k] * dot) / norm[i];
      }
    }
  }

  /**
   * The loss and its gradient with respect to the unit projections.
   *
   * @param u1 first views (unit rows)
   * @param u2 second views (unit rows)
   * @param n the number of instances
   * @param tau the temperature
   * @param g1 receives dLoss/du1 (added to)
   * @param g2 receives dLoss/du2 (added to)
   * @param perInstance receives each instance's loss (mean of its two views), or null
   * @return the batch loss (mean over the 2n views)
   */
  public static double lossAndGradient(double[][] u1, double[][] u2, int n, double tau, double[][] g1,
    double[][] g2, double[] perInstance) {
    int m = 2 * n;
    double[][] u = new double[m][];
    double[][] g = new double[m][];
    for (int i = 0; i < n; i++) {
      u[i] = u1[i];
      u[n + i] = u2[i];
      g[i] = g1[i];
      g[n + i] = g2[i];
    }
    int d = u1[0].length;
    double[][] s = new double[m][m];
    for (int i = 0; i < m; i++) {
      for (int j = i + 1; j < m; j++) {
        double dot = 0;
        for (int k = 0; k < d; k++) {
          dot += u[i][k] * u[j][k];
        }
        s[i][j] = dot / tau;
        s[j][i] = s[i][j];
      }
    }
    // G[i][j] = dLoss/ds_ij: (softmax_i(j) - [j = p(i)]) / m over j != i
    double total = 0;
    double[][] gs = new double[m][m];
    for (int i = 0; i < m; i++) {
      int p = i < n ? i + n : i - n;
      double max = Double.NEGATIVE_INFINITY;
      for (int j = 0; j < m; j++) {
        if (j != i) {
          max = Math.max(max, s[i][j]);
        }
      }
      double sum = 0;
      for (int j = 0; j < m; j++) {
        if (j != i) {
          sum += Math.exp(s[i][j] - max);
        }
      }
      double loss = max + Math.log(sum) - s[i][p];
      total += loss;
      if (perInstance != null) {
        perInstance[i % n] += loss / 2;
      }
      for (int j = 0; j < m; j++) {
        if (j != i) {
          gs[i][j] = (Math.exp(s[i][j] - max) / sum - (j == p ? 1 : 0)) / m;
        }
      }
    }
    // s_ij = u_i . u_j / tau appears at (i, j) and (j, i)
    for (int i = 0; i < m; i++) {
      double[] gi = g[i];
      for (int j = 0; j < m; j++) {
        if (j != i) {
          double c = (gs[i][j] + gs[j][i]) / tau;
          double[] uj = u[j];
          for (int k = 0; k < d; k++) {
            gi[k] += c * uj[k];
          }
        }
      }
    }
    return total / m;
  }
}
