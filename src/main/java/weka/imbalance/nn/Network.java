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

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;

import weka.imbalance.Parallel;

/**
 * A fully connected network with ReLU hidden layers and a linear (logit) output layer. The
 * parameters are a list of dense {@code float[]} rows (see {@link Kernels} for why rows): for each
 * layer one row of {@code out} weights per input, then one bias row. The output layer can
 * instead be a <em>cosine</em> layer (LDAM's {@code NormedLinear}): {@code z_k = <h / |h|, w_k / |w_k|>}, no bias, so every logit lies in
 * [-1, 1].
 *
 * <p>Initialisation: He-uniform {@code U(-sqrt(6/fan_in), sqrt(6/fan_in))} for layers followed
 * by a ReLU, Glorot-uniform {@code U(-sqrt(6/(fan_in+fan_out)), ...)} for the linear output layer,
 * {@code U(-1, 1)} for a cosine output layer (it is scale-free); biases start at 0.
 *
 * <p>The network owns the forward and the whole backward pass. Both work on a block of at most
 * {@link Workspace#capacity()} rows with a {@link Workspace} of their own, so several blocks can be
 * processed by different threads at once; a mini-batch is a {@link Batch} of blocks whose gradient
 * {@link #gradient} assembles in parts, every sum in a fixed order. {@link #prepareStep()} must be
 * called (by one thread) after every parameter change.
 */
public final class Network implements Serializable {

  private static final long serialVersionUID = 4217035925190551743L;

  /** Smallest norm divided by in the cosine layer (as torch.nn.functional.normalize). */
  static final float NORM_EPS = 1e-12f;

  private final int[] m_sizes;
  private final boolean m_cosine;
  private final float[][] m_params;
  private final int[] m_wRow;
  private final int[] m_bRow;

  /**
   * Input offsets c (one per input, null = none): the first layer computes {@code W^T (x - c) + b}
   * from the given x. Used for inputs standardised without centring (zeros kept, see
   * {@link InputEncoder}): the centring is folded into the first layer instead.
   */
  private float[] m_inputOffset;

  /** Per-step derived values: transposed weights of layers l >= 2 and the cosine column norms. */
  private transient volatile float[][][] m_wt;
  private transient float[] m_colNorm;
  /** Per-step effective first-layer bias {@code b - W^T c} (with input offsets only). */
  private transient float[] m_bias1;
  /** The inputs whose offset is not zero. */
  private transient int[] m_offsetInputs;

  /**
   * @param sizes number of units per layer: inputs, hidden layers..., outputs (at least 2 entries)
   * @param cosineOutput whether the output layer is a cosine layer
   */
  public Network(int[] sizes, boolean cosineOutput) {
    if (sizes.length < 2) {
      throw new IllegalArgumentException("a network needs an input and an output layer");
    }
    for (int s : sizes) {
      if (s < 0) {
        throw new IllegalArgumentException("layer sizes must be >= 0: " + Arrays.toString(sizes));
      }
    }
    m_sizes = sizes.clone();
    m_cosine = cosineOutput;
    int layers = sizes.length - 1;
    m_wRow = new int[layers + 1];
    m_bRow = new int[layers + 1];
    int rows = 0;
    for (int l = 1; l <= layers; l++) {
      m_wRow[l] = rows;
      rows += sizes[l - 1];
      if (l == layers && cosineOutput) {
        m_bRow[l] = -1;
      } else {
        m_bRow[l] = rows;
        rows++;
      }
    }
    m_params = newParamShape();
  }

  /** @return a zero array of the parameters' shape (gradients, optimiser state) */
  public float[][] newParamShape() {
    int layers = numLayers();
    int n = m_bRow[layers] >= 0 ? m_bRow[layers] + 1 : m_wRow[layers] + m_sizes[layers - 1];
    float[][] p = new float[n][];
    for (int l = 1; l <= layers; l++) {
      for (int i = 0; i < m_sizes[l - 1]; i++) {
        p[m_wRow[l] + i] = new float[m_sizes[l]];
      }
      if (m_bRow[l] >= 0) {
        p[m_bRow[l]] = new float[m_sizes[l]];
      }
    }
    return p;
  }

  /** @return the number of layers with weights (hidden layers + 1) */
  public int numLayers() {
    return m_sizes.length - 1;
  }

  /** @return units in layer l (0 = inputs) */
  public int size(int l) {
    return m_sizes[l];
  }

  /** @return number of inputs */
  public int numInputs() {
    return m_sizes[0];
  }

  /** @return number of outputs (logits) */
  public int numOutputs() {
    return m_sizes[m_sizes.length - 1];
  }

  /**
   * @param l a layer with weights, 1 to {@link #numLayers()}
   * @return the parameter row of its first weight row (one row per input of the layer)
   */
  public int weightRow(int l) {
    return m_wRow[l];
  }

  /** @return whether the output layer is a cosine layer */
  public boolean isCosineOutput() {
    return m_cosine;
  }

  /**
   * Sets the input offsets c: from now on the network computes {@code W^T (x - c) + b} in its first
   * layer, so that inputs given as {@code x} with their centring {@code c} left out give the same
   * model as centred inputs {@code x - c}. The forward pass adds the per-step constant
   * {@code -W^T c} to the bias; the weight gradient gets the rank-one correction
   * {@code -c (sum_r delta_r)^T}; the bias gradient is unchanged. Zero inputs stay zero, which
   * lets the sparse first layer skip them. Not available when the first layer is a cosine layer
   * (it normalises its input).
   *
   * @param c one offset per input, or null (or all zero) for none
   */
  public void setInputOffsets(float[] c) {
    float[] off = null;
    if (c != null) {
      if (c.length != m_sizes[0]) {
        throw new IllegalArgumentException("expected " + m_sizes[0] + " input offsets, got " + c.length);
      }
      for (float v : c) {
        if (v != 0f) {
          off = c.clone();
          break;
        }
      }
      if (off != null && !firstLayerIsLinear()) {
        throw new IllegalArgumentException("input offsets need a linear first layer, not a cosine layer");
      }
    }
    m_inputOffset = off;
    m_offsetInputs = null;
    prepareStep();
  }

  /** @return whether the first layer is an affine layer (not the cosine output layer) */
  public boolean firstLayerIsLinear() {
    return !(m_cosine && numLayers() == 1);
  }

  /** @return the parameter rows (live: the optimiser updates them in place) */
  public float[][] params() {
    return m_params;
  }

  /** @return a deep copy of the parameters */
  public float[][] copyParams() {
    float[][] c = new float[m_params.length][];
    for (int j = 0; j < c.length; j++) {
      c[j] = m_params[j].clone();
    }
    return c;
  }

  /** @param p parameters of the same shape to copy in */
  public void setParams(float[][] p) {
    for (int j = 0; j < p.length; j++) {
      System.arraycopy(p[j], 0, m_params[j], 0, p[j].length);
    }
    prepareStep();
  }

  /**
   * Whether parameter row j holds weights (weight decay applies) rather than biases.
   *
   * @return one flag per row
   */
  public boolean[] weightRows() {
    boolean[] mask = new boolean[m_params.length];
    Arrays.fill(mask, true);
    for (int l = 1; l <= numLayers(); l++) {
      if (m_bRow[l] >= 0) {
        mask[m_bRow[l]] = false;
      }
    }
    return mask;
  }

  /** Multiply-adds of one forward pass of one row (for GFLOP/s figures). */
  public long multiplyAddsPerRow() {
    long m = 0;
    for (int l = 1; l <= numLayers(); l++) {
      m += (long) m_sizes[l - 1] * m_sizes[l];
    }
    return m;
  }

  /**
   * Random initialisation (see the class comment).
   *
   * @param rand the build's random number generator
   */
  public void initialise(Random rand) {
    for (float[] row : m_params) {
      Arrays.fill(row, 0f);
    }
    for (int l = 1; l <= numLayers(); l++) {
      int in = m_sizes[l - 1];
      int out = m_sizes[l];
      double limit;
      if (l < numLayers()) {
        limit = Math.sqrt(6.0 / Math.max(1, in));
      } else if (m_cosine) {
        limit = 1;
      } else {
        limit = Math.sqrt(6.0 / Math.max(1, in + out));
      }
      for (int i = 0; i < in; i++) {
        float[] row = m_params[m_wRow[l] + i];
        for (int o = 0; o < out; o++) {
          row[o] = (float) ((2 * rand.nextDouble() - 1) * limit);
        }
      }
    }
    prepareStep();
  }

  /** Recomputes the values derived from the parameters; call after every update. */
  public synchronized void prepareStep() {
    int layers = numLayers();
    float[][][] wt = m_wt;
    if (wt == null) {
      wt = new float[layers + 1][][];
      for (int l = 2; l <= layers; l++) {
        wt[l] = new float[m_sizes[l]][m_sizes[l - 1]];
      }
      m_colNorm = new float[m_sizes[layers]];
    }
    for (int l = 2; l <= layers; l++) {
      Kernels.transpose(m_sizes[l - 1], m_sizes[l], m_params, m_wRow[l], wt[l]);
    }
    if (m_inputOffset != null) {
      prepareOffsetBias();
    } else {
      m_bias1 = null;
    }
    if (m_cosine) {
      int in = m_sizes[layers - 1];
      int out = m_sizes[layers];
      double[] sq = new double[out];
      for (int i = 0; i < in; i++) {
        float[] row = m_params[m_wRow[layers] + i];
        for (int k = 0; k < out; k++) {
          sq[k] += (double) row[k] * row[k];
        }
      }
      for (int k = 0; k < out; k++) {
        m_colNorm[k] = Math.max((float) Math.sqrt(sq[k]), NORM_EPS);
      }
    }
    m_wt = wt;
  }

  /** {@code m_bias1 = b - W^T c} over the inputs with a non-zero offset, in a fixed order. */
  private void prepareOffsetBias() {
    float[] c = m_inputOffset;
    if (m_offsetInputs == null) {
      int n = 0;
      for (float v : c) {
        n += v != 0f ? 1 : 0;
      }
      int[] idx = new int[n];
      n = 0;
      for (int i = 0; i < c.length; i++) {
        if (c[i] != 0f) {
          idx[n++] = i;
        }
      }
      m_offsetInputs = idx;
    }
    int out = m_sizes[1];
    float[] b = m_bias1 == null ? new float[out] : m_bias1;
    System.arraycopy(m_params[m_bRow[1]], 0, b, 0, out);
    int[] idx = m_offsetInputs;
    int w0 = m_wRow[1];
    int j = 0;
    for (; j + 4 <= idx.length; j += 4) {
      int i0 = idx[j];
      int i1 = idx[j + 1];
      int i2 = idx[j + 2];
      int i3 = idx[j + 3];
      Kernels.axpy4(out, -c[i0], -c[i1], -c[i2], -c[i3], m_params[w0 + i0], m_params[w0 + i1], m_params[w0 + i2],
        m_params[w0 + i3], b);
    }
    for (; j < idx.length; j++) {
      Kernels.axpy(out, -c[idx[j]], m_params[w0 + idx[j]], b);
    }
    m_bias1 = b;
  }

  /** @return a new workspace for blocks of at most {@code rows} rows */
  public Workspace newWorkspace(int rows) {
    return new Workspace(rows);
  }

  /**
   * Forward pass of a block: the logits end up in {@link Workspace#logits()}.
   *
   * @param x input rows ({@code numInputs()} values each)
   * @param rows number of rows in the block
   * @param ws the block's workspace
   */
  public void forward(float[][] x, int rows, Workspace ws) {
    forward(x, null, null, rows, ws);
  }

  /**
   * Forward pass of a block of sparse input rows: row r has the values {@code val[r][j]} at the
   * inputs {@code idx[r][j]} and zero elsewhere; the first layer only visits the non-zeros.
   *
   * @param idx input indices of the non-zero values of each row (increasing)
   * @param val the non-zero values
   * @param rows number of rows in the block
   * @param ws the block's workspace
   */
  public void forward(int[][] idx, float[][] val, int rows, Workspace ws) {
    if (!firstLayerIsLinear()) {
      throw new IllegalStateException("sparse inputs need a linear first layer");
    }
    forward(null, idx, val, rows, ws);
  }

  private void forward(float[][] x, int[][] idx, float[][] val, int rows, Workspace ws) {
    if (m_wt == null) {
      prepareStep();
    }
    for (int l = 1; l <= numLayers(); l++) {
      forwardLayer(l, l == 1 ? x : ws.m_act[l - 1], idx, val, rows, ws);
    }
  }

  /** Layer l of the forward pass of a block, its activation included. */
  private void forwardLayer(int l, float[][] in, int[][] idx, float[][] val, int rows, Workspace ws) {
    float[][] out = ws.m_act[l];
    float[] bias = layerBias(l);
    if (l == 1 && idx != null) {
      Kernels.forwardSparse(rows, m_sizes[0], m_sizes[1], idx, val, m_params, m_wRow[1], bias, out,
        ws.sparseScratch().m_cursor);
    } else if (ws.m_inT[l] != null) {
      Kernels.forwardTransposed(rows, m_sizes[l - 1], m_sizes[l], in, m_wt[l], bias, out, ws.m_inT[l], ws.m_outT);
    } else {
      Kernels.forward(rows, m_sizes[l - 1], m_sizes[l], in, m_params, m_wRow[l], bias, out);
    }
    activate(l, rows, in, ws);
  }

  /** The bias row of layer l as the forward pass adds it (null for a cosine layer). */
  private float[] layerBias(int l) {
    return l == numLayers() && m_cosine ? null : l == 1 && m_bias1 != null ? m_bias1 : m_params[m_bRow[l]];
  }

  /** The ReLU of a hidden layer, or the cosine output layer's normalisation. */
  private void activate(int l, int rows, float[][] in, Workspace ws) {
    float[][] out = ws.m_act[l];
    if (l < numLayers()) {
      for (int r = 0; r < rows; r++) {
        float[] a = out[r];
        for (int j = 0; j < a.length; j++) {
          a[j] = Math.max(a[j], 0f);
        }
      }
    } else if (m_cosine) {
      cosineForward(rows, in, out, ws);
    }
  }

  /**
   * The forward pass of the blocks b0 .. b1-1 of a mini-batch (a thread's run of blocks), layer by
   * layer: a narrow layer after the first (see
   * {@link Kernels#NARROW}) is computed for all the run's rows at once, whose loops over the rows
   * are then several blocks long. Every output is the same chain of fused multiply-adds as block
   * by block.
   *
   * @param batch the mini-batch (rows set with {@link Batch#setRow})
   * @param b0 the first block
   * @param b1 one past the last block
   * @param n the rows in the mini-batch
   */
  public void forward(Batch batch, int b0, int b1, int n) {
    if (m_wt == null) {
      prepareStep();
    }
    for (int l = 1; l <= numLayers(); l++) {
      if (l >= 2 && batch.m_runInT[l] != null && b1 - b0 > 1) {
        int nIn = m_sizes[l - 1];
        int nOut = m_sizes[l];
        int r0 = b0 * batch.m_blockRows;
        int r1 = r0;
        for (int b = b0; b < b1; b++) {
          int rows = batch.rows(b, n);
          Kernels.transposeRows(rows, nIn, batch.m_ws[b].m_act[l - 1], batch.m_runInT[l], r1);
          r1 += rows;
        }
        Kernels.forwardTransposedRows(r0, r1, nIn, nOut, m_wt[l], layerBias(l), batch.m_runInT[l], batch.m_runOutT);
        for (int b = b0; b < b1; b++) {
          int rows = batch.rows(b, n);
          Kernels.untransposeRows(rows, nOut, batch.m_runOutT, b * batch.m_blockRows, batch.m_ws[b].m_act[l]);
          activate(l, rows, batch.m_ws[b].m_act[l - 1], batch.m_ws[b]);
        }
      } else {
        for (int b = b0; b < b1; b++) {
          float[][] in = l == 1 ? batch.m_in[b] : batch.m_ws[b].m_act[l - 1];
          forwardLayer(l, in, batch.m_sparse ? batch.m_inIdx[b] : null, batch.m_inVal[b], batch.rows(b, n),
            batch.m_ws[b]);
        }
      }
    }
  }

  private void cosineForward(int rows, float[][] h, float[][] z, Workspace ws) {
    int in = m_sizes[numLayers() - 1];
    int out = numOutputs();
    for (int r = 0; r < rows; r++) {
      double sq = 0;
      for (int i = 0; i < in; i++) {
        sq += (double) h[r][i] * h[r][i];
      }
      float hn = Math.max((float) Math.sqrt(sq), NORM_EPS);
      ws.m_rowNorm[r] = hn;
      for (int k = 0; k < out; k++) {
        z[r][k] /= hn * m_colNorm[k];
      }
    }
  }

  /**
   * The buffers of one mini-batch's backward pass, for {@link #forward(Batch, int, int)},
   * {@link #backward(Batch, int, int)} and {@link #gradient}: one {@link Workspace} and one set of
   * input rows per block, and per part (thread) of the gradient's assembly its share of the first
   * layer's weight rows (by the inputs' share of the training data's non-zeros), its scratch and
   * its positions in the blocks' sparse rows.
   */
  public final class Batch {
    private final int m_blockRows;
    private final boolean m_sparse;
    private final Workspace[] m_ws;
    private final float[][][] m_in;
    private final int[][][] m_inIdx;
    private final float[][][] m_inVal;
    private final int[] m_inputSplit;
    private final Kernels.SparseScratch[] m_scratch;
    private final int[][][] m_cursor;
    /** Per narrow layer after the first, its transposed inputs for all the batch's rows. */
    private final float[][][] m_runInT;
    /** The transposed outputs of a narrow layer for all the batch's rows. */
    private final float[][] m_runOutT;
    /**
     * Per part, the transposed weight gradient of a narrow layer (see {@link #batchGradient}), or
     * null when there is none.
     */
    private final float[][][] m_partGT;

    private Batch(int blocks, int blockRows, int parts, int[][] sparseRows, int numRows) {
      m_blockRows = blockRows;
      m_sparse = sparseRows != null;
      m_ws = new Workspace[blocks];
      m_in = new float[blocks][blockRows][];
      m_inIdx = new int[blocks][blockRows][];
      m_inVal = new float[blocks][blockRows][];
      for (int b = 0; b < blocks; b++) {
        m_ws[b] = new Workspace(blockRows);
      }
      m_runInT = new float[numLayers() + 1][][];
      int widest = 0;
      for (int l = 2; l <= numLayers(); l++) {
        if (m_sizes[l] < Kernels.NARROW) {
          m_runInT[l] = new float[m_sizes[l - 1]][blocks * blockRows];
          widest = Math.max(widest, m_sizes[l]);
        }
      }
      m_runOutT = new float[widest][blocks * blockRows];
      int gtRows = 0;
      int gtCols = 0;
      for (int l = 2; l <= numLayers(); l++) {
        if (batchGradient(l)) {
          gtRows = Math.max(gtRows, m_sizes[l]);
          gtCols = Math.max(gtCols, m_sizes[l - 1]);
        }
      }
      m_partGT = gtRows == 0 ? null : new float[parts][gtRows][gtCols];
      int nIn = numInputs();
      // the first layer's weight rows are split between the parts by their share of the non-zeros
      long[] nz = new long[nIn + 1];
      if (m_sparse) {
        for (int[] row : sparseRows) {
          for (int j : row) {
            nz[j + 1]++;
          }
        }
      }
      for (int j = 0; j < nIn; j++) {
        nz[j + 1] += nz[j] + (m_sparse ? 1 : numRows); // + 1: every row costs a little even when empty
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
      m_cursor = new int[parts][blocks][blockRows];
      for (int t = 0; t < parts; t++) {
        m_scratch[t] = new Kernels.SparseScratch(Kernels.SPARSE_CHUNK, blockRows);
      }
    }

    /** @return the number of parts the gradient's assembly is split into */
    public int parts() {
      return m_scratch.length;
    }

    /** @return whether the input rows are sparse */
    public boolean isSparse() {
      return m_sparse;
    }

    /**
     * @param b a block
     * @return its workspace: the logits after the forward pass; the caller writes dLoss/dLogits
     *         into its output gradient before the backward pass
     */
    public Workspace block(int b) {
      return m_ws[b];
    }

    /**
     * Sets row r of block b to a dense input row.
     *
     * @param b the block
     * @param r the row within the block
     * @param x the input values
     */
    public void setRow(int b, int r, float[] x) {
      m_in[b][r] = x;
    }

    /**
     * Sets row r of block b to a sparse input row.
     *
     * @param b the block
     * @param r the row within the block
     * @param idx the inputs of the non-zero values (increasing)
     * @param val the non-zero values
     */
    public void setRow(int b, int r, int[] idx, float[] val) {
      m_inIdx[b][r] = idx;
      m_inVal[b][r] = val;
    }

    private int rows(int b, int n) {
      return Math.min(m_blockRows, n - b * m_blockRows);
    }
  }

  /**
   * @param blocks the most blocks of a mini-batch
   * @param blockRows rows per block
   * @param parts the number of parts (threads) the gradient's assembly is split into
   * @param sparseRows the training data's sparse rows (their non-zeros balance the parts), or null
   *          for dense rows
   * @param numRows the number of training rows
   * @return the buffers of a mini-batch's backward pass
   */
  public Batch newBatch(int blocks, int blockRows, int parts, int[][] sparseRows, int numRows) {
    if (sparseRows != null && !firstLayerIsLinear()) {
      throw new IllegalStateException("sparse inputs need a linear first layer");
    }
    return new Batch(blocks, blockRows, parts, sparseRows, numRows);
  }

  /**
   * Forward pass of block b of a mini-batch (its rows set with {@link Batch#setRow}).
   *
   * @param batch the mini-batch
   * @param b the block
   * @param rows the number of rows in the block
   */
  public void forward(Batch batch, int b, int rows) {
    if (batch.m_sparse) {
      forward(null, batch.m_inIdx[b], batch.m_inVal[b], rows, batch.m_ws[b]);
    } else {
      forward(batch.m_in[b], null, null, rows, batch.m_ws[b]);
    }
  }

  /**
   * Backward pass of block b after its forward pass, dLoss/dLogits written into the block's
   * output gradient: the block's parameter gradient is added to its workspace, except the first
   * (affine) layer's weight gradient and that of a narrow layer after it ({@link
   * #batchGradient}), which {@link #gradient} computes for the whole mini-batch.
   * Threads may run different blocks at once.
   *
   * @param batch the mini-batch
   * @param b the block
   * @param rows the number of rows in the block
   */
  public void backward(Batch batch, int b, int rows) {
    Workspace ws = batch.m_ws[b];
    int layers = numLayers();
    float[][] g = ws.m_grad;
    for (int l = layers; l >= 1; l--) {
      int nIn = m_sizes[l - 1];
      int nOut = m_sizes[l];
      float[][] d = ws.m_delta[l];
      if (l == layers && m_cosine) {
        cosineBackward(rows, nIn, nOut, l == 1 ? batch.m_in[b] : ws.m_act[l - 1], d, ws);
      } else if (l == 1) {
        Kernels.axpyRows(rows, nOut, d, g[m_bRow[1]]);
      } else {
        if (!batchGradient(l)) {
          weightGradient(rows, l, ws.m_act[l - 1], d, g, ws);
        }
        Kernels.axpyRows(rows, nOut, d, g[m_bRow[l]]);
        Kernels.inputGradient(rows, nIn, nOut, d, m_wt[l], ws.m_delta[l - 1]);
        reluMask(rows, ws.m_act[l - 1], ws.m_delta[l - 1]);
      }
    }
  }

  /**
   * Whether the weight gradient of layer l (after the first) is computed for the whole mini-batch
   * by {@link #gradient}, transposed, rather than block by block and then summed: a narrow layer
   * (see {@link Kernels#NARROW}) other than a cosine output layer. Block by block, each block's
   * transposed gradient had to be added back into the parameter layout, a strided gather, and
   * the blocks' rows of 26 floats (letter's classes) summed: together about 8% of letter-LT's epoch
   * (doc/benchmarks/mlp.md, session 19). Every entry is one chain over the mini-batch's rows in
   * order, whatever the parts.
   */
  private boolean batchGradient(int l) {
    return l >= 2 && m_sizes[l] < Kernels.NARROW && !(l == numLayers() && m_cosine);
  }

  /** Adds the weight gradient of layer l of a block to g (whose rows of that layer are zero). */
  private void weightGradient(int rows, int l, float[][] in, float[][] d, float[][] g, Workspace ws) {
    if (ws.m_gT[l] != null) {
      Kernels.weightGradientTransposed(rows, m_sizes[l - 1], m_sizes[l], in, d, g, m_wRow[l], ws.m_gT[l]);
    } else {
      Kernels.weightGradient(rows, 0, m_sizes[l - 1], m_sizes[l], in, d, g, m_wRow[l]);
    }
  }

  /** Receives rows of the mini-batch gradient once they are final. */
  @FunctionalInterface
  public interface RowsDone {
    /**
     * @param from the first parameter row
     * @param to one past the last
     */
    void rows(int from, int to);
  }

  /**
   * Assembles the mini-batch gradient after every block's backward pass: first (one thread) the
   * first layer's bias gradient, which the weight gradient's centring correction needs, then
   * {@link #gradient} for each part.
   *
   * @param batch the mini-batch
   * @param n the rows in the mini-batch
   * @param g receives the gradient, in the parameter layout
   */
  public void startGradient(Batch batch, int n, float[][] g) {
    if (firstLayerIsLinear()) {
      reduceRow(batch, m_bRow[1], blocks(batch, n), g);
    }
  }

  /**
   * One part of the mini-batch gradient (parts may run in different threads at once, after
   * {@link #startGradient}): its share of the first layer's weight rows, each a sum over the
   * batch's rows in order, chunk by chunk of inputs, and its share of the other rows: those of a
   * narrow layer's weights ({@link #batchGradient}) each a sum over the batch's rows in order, the
   * rest each the sum of the blocks' rows in block order (the block buffers are zeroed for the next
   * step). Every sum has a fixed order, so the result does not depend on the number of parts. Each
   * range of rows is handed to {@code done} as soon as it is final, while it is still in the cache.
   *
   * @param batch the mini-batch
   * @param n the rows in the mini-batch
   * @param part this part, from 0
   * @param g receives the gradient, in the parameter layout
   * @param done receives each final range of rows
   */
  public void gradient(Batch batch, int n, int part, float[][] g, RowsDone done) {
    int parts = batch.parts();
    int blocks = blocks(batch, n);
    boolean linear = firstLayerIsLinear();
    int firstOther = linear ? numInputs() : 0;
    int bias1 = linear ? m_bRow[1] : -1;
    if (linear) {
      int i0 = batch.m_inputSplit[part];
      int i1 = batch.m_inputSplit[part + 1];
      int w0 = m_wRow[1];
      int[][] cursor = batch.m_cursor[part];
      if (batch.m_sparse) {
        for (int b = 0; b < blocks; b++) {
          Kernels.seek(batch.rows(b, n), batch.m_inIdx[b], i0, cursor[b]);
        }
      }
      for (int c0 = i0; c0 < i1; c0 += Kernels.SPARSE_CHUNK) {
        int c1 = Math.min(i1, c0 + Kernels.SPARSE_CHUNK);
        for (int i = c0; i < c1; i++) {
          Arrays.fill(g[w0 + i], 0f);
        }
        for (int b = 0; b < blocks; b++) {
          int rows = batch.rows(b, n);
          float[][] delta = batch.m_ws[b].m_delta[1];
          if (batch.m_sparse) {
            Kernels.weightGradientSparse(rows, c0, c1, m_sizes[1], batch.m_inIdx[b], batch.m_inVal[b], delta, g, w0,
              batch.m_scratch[part], cursor[b]);
          } else {
            Kernels.weightGradient(rows, c0, c1, m_sizes[1], batch.m_in[b], delta, g, w0);
          }
        }
        if (m_inputOffset != null) {
          // the input offsets' rank-one correction: g[i] -= c_i * (the layer's bias gradient)
          for (int i = c0; i < c1; i++) {
            if (m_inputOffset[i] != 0f) {
              Kernels.axpy(m_sizes[1], -m_inputOffset[i], g[bias1], g[w0 + i]);
            }
          }
        }
        done.rows(w0 + c0, w0 + c1);
      }
    }
    int from = firstOther + (int) ((long) (g.length - firstOther) * part / parts);
    int to = firstOther + (int) ((long) (g.length - firstOther) * (part + 1) / parts);
    int row = from;
    while (row < to) {
      int l = weightLayer(row);
      if (l > 0 && batchGradient(l)) {
        int w0 = m_wRow[l];
        int i1 = Math.min(to, w0 + m_sizes[l - 1]) - w0;
        narrowWeightGradient(batch, n, blocks, l, row - w0, i1, batch.m_partGT[part], g);
        row = w0 + i1;
      } else {
        if (row != bias1) {
          reduceRow(batch, row, blocks, g);
        }
        row++;
      }
    }
    done.rows(from, to);
  }

  /** @return the layer whose weight rows include parameter row {@code row}, or 0 for a bias row */
  private int weightLayer(int row) {
    for (int l = 1; l <= numLayers(); l++) {
      if (row >= m_wRow[l] && row < m_wRow[l] + m_sizes[l - 1]) {
        return l;
      }
    }
    return 0;
  }

  /**
   * The weight rows of inputs i0 .. i1-1 of a narrow layer l ({@link #batchGradient}) for the
   * whole mini-batch: {@code gT[o][i]} over all blocks' rows in order, then written into g.
   */
  private void narrowWeightGradient(Batch batch, int n, int blocks, int l, int i0, int i1, float[][] gT,
    float[][] g) {
    int nOut = m_sizes[l];
    for (int o = 0; o < nOut; o++) {
      Arrays.fill(gT[o], i0, i1, 0f);
    }
    for (int b = 0; b < blocks; b++) {
      Workspace ws = batch.m_ws[b];
      Kernels.weightGradientTransposedRows(batch.rows(b, n), i0, i1, nOut, ws.m_act[l - 1], ws.m_delta[l], gT);
    }
    int w0 = m_wRow[l];
    for (int i = i0; i < i1; i++) {
      float[] gr = g[w0 + i];
      for (int o = 0; o < nOut; o++) {
        gr[o] = gT[o][i];
      }
    }
  }

  private static int blocks(Batch batch, int n) {
    return (n + batch.m_blockRows - 1) / batch.m_blockRows;
  }

  /** Gradient row = sum of the block gradients' rows in block order (which are zeroed for the next step). */
  private static void reduceRow(Batch batch, int row, int blocks, float[][] g) {
    float[] gr = g[row];
    float[] g0 = batch.m_ws[0].m_grad[row];
    System.arraycopy(g0, 0, gr, 0, gr.length);
    Arrays.fill(g0, 0f);
    for (int b = 1; b < blocks; b++) {
      float[] gb = batch.m_ws[b].m_grad[row];
      for (int j = 0; j < gr.length; j++) {
        gr[j] += gb[j];
      }
      Arrays.fill(gb, 0f);
    }
  }

  /**
   * The logits of many rows, in blocks spread over threads ({@link Parallel#forRange}); each row's
   * logits depend only on that row, so the result does not depend on the number of threads.
   *
   * @param x input rows
   * @param threads the number of threads (0 = one per processor)
   * @return one logit row per input row
   * @throws Exception if a thread fails
   */
  public float[][] logits(float[][] x, int threads) throws Exception {
    int n = x.length;
    int block = 32;
    float[][] out = new float[n][];
    Parallel.forRange(threads, (n + block - 1) / block, 3, (first, last) -> {
      Workspace ws = newWorkspace(block);
      float[][] in = new float[block][];
      for (int b = first; b < last; b++) {
        int from = b * block;
        int rows = Math.min(block, n - from);
        System.arraycopy(x, from, in, 0, rows);
        forward(in, rows, ws);
        for (int r = 0; r < rows; r++) {
          out[from + r] = Arrays.copyOf(ws.logits()[r], numOutputs());
        }
      }
    });
    return out;
  }

  /**
   * {@code d = a > 0 ? d : 0} for ReLU activations a (>= 0), without a branch: with a > 0 (even the
   * smallest subnormal, 2^-149) {@code a * 2^126 * 2^126} is at least 2^103 (or infinite), so
   * {@code min(., 1)} is exactly 1, and it is exactly 0 for a = 0; the loop vectorises, whereas the
   * data-dependent branch was mispredicted about half the time.
   */
  private static void reluMask(int rows, float[][] act, float[][] d) {
    for (int r = 0; r < rows; r++) {
      float[] a = act[r];
      float[] dr = d[r];
      for (int j = 0; j < dr.length; j++) {
        dr[j] = dr[j] * Math.min(a[j] * 0x1p126f * 0x1p126f, 1f);
      }
    }
  }

  /**
   * Gradient of the cosine layer. With hh = h/|h|, ww_k = w_k/|w_k| and z_k = hh.ww_k:
   * dL/dw_k = (sum_r g_rk hh_r - ww_k sum_r g_rk z_rk) / |w_k| and
   * dL/dh_r = (sum_k g_rk ww_k - hh_r sum_k g_rk z_rk) / |h_r|.
   */
  private void cosineBackward(int rows, int nIn, int nOut, float[][] h, float[][] g, Workspace ws) {
    float[][] a = ws.m_scratch;
    float[][] z = ws.m_act[numLayers()];
    double[] colDot = new double[nOut];
    for (int r = 0; r < rows; r++) {
      double rowDot = 0;
      for (int k = 0; k < nOut; k++) {
        a[r][k] = g[r][k] / (ws.m_rowNorm[r] * m_colNorm[k]);
        rowDot += (double) g[r][k] * z[r][k];
        colDot[k] += (double) g[r][k] * z[r][k];
      }
      ws.m_rowDot[r] = (float) rowDot;
    }
    int w0 = m_wRow[numLayers()];
    weightGradient(rows, numLayers(), h, a, ws.m_grad, ws);
    for (int i = 0; i < nIn; i++) {
      float[] gr = ws.m_grad[w0 + i];
      float[] wr = m_params[w0 + i];
      for (int k = 0; k < nOut; k++) {
        gr[k] -= wr[k] * (float) (colDot[k] / ((double) m_colNorm[k] * m_colNorm[k]));
      }
    }
    if (numLayers() > 1) {
      float[][] dh = ws.m_delta[numLayers() - 1];
      Kernels.inputGradient(rows, nIn, nOut, a, m_wt[numLayers()], dh);
      for (int r = 0; r < rows; r++) {
        float c = ws.m_rowDot[r] / (ws.m_rowNorm[r] * ws.m_rowNorm[r]);
        for (int i = 0; i < nIn; i++) {
          dh[r][i] -= h[r][i] * c;
        }
      }
      reluMask(rows, h, dh);
    }
  }

  /**
   * Threads kept for one training run of a trainer outside this package (the self-supervised
   * trainer), so that its phases hand work over to waiting threads (the MLP's {@link WorkerTeam})
   * instead of starting threads for each phase. One thread runs everything in the caller. Close it
   * when the run ends: no thread is left running.
   */
  public static final class Team implements AutoCloseable {
    private final int m_threads;
    private final WorkerTeam m_team;

    /**
     * @param threads the threads, the caller included (at least 1)
     * @param name the prefix of the threads' names
     */
    public Team(int threads, String name) {
      m_threads = Math.max(1, threads);
      m_team = m_threads > 1 ? new WorkerTeam(m_threads, name) : null;
    }

    /**
     * Runs {@code task} on [0, n) cut into the same contiguous ranges as
     * {@link Parallel#forRange(int, int, int, Parallel.RangeTask)} with this team's threads (each
     * range run once, by any thread of the team), and returns when all are done.
     *
     * @param n the number of indices
     * @param minPerThread the fewest indices worth a range of their own
     * @param task the work
     * @throws Exception the first failure of any range, after all have finished
     */
    public void forRange(int n, int minPerThread, Parallel.RangeTask task) throws Exception {
      int t = Parallel.ranges(m_threads, n, minPerThread);
      if (t == 1 || m_team == null) {
        task.run(0, n);
        return;
      }
      List<Callable<Void>> ranges = new ArrayList<>(t);
      for (int w = 0; w < t; w++) {
        int from = (int) ((long) w * n / t);
        int to = (int) ((long) (w + 1) * n / t);
        ranges.add(() -> {
          task.run(from, to);
          return null;
        });
      }
      m_team.run(ranges);
    }

    /** Stops the threads. */
    @Override
    public void close() {
      if (m_team != null) {
        m_team.close();
      }
    }
  }

  /** The buffers of one block of rows: activations, deltas and a private gradient. */
  public final class Workspace {
    private final int m_capacity;
    private final float[][][] m_act;
    private final float[][][] m_delta;
    private final float[][] m_grad;
    private final float[] m_rowNorm;
    private final float[] m_rowDot;
    private final float[][] m_scratch;
    /**
     * Per narrow layer (see {@link Kernels#NARROW}): its transposed inputs (layers after the first)
     * and its transposed weight gradient.
     */
    private final float[][][] m_inT;
    private final float[][][] m_gT;
    /** The transposed outputs of a narrow layer. */
    private final float[][] m_outT;
    private Kernels.SparseScratch m_sparse;

    private Workspace(int rows) {
      m_capacity = rows;
      int layers = numLayers();
      m_act = new float[layers + 1][][];
      m_delta = new float[layers + 1][][];
      for (int l = 1; l <= layers; l++) {
        m_act[l] = new float[rows][m_sizes[l]];
        m_delta[l] = new float[rows][m_sizes[l]];
      }
      m_grad = newParamShape();
      m_rowNorm = new float[rows];
      m_rowDot = new float[rows];
      m_scratch = new float[rows][numOutputs()];
      m_inT = new float[layers + 1][][];
      m_gT = new float[layers + 1][][];
      int widest = 0;
      for (int l = 1; l <= layers; l++) {
        if (m_sizes[l] < Kernels.NARROW) {
          widest = Math.max(widest, m_sizes[l]);
          if (!batchGradient(l)) {
            m_gT[l] = new float[m_sizes[l]][m_sizes[l - 1]];
          }
          if (l >= 2) {
            m_inT[l] = new float[m_sizes[l - 1]][rows];
          }
        }
      }
      m_outT = new float[widest][rows];
    }

    private Kernels.SparseScratch sparseScratch() {
      if (m_sparse == null) {
        m_sparse = new Kernels.SparseScratch(Kernels.SPARSE_CHUNK, m_capacity);
      }
      return m_sparse;
    }

    /** @return maximum rows per block */
    public int capacity() {
      return m_capacity;
    }

    /** @return the logits of the last forward pass, one row per instance */
    public float[][] logits() {
      return m_act[numLayers()];
    }

    /**
     * @param l a layer, 1 to {@link Network#numLayers()}
     * @return its activations in the last forward pass (after the ReLU for a hidden layer), one row
     *         per instance; live, overwritten by the next pass
     */
    public float[][] activations(int l) {
      return m_act[l];
    }

    /** @return where the caller writes dLoss/dLogits before {@link Network#backward} */
    public float[][] outputGradient() {
      return m_delta[numLayers()];
    }
  }
}
