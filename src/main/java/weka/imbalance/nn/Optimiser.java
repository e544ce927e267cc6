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
 * A first-order optimiser updating the parameter rows in place. Weight decay is added to
 * the gradient by the trainer before {@link #step} (L2 decay, coupled, as PyTorch's SGD).
 */
public abstract class Optimiser implements Serializable {

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

  /** SGD with (optionally Nesterov) momentum, PyTorch's formulation: v = m v + g; p -= lr (g + m v or v). */
  public static class Sgd extends Optimiser {
    private static final long serialVersionUID = 2318862519386718862L;
    private final float m_momentum;
    private final boolean m_nesterov;
    private float[][] m_velocity;

    /**
     * @param momentum momentum in [0, 1)
     * @param nesterov whether to use Nesterov momentum
     */
    public Sgd(double momentum, boolean nesterov) {
      m_momentum = (float) momentum;
      m_nesterov = nesterov;
    }

    private float m_rate;

    @Override
    public String toString() {
      return "SGD with " + (m_nesterov ? "Nesterov " : "") + "momentum " + m_momentum;
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
      float m = m_momentum;
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

  /** Adam (Kingma and Ba, 2015) with beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8 and bias correction. */
  public static class Adam extends Optimiser {
    private static final long serialVersionUID = -8245170917081497409L;
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPS = 1e-8;
    private float[][] m_m;
    private float[][] m_v;
    private int m_t;

    private float m_rate;

    @Override
    public void begin(float[][] params, double lr) {
      if (m_m == null) {
        m_m = zerosLike(params);
        m_v = zerosLike(params);
      }
      m_t++;
      m_rate = (float) (lr * Math.sqrt(1 - Math.pow(BETA2, m_t)) / (1 - Math.pow(BETA1, m_t)));
    }

    @Override
    public void update(float[][] params, float[][] grad, int from, int to) {
      float rate = m_rate;
      float b1 = (float) BETA1;
      float b2 = (float) BETA2;
      float eps = (float) EPS;
      for (int row = from; row < to; row++) {
        float[] p = params[row];
        float[] gr = grad[row];
        float[] m = m_m[row];
        float[] v = m_v[row];
        for (int j = 0; j < p.length; j++) {
          float g = gr[j];
          m[j] = b1 * m[j] + (1 - b1) * g;
          v[j] = b2 * v[j] + (1 - b2) * g * g;
          p[j] -= rate * m[j] / ((float) Math.sqrt(v[j]) + eps);
        }
      }
    }
  }
}
