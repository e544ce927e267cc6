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
import weka.imbalance.OptionValues;

/**
 * Focal loss (Lin et al., ICCV 2017): {@code (1 - p_y)^gamma * (-log p_y)} with p from the softmax.
 * Class weights (the class-balanced focal loss of Cui et al.) are applied outside the modulating
 * term, by the classifier's class weighting. gamma = 0 is cross-entropy.
 */
public class FocalLoss extends AbstractLoss implements TechnicalInformationHandler {

  private static final long serialVersionUID = -6373385245106466618L;

  /** Default gamma of the LDAM-DRW baselines (the original paper uses 2). */
  public static final double DEFAULT_GAMMA = 1.0;

  private double m_gamma = DEFAULT_GAMMA;

  @Override
  public String globalInfo() {
    return "Focal loss (1 - p_y)^gamma * (-log p_y): down-weights instances that are already classified "
      + "with confidence.\n\nFor more information see:\n\n" + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    return Citations.lin2017();
  }

  @Override
  public void initialise(double[] classCounts) {
  }

  /**
   * With CE = -log p_y and q = 1 - p_y (computed as the sum of the other probabilities, which keeps
   * its precision when p_y is close to 1): dL/dz_k = (p_k - [k = y]) * (q^gamma + gamma * CE *
   * q^(gamma-1) * p_y).
   */
  @Override
  public double lossAndGradient(double[] z, int y, double[] grad) {
    double ce = softmaxCrossEntropy(z, y, grad);
    if (m_gamma == 0) {
      return ce;
    }
    double q = 0;
    for (int k = 0; k < z.length; k++) {
      if (k != y) {
        q += grad[k];
      }
    }
    double py = 1 - q;
    double factor = Math.pow(q, m_gamma) + (q > 0 ? m_gamma * ce * Math.pow(q, m_gamma - 1) * py : 0);
    for (int k = 0; k < z.length; k++) {
      grad[k] *= factor;
    }
    return Math.pow(q, m_gamma) * ce;
  }

  /** @return gamma */
  @OptionMetadata(displayName = "gamma", description = "Focusing parameter gamma >= 0 (0 = cross-entropy).",
    commandLineParamName = "gamma", commandLineParamSynopsis = "-gamma <double>", displayOrder = 1)
  public double getGamma() {
    return m_gamma;
  }

  /** @param g gamma, finite and &gt;= 0 */
  public void setGamma(double g) {
    m_gamma = OptionValues.nonNegative("gamma", g);
  }
}
