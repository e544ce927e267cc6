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

/** Adam (Kingma and Ba, 2015) with beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8 and bias correction. */
public class Adam extends Optimiser {

  private static final long serialVersionUID = -8245170917081497409L;
  private static final double BETA1 = 0.9;
  private static final double BETA2 = 0.999;
  private static final double EPS = 1e-8;
  private transient float[][] m_m;
  private transient float[][] m_v;
  private transient int m_t;
  private transient float m_rate;

  @Override
  public String globalInfo() {
    return "Adam (Kingma and Ba, ICLR 2015): beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8, with bias correction.";
  }

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
