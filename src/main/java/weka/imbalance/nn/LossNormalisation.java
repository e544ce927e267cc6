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

/**
 * What the loss of a mini-batch is divided by. With instance weights v_i, class weights c_y and
 * per-instance losses l_i the mini-batch loss is {@code sum_i v_i c_{y_i} l_i / D}:
 * <ul>
 * <li>{@link #BATCH_MEAN}: {@code D = sum_i v_i}, the instance-weighted mean of the class-weighted
 * losses; the batch size when every instance weighs 1 (the TensorFlow code of the
 * logit-adjustment and class-balanced-loss papers, the focal loss of the LDAM-DRW code);</li>
 * <li>{@link #WEIGHTED_MEAN}: {@code D = sum_i v_i c_{y_i}}, PyTorch's weighted cross-entropy
 * ({@code F.cross_entropy(..., weight=w)}, the LDAM-DRW and Algorithm 1 code): the overall size of
 * the class weights cancels, so deferred re-weighting changes the direction of the step, not its
 * length.</li>
 * </ul>
 * The two differ only when class weights are used.
 */
public enum LossNormalisation {
  /** Divide by the batch's instance weights. */
  BATCH_MEAN("batch-mean"),
  /** Divide by the batch's instance weights times class weights (PyTorch). */
  WEIGHTED_MEAN("weighted-mean");

  private final String m_name;

  LossNormalisation(String name) {
    m_name = name;
  }

  /** @return the option value naming it */
  public String optionName() {
    return m_name;
  }

  /**
   * @param instanceWeight v_i
   * @param classWeight c_{y_i}
   * @return the instance's share of the divisor D
   */
  public double divisorShare(double instanceWeight, double classWeight) {
    return this == BATCH_MEAN ? instanceWeight : instanceWeight * classWeight;
  }
}
