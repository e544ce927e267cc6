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

import weka.imbalance.loss.CrossEntropyLoss;

/**
 * Finite-difference checks of the network's backward pass (linear and cosine output layers, one
 * and two hidden layers, a block size that exercises the 4-row kernels and their remainders) and
 * of the trainer's loss reduction.
 */
public class NetworkGradientTest {

  /** L = sum_r sum_k c_rk z_rk, so dL/dz = c. Computed in double from the float logits. */
  /** (f(p + h) - f(p - h)) / 2h for one parameter, the network prepared for each evaluation. */
  private static double centralDifference(Network net, float[][] p, int row, int j, float h,
    java.util.function.DoubleSupplier f) {
    float old = p[row][j];
    p[row][j] = old + h;
    net.prepareStep();
    double up = f.getAsDouble();
    p[row][j] = old - h;
    net.prepareStep();
    double down = f.getAsDouble();
    p[row][j] = old;
    net.prepareStep();
    return (up - down) / (2 * h);
  }

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

  /**
   * The gradient of {@code sum_r sum_k dz[r][k] z[r][k]} over one block of rows, through the
   * training path: a one-block batch, its forward and backward pass, and the gradient's assembly
   * in {@code parts} parts.
   *
   * @param logits receives the block's logits
   */
  static float[][] batchGradient(Network net, float[][] x, int[][] idx, float[][] val, int rows, double[][] dz,
    int parts, float[][] logits) {
    Network.Batch batch = net.newBatch(1, rows, parts, idx, rows);
    for (int r = 0; r < rows; r++) {
      if (idx == null) {
        batch.setRow(0, r, x[r]);
      } else {
        batch.setRow(0, r, idx[r], val[r]);
      }
    }
    net.forward(batch, 0, rows);
    Network.Workspace ws = batch.block(0);
    for (int r = 0; r < rows; r++) {
      logits[r] = ws.logits()[r].clone();
      for (int k = 0; k < dz[r].length; k++) {
        ws.outputGradient()[r][k] = (float) dz[r][k];
      }
    }
    net.backward(batch, 0, rows);
    float[][] g = net.newParamShape();
    net.startGradient(batch, rows, g);
    for (int part = 0; part < parts; part++) {
      net.gradient(batch, rows, part, g, (from, to) -> {
      });
    }
    return g;
  }

  /** Input rows of standard normal values. */
  private static float[][] gaussianRows(Random rand, int rows, int n) {
    float[][] x = new float[rows][n];
    for (float[] row : x) {
      for (int i = 0; i < n; i++) {
        row[i] = (float) rand.nextGaussian();
      }
    }
    return x;
  }

  /** The coefficients c of the objective {@code sum_r sum_k c_rk z_rk}, standard normal. */
  private static double[][] gaussianObjective(Random rand, int rows, int outputs) {
    double[][] c = new double[rows][outputs];
    for (double[] row : c) {
      for (int k = 0; k < outputs; k++) {
        row[k] = rand.nextGaussian();
      }
    }
    return c;
  }

  private static void check(int[] sizes, boolean cosine, int rows) {
    Random rand = new Random(7);
    Network net = new Network(sizes, cosine);
    net.initialise(rand);
    float[][] x = gaussianRows(rand, rows, sizes[0]);
    double[][] c = gaussianObjective(rand, rows, net.numOutputs());
    float[][] grad = batchGradient(net, x, null, null, rows, c, rows % 2 + 1, new float[rows][]);
    float[][] p = net.params();
    float h = 1e-3f;
    int checked = 0;
    for (int row = 0; row < p.length; row++) {
      for (int j = 0; j < p[row].length; j++) {
        double num = centralDifference(net, p, row, j, h, () -> objective(net, x, rows, c));
        double ana = grad[row][j];
        Finite.assertClose("param row " + row + " col " + j + " (cosine=" + cosine + ")", num, ana,
          2e-3 + 1e-2 * Math.abs(num));
        checked++;
      }
    }
    assertEquals(true, checked > 10);
  }

  /**
   * A mini-batch of several blocks (the last one short) whose gradient is assembled in 1, 2 and 3
   * parts: the parts split the narrow layers' weight rows anywhere, and the result must be the same
   * bit for bit, and the one-block path's up to the order of the sums (finite differences are too
   * coarse at 23 rows of float logits). Two hidden layers, so that a narrow layer's gradient
   * (computed for the whole mini-batch, transposed) sits between others.
   */
  @Test
  public void severalBlocksAndPartsGiveOneGradient() {
    int[] sizes = { 5, 12, 9, 4 };
    int rows = 23;
    int blockRows = 8;
    Random rand = new Random(11);
    Network net = new Network(sizes, false);
    net.initialise(rand);
    float[][] x = gaussianRows(rand, rows, sizes[0]);
    double[][] c = gaussianObjective(rand, rows, net.numOutputs());
    float[][] one = null;
    for (int parts = 1; parts <= 3; parts++) {
      int blocks = (rows + blockRows - 1) / blockRows;
      Network.Batch batch = net.newBatch(blocks, blockRows, parts, null, rows);
      for (int r = 0; r < rows; r++) {
        batch.setRow(r / blockRows, r % blockRows, x[r]);
      }
      net.forward(batch, 0, blocks, rows);
      for (int b = 0; b < blocks; b++) {
        int n = Math.min(blockRows, rows - b * blockRows);
        Network.Workspace ws = batch.block(b);
        for (int r = 0; r < n; r++) {
          for (int k = 0; k < c[0].length; k++) {
            ws.outputGradient()[r][k] = (float) c[b * blockRows + r][k];
          }
        }
        net.backward(batch, b, n);
      }
      float[][] g = net.newParamShape();
      net.startGradient(batch, rows, g);
      for (int part = 0; part < parts; part++) {
        net.gradient(batch, rows, part, g, (from, to) -> {
        });
      }
      if (one == null) {
        one = g;
        // the one-block path, which the other tests check against finite differences; only the
        // order of the sums over the rows differs
        float[][] ref = batchGradient(net, x, null, null, rows, c, 1, new float[rows][]);
        for (int row = 0; row < g.length; row++) {
          for (int j = 0; j < g[row].length; j++) {
            Finite.assertClose("param row " + row + " col " + j, ref[row][j], g[row][j],
              1e-5 + 1e-5 * Math.abs(ref[row][j]));
          }
        }
      } else {
        for (int row = 0; row < g.length; row++) {
          for (int j = 0; j < g[row].length; j++) {
            assertEquals(parts + " parts: row " + row + " col " + j, Float.floatToIntBits(one[row][j]),
              Float.floatToIntBits(g[row][j]));
          }
        }
      }
    }
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

  /** Rows with about half zeros (whole rows of zeros included), as sparse index/value arrays too. */
  private static float[][] halfZeros(Random rand, int rows, int n) {
    float[][] x = new float[rows][n];
    for (int r = 1; r < rows; r++) {
      for (int i = 0; i < n; i++) {
        x[r][i] = rand.nextBoolean() ? 0f : (float) rand.nextGaussian();
      }
    }
    return x;
  }

  private static int[][] indices(float[][] x) {
    int[][] idx = new int[x.length][];
    for (int r = 0; r < x.length; r++) {
      float[] row = x[r];
      idx[r] = java.util.stream.IntStream.range(0, row.length).filter(i -> row[i] != 0f).toArray();
    }
    return idx;
  }

  private static float[][] values(float[][] x, int[][] idx) {
    float[][] val = new float[x.length][];
    for (int r = 0; r < x.length; r++) {
      val[r] = new float[idx[r].length];
      for (int j = 0; j < idx[r].length; j++) {
        val[r][j] = x[r][idx[r][j]];
      }
    }
    return val;
  }

  /**
   * Input offsets c: the network fed x (dense or sparse rows) computes the same logits and the
   * same parameter gradient as a network with the same parameters and no offsets fed x - c.
   */
  private static void checkOffsets(int[] sizes, int rows) {
    Random rand = new Random(5);
    int n = sizes[0];
    float[][] x = halfZeros(rand, rows, n);
    float[] c = new float[n];
    for (int i = 0; i < n; i += 2) {
      c[i] = (float) (2 * rand.nextDouble() - 1);
    }
    float[][] centred = new float[rows][n];
    for (int r = 0; r < rows; r++) {
      for (int i = 0; i < n; i++) {
        centred[r][i] = x[r][i] - c[i];
      }
    }
    int[][] idx = indices(x);
    float[][] val = values(x, idx);
    Network plain = new Network(sizes, false);
    plain.initialise(new Random(3));
    Network folded = new Network(sizes, false);
    folded.initialise(new Random(3));
    folded.setInputOffsets(c);
    double[][] dz = new double[rows][plain.numOutputs()];
    for (double[] row : dz) {
      for (int k = 0; k < row.length; k++) {
        row[k] = rand.nextGaussian();
      }
    }
    float[][][] logits = new float[3][rows][];
    float[][] g = batchGradient(plain, centred, null, null, rows, dz, 1, logits[0]);
    float[][] dense = batchGradient(folded, x, null, null, rows, dz, 2, logits[1]);
    float[][] sparse = batchGradient(folded, null, idx, val, rows, dz, 3, logits[2]);
    for (int r = 0; r < rows; r++) {
      for (int k = 0; k < plain.numOutputs(); k++) {
        Finite.assertClose("logit " + r + "," + k, logits[0][r][k], logits[1][r][k], 1e-5);
        Finite.assertClose("logit " + r + "," + k, logits[0][r][k], logits[2][r][k], 1e-5);
      }
    }
    for (int row = 0; row < g.length; row++) {
      for (int j = 0; j < g[row].length; j++) {
        Finite.assertClose("gradient row " + row, g[row][j], dense[row][j], 1e-4);
        Finite.assertClose("gradient row " + row, g[row][j], sparse[row][j], 1e-4);
      }
    }
  }

  @Test
  public void inputOffsetsAreTheSameModelAsCentredInputs() {
    checkOffsets(new int[] { 11, 9, 3 }, 7);
    checkOffsets(new int[] { 13, 8, 6, 4 }, 37);
    checkOffsets(new int[] { 9, 4 }, 6);
  }

  /** Sparse rows through the network: finite differences of the gradient, with input offsets. */
  @Test
  public void sparseRowsGradientMatchesFiniteDifferences() {
    Random rand = new Random(9);
    int[] sizes = { 10, 7, 3 };
    int rows = 9;
    float[][] x = halfZeros(rand, rows, sizes[0]);
    int[][] idx = indices(x);
    float[][] val = values(x, idx);
    float[] c = new float[sizes[0]];
    c[1] = 0.5f;
    c[4] = -0.25f;
    Network net = new Network(sizes, false);
    net.initialise(rand);
    net.setInputOffsets(c);
    double[][] dz = new double[rows][3];
    for (int r = 0; r < rows; r++) {
      for (int k = 0; k < 3; k++) {
        dz[r][k] = rand.nextGaussian();
      }
    }
    float[][] grad = batchGradient(net, null, idx, val, rows, dz, 2, new float[rows][]);
    float[][] p = net.params();
    float h = 1e-3f;
    for (int row = 0; row < p.length; row++) {
      for (int j = 0; j < p[row].length; j++) {
        double num = centralDifference(net, p, row, j, h, () -> objective(net, x, rows, dz));
        Finite.assertClose("param row " + row + " col " + j, num, grad[row][j], 2e-3 + 1e-2 * Math.abs(num));
      }
    }
  }

  @Test(expected = IllegalArgumentException.class)
  public void inputOffsetsAreRefusedByACosineFirstLayer() {
    new Network(new int[] { 3, 2 }, true).setInputOffsets(new float[] { 1, 0, 0 });
  }

  /**
   * The reduction, pinned: the mini-batch loss is sum_i v_i c_y l_i / sum_i v_i (instance weights
   * v, class weights c), i.e. the batch size for unit weights, not the sum of class weights.
   */
  @Test
  public void miniBatchLossIsInstanceWeightedMeanOfClassWeightedLosses() throws Exception {
    checkReduction(LossNormalisation.BATCH_MEAN);
  }

  /**
   * PyTorch's weighted cross-entropy ({@code F.cross_entropy(z, y, weight=c)}, reduction mean):
   * {@code sum_i c_{y_i} l_i / sum_i c_{y_i}}, here with instance weights v as well.
   */
  @Test
  public void weightedMeanDividesByInstanceTimesClassWeights() throws Exception {
    checkReduction(LossNormalisation.WEIGHTED_MEAN);
  }

  private static void checkReduction(LossNormalisation normalisation) throws Exception {
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
      den += normalisation == LossNormalisation.BATCH_MEAN ? v[i] : v[i] * cw[y[i]];
    }
    MiniBatchTrainer t = new MiniBatchTrainer(net, new SGD(0, false), x, y, v, n, 1);
    double reported = t.epoch(ce, cw, 1e-3, 0, new Random(1), normalisation);
    t.close();
    Finite.assertClose("mini-batch loss", num / den, reported, 1e-5);
  }
}
