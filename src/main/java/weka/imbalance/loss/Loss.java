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

import java.io.Serializable;

/**
 * A training loss of {@link weka.classifiers.functions.LogitAdjustedMLP}, evaluated on the logit
 * vector of one instance, a plug-in ({@code -loss "<class> <options>"}). Implementations are small
 * (see {@link LogitAdjustedLoss}, the one to copy), check their options in their setters and keep
 * only what {@link #initialise(double[])} derives from the class counts.
 */
public interface Loss extends Serializable {

  /**
   * Called once per build, before training.
   *
   * @param classCounts weighted training count of every class (0 for a class absent from the
   *          training data)
   */
  void initialise(double[] classCounts);

  /**
   * Called at the start of every epoch (losses that change during training, such as VS with its
   * multiplicative term dropped from an epoch on, override it).
   *
   * @param epoch the epoch about to start, from 0
   * @param numEpochs the number of epochs of the whole training run
   */
  default void startEpoch(int epoch, int numEpochs) {
  }

  /**
   * @return whether the loss needs the network's cosine output layer (logits in [-1, 1])
   */
  default boolean needsCosineOutput() {
    return false;
  }

  /**
   * The factor s by which the loss multiplies the network's outputs before its softmax (LDAM's
   * scale). The model's probabilities are then {@code softmax(s * f(x))}, the logits the loss
   * trained, so that post-hoc adjustment, threshold moving and every other user of the
   * probabilities see the model's actual confidence, not the flattened softmax of bounded cosines.
   *
   * @return the scale, 1 for a loss without one
   */
  default double logitScale() {
    return 1;
  }

  /**
   * The loss of one instance and its gradient with respect to the logits.
   *
   * @param z the logits (not modified)
   * @param y the target class
   * @param grad receives dLoss/dz (same length as z)
   * @return the loss
   */
  double lossAndGradient(double[] z, int y, double[] grad);
}
