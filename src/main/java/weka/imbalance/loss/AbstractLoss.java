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

import weka.imbalance.AnnotatedOptions;

/**
 * A loss with its options from {@code @OptionMetadata} annotations ({@link AnnotatedOptions}), and
 * the softmax cross-entropy that every loss of this package ends in.
 */
public abstract class AbstractLoss extends AnnotatedOptions implements Loss {

  private static final long serialVersionUID = -2907711302766659563L;

  /**
   * Softmax cross-entropy {@code -log softmax(a)_y}; writes {@code softmax(a) - e_y} into grad.
   *
   * @param a the (adjusted) logits
   * @param y the target
   * @param grad receives the gradient with respect to a
   * @return the loss
   */
  static double softmaxCrossEntropy(double[] a, int y, double[] grad) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : a) {
      max = Math.max(max, v);
    }
    double sum = 0;
    for (int k = 0; k < a.length; k++) {
      grad[k] = Math.exp(a[k] - max);
      sum += grad[k];
    }
    for (int k = 0; k < a.length; k++) {
      grad[k] /= sum;
    }
    double loss = Math.log(sum) + max - a[y];
    grad[y] -= 1;
    return loss;
  }

}
