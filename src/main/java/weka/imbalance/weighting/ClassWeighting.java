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

import java.io.Serializable;

/**
 * A per-class weight that multiplies each instance's loss (and its instance weight): the one
 * family of class-weighting schemes of the package, a plug-in ({@code -weighting "<class>
 * <options>"}). {@link #weights(double[])} gives the weights; an iterative learner (the MLP) may
 * defer them to a fraction of training ({@link #start()}: deferred re-weighting, DRW and ADRW),
 * and asks {@link #weights(double[], int, int)} epoch by epoch. A learner trained in one go uses
 * {@link #weights(double[])}.
 */
public interface ClassWeighting extends Serializable {

  /**
   * The class weights.
   *
   * @param classCounts weighted training count of every class (0 for a class absent from the
   *          training data)
   * @return one weight per class (all ones = no weighting)
   */
  double[] weights(double[] classCounts);

  /**
   * @return the fraction of training before which every class weighs 1 (0 = weights from the
   *         start)
   */
  default double start() {
    return 0;
  }

  /**
   * The class weights during one epoch of an iterative learner: all ones before the epoch
   * {@code floor(start() * numEpochs)}, {@link #weights(double[])} from it on.
   *
   * @param classCounts weighted training count of every class
   * @param epoch the epoch, from 0
   * @param numEpochs number of epochs of the training run
   * @return one weight per class
   */
  default double[] weights(double[] classCounts, int epoch, int numEpochs) {
    if (epoch < Math.floor(start() * numEpochs)) {
      double[] ones = new double[classCounts.length];
      java.util.Arrays.fill(ones, 1.0);
      return ones;
    }
    return weights(classCounts);
  }
}
