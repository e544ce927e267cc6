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

package weka.imbalance.resampling.strategy;

import java.io.Serializable;
import java.util.Random;

import weka.core.OptionHandler;

/**
 * A sampling strategy: how many instances each class should end with, from the class counts
 * alone (imbalanced-learn's {@code sampling_strategy}). The filter that uses it then makes or
 * removes instances; a target above a class's count is oversampled, one below is randomly
 * undersampled. The strategies are chosen in the object editor's drop-down or on the command line
 * as {@code -strategy "<class> <options>"}.
 *
 * <p>A strategy never gives an empty class a positive target, checks its own options when they
 * are set (an {@link IllegalArgumentException} naming the option and the value), and checks what
 * depends on the data (the number of classes) when {@link #targets} is called.
 */
public interface SamplingStrategy extends Serializable, OptionHandler {

  /**
   * @param counts the number of instances of each class (instances with a missing class are not
   *          counted)
   * @param random the filter's generator, for a strategy that draws (none of the SMOTE ones do)
   * @return the target count of each class
   * @throws IllegalArgumentException if the options do not fit the data (e.g. a class index
   *           beyond the number of classes)
   */
  int[] targets(int[] counts, Random random);

  /**
   * The classes whose target this strategy sets on purpose even when it equals their count (the
   * classes an explicit list names): an undersampling step added on top leaves them alone, as it
   * leaves alone the classes that are raised.
   *
   * @param counts the class counts
   * @return per class, whether its target is fixed (none, by default)
   */
  default boolean[] fixed(int[] counts) {
    return new boolean[counts.length];
  }
}
