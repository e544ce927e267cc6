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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The training loop of the network, written once: shuffled mini-batches, each split into fixed
 * blocks of {@link #BLOCK} rows that are processed (forward pass, loss, backward pass) by a team of
 * threads, each block with its own gradient buffer; the block gradients are then summed in block
 * order. The first layer's weight gradient (most of the parameters) is instead computed once for the
 * whole mini-batch after the blocks, its inputs shared between the threads, each gradient row
 * summing the batch's rows in order, and applied right away. Every sum has a fixed order, so the
 * result is bit-identical whatever the number of threads.
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

  private final Network m_net;
  private final Optimiser m_opt;
  private final float[][] m_x;
  private final int[][] m_idx;
  private final float[][] m_val;
  private final int[][][] m_inIdx;
  private final float[][][] m_inVal;
  private final int[] m_y;
  private final double[] m_w;
  private final int m_n;
  private final int m_batch;
  private final boolean[] m_weightRows;
  private final Network.Workspace[] m_ws;
  private final float[][][] m_in;
  private final double[] m_blockLoss;
  private final float[][] m_grad;
  private final int m_threads;
  private WorkerTeam m_team;
  private final int[] m_order;

  /** Whether the first layer's weight gradient is computed per mini-batch (split by inputs) rather than per block. */
  private final boolean m_batchFirstLayer;
  /** Per part (thread): first input of its share of the first layer's weight rows; one more entry at the end. */
  private final int[] m_inputSplit;
  private final Kernels.SparseScratch[] m_scratch;
  /** Per part and block: the rows' positions in their non-zeros (sparse rows). */
  private final int[][][] m_cursor;

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
    m_batch = Math.max(1, Math.min(batch, Math.max(1, m_n)));
    int blocks = (m_batch + BLOCK - 1) / BLOCK;
    m_ws = new Network.Workspace[blocks];
    m_in = new float[blocks][BLOCK][];
    m_inIdx = new int[blocks][BLOCK][];
    m_inVal = new float[blocks][BLOCK][];
    for (int b = 0; b < blocks; b++) {
      m_ws[b] = net.newWorkspace(BLOCK);
    }
    m_blockLoss = new double[blocks];
    m_grad = net.newParamShape();
    m_weightRows = net.weightRows();
    m_threads = threads;
    m_order = new int[m_n];
    for (int i = 0; i < m_n; i++) {
      m_order[i] = i;
    }
    m_batchFirstLayer = net.firstLayerIsLinear();
    int parts = Math.max(1, threads);
    int nIn = net.numInputs();
    // the first layer's weight rows are split between the threads by their share of the non-zeros
    long[] nz = new long[nIn + 1];
    for (int i = 0; i < m_n; i++) {
      if (m_idx != null) {
        for (int j : m_idx[i]) {
          nz[j + 1]++;
        }
      }
    }
    for (int j = 0; j < nIn; j++) {
      nz[j + 1] += nz[j] + (m_idx != null ? 1 : m_n); // + 1: every row costs a little even when empty
    }
    m_inputSplit = new int[parts + 1];
    for (int t = 1; t < parts; t++) {
      long target = nz[nIn] * t / parts;
      int j = m_inputSplit[t - 1];
      while (j < nIn && nz[j] < target) {
        j++;
      }
      m_inputSplit[t] = j;
    }
    m_inputSplit[parts] = nIn;
    m_scratch = new Kernels.SparseScratch[parts];
    m_cursor = new int[parts][blocks][BLOCK];
    for (int t = 0; t < parts; t++) {
      m_scratch[t] = net.newBatchScratch(BLOCK);
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
    for (int start = 0; start < m_n; start += m_batch) {
      int end = Math.min(m_n, start + m_batch);
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
    int blocks = (end - start + BLOCK - 1) / BLOCK;
    // one task per thread, each a contiguous run of blocks (each block has its own buffers)
    int groups = team() == null ? 1 : Math.min(m_threads, blocks);
    List<Callable<Void>> tasks = new ArrayList<>(groups);
    for (int t = 0; t < groups; t++) {
      final int b0 = blocks * t / groups;
      final int b1 = blocks * (t + 1) / groups;
      tasks.add(() -> {
        for (int b = b0; b < b1; b++) {
          int from = start + b * BLOCK;
          block(b, from, Math.min(BLOCK, end - from), loss, cw, weightSum);
        }
        return null;
      });
    }
    run(tasks);
    float[][] p = m_net.params();
    m_opt.begin(p, lr);
    int bias1 = -1;
    if (m_batchFirstLayer) {
      // the first layer's bias gradient first: the weight gradient's centring correction needs it
      bias1 = m_net.biasRow(1);
      reduceRow(bias1, blocks);
    }
    // the first layer's weight rows (each a sum over the batch's rows in order) and the other rows
    // (block gradients summed in block order) are split between the threads; decay and update
    // follow row by row. No row depends on another, so the split changes no result.
    int parts = team() == null ? 1 : m_threads;
    int firstOther = m_batchFirstLayer ? m_net.numInputs() : 0;
    List<Callable<Void>> updates = new ArrayList<>(parts);
    for (int t = 0; t < parts; t++) {
      final int part = t;
      final int from = firstOther + (int) ((long) (p.length - firstOther) * t / parts);
      final int to = firstOther + (int) ((long) (p.length - firstOther) * (t + 1) / parts);
      final int skip = bias1;
      updates.add(() -> {
        if (m_batchFirstLayer) {
          int i0 = parts == 1 ? 0 : m_inputSplit[part];
          int i1 = parts == 1 ? firstOther : m_inputSplit[part + 1];
          int w0 = m_net.weightRow(1);
          boolean sparse = m_idx != null;
          if (sparse) {
            for (int b = 0; b < blocks; b++) {
              Kernels.seek(Math.min(BLOCK, end - start - b * BLOCK), m_inIdx[b], i0, m_cursor[part][b]);
            }
          }
          // chunk by chunk of inputs: gradient rows computed block by block (rows in order), finished,
          // decayed and applied while in the cache
          for (int c0 = i0; c0 < i1; c0 += Kernels.SPARSE_CHUNK) {
            int c1 = Math.min(i1, c0 + Kernels.SPARSE_CHUNK);
            for (int i = c0; i < c1; i++) {
              java.util.Arrays.fill(m_grad[w0 + i], 0f);
            }
            for (int b = 0; b < blocks; b++) {
              int n = Math.min(BLOCK, end - start - b * BLOCK);
              m_net.firstLayerWeightGradient(sparse ? null : m_in[b], sparse ? m_inIdx[b] : null,
                sparse ? m_inVal[b] : null, m_ws[b].firstLayerDelta(), n, m_grad, c0, c1, m_scratch[part],
                m_cursor[part][b]);
            }
            m_net.finishFirstLayerWeightGradient(m_grad[skip], m_grad, c0, c1);
            decayAndUpdate(w0 + c0, w0 + c1, (float) decay);
          }
        }
        for (int row = from; row < to; row++) {
          if (row != skip) {
            reduceRow(row, blocks);
          }
        }
        decayAndUpdate(from, to, (float) decay);
        return null;
      });
    }
    run(updates);
    double batchLoss = 0;
    for (int b = 0; b < blocks; b++) {
      batchLoss += m_blockLoss[b];
    }
    m_net.prepareStep();
    return batchLoss;
  }

  /** Gradient row = sum of the block gradients' rows in block order (which are zeroed for the next step). */
  private void reduceRow(int row, int blocks) {
    float[] gr = m_grad[row];
    float[] g0 = m_ws[0].gradient()[row];
    System.arraycopy(g0, 0, gr, 0, gr.length);
    java.util.Arrays.fill(g0, 0f);
    for (int b = 1; b < blocks; b++) {
      float[] gb = m_ws[b].gradient()[row];
      for (int j = 0; j < gr.length; j++) {
        gr[j] += gb[j];
      }
      java.util.Arrays.fill(gb, 0f);
    }
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

  private void run(List<Callable<Void>> tasks) throws Exception {
    WorkerTeam team = team();
    if (team == null) {
      for (Callable<Void> t : tasks) {
        t.call();
      }
    } else {
      team.run(tasks);
    }
  }

  private void block(int b, int from, int rows, Loss loss, double[] cw, double weightSum) {
    Network.Workspace ws = m_ws[b];
    float[][] in = m_in[b];
    int[][] inIdx = m_inIdx[b];
    float[][] inVal = m_inVal[b];
    if (m_idx != null) {
      for (int r = 0; r < rows; r++) {
        inIdx[r] = m_idx[m_order[from + r]];
        inVal[r] = m_val[m_order[from + r]];
      }
      m_net.forward(inIdx, inVal, rows, ws);
    } else {
      for (int r = 0; r < rows; r++) {
        in[r] = m_x[m_order[from + r]];
      }
      m_net.forward(in, rows, ws);
    }
    int c = m_net.numOutputs();
    float[][] logits = ws.logits();
    float[][] delta = ws.outputGradient();
    double[] z = new double[c];
    double[] g = new double[c];
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
    // the gradient was zeroed by the previous step's reduction (or is new)
    if (m_idx != null) {
      m_net.backward(null, inIdx, inVal, rows, ws, !m_batchFirstLayer);
    } else {
      m_net.backward(in, null, null, rows, ws, !m_batchFirstLayer);
    }
  }

  /**
   * Logits of many rows, in blocks spread over the threads.
   *
   * @param x input rows
   * @return one logit row per input row
   * @throws Exception if a worker fails
   */
  public float[][] logits(float[][] x) throws Exception {
    float[][] out = new float[x.length][];
    run(logitTasks(m_net, x, out));
    return out;
  }

  /**
   * Logits of many rows with an optional pool.
   *
   * @param net the network
   * @param x input rows
   * @param pool a pool or null
   * @return one logit row per input row
   * @throws Exception if a worker fails
   */
  public static float[][] logits(Network net, float[][] x, ExecutorService pool) throws Exception {
    float[][] out = new float[x.length][];
    List<Callable<Void>> tasks = logitTasks(net, x, out);
    if (pool == null || tasks.size() == 1) {
      for (Callable<Void> t : tasks) {
        t.call();
      }
    } else {
      for (Future<Void> f : pool.invokeAll(tasks)) {
        f.get();
      }
    }
    return out;
  }

  /** Tasks that write the logits of x's rows into out, a few blocks each. */
  private static List<Callable<Void>> logitTasks(Network net, float[][] x, float[][] out) {
    int n = x.length;
    int c = net.numOutputs();
    int blocks = (n + BLOCK - 1) / BLOCK;
    int perTask = Math.max(1, (blocks + 7) / 8);
    List<Callable<Void>> tasks = new ArrayList<>();
    for (int t0 = 0; t0 < blocks; t0 += perTask) {
      final int first = t0;
      final int last = Math.min(blocks, t0 + perTask);
      tasks.add(() -> {
        Network.Workspace ws = net.newWorkspace(BLOCK);
        float[][] in = new float[BLOCK][];
        for (int b = first; b < last; b++) {
          int from = b * BLOCK;
          int rows = Math.min(BLOCK, n - from);
          System.arraycopy(x, from, in, 0, rows);
          net.forward(in, rows, ws);
          for (int r = 0; r < rows; r++) {
            out[from + r] = java.util.Arrays.copyOf(ws.logits()[r], c);
          }
        }
        return null;
      });
    }
    return tasks;
  }

  @Override
  public void close() {
    if (m_team != null) {
      m_team.close();
      m_team = null;
    }
  }
}
