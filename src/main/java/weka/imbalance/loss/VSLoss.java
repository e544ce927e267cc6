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

import weka.core.OptionMetadata;
import weka.core.TechnicalInformation;
import weka.imbalance.Citations;
import weka.core.TechnicalInformationHandler;
import weka.imbalance.ClassPriors;
import weka.imbalance.OptionValues;

/**
 * Vector-scaling loss (Kini et al., NeurIPS 2021): cross-entropy on
 * {@code Delta_k * z_k + iota_k} for every class k, with the multiplicative term
 * {@code Delta_k = (n_k / n_max)^gamma} and the additive term {@code iota_k = tau * log(pi_k +
 * 1e-12)} ({@link ClassPriors#logPriorOffset}); defaults gamma = 0.3, tau = 1 as in the authors'
 * code. From the epoch {@code floor(dropAt * epochs)} on, the multiplicative term is dropped
 * (Delta = 1), leaving the logit-adjusted loss: the TLA phase of Wang et al. (NeurIPS 2023),
 * Algorithm 1. dropAt = 1 (default) never drops it.
 */
public class VSLoss extends AbstractLoss implements TechnicalInformationHandler {

  private static final long serialVersionUID = 1620093436436386372L;

  /** Default gamma (authors' code). */
  public static final double DEFAULT_GAMMA = 0.3;
  /** Default tau (authors' code). */
  public static final double DEFAULT_TAU = 1.0;
  /** Default: never drop the multiplicative term. */
  public static final double DEFAULT_DROP_AT = 1.0;

  private double m_gamma = DEFAULT_GAMMA;
  private double m_tau = DEFAULT_TAU;
  private double m_dropAt = DEFAULT_DROP_AT;
  private double[] m_delta;
  private double[] m_iota;
  private boolean m_dropped;

  @Override
  public String globalInfo() {
    return "VS loss: cross-entropy on Delta_k * z_k + tau * log(prior_k) with Delta_k = (n_k / n_max)^gamma; "
      + "optionally the multiplicative term is dropped from a fraction of training on (Wang et al.'s TLA)."
      + "\n\nFor more information see:\n\n" + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    TechnicalInformation t = Citations.kini2021();
    t.add(Citations.wang2023());
    return t;
  }

  @Override
  public void initialise(double[] classCounts) {
    double max = 0;
    for (double n : classCounts) {
      max = Math.max(max, n);
    }
    m_delta = new double[classCounts.length];
    for (int k = 0; k < classCounts.length; k++) {
      m_delta[k] = Math.pow(classCounts[k] / max, m_gamma);
    }
    m_iota = ClassPriors.logPriorOffset(ClassPriors.priors(classCounts), m_tau);
    m_dropped = false;
  }

  @Override
  public void startEpoch(int epoch, int numEpochs) {
    m_dropped = epoch >= Math.floor(m_dropAt * numEpochs);
  }

  /** @return whether the multiplicative term is currently dropped */
  public boolean isDropped() {
    return m_dropped;
  }

  @Override
  public double lossAndGradient(double[] z, int y, double[] grad) {
    double[] a = new double[z.length];
    for (int k = 0; k < z.length; k++) {
      a[k] = (m_dropped ? z[k] : m_delta[k] * z[k]) + m_iota[k];
    }
    double loss = softmaxCrossEntropy(a, y, grad);
    if (!m_dropped) {
      for (int k = 0; k < z.length; k++) {
        grad[k] *= m_delta[k];
      }
    }
    return loss;
  }

  /** @return gamma */
  @OptionMetadata(displayName = "gamma", description = "Exponent of the multiplicative term (n_k / n_max)^gamma "
    + "(0 = logit-adjusted loss).", commandLineParamName = "gamma", commandLineParamSynopsis = "-gamma <double>",
    displayOrder = 1)
  public double getGamma() {
    return m_gamma;
  }

  /** @param g gamma, finite and &gt;= 0 */
  public void setGamma(double g) {
    m_gamma = OptionValues.nonNegative("gamma", g);
  }

  /** @return tau */
  @OptionMetadata(displayName = "tau", description = "Scale of the additive log-prior term.",
    commandLineParamName = "tau", commandLineParamSynopsis = "-tau <double>", displayOrder = 2)
  public double getTau() {
    return m_tau;
  }

  /** @param t tau, finite and &gt;= 0 */
  public void setTau(double t) {
    m_tau = OptionValues.nonNegative("tau", t);
  }

  /** @return the fraction of training after which Delta is dropped */
  @OptionMetadata(displayName = "dropAt", description = "Fraction of the epochs after which the multiplicative "
    + "term is dropped (TLA; Algorithm 1 of Wang et al. uses 0.8); 1 = never.", commandLineParamName = "drop-at",
    commandLineParamSynopsis = "-drop-at <fraction>", displayOrder = 3)
  public double getDropAt() {
    return m_dropAt;
  }

  /** @param f the fraction, in [0, 1] */
  public void setDropAt(double f) {
    m_dropAt = OptionValues.fraction("drop-at", f);
  }
}
