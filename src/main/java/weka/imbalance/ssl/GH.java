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

import java.util.Random;

import weka.core.OptionMetadata;
import weka.core.TechnicalInformation;
import weka.imbalance.Citations;
import weka.imbalance.OptionValues;
import weka.imbalance.nn.LearningRateSchedule;
import weka.imbalance.nn.Network;

/**
 * GH, geometric harmonization (Zhou et al., NeurIPS 2023), as the authors' code does it. The
 * geometric uniform structure is a simplex equiangular tight frame of K unit vectors in the
 * projection space, {@code M = sqrt(K / (K - 1)) (I - 11^T / K) U} with U K orthonormal rows drawn at
 * random (K &lt;= the projection size; the code's {@code k <= d + 1} does not give equal angles from
 * orthonormal rows at k = d + 1). A view's logits are {@code t = normalise(z M^T)}; its
 * surrogate label q is the Sinkhorn-Knopp allocation of {@code exp(t / 0.05)} (300 iterations) under
 * the marginal constraints: every instance weight 1/N, prototype k the share pi_k; pi is the share of
 * the training instances whose moving-average logits (momentum 0.9 during the warm-up, 0.999 after)
 * point to k, refreshed at the end of the warm-up and every 2% of the epochs after it (every 20 of
 * 1000 in the code), uniform before the first. The loss is {@code NT-Xent + w * L_GH} with
 * {@code L_GH = -mean_i q1_i . log softmax(t2_i / 0.1) - mean_i q2_i . log softmax(t1_i / 0.1)}
 * (q fixed), from the end of the warm-up (half the epochs: 500 of 1000 in the authors' command), w
 * rising linearly over the next 1% of the epochs (10 of 1000). With a warm-up the learning rate
 * follows the code's two stages (see {@link #learningRate}).
 */
public class GH extends ContrastiveMethod {

  private static final long serialVersionUID = 7010233693012960212L;

  /** Sinkhorn's entropic regularisation, temperature of L_GH and iterations, as in the code. */
  static final double SINKHORN_EPS = 0.05;
  static final double GAMMA = 0.1;
  static final int SINKHORN_ITERATIONS = 300;
  /** The code's rate at the end of its warm-up and the start of its second stage: 0.3 of its peak 0.5. */
  static final double STAGE_TWO = 0.6;

  private int m_K = 10;
  private double m_weight = 1;
  private double m_warmup = 0.5;

  private transient double[][] m_target;
  private transient double[][] m_logitMomentum;
  private transient double[] m_pi;
  private transient double m_beta;

  @Override
  public String globalInfo() {
    return "GH, geometric harmonization: K equiangular unit vectors (a simplex, the geometric uniform structure) "
      + "in the projection space; each view's cosine logits against them get surrogate labels from a "
      + "Sinkhorn allocation under the marginal constraints (instances uniform, prototypes by their estimated "
      + "share), and the loss NT-Xent + w * L_GH (a swapped cross-entropy on the surrogate labels) keeps the "
      + "head clusters from taking the space of the tail ones (Zhou et al., NeurIPS 2023). K: about the number "
      + "of classes expected.\n\nFor more information see:\n\n" + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    return Citations.zhou2023();
  }

  @Override
  public void initialise(int numInstances, int projectionDim, Random random) {
    checkK(m_K, projectionDim);
    m_target = simplex(m_K, projectionDim, random);
    m_logitMomentum = new double[numInstances][m_K];
    m_pi = null;
  }

  /**
   * @param k the number of vectors
   * @param dim the projection size
   * @throws IllegalArgumentException unless k &lt;= dim
   */
  public static void checkK(int k, int dim) {
    OptionValues.require(k <= dim, "K", k, "at most the projection size (" + dim + ")");
  }

  /**
   * A random simplex equiangular tight frame: k unit rows with pairwise dot products -1 / (k - 1).
   *
   * @param k the number of rows (2 to dim)
   * @param dim their length
   * @param random the random number generator
   * @return the rows
   */
  public static double[][] simplex(int k, int dim, Random random) {
    double[][] u = new double[k][dim];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < dim; j++) {
        u[i][j] = random.nextGaussian();
      }
      // Gram-Schmidt (twice, for rounding): orthonormal rows
      for (int pass = 0; pass < 2; pass++) {
        for (int p = 0; p < i; p++) {
          double dot = 0;
          for (int j = 0; j < dim; j++) {
            dot += u[i][j] * u[p][j];
          }
          for (int j = 0; j < dim; j++) {
            u[i][j] -= dot * u[p][j];
          }
        }
      }
      double norm = 0;
      for (double v : u[i]) {
        norm += v * v;
      }
      norm = Math.sqrt(norm);
      for (int j = 0; j < dim; j++) {
        u[i][j] /= norm;
      }
    }
    double[] mean = new double[dim];
    for (double[] row : u) {
      for (int j = 0; j < dim; j++) {
        mean[j] += row[j] / k;
      }
    }
    double scale = Math.sqrt(k / (k - 1.0));
    double[][] m = new double[k][dim];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < dim; j++) {
        m[i][j] = scale * (u[i][j] - mean[j]);
      }
    }
    return m;
  }

  private int warmupEpochs(int numEpochs) {
    return (int) Math.round(m_warmup * numEpochs);
  }

  /**
   * @param epoch the epoch, from 0
   * @param numEpochs the number of epochs
   * @return the weight of L_GH in this epoch (0 during the warm-up)
   */
  double weightAt(int epoch, int numEpochs) {
    int warm = warmupEpochs(numEpochs);
    int ramp = Math.max(1, (int) Math.round(0.01 * numEpochs));
    if (epoch + 1 <= warm) {
      return 0;
    }
    return m_weight * Math.min(1.0, (epoch + 1 - warm) / (double) ramp);
  }

  /**
   * The GH code's two-stage schedule ({@code lr_scheduler_warm}, used with its warm-up): after the
   * linear warm-up, a cosine from the peak rate down to 0.6 of it (0.3 of 0.5) at the end of GH's
   * warm-up, then a second cosine from 0.6 of the peak to 0 over the remaining epochs. The peak and
   * the end of the linear warm-up are the filter's schedule's; with no GH warm-up, its schedule.
   */
  @Override
  public double learningRate(LearningRateSchedule schedule, int epoch, int numEpochs) {
    int warm = warmupEpochs(numEpochs);
    if (warm == 0) {
      return schedule.rate(epoch, numEpochs);
    }
    double peak = 0;
    int top = 0;
    for (int e = 0; e < numEpochs; e++) {
      double r = schedule.rate(e, numEpochs);
      if (r > peak) {
        peak = r;
        top = e;
      }
    }
    if (epoch < top) {
      return schedule.rate(epoch, numEpochs);
    }
    if (epoch < warm) {
      double progress = (epoch - top) / (double) (warm - top);
      return peak * (STAGE_TWO + (1 - STAGE_TWO) * 0.5 * (1 + Math.cos(Math.PI * progress)));
    }
    return peak * STAGE_TWO * 0.5 * (1 + Math.cos(Math.PI * (epoch - warm) / (double) (numEpochs - warm)));
  }

  @Override
  public void startEpoch(int epoch, int numEpochs, Network net, int encoderLayers) {
    int warm = warmupEpochs(numEpochs);
    m_beta = warm > 0 && epoch >= warm ? 0.999 : 0.9;
  }

  /** @return t = normalise(u M^T) for n rows, with the norms of u M^T */
  private static double[][] logits(double[][] u, int n, double[][] target, double[] norm) {
    int k = target.length;
    double[][] t = new double[n][k];
    for (int i = 0; i < n; i++) {
      double sq = 0;
      for (int c = 0; c < k; c++) {
        double dot = 0;
        for (int j = 0; j < u[i].length; j++) {
          dot += u[i][j] * target[c][j];
        }
        t[i][c] = dot;
        sq += dot * dot;
      }
      norm[i] = Math.max(Math.sqrt(sq), 1e-12);
      for (int c = 0; c < k; c++) {
        t[i][c] /= norm[i];
      }
    }
    return t;
  }

  /**
   * Sinkhorn-Knopp allocation as in the authors' code: Q = exp(t / eps), scaled so that prototype k
   * holds share pi_k and every instance 1/N, then multiplied by N (each row sums to 1).
   *
   * @param t logits, n rows of K
   * @param n the rows
   * @param pi the prototypes' shares (null = uniform)
   * @param eps the regularisation
   * @param iterations the iterations
   * @return the allocation, n rows of K
   */
  public static double[][] sinkhorn(double[][] t, int n, double[] pi, double eps, int iterations) {
    int k = t[0].length;
    double[][] q = new double[n][k];
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < k; c++) {
        q[i][c] = Math.exp(t[i][c] / eps);
      }
    }
    double[] r = new double[k];
    double[] col = new double[n];
    java.util.Arrays.fill(col, 1.0 / n);
    double piSum = 0;
    if (pi != null) {
      for (double p : pi) {
        piSum += p;
      }
    }
    for (int it = 0; it < iterations; it++) {
      for (int c = 0; c < k; c++) {
        double s = 0;
        for (int i = 0; i < n; i++) {
          s += q[i][c] * col[i];
        }
        r[c] = (pi == null ? 1.0 / k : pi[c] / piSum) / s;
      }
      for (int i = 0; i < n; i++) {
        double s = 0;
        for (int c = 0; c < k; c++) {
          s += q[i][c] * r[c];
        }
        col[i] = (1.0 / n) / s;
      }
    }
    for (int i = 0; i < n; i++) {
      for (int c = 0; c < k; c++) {
        q[i][c] *= r[c] * col[i] * n;
      }
    }
    return q;
  }

  @Override
  public double extraLoss(double[][] u1, double[][] u2, int n, double[][] g1, double[][] g2, int epoch,
    int numEpochs) {
    double w = weightAt(epoch, numEpochs);
    if (w == 0) {
      return 0;
    }
    double[][] t1 = logits(u1, n, m_target, new double[n]);
    double[][] t2 = logits(u2, n, m_target, new double[n]);
    double[][] q1 = sinkhorn(t1, n, m_pi, SINKHORN_EPS, SINKHORN_ITERATIONS);
    double[][] q2 = sinkhorn(t2, n, m_pi, SINKHORN_EPS, SINKHORN_ITERATIONS);
    return w * (swapped(q1, u2, m_target, g2, n, w) + swapped(q2, u1, m_target, g1, n, w));
  }

  /**
   * {@code -mean_i q_i . log softmax(t_i / gamma)} with {@code t = normalise(u M^T)}, q held fixed.
   *
   * @param q the surrogate labels (of the other view)
   * @param u this view's unit projections
   * @param target the vectors M
   * @param g receives w times the gradient with respect to u (added to)
   * @param n the rows
   * @param w the weight of the gradient
   * @return the loss (unweighted)
   */
  static double swapped(double[][] q, double[][] u, double[][] target, double[][] g, int n, double w) {
    int k = target.length;
    double[] norm = new double[n];
    double[][] t = logits(u, n, target, norm);
    double loss = 0;
    double[] dt = new double[k];
    for (int i = 0; i < n; i++) {
      double max = Double.NEGATIVE_INFINITY;
      for (int c = 0; c < k; c++) {
        max = Math.max(max, t[i][c] / GAMMA);
      }
      double sum = 0;
      for (int c = 0; c < k; c++) {
        sum += Math.exp(t[i][c] / GAMMA - max);
      }
      double lse = max + Math.log(sum);
      double qSum = 0;
      for (int c = 0; c < k; c++) {
        loss -= q[i][c] * (t[i][c] / GAMMA - lse) / n;
        qSum += q[i][c];
      }
      double dot = 0;
      for (int c = 0; c < k; c++) {
        dt[c] = w * (qSum * Math.exp(t[i][c] / GAMMA - lse) - q[i][c]) / (GAMMA * n);
        dot += dt[c] * t[i][c];
      }
      // through t = v / |v| and v = u M^T
      for (int c = 0; c < k; c++) {
        double dv = (dt[c] - t[i][c] * dot) / norm[i];
        for (int j = 0; j < g[i].length; j++) {
          g[i][j] += dv * target[c][j];
        }
      }
    }
    return loss;
  }

  @Override
  public void afterBatch(int[] rows, int n, double[] perInstance, double[][] u1, int epoch) {
    double[][] t = logits(u1, n, m_target, new double[n]);
    double beta = m_beta;
    for (int r = 0; r < n; r++) {
      double[] lm = m_logitMomentum[rows[r]];
      for (int k = 0; k < m_K; k++) {
        lm[k] = epoch == 0 ? t[r][k] : beta * lm[k] + (1 - beta) * t[r][k];
      }
    }
  }

  @Override
  public void endEpoch(int epoch, int numEpochs) {
    int warm = warmupEpochs(numEpochs);
    int every = Math.max(1, (int) Math.round(0.02 * numEpochs));
    if (epoch + 1 == warm || (epoch + 1 >= warm && (epoch + 1) % every == 0)) {
      double[] counts = new double[m_K];
      for (double[] lm : m_logitMomentum) {
        int best = 0;
        for (int k = 1; k < m_K; k++) {
          if (lm[k] > lm[best]) {
            best = k;
          }
        }
        counts[best]++;
      }
      m_pi = counts;
    }
  }

  /** @return K */
  @OptionMetadata(displayName = "K", description = "Number of equiangular vectors (about the number of classes "
    + "expected; at most the projection size; default 10).", commandLineParamName = "K",
    commandLineParamSynopsis = "-K <int>", displayOrder = 1)
  public int getK() {
    return m_K;
  }

  /** @param k the number of vectors, at least 2 */
  public void setK(int k) {
    m_K = OptionValues.atLeast("K", k, 2);
  }

  /** @return w_GH */
  @OptionMetadata(displayName = "weight", description = "Weight w_GH of the GH term (default 1, the authors').",
    commandLineParamName = "weight", commandLineParamSynopsis = "-weight <w>", displayOrder = 2)
  public double getWeight() {
    return m_weight;
  }

  /** @param w the weight, finite and &gt;= 0 */
  public void setWeight(double w) {
    m_weight = OptionValues.nonNegative("weight", w);
  }

  /** @return the warm-up fraction */
  @OptionMetadata(displayName = "warmup", description = "Fraction of the epochs trained with NT-Xent alone before "
    + "the GH term starts (default 0.5: 500 of 1000 in the authors' command).", commandLineParamName = "warmup",
    commandLineParamSynopsis = "-warmup <fraction>", displayOrder = 3)
  public double getWarmup() {
    return m_warmup;
  }

  /** @param f the warm-up fraction, in [0, 1) */
  public void setWarmup(double f) {
    OptionValues.require(f >= 0 && f < 1, "warmup", f, "in [0, 1)");
    m_warmup = f;
  }
}
