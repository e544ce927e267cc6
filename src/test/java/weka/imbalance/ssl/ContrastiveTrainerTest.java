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

package weka.imbalance.ssl;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.Random;

import org.junit.Test;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.imbalance.nn.LearningRateSchedule;
import weka.imbalance.nn.Network;
import weka.imbalance.nn.SGD;

/**
 * One step of {@link ContrastiveTrainer} against the same step written out in the test: the two
 * views' forward and backward passes in double precision (the second through the method's mask),
 * NT-Xent's gradient, the two views' gradients summed, the weight decay on the weights only and
 * plain gradient descent (SGD's first step). The views are the instances themselves (no masking, no
 * noise), so the reference does not depend on the random streams; the trainer's step then runs its
 * gradient's sum, decay and update in ranges of rows from 1 and 2 threads.
 */
public class ContrastiveTrainerTest {

  private static final int N = 40;
  private static final double LR = 0.1;
  private static final double DECAY = 0.05;
  private static final double TAU = 0.5;

  @Test
  public void aSimCLRStepIsBothViewsGradientsDecayedAndApplied() throws Exception {
    check(new SimCLR(), 1);
    check(new SimCLR(), 2);
  }

  @Test
  public void anSDCLRStepTakesTheSecondViewThroughThePrunedEncoder() throws Exception {
    check(new SDCLR(), 1);
    check(new SDCLR(), 2);
  }

  private static void check(ContrastiveMethod method, int threads) throws Exception {
    Instances data = data();
    Augmenter aug = new Augmenter(data, 0, 0, 0, 0, 1, false);
    int w = aug.width();
    Network net = new Network(new int[] { w, 8, 6, 4 }, false);
    net.initialise(new Random(1));
    float[][] before = net.copyParams();
    ContrastiveTrainer trainer = new ContrastiveTrainer(net, 1, new SGD(), method, aug, TAU, N, threads);
    LearningRateSchedule lr = new LearningRateSchedule(LR, 0, LearningRateSchedule.Shape.CONSTANT, new double[0], 1);
    trainer.train(data, 1, lr, DECAY, new Random(7));
    float[][] mask = method.secondViewMask();

    double[][] x = new double[N][w];
    float[] row = new float[w];
    for (int i = 0; i < N; i++) {
      aug.encode(data.instance(i), row);
      for (int k = 0; k < w; k++) {
        x[i][k] = row[k];
      }
    }
    Plain first = new Plain(net, before, null, x);
    Plain second = new Plain(net, before, mask, x);
    double[][] u1 = new double[N][4];
    double[][] u2 = new double[N][4];
    double[] n1 = new double[N];
    double[] n2 = new double[N];
    NTXent.normalise(first.out(), N, u1, n1);
    NTXent.normalise(second.out(), N, u2, n2);
    double[][] g1 = new double[N][4];
    double[][] g2 = new double[N][4];
    NTXent.lossAndGradient(u1, u2, N, TAU, g1, g2, null);
    NTXent.throughNormalisation(u1, n1, g1, N);
    NTXent.throughNormalisation(u2, n2, g2, N);
    double[][] grad = first.backward(g1);
    double[][] grad2 = second.backward(g2);
    boolean[] weights = net.weightRows();
    float[][] after = net.params();
    double largest = 0;
    double[][] expected = new double[before.length][];
    for (int j = 0; j < before.length; j++) {
      expected[j] = new double[before[j].length];
      for (int k = 0; k < before[j].length; k++) {
        double g = grad[j][k] + grad2[j][k] * (mask != null && mask[j] != null ? mask[j][k] : 1)
          + (weights[j] ? DECAY * before[j][k] : 0);
        expected[j][k] = -LR * g;
        largest = Math.max(largest, Math.abs(expected[j][k]));
      }
    }
    for (int j = 0; j < before.length; j++) {
      for (int k = 0; k < before[j].length; k++) {
        assertEquals(method.getClass().getSimpleName() + ", " + threads + " thread(s), parameter row " + j + "["
          + k + "]", expected[j][k], after[j][k] - before[j][k], 1e-4 * largest);
      }
    }
  }

  private static Instances data() {
    ArrayList<Attribute> atts = new ArrayList<>();
    for (int a = 0; a < 5; a++) {
      atts.add(new Attribute("x" + a));
    }
    Instances d = new Instances("step", atts, N);
    Random r = new Random(3);
    for (int i = 0; i < N; i++) {
      double[] v = new double[5];
      for (int a = 0; a < 5; a++) {
        v[a] = r.nextGaussian() + (i % 3) * a;
      }
      d.add(new DenseInstance(1, v));
    }
    return d;
  }

  /** The network's forward and backward passes written out, in double precision. */
  private static final class Plain {
    private final Network m_net;
    private final double[][][] m_w;
    private final double[][] m_b;
    private final double[][][] m_act;

    /** @param mask multiplies the weights (null: none) */
    Plain(Network net, float[][] p, float[][] mask, double[][] x) {
      m_net = net;
      int layers = net.numLayers();
      m_w = new double[layers + 1][][];
      m_b = new double[layers + 1][];
      for (int l = 1; l <= layers; l++) {
        int in = net.size(l - 1);
        int out = net.size(l);
        m_w[l] = new double[in][out];
        for (int i = 0; i < in; i++) {
          int j = net.weightRow(l) + i;
          for (int o = 0; o < out; o++) {
            m_w[l][i][o] = p[j][o] * (mask != null && mask[j] != null ? mask[j][o] : 1);
          }
        }
        m_b[l] = new double[out];
        for (int o = 0; o < out; o++) {
          m_b[l][o] = p[net.weightRow(l) + in][o];
        }
      }
      m_act = new double[layers + 1][][];
      m_act[0] = x;
      for (int l = 1; l <= layers; l++) {
        m_act[l] = new double[x.length][net.size(l)];
        for (int r = 0; r < x.length; r++) {
          for (int o = 0; o < net.size(l); o++) {
            double s = m_b[l][o];
            for (int i = 0; i < net.size(l - 1); i++) {
              s += m_act[l - 1][r][i] * m_w[l][i][o];
            }
            m_act[l][r][o] = l < layers ? Math.max(0, s) : s;
          }
        }
      }
    }

    float[][] out() {
      double[][] z = m_act[m_net.numLayers()];
      float[][] f = new float[z.length][z[0].length];
      for (int r = 0; r < z.length; r++) {
        for (int k = 0; k < z[r].length; k++) {
          f[r][k] = (float) z[r][k];
        }
      }
      return f;
    }

    /** @return dLoss/dparameters (in the parameter layout) of dLoss/doutputs dz */
    double[][] backward(double[][] dz) {
      int layers = m_net.numLayers();
      double[][] g = new double[m_net.params().length][];
      double[][] d = dz;
      for (int l = layers; l >= 1; l--) {
        int in = m_net.size(l - 1);
        int out = m_net.size(l);
        for (int i = 0; i <= in; i++) {
          g[m_net.weightRow(l) + i] = new double[out];
        }
        double[][] prev = new double[d.length][in];
        for (int r = 0; r < d.length; r++) {
          for (int o = 0; o < out; o++) {
            g[m_net.weightRow(l) + in][o] += d[r][o];
            for (int i = 0; i < in; i++) {
              g[m_net.weightRow(l) + i][o] += m_act[l - 1][r][i] * d[r][o];
              prev[r][i] += m_w[l][i][o] * d[r][o];
            }
          }
          if (l > 1) {
            for (int i = 0; i < in; i++) {
              prev[r][i] = m_act[l - 1][r][i] > 0 ? prev[r][i] : 0;
            }
          }
        }
        d = prev;
      }
      return g;
    }
  }
}
