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

import java.util.Arrays;
import java.util.Enumeration;

import weka.core.Option;
import weka.core.OptionHandler;
import weka.core.OptionMetadata;
import weka.core.Utils;

/**
 * A class weighting that starts at a fraction of training: before the epoch
 * {@code floor(start * epochs)} every class has weight 1 (deferred re-weighting, DRW, uses
 * start = 0.8, as the 160 of 200 epochs of the LDAM-DRW code). Options come from
 * {@code @OptionMetadata} annotations.
 */
public abstract class DeferredClassWeighting implements ClassWeighting, OptionHandler {

  private static final long serialVersionUID = -1404557271707014766L;

  /** Default: weights from the first epoch on. */
  public static final double DEFAULT_START = 0.0;

  private double m_start = DEFAULT_START;

  /** @return what the weighting is */
  public abstract String globalInfo();

  /**
   * The weights once active.
   *
   * @param classCounts weighted class counts
   * @return the weights
   */
  protected abstract double[] activeWeights(double[] classCounts);

  @Override
  public double[] weights(double[] classCounts, int epoch, int numEpochs) {
    if (!(m_start >= 0 && m_start <= 1)) {
      throw new IllegalArgumentException("option -start must be in [0, 1], got " + m_start);
    }
    if (epoch < Math.floor(m_start * numEpochs)) {
      double[] ones = new double[classCounts.length];
      Arrays.fill(ones, 1.0);
      return ones;
    }
    return activeWeights(classCounts);
  }

  /** @return the start as a fraction of the epochs */
  @OptionMetadata(displayName = "start", description = "Fraction of the epochs after which the weights "
    + "apply (0 = from the start; DRW and ADRW use 0.8).", commandLineParamName = "start",
    commandLineParamSynopsis = "-start <fraction>", displayOrder = 10)
  public double getStart() {
    return m_start;
  }

  /** @param start the start as a fraction of the epochs */
  public void setStart(double start) {
    m_start = start;
  }

  @Override
  public Enumeration<Option> listOptions() {
    return Option.listOptionsForClassHierarchy(getClass(), DeferredClassWeighting.class).elements();
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    Option.setOptionsForHierarchy(options, this, DeferredClassWeighting.class);
    Utils.checkForRemainingOptions(options);
  }

  @Override
  public String[] getOptions() {
    return Option.getOptionsForHierarchy(this, DeferredClassWeighting.class);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + " " + Utils.joinOptions(getOptions());
  }
}
