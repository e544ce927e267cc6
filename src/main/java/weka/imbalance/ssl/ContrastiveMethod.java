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

package weka.imbalance.ssl;

import java.util.Random;

import weka.core.TechnicalInformationHandler;
import weka.imbalance.AnnotatedOptions;
import weka.imbalance.nn.LearningRateSchedule;
import weka.imbalance.nn.Network;

/**
 * A contrastive pre-training method of
 * {@link weka.filters.unsupervised.attribute.ContrastiveRepresentation}, a plug-in
 * ({@code -method "<class> <options>"}). Every method trains with SimCLR's NT-Xent ({@link NTXent});
 * a method changes what the baseline does through the hooks below, each a no-op here: the second
 * view's encoder (SDCLR), each instance's augmentation (BCL), an extra loss term and the learning
 * rate's schedule (GH). The state a
 * hook keeps during training is transient; a configured method is copied for every training run.
 */
public abstract class ContrastiveMethod extends AnnotatedOptions implements TechnicalInformationHandler {

  private static final long serialVersionUID = 4467829152030398152L;

  /**
   * Called once before training.
   *
   * @param numInstances the number of training instances
   * @param projectionDim the projection head's output size
   * @param random the build's random number generator
   */
  public void initialise(int numInstances, int projectionDim, Random random) {
  }

  /**
   * The learning rate of an epoch.
   *
   * @param schedule the filter's schedule (a linear warm-up, then cosine decay)
   * @param epoch the epoch, from 0
   * @param numEpochs the number of epochs
   * @return the rate: here the schedule's; a method whose authors' code schedules it differently
   *         says so
   */
  public double learningRate(LearningRateSchedule schedule, int epoch, int numEpochs) {
    return schedule.rate(epoch, numEpochs);
  }

  /**
   * Called at the start of every epoch.
   *
   * @param epoch the epoch, from 0
   * @param numEpochs the number of epochs
   * @param net the network (encoder and projection head)
   * @param encoderLayers the number of the encoder's layers (the head's follow)
   */
  public void startEpoch(int epoch, int numEpochs, Network net, int encoderLayers) {
  }

  /**
   * @return a 0/1 mask of the parameters (rows as {@link Network#params()}, a null row unmasked)
   *         through which the second view's encoder sees the shared weights, or null for the same
   *         encoder as the first view
   */
  public float[][] secondViewMask() {
    return null;
  }

  /**
   * @param instance a training instance
   * @return how much to boost its augmentation, in [0, 1] (0 = the plain augmentation)
   */
  public double boost(int instance) {
    return 0;
  }

  /**
   * A term added to the NT-Xent loss of a mini-batch.
   *
   * @param u1 the first views' unit projections
   * @param u2 the second views' unit projections
   * @param n the number of instances in the mini-batch
   * @param g1 dLoss/du1, to add to
   * @param g2 dLoss/du2, to add to
   * @param epoch the epoch, from 0
   * @param numEpochs the number of epochs
   * @return the term's value
   */
  public double extraLoss(double[][] u1, double[][] u2, int n, double[][] g1, double[][] g2, int epoch,
    int numEpochs) {
    return 0;
  }

  /**
   * Called after every mini-batch's loss.
   *
   * @param rows the training instances of the mini-batch
   * @param n their number
   * @param perInstance each one's NT-Xent loss (mean of its two views)
   * @param u1 the first views' unit projections
   * @param epoch the epoch, from 0
   */
  public void afterBatch(int[] rows, int n, double[] perInstance, double[][] u1, int epoch) {
  }

  /**
   * Called at the end of every epoch.
   *
   * @param epoch the epoch, from 0
   * @param numEpochs the number of epochs
   */
  public void endEpoch(int epoch, int numEpochs) {
  }
}
