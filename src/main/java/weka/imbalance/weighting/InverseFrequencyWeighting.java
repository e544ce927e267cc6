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
package weka.imbalance.weighting;

import weka.core.OptionMetadata;
import weka.core.TechnicalInformation;
import weka.core.TechnicalInformationHandler;
import weka.imbalance.Citations;
import weka.imbalance.ClassPriors;
import weka.imbalance.OptionValues;

/**
 * Inverse-frequency weights to a power, {@code w_y proportional to pi_y^(-nu)}, summing to the number
 * of classes present ({@link ClassPriors#inverseFrequencyWeights}). nu = 1 is plain inverse
 * frequency; with a small nu (0.05 to 0.25) and {@code -start 0.8} it is the ADRW of Wang et al.
 * (NeurIPS 2023), Algorithm 1.
 */
public class InverseFrequencyWeighting extends DeferredClassWeighting implements TechnicalInformationHandler {

  private static final long serialVersionUID = -7781325357937092093L;

  /** Default power: plain inverse frequency. */
  public static final double DEFAULT_NU = 1.0;

  private double m_nu = DEFAULT_NU;

  @Override
  public String globalInfo() {
    return "Inverse-frequency class weighting to a power nu, w_y proportional to prior_y^(-nu), weights summing "
      + "to the number of classes. Small nu with start 0.8 is the ADRW of Wang et al.\n\nFor more information "
      + "see:\n\n" + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    return Citations.wang2023();
  }

  @Override
  public double[] weights(double[] classCounts) {
    return ClassPriors.inverseFrequencyWeights(classCounts, m_nu);
  }

  /** @return nu */
  @OptionMetadata(displayName = "nu", description = "Power nu >= 0 of the inverse frequency (0 = no weighting, "
    + "1 = inverse frequency).", commandLineParamName = "nu", commandLineParamSynopsis = "-nu <double>",
    displayOrder = 1)
  public double getNu() {
    return m_nu;
  }

  /** @param nu the power, finite and &gt;= 0 */
  public void setNu(double nu) {
    m_nu = OptionValues.nonNegative("nu", nu);
  }
}
