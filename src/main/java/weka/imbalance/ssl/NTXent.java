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

import weka.imbalance.Parallel;

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
    normalise(z, 0, n, u, norm);
  }

  /**
   * {@link #normalise(float[][], int, double[][], double[])} of the rows from .. to-1.
   *
   * @param z rows
   * @param from the first row
   * @param to one past the last row
   * @param u receives the unit rows
   * @param norm receives each row's length (at least 1e-12)
   */
  public static void normalise(float[][] z, int from, int to, double[][] u, double[] norm) {
    for (int i = from; i < to; i++) {
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
    throughNormalisation(u, norm, g, 0, n);
  }

  /**
   * {@link #throughNormalisation(double[][], double[], double[][], int)} of the rows from .. to-1.
   *
   * @param u unit rows
   * @param norm the rows' lengths before scaling
   * @param g dLoss/du (replaced by dLoss/dz)
   * @param from the first row
   * @param to one past the last row
   */
  public static void throughNormalisation(double[][] u, double[] norm, double[][] g, int from, int to) {
    for (int i = from; i < to; i++) {
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
    try {
      return lossAndGradient(u1, u2, n, tau, g1, g2, perInstance, new Workspace(n, u1[0].length), 1);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The buffers of {@link NTXent#lossAndGradient}, for mini-batches of up to a given size. */
  public static final class Workspace {
    final double[][] m_s;
    final double[][] m_t;
    final double[] m_loss;
    final double[][] m_u;
    final double[][] m_g;

    /**
     * @param maxInstances the largest mini-batch
     * @param dim the projection size
     */
    public Workspace(int maxInstances, int dim) {
      int m = 2 * maxInstances;
      m_s = new double[m][m];
      m_t = new double[dim][m];
      m_loss = new double[m];
      m_u = new double[m][];
      m_g = new double[m][];
    }
  }

  /**
   * The loss and its gradient, the 2n views' rows spread over threads: the similarity matrix as a
   * product with the transposed projections, then each row's softmax and loss, then each view's
   * gradient {@code sum_j (G_ij + G_ji) / tau * u_j}. Every value is computed in one fixed order
   * whatever the threads, so the result does not depend on their number.
   *
   * @param u1 first views (unit rows)
   * @param u2 second views (unit rows)
   * @param n the number of instances
   * @param tau the temperature
   * @param g1 receives dLoss/du1 (added to)
   * @param g2 receives dLoss/du2 (added to)
   * @param perInstance receives each instance's loss (mean of its two views, added to), or null
   * @param ws buffers for at least n instances
   * @param threads the threads
   * @return the batch loss (mean over the 2n views)
   * @throws Exception if a thread fails
   */
  public static double lossAndGradient(double[][] u1, double[][] u2, int n, double tau, double[][] g1,
    double[][] g2, double[] perInstance, Workspace ws, int threads) throws Exception {
    return lossAndGradient(u1, u2, n, tau, g1, g2, perInstance, ws,
      (m, min, task) -> Parallel.forRange(threads, m, min, task));
  }

  /** Runs a task over [0, n) in contiguous ranges, as {@link Parallel#forRange}. */
  @FunctionalInterface
  public interface Ranges {
    /**
     * @param n the number of indices
     * @param minPerThread the fewest indices worth a range of their own
     * @param task the work
     * @throws Exception if the work fails
     */
    void forRange(int n, int minPerThread, Parallel.RangeTask task) throws Exception;
  }

  /**
   * {@link #lossAndGradient(double[][], double[][], int, double, double[][], double[][], double[], Workspace, int)}
   * with its two parallel phases run by {@code ranges} (the trainer's threads).
   *
   * @param u1 first views (unit rows)
   * @param u2 second views (unit rows)
   * @param n the number of instances
   * @param tau the temperature
   * @param g1 receives dLoss/du1 (added to)
   * @param g2 receives dLoss/du2 (added to)
   * @param perInstance receives each instance's loss (mean of its two views, added to), or null
   * @param ws buffers for at least n instances
   * @param ranges runs the parallel phases
   * @return the batch loss (mean over the 2n views)
   * @throws Exception if a thread fails
   */
  public static double lossAndGradient(double[][] u1, double[][] u2, int n, double tau, double[][] g1,
    double[][] g2, double[] perInstance, Workspace ws, Ranges ranges) throws Exception {
    int m = 2 * n;
    double[][] u = ws.m_u;
    double[][] g = ws.m_g;
    for (int i = 0; i < n; i++) {
      u[i] = u1[i];
      u[n + i] = u2[i];
      g[i] = g1[i];
      g[n + i] = g2[i];
    }
    int d = u1[0].length;
    double[][] t = ws.m_t;
    for (int i = 0; i < m; i++) {
      for (int k = 0; k < d; k++) {
        t[k][i] = u[i][k];
      }
    }
    double[][] s = ws.m_s;
    double[] rowLoss = ws.m_loss;
    // s_ij = (sum_k u_ik u_jk, in k order) / tau; then, in place, G_ij = dLoss/ds_ij =
    // (softmax_i(j) - [j = p(i)]) / m over j != i
    ranges.forRange(m, 16, (from, to) -> {
      // four rows at a time share each load of the transposed projections; every s_ij is still
      // summed over k in order
      int i = from;
      for (; i + 4 <= to; i += 4) {
        double[] s0 = s[i];
        double[] s1 = s[i + 1];
        double[] s2 = s[i + 2];
        double[] s3 = s[i + 3];
        java.util.Arrays.fill(s0, 0, m, 0.0);
        java.util.Arrays.fill(s1, 0, m, 0.0);
        java.util.Arrays.fill(s2, 0, m, 0.0);
        java.util.Arrays.fill(s3, 0, m, 0.0);
        for (int k = 0; k < d; k++) {
          double a0 = u[i][k];
          double a1 = u[i + 1][k];
          double a2 = u[i + 2][k];
          double a3 = u[i + 3][k];
          double[] tk = t[k];
          for (int j = 0; j < m; j++) {
            double v = tk[j];
            s0[j] += a0 * v;
            s1[j] += a1 * v;
            s2[j] += a2 * v;
            s3[j] += a3 * v;
          }
        }
        for (int r = i; r < i + 4; r++) {
          rowLoss[r] = softmaxRow(s[r], r, n, m, tau);
        }
      }
      for (; i < to; i++) {
        double[] si = s[i];
        java.util.Arrays.fill(si, 0, m, 0.0);
        for (int k = 0; k < d; k++) {
          double a = u[i][k];
          double[] tk = t[k];
          for (int j = 0; j < m; j++) {
            si[j] += a * tk[j];
          }
        }
        rowLoss[i] = softmaxRow(si, i, n, m, tau);
      }
    });
    // s_ij = u_i . u_j / tau appears at (i, j) and (j, i); four rows at a time share each u_j and
    // each cache line of the column s_.i, every g_i still summed over j in order
    ranges.forRange(m, 16, (from, to) -> {
      int i = from;
      for (; i + 4 <= to; i += 4) {
        double[] h0 = g[i];
        double[] h1 = g[i + 1];
        double[] h2 = g[i + 2];
        double[] h3 = g[i + 3];
        for (int j = 0; j < m; j++) {
          double[] sj = s[j];
          double c0 = j == i ? 0 : (s[i][j] + sj[i]) / tau;
          double c1 = j == i + 1 ? 0 : (s[i + 1][j] + sj[i + 1]) / tau;
          double c2 = j == i + 2 ? 0 : (s[i + 2][j] + sj[i + 2]) / tau;
          double c3 = j == i + 3 ? 0 : (s[i + 3][j] + sj[i + 3]) / tau;
          double[] uj = u[j];
          for (int k = 0; k < d; k++) {
            double v = uj[k];
            h0[k] += c0 * v;
            h1[k] += c1 * v;
            h2[k] += c2 * v;
            h3[k] += c3 * v;
          }
        }
      }
      for (; i < to; i++) {
        double[] gi = g[i];
        for (int j = 0; j < m; j++) {
          if (j != i) {
            double c = (s[i][j] + s[j][i]) / tau;
            double[] uj = u[j];
            for (int k = 0; k < d; k++) {
              gi[k] += c * uj[k];
            }
          }
        }
      }
    });
    double total = 0;
    for (int i = 0; i < m; i++) {
      total += rowLoss[i];
      if (perInstance != null) {
        perInstance[i % n] += rowLoss[i] / 2;
      }
    }
    return total / m;
  }

  /**
   * Row i of the similarities (before the division by tau) becomes, in place, {@code G_ij =
   * dLoss/ds_ij = (softmax_i(j) - [j = p(i)]) / m} over j != i (0 at j = i).
   *
   * @return the row's loss, {@code -s_i,p(i) + log sum_{j != i} exp(s_ij)}
   */
  private static double softmaxRow(double[] si, int i, int n, int m, double tau) {
    double max = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < m; j++) {
      si[j] /= tau;
      if (j != i) {
        max = Math.max(max, si[j]);
      }
    }
    int p = i < n ? i + n : i - n;
    double positive = si[p];
    double sum = 0;
    for (int j = 0; j < m; j++) {
      if (j != i) {
        si[j] = Math.exp(si[j] - max);
        sum += si[j];
      }
    }
    for (int j = 0; j < m; j++) {
      si[j] = j == i ? 0 : (si[j] / sum - (j == p ? 1 : 0)) / m;
    }
    return max + Math.log(sum) - positive;
  }
}
