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

package weka.imbalance.bench;

import weka.core.Instances;

/**
 * The linear evaluation of the Geometric Harmonization and BCL code ({@code eval_sgd}): a softmax
 * regression (a linear layer and cross-entropy) on the frozen representation, Adam with weight decay
 * 5e-6 (coupled, as torch.optim.Adam), the learning rate falling exponentially from 1e-2 to 1e-6 over
 * 500 epochs of mini-batches of 1000 (one full batch here: the probe sets are smaller), no feature
 * scaling. Weka's Logistic gives the same kind of model but its BFGS took minutes per probe on 256
 * features on the shared machine.
 */
final class LinearProbe {

  private LinearProbe() {
  }

  /**
   * @param train the representation of the labelled set (class last)
   * @param test the representation of the test set
   * @return the number of correctly classified test instances of each class
   */
  static double[] perClassRight(Instances train, Instances test) {
    int c = train.numClasses();
    int d = train.numAttributes() - 1;
    int n = train.numInstances();
    double[][] w = new double[c][d + 1];
    double[][] m = new double[c][d + 1];
    double[][] v = new double[c][d + 1];
    double[][] x = new double[n][];
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      x[i] = java.util.Arrays.copyOf(train.instance(i).toDoubleArray(), d);
      y[i] = (int) train.instance(i).classValue();
    }
    int epochs = 500;
    double lr = 1e-2;
    double gamma = Math.pow(1e-6 / 1e-2, 1.0 / epochs);
    double[] p = new double[c];
    for (int e = 1; e <= epochs; e++) {
      double[][] g = new double[c][d + 1];
      for (int i = 0; i < n; i++) {
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < c; k++) {
          double z = w[k][d];
          for (int j = 0; j < d; j++) {
            z += w[k][j] * x[i][j];
          }
          p[k] = z;
          max = Math.max(max, z);
        }
        double s = 0;
        for (int k = 0; k < c; k++) {
          p[k] = Math.exp(p[k] - max);
          s += p[k];
        }
        for (int k = 0; k < c; k++) {
          double gk = (p[k] / s - (k == y[i] ? 1 : 0)) / n;
          for (int j = 0; j < d; j++) {
            g[k][j] += gk * x[i][j];
          }
          g[k][d] += gk;
        }
      }
      for (int k = 0; k < c; k++) {
        for (int j = 0; j <= d; j++) {
          double gj = g[k][j] + 5e-6 * w[k][j];
          m[k][j] = 0.9 * m[k][j] + 0.1 * gj;
          v[k][j] = 0.999 * v[k][j] + 0.001 * gj * gj;
          double mh = m[k][j] / (1 - Math.pow(0.9, e));
          double vh = v[k][j] / (1 - Math.pow(0.999, e));
          w[k][j] -= lr * mh / (Math.sqrt(vh) + 1e-8);
        }
      }
      lr *= gamma;
    }
    double[] right = new double[c];
    for (int t = 0; t < test.numInstances(); t++) {
      double[] xt = test.instance(t).toDoubleArray();
      int best = 0;
      double bestZ = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < c; k++) {
        double z = w[k][d];
        for (int j = 0; j < d; j++) {
          z += w[k][j] * xt[j];
        }
        if (z > bestZ) {
          bestZ = z;
          best = k;
        }
      }
      if (best == (int) test.instance(t).classValue()) {
        right[best]++;
      }
    }
    return right;
  }
}
