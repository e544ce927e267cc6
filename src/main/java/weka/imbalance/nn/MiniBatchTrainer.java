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

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;

import weka.imbalance.loss.Loss;

/**
 * The training loop of the network, written once: shuffled mini-batches, each split into fixed
 * blocks of {@link #BLOCK} rows that are processed (forward pass, loss, backward pass) by a team of
 * threads, each block with its own gradient buffer; the network then assembles the mini-batch
 * gradient in parts ({@link Network#gradient}), one per thread, every sum in a fixed order, and
 * each part's rows are decayed and updated as soon as they are final. The result is bit-identical
 * whatever the number of threads. The trainer owns the data, the order, the loss and the update;
 * the network owns the forward and the whole backward pass.
 *
 * <p>Input rows with at least {@link #SPARSE_MIN_ZERO_FRACTION} zeros overall are stored as their
 * non-zeros (index, value) and the first layer only visits those (see {@link InputEncoder} for the
 * inputs kept uncentred so that their zeros stay zero).
 *
 * <p>Loss reduction: the mini-batch loss is {@code sum_i v_i c_{y_i} l_i / D}, with v the
 * instance weights, c the class weights and D chosen by the {@link LossNormalisation}: the batch's
 * instance weights (the batch size for unit weights) or, as PyTorch's weighted cross-entropy, the
 * batch's instance times class weights.
 */
public final class MiniBatchTrainer implements AutoCloseable {

  /** Rows per block: the unit of work of a thread, fixed so that results do not depend on threads. */
  public static final int BLOCK = 32;

  /**
   * Smallest fraction of zeros among the encoded training inputs for which the first layer works
   * on sparse rows (only the non-zeros are stored and visited); below it the dense kernels are used.
   * Measured with 784 inputs and 128 hidden units: per non-zero the sparse forward pass costs about
   * 20% more than the dense one per input (irregular loop counts, gathered weight rows), so skipping
   * breaks even at roughly 17% zeros; 0.25 keeps a margin. A mostly-zero attribute is fed uncentred
   * anyway (see {@link InputEncoder}); this only chooses the kernels.
   */
  public static final double SPARSE_MIN_ZERO_FRACTION = 0.25;

  /**
   * Fewest multiply-adds of a mini-batch's forward pass (dense-equivalent: inputs x units summed over
   * the layers, times the rows) for which its phases are handed to the team of threads; a smaller
   * step runs the same tasks on the calling thread. The tasks and their buffers are the same either
   * way, so the result is too. Measured (doc/benchmarks/mlp.md, "The one-thread rule"): letter-LT's
   * step (16 -> 128 -> 26, 128 rows: 688,128) took 1.5x longer with two threads than with one on
   * the quiet machine; in alternated epochs on the shared machine two threads lost clearly up to
   * letter-LT with 256 hidden units (1.4 million) and won clearly from Fashion-MNIST-LT with 32
   * (3.3 million), in between the runs disagreed; Fashion-MNIST-LT's step (784 -> 128 -> 10) is 13
   * million.
   */
  static final long PARALLEL_MIN_MULTIPLY_ADDS = 2_000_000;

  /**
   * For the tests: while above 0, every step of a trainer with several threads is handed to the
   * team whatever its size, so that small test networks go through the threads' path (see the
   * tests' {@code TeamPath}). Counted, so that tests running at once cannot switch it off for each
   * other.
   */
  static final java.util.concurrent.atomic.AtomicInteger FORCE_TEAM = new java.util.concurrent.atomic.AtomicInteger();

  private final Network m_net;
  private final Optimiser m_opt;
  private final float[][] m_x;
  private final int[][] m_idx;
  private final float[][] m_val;
  private final int[] m_y;
  private final double[] m_w;
  private final int m_n;
  private final int m_batchSize;
  private final boolean[] m_weightRows;
  private final Network.Batch m_batch;
  private final double[] m_blockLoss;
  /** Per block, one row's logits and loss gradient in double precision (the loss's arguments). */
  private final double[][] m_z;
  private final double[][] m_dz;
  private final float[][] m_grad;
  private final int m_threads;
  private WorkerTeam m_team;
  private final int[] m_order;

  /**
   * @param net the network (its parameters are trained in place)
   * @param opt the optimiser
   * @param x encoded input rows
   * @param y class of each row
   * @param w weight of each row
   * @param batch mini-batch size
   * @param threads number of threads (1 = the calling thread only)
   */
  public MiniBatchTrainer(Network net, Optimiser opt, float[][] x, int[] y, double[] w, int batch, int threads) {
    this(net, opt, x, y, w, batch, threads, net.firstLayerIsLinear() && zeroFraction(x) >= SPARSE_MIN_ZERO_FRACTION);
  }

  /**
   * @param net the network (its parameters are trained in place)
   * @param opt the optimiser
   * @param x encoded input rows
   * @param y class of each row
   * @param w weight of each row
   * @param batch mini-batch size
   * @param threads number of threads (1 = the calling thread only)
   * @param sparse whether the first layer works on the non-zeros of the rows only
   */
  MiniBatchTrainer(Network net, Optimiser opt, float[][] x, int[] y, double[] w, int batch, int threads,
    boolean sparse) {
    m_net = net;
    m_opt = opt;
    if (sparse) {
      m_x = null;
      m_idx = new int[x.length][];
      m_val = new float[x.length][];
      for (int i = 0; i < x.length; i++) {
        float[] row = x[i];
        int nz = 0;
        for (float v : row) {
          nz += v != 0f ? 1 : 0;
        }
        int[] ix = new int[nz];
        float[] vals = new float[nz];
        nz = 0;
        for (int j = 0; j < row.length; j++) {
          if (row[j] != 0f) {
            ix[nz] = j;
            vals[nz++] = row[j];
          }
        }
        m_idx[i] = ix;
        m_val[i] = vals;
      }
    } else {
      m_x = x;
      m_idx = null;
      m_val = null;
    }
    m_y = y;
    m_w = w;
    m_n = y.length;
    m_batchSize = Math.max(1, Math.min(batch, Math.max(1, m_n)));
    int blocks = (m_batchSize + BLOCK - 1) / BLOCK;
    m_threads = threads;
    m_batch = net.newBatch(blocks, BLOCK, Math.max(1, threads), m_idx, m_n);
    m_blockLoss = new double[blocks];
    m_z = new double[blocks][net.numOutputs()];
    m_dz = new double[blocks][net.numOutputs()];
    m_grad = net.newParamShape();
    m_weightRows = net.weightRows();
    m_order = new int[m_n];
    for (int i = 0; i < m_n; i++) {
      m_order[i] = i;
    }
  }

  /**
   * @param x rows
   * @return the fraction of zero values in x
   */
  public static double zeroFraction(float[][] x) {
    long zeros = 0;
    long cells = 0;
    for (float[] row : x) {
      for (float v : row) {
        zeros += v == 0f ? 1 : 0;
      }
      cells += row.length;
    }
    return cells == 0 ? 0 : zeros / (double) cells;
  }

  /** @return whether the first layer works on sparse rows */
  public boolean isSparse() {
    return m_idx != null;
  }

  /**
   * One epoch.
   *
   * @param loss the loss (its startEpoch has been called)
   * @param classWeights weight of each class for this epoch
   * @param lr learning rate
   * @param decay weight decay (L2, weights only)
   * @param rand the build's random number generator (shuffles the rows)
   * @param normalisation what each mini-batch's loss is divided by
   * @return the mean mini-batch loss
   * @throws Exception if a worker fails
   */
  public double epoch(Loss loss, double[] classWeights, double lr, double decay, Random rand,
    LossNormalisation normalisation) throws Exception {
    for (int i = m_n - 1; i > 0; i--) {
      int j = rand.nextInt(i + 1);
      int t = m_order[i];
      m_order[i] = m_order[j];
      m_order[j] = t;
    }
    double total = 0;
    int batches = 0;
    for (int start = 0; start < m_n; start += m_batchSize) {
      int end = Math.min(m_n, start + m_batchSize);
      double weightSum = 0;
      for (int i = start; i < end; i++) {
        int row = m_order[i];
        weightSum += normalisation.divisorShare(m_w[row], classWeights[m_y[row]]);
      }
      if (weightSum <= 0) {
        continue;
      }
      total += step(loss, classWeights, start, end, weightSum, lr, decay);
      batches++;
    }
    return batches == 0 ? 0 : total / batches;
  }

  private double step(Loss loss, double[] cw, int start, int end, double weightSum, double lr, double decay)
    throws Exception {
    int n = end - start;
    int blocks = (n + BLOCK - 1) / BLOCK;
    boolean together = handsOff(m_net, n);
    // one task per thread, each a contiguous run of blocks (each block has its own buffers); a
    // step kept on the calling thread is one run, as with one thread (narrow layers over all rows)
    int groups = together && team() != null ? Math.min(m_threads, blocks) : 1;
    List<Callable<Void>> tasks = new ArrayList<>(groups);
    for (int t = 0; t < groups; t++) {
      final int b0 = blocks * t / groups;
      final int b1 = blocks * (t + 1) / groups;
      tasks.add(() -> {
        setRows(b0, b1, start, end);
        m_net.forward(m_batch, b0, b1, n);
        for (int b = b0; b < b1; b++) {
          int from = start + b * BLOCK;
          lossAndBackward(b, from, Math.min(BLOCK, end - from), loss, cw, weightSum);
        }
        return null;
      });
    }
    run(tasks, together);
    float[][] p = m_net.params();
    m_opt.begin(p, lr);
    m_net.startGradient(m_batch, n, m_grad);
    // the network assembles the gradient in parts, one per thread; each part's rows are decayed
    // and updated as soon as they are final (no row depends on another)
    int parts = m_batch.parts();
    float wd = (float) decay;
    List<Callable<Void>> updates = new ArrayList<>(parts);
    for (int t = 0; t < parts; t++) {
      final int part = t;
      updates.add(() -> {
        m_net.gradient(m_batch, n, part, m_grad, (from, to) -> decayAndUpdate(from, to, wd));
        return null;
      });
    }
    run(updates, together);
    double batchLoss = 0;
    for (int b = 0; b < blocks; b++) {
      batchLoss += m_blockLoss[b];
    }
    m_net.prepareStep();
    return batchLoss;
  }

  /**
   * @param net the network
   * @param rows the rows of a step
   * @return whether a trainer with several threads hands such a step to its team
   */
  static boolean handsOff(Network net, int rows) {
    return rows * net.multiplyAddsPerRow() >= PARALLEL_MIN_MULTIPLY_ADDS || FORCE_TEAM.get() > 0;
  }

  /** Rows from..to-1: adds the weight decay to the gradient and updates the parameters. */
  private void decayAndUpdate(int from, int to, float wd) {
    float[][] g = m_grad;
    float[][] p = m_net.params();
    if (wd > 0) {
      for (int row = from; row < to; row++) {
        if (m_weightRows[row]) {
          float[] gr = g[row];
          float[] pr = p[row];
          for (int j = 0; j < gr.length; j++) {
            gr[j] += wd * pr[j];
          }
        }
      }
    }
    m_opt.update(p, g, from, to);
  }

  private WorkerTeam team() {
    if (m_team == null && m_threads > 1) {
      m_team = new WorkerTeam(m_threads, "LogitAdjustedMLP-worker");
    }
    return m_team;
  }

  private void run(List<Callable<Void>> tasks, boolean together) throws Exception {
    // the team's threads start with the first step handed to them (none for a small network)
    WorkerTeam team = together ? team() : null;
    if (team == null) {
      for (Callable<Void> t : tasks) {
        t.call();
      }
    } else {
      team.run(tasks);
    }
  }

  /** Sets the input rows of blocks b0 .. b1-1 of the mini-batch of the shuffled rows start .. end-1. */
  private void setRows(int b0, int b1, int start, int end) {
    for (int b = b0; b < b1; b++) {
      int from = start + b * BLOCK;
      for (int r = 0; r < Math.min(BLOCK, end - from); r++) {
        int i = m_order[from + r];
        if (m_idx != null) {
          m_batch.setRow(b, r, m_idx[i], m_val[i]);
        } else {
          m_batch.setRow(b, r, m_x[i]);
        }
      }
    }
  }

  /** The loss of block b after its forward pass, and its backward pass. */
  private void lossAndBackward(int b, int from, int rows, Loss loss, double[] cw, double weightSum) {
    Network.Workspace ws = m_batch.block(b);
    int c = m_net.numOutputs();
    float[][] logits = ws.logits();
    float[][] delta = ws.outputGradient();
    double[] z = m_z[b];
    double[] g = m_dz[b];
    double sum = 0;
    for (int r = 0; r < rows; r++) {
      int i = m_order[from + r];
      for (int k = 0; k < c; k++) {
        z[k] = logits[r][k];
      }
      double l = loss.lossAndGradient(z, m_y[i], g);
      double f = m_w[i] * cw[m_y[i]] / weightSum;
      sum += f * l;
      for (int k = 0; k < c; k++) {
        delta[r][k] = (float) (f * g[k]);
      }
    }
    m_blockLoss[b] = sum;
    // the block's gradient buffer was zeroed by the previous step's assembly (or is new)
    m_net.backward(m_batch, b, rows);
  }

  @Override
  public void close() {
    if (m_team != null) {
      m_team.close();
      m_team = null;
    }
  }
}
