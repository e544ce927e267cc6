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
package weka.imbalance.nn;

import weka.core.OptionMetadata;
import weka.core.TechnicalInformation;
import weka.imbalance.Citations;
import weka.core.TechnicalInformationHandler;
import weka.imbalance.ClassPriors;

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
    TechnicalInformation t = Citations.cui2019();
    t.add(Citations.cao2019());
    return t;
  }

  @Override
  protected double[] activeWeights(double[] classCounts) {
    if (!(m_beta >= 0 && m_beta < 1)) {
      throw new IllegalArgumentException("option -beta must be in [0, 1), got " + m_beta);
    }
    return ClassPriors.effectiveNumberWeights(classCounts, m_beta);
  }

  /** @return beta */
  @OptionMetadata(displayName = "beta", description = "Beta in [0, 1): 0 = no re-weighting, close to 1 = "
    + "inverse frequency.", commandLineParamName = "beta", commandLineParamSynopsis = "-beta <double>",
    displayOrder = 1)
  public double getBeta() {
    return m_beta;
  }

  /** @param beta beta */
  public void setBeta(double beta) {
    m_beta = beta;
  }
}
