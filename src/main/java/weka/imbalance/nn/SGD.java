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

import weka.core.OptionMetadata;
import weka.imbalance.OptionValues;

/**
 * Stochastic gradient descent with momentum, PyTorch's formulation: {@code v = m v + g}, then
 * {@code p -= lr v}, or with Nesterov momentum {@code p -= lr (g + m v)}.
 */
public class SGD extends Optimiser {

  private static final long serialVersionUID = 2318862519386718862L;

  /** Default momentum (every paper's code). */
  public static final double DEFAULT_MOMENTUM = 0.9;

  private double m_momentum = DEFAULT_MOMENTUM;
  private boolean m_nesterov;
  private transient float[][] m_velocity;
  private transient float m_rate;

  /** SGD with momentum 0.9, not Nesterov. */
  public SGD() {
  }

  /**
   * @param momentum momentum in [0, 1)
   * @param nesterov whether to use Nesterov momentum
   */
  public SGD(double momentum, boolean nesterov) {
    setMomentum(momentum);
    setNesterov(nesterov);
  }

  @Override
  public String globalInfo() {
    return "Stochastic gradient descent with momentum (PyTorch's formulation: v = m v + g, step lr v), optionally "
      + "Nesterov momentum (step lr (g + m v)).";
  }

  /** @return the momentum */
  @OptionMetadata(displayName = "momentum", description = "Momentum m in [0, 1) (0 = plain gradient descent).",
    commandLineParamName = "momentum", commandLineParamSynopsis = "-momentum <m>", displayOrder = 1)
  public double getMomentum() {
    return m_momentum;
  }

  /** @param m the momentum, in [0, 1) */
  public void setMomentum(double m) {
    OptionValues.require(m >= 0 && m < 1, "momentum", m, "in [0, 1)");
    m_momentum = m;
  }

  /** @return whether Nesterov momentum is used */
  @OptionMetadata(displayName = "nesterov", description = "Nesterov momentum.", commandLineParamName = "nesterov",
    commandLineParamSynopsis = "-nesterov", commandLineParamIsFlag = true, displayOrder = 2)
  public boolean getNesterov() {
    return m_nesterov;
  }

  /** @param n whether to use Nesterov momentum */
  public void setNesterov(boolean n) {
    m_nesterov = n;
  }

  @Override
  public void begin(float[][] params, double lr) {
    if (m_velocity == null) {
      m_velocity = zerosLike(params);
    }
    m_rate = (float) lr;
  }

  @Override
  public void update(float[][] params, float[][] grad, int from, int to) {
    float rate = m_rate;
    float m = (float) m_momentum;
    for (int row = from; row < to; row++) {
      float[] p = params[row];
      float[] g = grad[row];
      float[] v = m_velocity[row];
      if (m_nesterov) {
        for (int j = 0; j < p.length; j++) {
          v[j] = m * v[j] + g[j];
          p[j] -= rate * (g[j] + m * v[j]);
        }
      } else {
        for (int j = 0; j < p.length; j++) {
          v[j] = m * v[j] + g[j];
          p[j] -= rate * v[j];
        }
      }
    }
  }
}
