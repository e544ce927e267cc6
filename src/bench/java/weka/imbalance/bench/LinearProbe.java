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

import java.util.Arrays;
import java.util.Random;

import weka.core.Instances;

/**
 * The linear evaluation of the Geometric Harmonization and BCL code ({@code eval_sgd}): a softmax
 * regression (a linear layer and cross-entropy) on the frozen representation, Adam with weight decay
 * 5e-6 (coupled, as torch.optim.Adam), the learning rate falling exponentially from 1e-2 to 1e-6 over
 * 500 epochs of mini-batches of 1000 in a new random order each epoch, no feature scaling. A labelled
 * set of at most 1000 instances is one batch in its own order (the shuffle would only change the
 * rounding) and runs the same operations in the same order as the full-batch version this replaced,
 * so the figures of the 40-per-class probes are unchanged. Weka's Logistic gives the same kind of
 * model but its BFGS took minutes per probe on 256 features on the shared machine.
 */
final class LinearProbe {

  /** The code's mini-batch size. */
  static final int BATCH = 1000;

  private LinearProbe() {
  }

  /**
   * @param train the representation of the labelled set (class last)
   * @param test the representation of the test set
   * @param seed the seed of the mini-batches' order (used only for more than {@link #BATCH} instances)
   * @return the number of correctly classified test instances of each class
   */
  static double[] perClassRight(Instances train, Instances test, long seed) {
    int c = train.numClasses();
    int d = train.numAttributes() - 1;
    int n = train.numInstances();
    // row k: the weights of class k, then its bias; every matrix is an array of rows, so that the
    // JIT vectorises the loops along them (with offsets into one flat array it cannot rule out overlap)
    double[][] w = new double[c][d + 1];
    double[][] m = new double[c][d + 1];
    double[][] v = new double[c][d + 1];
    double[][] g = new double[c][d + 1];
    double[][] x = new double[n][];
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      x[i] = Arrays.copyOf(train.instance(i).toDoubleArray(), d);
      y[i] = (int) train.instance(i).classValue();
    }
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Random random = new Random(seed);
    int bmax = Math.min(BATCH, n);
    // the batch feature by feature, so that the forward pass runs along the batch
    double[][] xt = new double[d][bmax];
    // the logits, then their gradients, class by class along the batch
    double[][] z = new double[c][bmax];
    int epochs = 500;
    double lr = 1e-2;
    double gamma = Math.pow(1e-6 / 1e-2, 1.0 / epochs);
    long step = 0;
    for (int e = 1; e <= epochs; e++) {
      if (n > bmax) {
        for (int i = n - 1; i > 0; i--) {
          int j = random.nextInt(i + 1);
          int t = order[i];
          order[i] = order[j];
          order[j] = t;
        }
      }
      for (int start = 0; start < n; start += bmax) {
        int b = Math.min(bmax, n - start);
        for (int i = 0; i < b; i++) {
          double[] xi = x[order[start + i]];
          for (int j = 0; j < d; j++) {
            xt[j][i] = xi[j];
          }
        }
        for (int k = 0; k < c; k++) {
          Arrays.fill(z[k], 0, b, w[k][d]);
        }
        for (int j = 0; j < d; j++) {
          for (int k = 0; k < c; k++) {
            axpy(b, w[k][j], xt[j], z[k]);
          }
        }
        for (int i = 0; i < b; i++) {
          double max = Double.NEGATIVE_INFINITY;
          for (int k = 0; k < c; k++) {
            max = Math.max(max, z[k][i]);
          }
          double s = 0;
          for (int k = 0; k < c; k++) {
            z[k][i] = Math.exp(z[k][i] - max);
            s += z[k][i];
          }
          int yi = y[order[start + i]];
          for (int k = 0; k < c; k++) {
            z[k][i] = (z[k][i] / s - (k == yi ? 1 : 0)) / b;
          }
        }
        for (double[] gk : g) {
          Arrays.fill(gk, 0);
        }
        for (int i = 0; i < b; i++) {
          double[] xi = x[order[start + i]];
          for (int k = 0; k < c; k++) {
            axpy(d, z[k][i], xi, g[k]);
            g[k][d] += z[k][i];
          }
        }
        step++;
        double c1 = 1 - Math.pow(0.9, step);
        double c2 = 1 - Math.pow(0.999, step);
        for (int k = 0; k < c; k++) {
          for (int j = 0; j <= d; j++) {
            double gj = g[k][j] + 5e-6 * w[k][j];
            m[k][j] = 0.9 * m[k][j] + 0.1 * gj;
            v[k][j] = 0.999 * v[k][j] + 0.001 * gj * gj;
            w[k][j] -= lr * (m[k][j] / c1) / (Math.sqrt(v[k][j] / c2) + 1e-8);
          }
        }
      }
      lr *= gamma;
    }
    double[] right = new double[c];
    for (int t = 0; t < test.numInstances(); t++) {
      double[] xt1 = test.instance(t).toDoubleArray();
      int best = 0;
      double bestZ = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < c; k++) {
        double zk = w[k][d];
        for (int j = 0; j < d; j++) {
          zk += w[k][j] * xt1[j];
        }
        if (zk > bestZ) {
          bestZ = zk;
          best = k;
        }
      }
      if (best == (int) test.instance(t).classValue()) {
        right[best]++;
      }
    }
    return right;
  }

  /** {@code y[0 .. n) += a * x[0 .. n)}: one index in both rows, so that the JIT vectorises it. */
  private static void axpy(int n, double a, double[] x, double[] y) {
    for (int j = 0; j < n; j++) {
      y[j] += a * x[j];
    }
  }
}
