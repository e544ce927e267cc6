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
import weka.imbalance.OptionValues;

/**
 * A class weighting that an iterative learner can defer: before the epoch
 * {@code floor(start * epochs)} every class has weight 1 (deferred re-weighting, DRW, uses
 * start = 0.8, as the 160 of 200 epochs of the LDAM-DRW code).
 */
public abstract class DeferredClassWeighting extends AbstractClassWeighting {

  private static final long serialVersionUID = -1404557271707014766L;

  /** Default: weights from the first epoch on. */
  public static final double DEFAULT_START = 0.0;

  private double m_start = DEFAULT_START;

  @Override
  public double start() {
    return m_start;
  }

  /** @return the start as a fraction of the epochs */
  @OptionMetadata(displayName = "start", description = "Fraction of the epochs after which the weights "
    + "apply (0 = from the start; DRW and ADRW use 0.8).", commandLineParamName = "start",
    commandLineParamSynopsis = "-start <fraction>", displayOrder = 10)
  public double getStart() {
    return m_start;
  }

  /** @param start the start as a fraction of the epochs, in [0, 1] */
  public void setStart(double start) {
    m_start = OptionValues.fraction("start", start);
  }
}
