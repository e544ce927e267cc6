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

import java.util.Arrays;
import java.util.Random;

import weka.core.Instances;
import weka.imbalance.Parallel;
import weka.imbalance.nn.LearningRateSchedule;
import weka.imbalance.nn.MiniBatchTrainer;
import weka.imbalance.nn.Network;
import weka.imbalance.nn.Optimiser;

/**
 * Contrastive pre-training of an MLP encoder with a projection head on our network engine. A step,
 * in five hand-offs to the threads of the training run ({@link Network.Team}): the mini-batch's
 * blocks, each instance's two views from its own random stream of (the run's view seed, the epoch,
 * the instance) ({@link ViewRandom}), then both views' forward passes; NT-Xent's two phases over its
 * rows (plus, in between, the method's term); the blocks' gradients back through the normalisation
 * and their backward passes; the gradient's parts, each range of rows of the two views' gradients
 * (the second through the method's mask, if any) summed, decayed and applied as soon as it is
 * final. Every sum has a fixed order and no random draw depends on which thread makes it, so the
 * encoder does not depend on the number of threads. The step's buffers are allocated once.
 */
public final class ContrastiveTrainer {

  private final Network m_net;
  private final Network m_second;
  private final int m_encoderLayers;
  private final Optimiser m_opt;
  private final ContrastiveMethod m_method;
  private final Augmenter m_aug;
  private final double m_tau;
  private final int m_batchSize;
  private final int m_threads;
  private final Network.Batch m_b1;
  private final Network.Batch m_b2;
  private final Network.Batch m_b2pruned;
  private final float[][] m_g1;
  private final float[][] m_g2;
  private final boolean[] m_weightRows;
  // the step's buffers, allocated once
  private final float[][] m_v1;
  private final float[][] m_v2;
  private final double[][] m_u1;
  private final double[][] m_u2;
  private final double[] m_n1;
  private final double[] m_n2;
  private final double[][] m_d1;
  private final double[][] m_d2;
  private final double[] m_perInstance;
  private final float[][] m_z1;
  private final float[][] m_z2;
  private final NTXent.Workspace m_ntxent;
  private long m_viewSeed;
  private double[][] m_pixels;
  /** The threads of a training run. */
  private Network.Team m_team;

  /**
   * @param net the network (encoder layers, then the head's), initialised
   * @param encoderLayers the number of the encoder's layers
   * @param opt the optimiser
   * @param method the method
   * @param aug the augmentation
   * @param tau the temperature
   * @param batch the mini-batch size
   * @param threads the threads
   */
  public ContrastiveTrainer(Network net, int encoderLayers, Optimiser opt, ContrastiveMethod method, Augmenter aug,
    double tau, int batch, int threads) {
    m_net = net;
    m_encoderLayers = encoderLayers;
    m_opt = opt;
    m_method = method;
    m_aug = aug;
    m_tau = tau;
    m_batchSize = batch;
    m_threads = Math.max(1, threads);
    int[] sizes = new int[net.numLayers() + 1];
    for (int l = 0; l < sizes.length; l++) {
      sizes[l] = net.size(l);
    }
    m_second = new Network(sizes, false);
    int blocks = (batch + MiniBatchTrainer.BLOCK - 1) / MiniBatchTrainer.BLOCK;
    m_b1 = net.newBatch(blocks, MiniBatchTrainer.BLOCK, m_threads, null, batch);
    m_b2 = net.newBatch(blocks, MiniBatchTrainer.BLOCK, m_threads, null, batch);
    m_b2pruned = m_second.newBatch(blocks, MiniBatchTrainer.BLOCK, m_threads, null, batch);
    m_g1 = net.newParamShape();
    m_g2 = net.newParamShape();
    m_weightRows = net.weightRows();
    int w = aug.width();
    int d = net.numOutputs();
    m_v1 = new float[batch][w];
    m_v2 = new float[batch][w];
    m_u1 = new double[batch][d];
    m_u2 = new double[batch][d];
    m_n1 = new double[batch];
    m_n2 = new double[batch];
    m_d1 = new double[batch][d];
    m_d2 = new double[batch][d];
    m_perInstance = new double[batch];
    m_z1 = new float[batch][];
    m_z2 = new float[batch][];
    m_ntxent = new NTXent.Workspace(batch, d);
  }

  /**
   * Trains the network.
   *
   * @param data the training data
   * @param epochs the epochs
   * @param schedule the learning rate
   * @param decay the weight decay (L2, weights only)
   * @param rand the build's random number generator
   * @return the mean loss of the last epoch
   * @throws Exception if a thread fails
   */
  public double train(Instances data, int epochs, LearningRateSchedule schedule, double decay, Random rand)
    throws Exception {
    int n = data.numInstances();
    m_method.initialise(n, m_net.numOutputs(), rand);
    m_viewSeed = rand.nextLong();
    m_pixels = m_aug.pixelRows(data);
    try (Network.Team team = new Network.Team(m_threads, "ContrastiveTrainer-worker")) {
      m_team = team;
      return train(data, epochs, schedule, decay, rand, n);
    } finally {
      m_team = null;
      m_pixels = null;
    }
  }

  private double train(Instances data, int epochs, LearningRateSchedule schedule, double decay, Random rand, int n)
    throws Exception {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    double last = 0;
    for (int e = 0; e < epochs; e++) {
      m_method.startEpoch(e, epochs, m_net, m_encoderLayers);
      for (int i = n - 1; i > 0; i--) {
        int j = rand.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      double lr = m_method.learningRate(schedule, e, epochs);
      double total = 0;
      int steps = 0;
      // SimCLR drops no instance: the last mini-batch may be smaller (at least 2 instances)
      for (int start = 0; start < n; start += m_batchSize) {
        int end = Math.min(n, start + m_batchSize);
        if (end - start < 2) {
          continue;
        }
        total += step(data, Arrays.copyOfRange(order, start, end), lr, decay, e, epochs);
        steps++;
      }
      m_method.endEpoch(e, epochs);
      last = steps == 0 ? 0 : total / steps;
    }
    return last;
  }

  private double step(Instances data, int[] rows, double lr, double decay, int epoch, int epochs)
    throws Exception {
    int n = rows.length;
    int block = MiniBatchTrainer.BLOCK;
    int blocks = (n + block - 1) / block;
    float[][] mask = m_method.secondViewMask();
    Network second = mask == null ? m_net : m_second;
    if (mask != null) {
      float[][] p = m_net.params();
      float[][] q = m_second.params();
      for (int j = 0; j < p.length; j++) {
        if (mask[j] == null) {
          System.arraycopy(p[j], 0, q[j], 0, p[j].length);
        } else {
          for (int k = 0; k < p[j].length; k++) {
            q[j][k] = p[j][k] * mask[j][k];
          }
        }
      }
      m_second.prepareStep();
    }
    Network.Batch b2 = mask == null ? m_b2 : m_b2pruned;
    // one hand-off: each thread builds its blocks' views, runs both views' forward passes of them
    // and scales their projections to unit length; each instance's views from its own stream of
    // (seed, epoch, instance): the same for any threads
    long seed = m_viewSeed;
    double[][] u1 = m_u1;
    double[][] u2 = m_u2;
    double[] n1 = m_n1;
    double[] n2 = m_n2;
    double[][] g1 = m_d1;
    double[][] g2 = m_d2;
    double[] perInstance = m_perInstance;
    m_team.forRange(blocks, 1, (from, to) -> {
      Augmenter.ViewMaker maker = m_aug.newViewMaker(m_pixels);
      for (int b = from; b < to; b++) {
        int first = b * block;
        int size = Math.min(block, n - first);
        for (int k = 0; k < size; k++) {
          int r = first + k;
          maker.views(data, rows[r], m_method.boost(rows[r]), seed, epoch, m_v1[r], m_v2[r]);
          m_b1.setRow(b, k, m_v1[r]);
          b2.setRow(b, k, m_v2[r]);
        }
        m_net.forward(m_b1, b, size);
        second.forward(b2, b, size);
        for (int k = 0; k < size; k++) {
          m_z1[first + k] = m_b1.block(b).logits()[k];
          m_z2[first + k] = b2.block(b).logits()[k];
          Arrays.fill(g1[first + k], 0);
          Arrays.fill(g2[first + k], 0);
          perInstance[first + k] = 0;
        }
        NTXent.normalise(m_z1, first, first + size, u1, n1);
        NTXent.normalise(m_z2, first, first + size, u2, n2);
      }
    });
    double loss = NTXent.lossAndGradient(u1, u2, n, m_tau, g1, g2, perInstance, m_ntxent, m_team::forRange);
    loss += m_method.extraLoss(u1, u2, n, g1, g2, epoch, epochs);
    m_method.afterBatch(rows, n, perInstance, u1, epoch);
    // one hand-off: each thread takes its blocks' gradients through the normalisation into the
    // network's output gradients and runs both views' backward passes of them
    m_team.forRange(blocks, 1, (from, to) -> {
      for (int b = from; b < to; b++) {
        int first = b * block;
        int size = Math.min(block, n - first);
        outputGradient(u1, n1, g1, first, size, m_b1.block(b).outputGradient());
        outputGradient(u2, n2, g2, first, size, b2.block(b).outputGradient());
        m_net.backward(m_b1, b, size);
        second.backward(b2, b, size);
      }
    });
    // the gradient in parts, one per thread, each the same rows of both views' gradients (same
    // shapes, same split); each range of rows is summed, decayed and updated as soon as it is final
    float[][] p = m_net.params();
    m_opt.begin(p, lr);
    m_net.startGradient(m_b1, n, m_g1);
    second.startGradient(b2, n, m_g2);
    float wd = (float) decay;
    m_team.forRange(m_b1.parts(), 1, (from, to) -> {
      for (int t = from; t < to; t++) {
        m_net.gradient(m_b1, n, t, m_g1, (r0, r1) -> {
        });
        second.gradient(b2, n, t, m_g2, (r0, r1) -> sumDecayAndUpdate(r0, r1, mask, wd));
      }
    });
    m_net.prepareStep();
    return loss;
  }

  /**
   * Rows first .. first+size-1 of dLoss/du through the normalisation, into a block's output gradient.
   */
  private static void outputGradient(double[][] u, double[] norm, double[][] g, int first, int size, float[][] out) {
    NTXent.throughNormalisation(u, norm, g, first, first + size);
    for (int k = 0; k < size; k++) {
      double[] gr = g[first + k];
      float[] o = out[k];
      for (int j = 0; j < gr.length; j++) {
        o[j] = (float) gr[j];
      }
    }
  }

  /**
   * Parameter rows from .. to-1: the second view's gradient (through the method's mask, if any)
   * added to the first's, the weight decay added, and the optimiser's update.
   */
  private void sumDecayAndUpdate(int from, int to, float[][] mask, float wd) {
    float[][] p = m_net.params();
    for (int j = from; j < to; j++) {
      float[] g = m_g1[j];
      float[] h = m_g2[j];
      float[] m = mask == null ? null : mask[j];
      if (m == null) {
        for (int k = 0; k < g.length; k++) {
          g[k] += h[k];
        }
      } else {
        for (int k = 0; k < g.length; k++) {
          g[k] += h[k] * m[k];
        }
      }
      if (m_weightRows[j]) {
        float[] w = p[j];
        for (int k = 0; k < g.length; k++) {
          g[k] += wd * w[k];
        }
      }
    }
    m_opt.update(p, m_g1, from, to);
  }

  /**
   * The encoder's representation of instances: the last encoder layer's activations.
   *
   * @param data the instances
   * @return one row per instance
   * @throws Exception if a thread fails
   */
  public float[][] represent(Instances data) throws Exception {
    return represent(m_net, m_encoderLayers, m_aug, data, m_threads);
  }

  /**
   * @param net the network
   * @param encoderLayers the encoder's layers
   * @param aug the input encoding
   * @param data the instances
   * @param threads the threads
   * @return the last encoder layer's activations, one row per instance
   * @throws Exception if a thread fails
   */
  public static float[][] represent(Network net, int encoderLayers, Augmenter aug, Instances data, int threads)
    throws Exception {
    int n = data.numInstances();
    int block = MiniBatchTrainer.BLOCK;
    float[][] out = new float[n][];
    int w = aug.width();
    Parallel.forRange(threads, (n + block - 1) / block, 1, (first, last) -> {
      Network.Workspace ws = net.newWorkspace(block);
      float[][] in = new float[block][w];
      for (int b = first; b < last; b++) {
        int from = b * block;
        int rows = Math.min(block, n - from);
        for (int r = 0; r < rows; r++) {
          aug.encode(data.instance(from + r), in[r]);
        }
        net.forward(in, rows, ws);
        for (int r = 0; r < rows; r++) {
          out[from + r] = ws.activations(encoderLayers)[r].clone();
        }
      }
    });
    return out;
  }
}
