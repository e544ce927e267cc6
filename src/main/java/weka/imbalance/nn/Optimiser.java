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

import weka.imbalance.AnnotatedOptions;

/**
 * A first-order optimiser of {@link weka.classifiers.functions.LogitAdjustedMLP}, a plug-in
 * ({@code -optimiser "<class> <options>"}): updates the parameter rows in place. Weight decay is
 * added to the gradient by the trainer before {@link #update} (L2 decay, coupled, as PyTorch's
 * SGD). Options come from {@code @OptionMetadata} annotations with checking setters
 * ({@link AnnotatedOptions}); the state
 * (velocities, moments) is transient and created on the first step, so a configured optimiser is
 * copied for every training run.
 */
public abstract class Optimiser extends AnnotatedOptions {

  private static final long serialVersionUID = -3225839305000837302L;

  /**
   * One update.
   *
   * @param params the parameters (updated)
   * @param grad the gradient of the mini-batch loss (not modified)
   * @param lr the learning rate for this step
   */
  public void step(float[][] params, float[][] grad, double lr) {
    begin(params, lr);
    update(params, grad, 0, params.length);
  }

  /**
   * Starts a step (one thread): allocates the state on first use and fixes this step's rate.
   *
   * @param params the parameters
   * @param lr the learning rate for this step
   */
  public abstract void begin(float[][] params, double lr);

  /**
   * Updates the parameter rows {@code from .. to-1}; threads may update disjoint ranges of the same
   * step at once (each row's update depends only on that row).
   *
   * @param params the parameters (updated)
   * @param grad the gradient
   * @param from first row
   * @param to one past the last row
   */
  public abstract void update(float[][] params, float[][] grad, int from, int to);

  static float[][] zerosLike(float[][] p) {
    float[][] z = new float[p.length][];
    for (int j = 0; j < p.length; j++) {
      z[j] = new float[p[j].length];
    }
    return z;
  }
}
