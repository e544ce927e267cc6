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
import java.util.Arrays;
import java.util.Random;

/**
 * A fully connected network with ReLU hidden layers and a linear (logit) output layer. The
 * parameters are a list of dense {@code float[]} rows (see {@link Kernels} for why rows): for each
 * layer one row of {@code out} weights per input, then one bias row. The output layer can instead be a <em>cosine</em> layer (LDAM's
 * {@code NormedLinear}): {@code z_k = <h / |h|, w_k / |w_k|>}, no bias, so every logit lies in
 * [-1, 1].
 *
 * <p>Initialisation: He-uniform {@code U(-sqrt(6/fan_in), sqrt(6/fan_in))} for layers followed
 * by a ReLU, Glorot-uniform {@code U(-sqrt(6/(fan_in+fan_out)), ...)} for the linear output layer,
 * {@code U(-1, 1)} for a cosine output layer (it is scale-free); biases start at 0.
 *
 * <p>The forward and backward passes work on a block of at most {@link Workspace#capacity()} rows
 * with a {@link Workspace} of their own, so several blocks can be processed by different threads
 * at once; {@link #prepareStep()} must be called (by one thread) after every parameter change.
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

  /** Per-step derived values: transposed weights of layers l >= 2 and the cosine column norms. */
  private transient volatile float[][][] m_wt;
  private transient float[] m_colNorm;

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

  /** @return whether the output layer is a cosine layer */
  public boolean isCosineOutput() {
    return m_cosine;
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
    if (m_wt == null) {
      prepareStep();
    }
    int layers = numLayers();
    float[][] in = x;
    for (int l = 1; l <= layers; l++) {
      float[][] out = ws.m_act[l];
      boolean cosine = l == layers && m_cosine;
      Kernels.forward(rows, m_sizes[l - 1], m_sizes[l], in, m_params, m_wRow[l],
        cosine ? null : m_params[m_bRow[l]], out);
      if (l < layers) {
        for (int r = 0; r < rows; r++) {
          float[] a = out[r];
          for (int j = 0; j < a.length; j++) {
            a[j] = Math.max(a[j], 0f);
          }
        }
      } else if (cosine) {
        cosineForward(rows, in, out, ws);
      }
      in = out;
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
   * Backward pass of a block after {@link #forward}: the caller has written dLoss/dLogits into
   * {@link Workspace#outputGradient()}; the parameter gradient is <em>added</em> to
   * {@link Workspace#gradient()}.
   *
   * @param x the inputs given to forward
   * @param rows number of rows
   * @param ws the block's workspace
   */
  public void backward(float[][] x, int rows, Workspace ws) {
    int layers = numLayers();
    float[][] g = ws.m_grad;
    for (int l = layers; l >= 1; l--) {
      int nIn = m_sizes[l - 1];
      int nOut = m_sizes[l];
      float[][] in = l == 1 ? x : ws.m_act[l - 1];
      float[][] d = ws.m_delta[l];
      if (l == layers && m_cosine) {
        cosineBackward(rows, nIn, nOut, in, d, ws);
        continue;
      }
      Kernels.weightGradient(rows, nIn, nOut, in, d, g, m_wRow[l], g[m_bRow[l]]);
      if (l > 1) {
        Kernels.inputGradient(rows, nIn, nOut, d, m_wt[l], ws.m_delta[l - 1]);
        reluMask(rows, ws.m_act[l - 1], ws.m_delta[l - 1]);
      }
    }
  }

  private static void reluMask(int rows, float[][] act, float[][] d) {
    for (int r = 0; r < rows; r++) {
      float[] a = act[r];
      float[] dr = d[r];
      for (int j = 0; j < dr.length; j++) {
        dr[j] = a[j] > 0f ? dr[j] : 0f;
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
    Kernels.weightGradient(rows, nIn, nOut, h, a, ws.m_grad, w0, null);
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

  /** The buffers of one block of rows: activations, deltas and a private gradient. */
  public final class Workspace {
    private final int m_capacity;
    private final float[][][] m_act;
    private final float[][][] m_delta;
    private final float[][] m_grad;
    private final float[] m_rowNorm;
    private final float[] m_rowDot;
    private final float[][] m_scratch;

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
    }

    /** @return maximum rows per block */
    public int capacity() {
      return m_capacity;
    }

    /** @return the logits of the last forward pass, one row per instance */
    public float[][] logits() {
      return m_act[numLayers()];
    }

    /** @return where the caller writes dLoss/dLogits before {@link Network#backward} */
    public float[][] outputGradient() {
      return m_delta[numLayers()];
    }

    /** @return this block's parameter gradient (accumulated by backward) */
    public float[][] gradient() {
      return m_grad;
    }

    /** Sets the gradient to zero. */
    public void clearGradient() {
      for (float[] row : m_grad) {
        Arrays.fill(row, 0f);
      }
    }
  }
}
