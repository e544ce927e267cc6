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
 * A per-class weight that multiplies each instance's loss (and its instance weight) in
 * {@link weka.classifiers.functions.LogitAdjustedMLP}. Weights may change with the epoch, which
 * gives deferred re-weighting (DRW, ADRW).
 */
public interface ClassWeighting extends Serializable {

  /**
   * The class weights to use during one epoch.
   *
   * @param classCounts weighted training count of every class
   * @param epoch the epoch, from 0
   * @param numEpochs number of epochs of the training run
   * @return one weight per class (all ones = no weighting)
   * @throws IllegalArgumentException if an option is out of range (the message names it)
   */
  double[] weights(double[] classCounts, int epoch, int numEpochs);
}
