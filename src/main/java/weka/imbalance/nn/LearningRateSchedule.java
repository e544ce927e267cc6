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

import java.io.Serializable;

/**
 * Learning rate per epoch: a linear warm-up over the first {@code warmup} epochs (epoch e gets
 * {@code base * (e + 1) / warmup}, as the LDAM-DRW code), then constant, step decay (multiplied by
 * {@code factor} at each of the given fractions of the epochs) or cosine annealing from base to 0
 * over the epochs after the warm-up. {@link TrainingPreset} gives the papers' own schedules.
 */
public final class LearningRateSchedule implements Serializable {

  private static final long serialVersionUID = -1316585150120849447L;

  /** The shapes. */
  public enum Shape {
    /** constant after warm-up */
    CONSTANT,
    /** step decay at fractions of training */
    STEP,
    /** cosine annealing */
    COSINE
  }

  private final double m_base;
  private final int m_warmup;
  private final Shape m_shape;
  private final double[] m_fractions;
  private final double m_factor;

  /**
   * @param base the base learning rate
   * @param warmup warm-up epochs (0 = none)
   * @param shape the shape after the warm-up
   * @param fractions step decay points as fractions of the epochs
   * @param factor the step decay factor
   */
  public LearningRateSchedule(double base, int warmup, Shape shape, double[] fractions, double factor) {
    m_base = base;
    m_warmup = warmup;
    m_shape = shape;
    m_fractions = fractions.clone();
    m_factor = factor;
  }

  /**
   * The epoch at which a fraction of training is reached: {@code floor(fraction * numEpochs)}, a
   * fraction that is a ratio of whole numbers (604 / 1241) giving its exact epoch despite rounding.
   *
   * @param fraction a fraction of the epochs
   * @param numEpochs the number of epochs
   * @return the first epoch (from 0) at or after the fraction
   */
  public static int epochAt(double fraction, int numEpochs) {
    return (int) Math.floor(fraction * numEpochs + 1e-9);
  }

  /**
   * @param epoch the epoch, from 0
   * @param numEpochs the number of epochs
   * @return the learning rate of that epoch
   */
  public double rate(int epoch, int numEpochs) {
    if (epoch < m_warmup) {
      return m_base * (epoch + 1) / m_warmup;
    }
    switch (m_shape) {
    case STEP:
      double lr = m_base;
      for (double f : m_fractions) {
        if (epoch >= epochAt(f, numEpochs)) {
          lr *= m_factor;
        }
      }
      return lr;
    case COSINE:
      int span = Math.max(1, numEpochs - m_warmup);
      return 0.5 * m_base * (1 + Math.cos(Math.PI * (epoch - m_warmup) / span));
    default:
      return m_base;
    }
  }
}
