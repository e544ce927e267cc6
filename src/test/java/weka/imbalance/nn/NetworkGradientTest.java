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

import static org.junit.Assert.assertEquals;

import java.util.Random;

import org.junit.Test;

/**
 * Finite-difference checks of the network's backward pass (linear and cosine output layers, one
 * and two hidden layers, a block size that exercises the 4-row kernels and their remainders) and
 * of the trainer's loss reduction.
 */
public class NetworkGradientTest {

  /** L = sum_r sum_k c_rk z_rk, so dL/dz = c. Computed in double from the float logits. */
  private static double objective(Network net, float[][] x, int rows, double[][] c) {
    Network.Workspace ws = net.newWorkspace(rows);
    net.forward(x, rows, ws);
    double s = 0;
    for (int r = 0; r < rows; r++) {
      for (int k = 0; k < c[r].length; k++) {
        s += c[r][k] * ws.logits()[r][k];
      }
    }
    return s;
  }

  private static void check(int[] sizes, boolean cosine, int rows) {
    Random rand = new Random(7);
    Network net = new Network(sizes, cosine);
    net.initialise(rand);
    float[][] x = new float[rows][sizes[0]];
    for (float[] row : x) {
      for (int i = 0; i < row.length; i++) {
        row[i] = (float) rand.nextGaussian();
      }
    }
    double[][] c = new double[rows][net.numOutputs()];
    Network.Workspace ws = net.newWorkspace(rows);
    net.forward(x, rows, ws);
    for (int r = 0; r < rows; r++) {
      for (int k = 0; k < c[r].length; k++) {
        c[r][k] = rand.nextGaussian();
        ws.outputGradient()[r][k] = (float) c[r][k];
      }
    }
    ws.clearGradient();
    net.backward(x, rows, ws);
    float[][] p = net.params();
    float h = 1e-3f;
    int checked = 0;
    for (int row = 0; row < p.length; row++) {
      for (int j = 0; j < p[row].length; j++) {
        float old = p[row][j];
        p[row][j] = old + h;
        net.prepareStep();
        double up = objective(net, x, rows, c);
        p[row][j] = old - h;
        net.prepareStep();
        double down = objective(net, x, rows, c);
        p[row][j] = old;
        net.prepareStep();
        double num = (up - down) / (2 * h);
        double ana = ws.gradient()[row][j];
        assertEquals("param row " + row + " col " + j + " (cosine=" + cosine + ")", num, ana,
          2e-3 + 1e-2 * Math.abs(num));
        checked++;
      }
    }
    assertEquals(true, checked > 10);
  }

  @Test
  public void linearOutputOneHiddenLayer() {
    check(new int[] { 7, 9, 3 }, false, 6);
  }

  @Test
  public void linearOutputTwoHiddenLayers() {
    check(new int[] { 5, 8, 6, 4 }, false, 9);
  }

  @Test
  public void noHiddenLayer() {
    check(new int[] { 6, 3 }, false, 5);
  }

  @Test
  public void cosineOutputLayer() {
    check(new int[] { 6, 10, 4 }, true, 7);
    check(new int[] { 6, 4 }, true, 5);
  }

  /**
   * The reduction, pinned: the mini-batch loss is sum_i v_i c_y l_i / sum_i v_i (instance weights
   * v, class weights c), i.e. the batch size for unit weights, not the sum of class weights.
   */
  @Test
  public void miniBatchLossIsInstanceWeightedMeanOfClassWeightedLosses() throws Exception {
    Random rand = new Random(11);
    int n = 40;
    Network net = new Network(new int[] { 3, 5, 2 }, false);
    net.initialise(rand);
    float[][] x = new float[n][3];
    int[] y = new int[n];
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < 3; j++) {
        x[i][j] = (float) rand.nextGaussian();
      }
      y[i] = i % 3 == 0 ? 1 : 0;
      v[i] = 0.5 + rand.nextDouble();
    }
    double[] cw = { 0.4, 1.6 };
    CrossEntropyLoss ce = new CrossEntropyLoss();
    Network.Workspace ws = net.newWorkspace(n);
    net.forward(x, n, ws);
    double num = 0;
    double den = 0;
    for (int i = 0; i < n; i++) {
      double[] z = { ws.logits()[i][0], ws.logits()[i][1] };
      num += v[i] * cw[y[i]] * ce.lossAndGradient(z, y[i], new double[2]);
      den += v[i];
    }
    MiniBatchTrainer t = new MiniBatchTrainer(net, new Optimiser.Sgd(0, false), x, y, v, n, 1);
    double reported = t.epoch(ce, cw, 1e-3, 0, new Random(1));
    t.close();
    assertEquals(num / den, reported, 1e-5);
  }
}
