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

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Random;
import java.util.function.Supplier;

import org.junit.Test;

import weka.imbalance.loss.CrossEntropyLoss;
import weka.imbalance.loss.Loss;

/**
 * Two threads that split the first layer by its hidden units (each thread the forward pass,
 * gradient and update of its units for every row) train the same model, bit for bit, as one
 * thread and as two threads that split it by its inputs: sparse and dense rows, input offsets,
 * SGD with Nesterov momentum and Adam with weight decay, one and two hidden layers, a cosine output
 * layer, hidden widths split evenly and at a cache line. (The split by hidden units is off by default,
 * {@link MiniBatchTrainer#SPLIT_BY_COLUMNS_PROPERTY}.)
 */
public class ColumnSplitTest {

  private static final int ROWS = 300;
  private static final int INPUTS = 60;
  private static final int CLASSES = 5;

  /** Rows with about 70% zeros; the class depends on a few inputs. */
  private static float[][] data(int[] y, long seed) {
    Random rand = new Random(seed);
    float[][] x = new float[ROWS][INPUTS];
    for (int i = 0; i < ROWS; i++) {
      y[i] = i % CLASSES;
      for (int j = 0; j < INPUTS; j++) {
        x[i][j] = rand.nextDouble() < 0.7 ? 0f : (float) (rand.nextGaussian() + (j % CLASSES == y[i] ? 1.5 : 0));
      }
    }
    return x;
  }

  private static float[][] train(int[] sizes, boolean cosine, Supplier<Optimiser> opt, boolean sparse, int threads,
    boolean byColumns) throws Exception {
    int[] y = new int[ROWS];
    float[][] x = data(y, 5);
    double[] w = new double[ROWS];
    java.util.Arrays.fill(w, 1);
    Network net = new Network(sizes, cosine);
    net.initialise(new Random(1));
    float[] offsets = new float[INPUTS];
    for (int j = 0; j < INPUTS; j += 3) {
      offsets[j] = 0.1f * (j % 7) - 0.2f;
    }
    net.setInputOffsets(offsets);
    Loss loss = new CrossEntropyLoss();
    loss.initialise(new double[] { 60, 60, 60, 60, 60 });
    Random rand = new Random(2);
    try (MiniBatchTrainer t = new MiniBatchTrainer(net, opt.get(), x, y, w, 70, threads, sparse, byColumns)) {
      for (int e = 0; e < 3; e++) {
        double l = t.epoch(loss, new double[] { 1, 2, 1, 3, 1 }, 0.05, 1e-3, rand, LossNormalisation.BATCH_MEAN);
        // NaN parameters would compare equal: the check needs a run that stays finite
        assertTrue("epoch " + e + " loss " + l, Double.isFinite(l));
      }
    }
    return net.copyParams();
  }

  private static void check(int[] sizes, boolean cosine, Supplier<Optimiser> opt, boolean sparse) throws Exception {
    float[][] one = train(sizes, cosine, opt, sparse, 1, false);
    float[][] byInputs = train(sizes, cosine, opt, sparse, 2, false);
    float[][] byColumns = train(sizes, cosine, opt, sparse, 2, true);
    for (int j = 0; j < one.length; j++) {
      for (float v : one[j]) {
        assertTrue(Float.isFinite(v));
      }
      assertArrayEquals("row " + j + " (by inputs)", one[j], byInputs[j], 0f);
      assertArrayEquals("row " + j + " (by columns)", one[j], byColumns[j], 0f);
    }
  }

  @Test
  public void sparseRowsWithNesterovMomentum() throws Exception {
    check(new int[] { INPUTS, 40, CLASSES }, false, () -> new SGD(0.9, true), true);
  }

  @Test
  public void denseRowsWithAdamAndTwoHiddenLayers() throws Exception {
    check(new int[] { INPUTS, 72, 9, CLASSES }, false, Adam::new, false);
  }

  @Test
  public void cacheLineSplitAndCosineOutput() throws Exception {
    // 70 hidden units: the parts get 32 and 38
    check(new int[] { INPUTS, 70, CLASSES }, true, () -> new SGD(0.5, false), true);
  }

  @Test
  public void onlyLargeFirstLayersAreSplitByColumnsWhenAsked() {
    Network small = new Network(new int[] { INPUTS, 128, CLASSES }, false);
    Network large = new Network(new int[] { INPUTS, 300, CLASSES }, false);
    assertFalse(MiniBatchTrainer.splitsByColumns(small, 2, true));
    assertTrue(MiniBatchTrainer.splitsByColumns(large, 2, true));
    assertFalse(MiniBatchTrainer.splitsByColumns(large, 1, true));
    assertFalse(MiniBatchTrainer.splitsByColumns(large, 2, false));
    assertFalse(MiniBatchTrainer.splitsByColumns(new Network(new int[] { 1000, CLASSES }, false), 2, true));
  }
}
