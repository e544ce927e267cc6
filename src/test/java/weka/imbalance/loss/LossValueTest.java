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
package weka.imbalance.loss;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

/**
 * Each loss's value against its paper's formula, written out here on hand-made logits and class
 * counts, for every hyper-parameter that changes it (issue 21: the gradient checks compare a loss
 * only with itself, so inverting VS's Delta or doubling the focal loss went unnoticed). Nothing
 * here calls the package's softmax or prior code.
 */
public class LossValueTest {

  /** Class counts n_k; n_max = 500, n_min = 7, N = 657. */
  private static final double[] N = { 500, 120, 30, 7 };
  private static final double TOTAL = 657;
  private static final double[][] LOGITS = { { 2.0, -1.0, 0.5, 0.0 }, { -0.3, 0.8, 0.1, -1.2 },
    { 0.0, 0.0, 0.0, 0.0 } };
  private static final double[][] COSINES = { { 0.9, -0.2, 0.3, -0.7 }, { -0.1, 0.4, 0.35, 0.05 } };

  /** -log(exp(a_y) / sum_k exp(a_k)), written out. */
  private static double crossEntropy(double[] a, int y) {
    double sum = 0;
    for (double v : a) {
      sum += Math.exp(v);
    }
    return Math.log(sum) - a[y];
  }

  private static double value(Loss loss, double[] z, int y) {
    return loss.lossAndGradient(z, y, new double[z.length]);
  }

  @Test
  public void crossEntropy() {
    CrossEntropyLoss ce = new CrossEntropyLoss();
    ce.initialise(N);
    assertEquals(Math.log(4), value(ce, LOGITS[2], 1), 1e-12); // hand arithmetic: uniform over 4 classes
    for (double[] z : LOGITS) {
      for (int y = 0; y < 4; y++) {
        assertEquals(crossEntropy(z, y), value(ce, z, y), 1e-12);
      }
    }
  }

  /** Menon et al. 2021, eq. (10): cross-entropy on z_k + tau log pi_k. */
  @Test
  public void logitAdjustedLossForEveryTau() {
    for (double tau : new double[] { 0, 0.5, 1, 2 }) {
      LogitAdjustedLoss la = new LogitAdjustedLoss();
      la.setTau(tau);
      la.initialise(N);
      for (double[] z : LOGITS) {
        double[] a = new double[4];
        for (int k = 0; k < 4; k++) {
          a[k] = z[k] + tau * Math.log(N[k] / TOTAL);
        }
        for (int y = 0; y < 4; y++) {
          assertEquals("tau " + tau, crossEntropy(a, y), value(la, z, y), 1e-9);
        }
      }
    }
  }

  /**
   * Cao et al. 2019: margin m_y = C / n_y^(1/4) with C such that the rarest class gets maxMargin,
   * subtracted from the target's logit only; all logits times s; then cross-entropy.
   */
  @Test
  public void ldamForEveryMaxMarginAndScale() {
    for (double maxMargin : new double[] { 0.5, 0.2, 0 }) {
      for (double s : new double[] { 30, 10, 1 }) {
        LDAMLoss ldam = new LDAMLoss();
        ldam.setMaxMargin(maxMargin);
        ldam.setScale(s);
        ldam.initialise(N);
        double c = maxMargin * Math.pow(7, 0.25);
        for (double[] z : COSINES) {
          for (int y = 0; y < 4; y++) {
            double[] a = new double[4];
            for (int k = 0; k < 4; k++) {
              a[k] = s * (k == y ? z[k] - c / Math.pow(N[k], 0.25) : z[k]);
            }
            assertEquals("max margin " + maxMargin + ", s " + s, crossEntropy(a, y), value(ldam, z, y), 1e-9);
          }
        }
        assertEquals(s, ldam.logitScale(), 0);
      }
    }
  }

  /** Lin et al. 2017: (1 - p_y)^gamma * (-log p_y). */
  @Test
  public void focalLossForEveryGamma() {
    for (double gamma : new double[] { 0, 0.5, 1, 2 }) {
      FocalLoss focal = new FocalLoss();
      focal.setGamma(gamma);
      focal.initialise(N);
      for (double[] z : LOGITS) {
        for (int y = 0; y < 4; y++) {
          double ce = crossEntropy(z, y);
          double p = Math.exp(-ce);
          assertEquals("gamma " + gamma, Math.pow(1 - p, gamma) * ce, value(focal, z, y), 1e-9);
        }
      }
    }
  }

  /**
   * Kini et al. 2021: cross-entropy on Delta_k z_k + iota_k with Delta_k = (n_k / n_max)^gamma
   * (the rare classes' logits shrunk) and iota_k = tau log pi_k; from epoch floor(dropAt * epochs)
   * on, Delta = 1 (Wang et al. 2023, Algorithm 1).
   */
  @Test
  public void vsLossForEveryGammaTauAndDropPoint() {
    for (double gamma : new double[] { 0, 0.1, 0.3 }) {
      for (double tau : new double[] { 0, 0.75, 1 }) {
        VSLoss vs = new VSLoss();
        vs.setGamma(gamma);
        vs.setTau(tau);
        vs.setDropAt(0.8);
        vs.initialise(N);
        for (int epoch : new int[] { 0, 7, 8, 9 }) {
          vs.startEpoch(epoch, 10);
          boolean dropped = epoch >= 8;
          for (double[] z : LOGITS) {
            double[] a = new double[4];
            for (int k = 0; k < 4; k++) {
              double delta = dropped ? 1 : Math.pow(N[k] / 500, gamma);
              a[k] = delta * z[k] + tau * Math.log(N[k] / TOTAL);
            }
            for (int y = 0; y < 4; y++) {
              assertEquals("gamma " + gamma + ", tau " + tau + ", epoch " + epoch, crossEntropy(a, y), value(vs, z, y),
                1e-9);
            }
          }
        }
      }
    }
  }
}
