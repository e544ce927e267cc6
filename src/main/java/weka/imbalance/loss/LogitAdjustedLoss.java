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
 * Logit-adjusted softmax cross-entropy (Menon et al., ICLR 2021): cross-entropy on
 * {@code z + tau * log(pi + 1e-12)}, with the offset from {@link ClassPriors#logPriorOffset}, while
 * prediction uses the raw logits. tau = 0 is plain cross-entropy.
 */
public class LogitAdjustedLoss extends AbstractLoss implements TechnicalInformationHandler {

  private static final long serialVersionUID = -4930511419187271082L;

  /** Default tau of the authors' code. */
  public static final double DEFAULT_TAU = 1.0;

  private double m_tau = DEFAULT_TAU;
  private transient double[] m_offset;

  @Override
  public String globalInfo() {
    return "Logit-adjusted cross-entropy: cross-entropy on z + tau * log(prior), so that the "
      + "raw logits learn the balanced-error decision rule (Menon et al., ICLR 2021).\n\nFor more "
      + "information see:\n\n" + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    return Citations.menon2021();
  }

  @Override
  public void initialise(double[] classCounts) {
    m_offset = ClassPriors.logPriorOffset(ClassPriors.priors(classCounts), m_tau);
  }

  @Override
  public double lossAndGradient(double[] z, int y, double[] grad) {
    double[] a = new double[z.length];
    for (int k = 0; k < z.length; k++) {
      a[k] = z[k] + m_offset[k];
    }
    return softmaxCrossEntropy(a, y, grad);
  }

  /** @return tau */
  @OptionMetadata(displayName = "tau", description = "Scale of the log-prior offset added to the logits "
    + "(0 = plain cross-entropy).", commandLineParamName = "tau", commandLineParamSynopsis = "-tau <double>",
    displayOrder = 1)
  public double getTau() {
    return m_tau;
  }

  /** @param tau the scale of the offset, finite and &gt;= 0 */
  public void setTau(double tau) {
    m_tau = OptionValues.nonNegative("tau", tau);
  }
}
