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
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Random;

import org.junit.Test;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.core.Utils;
import weka.imbalance.loss.CrossEntropyLoss;
import weka.imbalance.loss.Loss;

/**
 * The zero-skipping first layer (inputs uncentred where mostly zero, centring folded into the
 * first layer, sparse rows) trains the same model as the plain path (every numeric input centred,
 * dense first layer), and stays bit-identical with 1 and 2 threads.
 */
public class ZeroSkippingTest {

  /**
   * 240 instances, 3 classes: 16 numeric attributes that are 0 in about 70% of the rows (non-zero
   * mean), 3 with few zeros, a nominal attribute, a few missing values; the class depends on some
   * of the mostly-zero attributes.
   */
  public static Instances mostlyZeros(long seed) {
    Random rand = new Random(seed);
    ArrayList<Attribute> atts = new ArrayList<>();
    for (int a = 0; a < 19; a++) {
      atts.add(new Attribute("a" + a));
    }
    atts.add(new Attribute("colour", Arrays.asList("red", "green", "blue")));
    atts.add(new Attribute("class", Arrays.asList("x", "y", "z")));
    Instances d = new Instances("zeros", atts, 0);
    d.setClassIndex(d.numAttributes() - 1);
    for (int i = 0; i < 240; i++) {
      int y = i % 3;
      double[] v = new double[d.numAttributes()];
      for (int a = 0; a < 16; a++) {
        v[a] = rand.nextDouble() < 0.7 ? 0 : 3 + rand.nextDouble() * 5 + (a % 3 == y ? 4 : 0);
      }
      for (int a = 16; a < 19; a++) {
        v[a] = 10 + rand.nextGaussian() + (a - 16 == y ? 1 : 0);
      }
      v[19] = rand.nextInt(3);
      v[20] = y;
      if (i % 17 == 0) {
        v[i % 19] = Utils.missingValue();
      }
      d.add(new DenseInstance(1, v));
    }
    return d;
  }

  private static final class Run {
    final Network m_net;
    final MiniBatchTrainer m_trainer;
    final float[][] m_x;

    Run(Instances data, boolean keepZeros, boolean sparse, int threads) throws Exception {
      InputEncoder enc = new InputEncoder(data, keepZeros);
      m_x = enc.encode(data);
      m_net = new Network(new int[] { enc.width(), 16, 3 }, false);
      m_net.initialise(new Random(1));
      m_net.setInputOffsets(enc.inputOffsets());
      int[] y = new int[data.numInstances()];
      double[] w = new double[y.length];
      for (int i = 0; i < y.length; i++) {
        y[i] = (int) data.instance(i).classValue();
        w[i] = data.instance(i).weight();
      }
      m_trainer = new MiniBatchTrainer(m_net, new SGD(0.9, true), m_x, y, w, 50, threads, sparse);
      Loss loss = new CrossEntropyLoss();
      loss.initialise(weka.imbalance.ClassPriors.weightedCounts(data));
      Random rand = new Random(2);
      for (int e = 0; e < 3; e++) {
        m_trainer.epoch(loss, new double[] { 1, 1, 1 }, 0.05, 2e-4, rand, LossNormalisation.BATCH_MEAN);
      }
      m_trainer.close();
    }

    double[][] probabilities() throws Exception {
      float[][] z = m_net.logits(m_x, 1);
      double[][] p = new double[z.length][];
      for (int i = 0; i < z.length; i++) {
        double[] zi = new double[z[i].length];
        for (int k = 0; k < zi.length; k++) {
          zi[k] = z[i][k];
        }
        p[i] = weka.imbalance.ClassPriors.softmax(zi);
      }
      return p;
    }
  }

  @Test
  public void mostlyZeroAttributesAreUncentredAndTheOthersCentred() {
    Instances d = mostlyZeros(1);
    InputEncoder enc = new InputEncoder(d);
    float[] c = enc.inputOffsets();
    assertEquals(22, c.length); // 19 numeric columns, 3 for the 3-valued nominal attribute
    for (int a = 0; a < 16; a++) {
      assertTrue("attribute " + a + " keeps its zeros", c[a] > 0.3f && c[a] <= 1f);
    }
    for (int a = 16; a < c.length; a++) {
      assertEquals(0f, c[a], 0f);
    }
    assertTrue(MiniBatchTrainer.zeroFraction(enc.encode(d)) >= MiniBatchTrainer.SPARSE_MIN_ZERO_FRACTION);
    assertEquals(0, MiniBatchTrainer.zeroFraction(new InputEncoder(d, false).encode(d)), 0.1);
    float[] none = new InputEncoder(d, false).inputOffsets();
    assertArrayEquals(new float[none.length], none, 0f);
  }

  /** x = {0, 0, 0, 4}: mean 1, sd sqrt(3); zeros kept, x / sd encoded, mean / sd the offset. */
  @Test
  public void uncentredEncodingExactCase() {
    ArrayList<Attribute> atts = new ArrayList<>();
    atts.add(new Attribute("x"));
    atts.add(new Attribute("class", Arrays.asList("a", "b")));
    Instances d = new Instances("t", atts, 0);
    d.setClassIndex(1);
    for (double v : new double[] { 0, 0, 0, 4, Utils.missingValue() }) {
      d.add(new DenseInstance(1, new double[] { v, 0 }));
    }
    InputEncoder enc = new InputEncoder(d);
    float[][] x = enc.encode(d);
    double sd = Math.sqrt(3);
    assertEquals(1 / sd, enc.inputOffsets()[0], 1e-6);
    assertEquals(0f, x[0][0], 0f);
    assertEquals(4 / sd, x[3][0], 1e-6);
    assertEquals(1 / sd, x[4][0], 1e-6); // missing = the mean, i.e. 0 once the offset is taken off
    InputEncoder centred = new InputEncoder(d, false);
    float[][] xc = centred.encode(d);
    for (int i = 0; i < x.length; i++) {
      assertEquals(xc[i][0], x[i][0] - enc.inputOffsets()[0], 1e-6);
    }
  }

  @Test
  public void zeroSkippingTrainsTheSameModelAsThePlainDensePath() throws Exception {
    Instances d = mostlyZeros(2);
    Run plain = new Run(d, false, false, 1);
    Run skipping = new Run(d, true, true, 1);
    Run folded = new Run(d, true, false, 1);
    assertFalse(plain.m_trainer.isSparse());
    assertTrue(skipping.m_trainer.isSparse());
    double[][] p = plain.probabilities();
    double[][] q = skipping.probabilities();
    double[][] r = folded.probabilities();
    for (int i = 0; i < p.length; i++) {
      Finite.check("instance " + i, p[i], q[i], r[i]);
      assertArrayEquals("instance " + i, p[i], q[i], 1e-4);
      assertArrayEquals("instance " + i, p[i], r[i], 1e-4);
    }
    // the training moved the model: the comparison is not between two untrained networks
    Network untrained = new Network(new int[] { plain.m_net.numInputs(), 16, 3 }, false);
    untrained.initialise(new Random(1));
    float[][] z0 = untrained.logits(plain.m_x, 1);
    float[][] z1 = plain.m_net.logits(plain.m_x, 1);
    assertTrue(Math.abs(z0[0][0] - z1[0][0]) + Math.abs(z0[1][1] - z1[1][1]) > 0.05);
  }

  @Test
  public void theTrainerChoosesSparseRowsByTheZeroFraction() throws Exception {
    Instances d = mostlyZeros(3);
    InputEncoder enc = new InputEncoder(d);
    Network net = new Network(new int[] { enc.width(), 4, 3 }, false);
    int[] y = new int[d.numInstances()];
    double[] w = new double[y.length];
    Arrays.fill(w, 1);
    try (MiniBatchTrainer t = new MiniBatchTrainer(net, new SGD(0, false), enc.encode(d), y, w, 32, 1)) {
      assertTrue(t.isSparse());
    }
    InputEncoder plain = new InputEncoder(d, false);
    try (MiniBatchTrainer t = new MiniBatchTrainer(net, new SGD(0, false), plain.encode(d), y, w, 32, 1)) {
      assertFalse(t.isSparse());
    }
  }

  /** Two threads that hand every step to their team (the network is far below the trainer's size for that). */
  @Test
  public void zeroSkippingWithOneAndTwoThreadsIsBitIdentical() throws Exception {
    Instances d = mostlyZeros(4);
    Run one = new Run(d, true, true, 1);
    Run two;
    try (TeamPath forced = TeamPath.force()) {
      two = new Run(d, true, true, 2);
    }
    float[][] a = one.m_net.params();
    float[][] b = two.m_net.params();
    for (int row = 0; row < a.length; row++) {
      Finite.check("parameter row " + row, a[row], b[row]);
      assertArrayEquals("parameter row " + row, a[row], b[row], 0f);
    }
  }
}
