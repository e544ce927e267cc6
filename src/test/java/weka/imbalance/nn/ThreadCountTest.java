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
 * One thread and two threads that hand every step to their team (the first layer's weight rows
 * split between them by inputs) train the same model bit for bit: sparse and dense rows, input
 * offsets, SGD with Nesterov momentum and Adam with weight decay, one and two hidden layers, a
 * cosine output layer. And the trainer's choice of one thread for small steps.
 */
public class ThreadCountTest {

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

  private static float[][] train(int[] sizes, boolean cosine, Supplier<Optimiser> opt, boolean sparse, int threads)
    throws Exception {
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
    try (TeamPath forced = TeamPath.force();
      MiniBatchTrainer t = new MiniBatchTrainer(net, opt.get(), x, y, w, 70, threads, sparse)) {
      for (int e = 0; e < 3; e++) {
        t.epoch(loss, new double[] { 1, 2, 1, 3, 1 }, 0.05, 1e-3, rand, LossNormalisation.BATCH_MEAN);
      }
    }
    return net.copyParams();
  }

  private static void check(int[] sizes, boolean cosine, Supplier<Optimiser> opt, boolean sparse) throws Exception {
    float[][] one = train(sizes, cosine, opt, sparse, 1);
    float[][] two = train(sizes, cosine, opt, sparse, 2);
    Network untrained = new Network(sizes, cosine);
    untrained.initialise(new Random(1));
    boolean moved = false;
    for (int j = 0; j < one.length; j++) {
      for (float v : one[j]) {
        // two NaN runs would compare equal
        assertTrue("row " + j + " is finite", Float.isFinite(v));
      }
      assertArrayEquals("row " + j, one[j], two[j], 0f);
      moved |= !java.util.Arrays.equals(one[j], untrained.params()[j]);
    }
    assertTrue("the training changed the parameters", moved);
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
  public void cosineOutput() throws Exception {
    check(new int[] { INPUTS, 70, CLASSES }, true, () -> new SGD(0.5, false), true);
  }

  /**
   * The documented rule (doc/benchmarks/mlp.md): a letter-LT step (16 -> 128 -> 26, 128 rows) runs
   * on one thread, a Fashion-MNIST-LT step (784 -> 128 -> 10) goes to the team, and
   * {@link TeamPath} makes the small one go too.
   */
  @Test
  public void smallStepsStayOnOneThreadUnlessForced() {
    Network letter = new Network(new int[] { 16, 128, 26 }, false);
    Network fmnist = new Network(new int[] { 784, 128, 10 }, false);
    assertFalse(MiniBatchTrainer.handsOff(letter, 128));
    assertTrue(MiniBatchTrainer.handsOff(fmnist, 128));
    try (TeamPath forced = TeamPath.force()) {
      assertTrue(MiniBatchTrainer.handsOff(letter, 128));
      assertTrue(MiniBatchTrainer.handsOff(letter, 1));
    }
  }
}
