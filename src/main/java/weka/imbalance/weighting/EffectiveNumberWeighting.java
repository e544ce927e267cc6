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
 * Class-balanced weights by the effective number of samples (Cui et al., CVPR 2019):
 * {@code w_y proportional to (1 - beta) / (1 - beta^n_y)}, summing to the number of classes present
 * ({@link ClassPriors#effectiveNumberWeights}). beta = 0.9999 as in the published runs; with
 * {@code -start 0.8} this is the DRW schedule of LDAM-DRW.
 */
public class EffectiveNumberWeighting extends DeferredClassWeighting implements TechnicalInformationHandler {

  private static final long serialVersionUID = 2838118813618337458L;

  /** Default beta of the published runs. */
  public static final double DEFAULT_BETA = 0.9999;

  private double m_beta = DEFAULT_BETA;

  @Override
  public String globalInfo() {
    return "Class-balanced weighting by the effective number of samples, w_y proportional to "
      + "(1 - beta) / (1 - beta^n_y), weights summing to the number of classes. With start 0.8 it is "
      + "the deferred re-weighting (DRW) of LDAM-DRW.\n\nFor more information see:\n\n"
      + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    return Citations.with(Citations.cui2019(), Citations.cao2019());
  }

  @Override
  public double[] weights(double[] classCounts) {
    return ClassPriors.effectiveNumberWeights(classCounts, m_beta);
  }

  /** @return beta */
  @OptionMetadata(displayName = "beta", description = "Beta in [0, 1): 0 = no re-weighting, close to 1 = "
    + "inverse frequency.", commandLineParamName = "beta", commandLineParamSynopsis = "-beta <double>",
    displayOrder = 1)
  public double getBeta() {
    return m_beta;
  }

  /** @param beta beta, in [0, 1) */
  public void setBeta(double beta) {
    OptionValues.require(beta >= 0 && beta < 1, "beta", beta, "in [0, 1)");
    m_beta = beta;
  }
}
