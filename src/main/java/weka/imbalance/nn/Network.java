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
 * A fully connected network with ReLU hidden layers and a linear (logit) output layer, all
 * parameters in one flat {@code float[]}: for each layer its weights as {@code [in][out]} rows
 * followed by its biases. The output layer can instead be a <em>cosine</em> layer (LDAM's
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
  private final float[] m_params;
  private final int[] m_wOff;
  private final int[] m_bOff;

  /** Per-step derived values: transposed weights of layers l >= 2 and the cosine column norms. */
  private transient volatile float[][] m_wt;
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
    m_wOff = new int[layers + 1];
    m_bOff = new int[layers + 1];
    int off = 0;
    for (int l = 1; l <= layers; l++) {
      m_wOff[l] = off;
      off += sizes[l - 1] * sizes[l];
      if (l == layers && cosineOutput) {
        m_bOff[l] = -1;
      } else {
        m_bOff[l] = off;
        off += sizes[l];
      }
    }
    m_params = new float[off];
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

  /** @return the parameters (live array: the optimiser updates it in place) */
  public float[] params() {
    return m_params;
  }

  /**
   * Whether parameter j is a weight (weight decay applies) rather than a bias.
   *
   * @return one flag per parameter
   */
  public boolean[] weightMask() {
    boolean[] mask = new boolean[m_params.length];
    for (int l = 1; l <= numLayers(); l++) {
      Arrays.fill(mask, m_wOff[l], m_wOff[l] + m_sizes[l - 1] * m_sizes[l], true);
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
    Arrays.fill(m_params, 0f);
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
      for (int j = 0; j < in * out; j++) {
        m_params[m_wOff[l] + j] = (float) ((2 * rand.nextDouble() - 1) * limit);
      }
    }
    prepareStep();
  }

  /** Recomputes the values derived from the parameters; call after every update. */
  public synchronized void prepareStep() {
    int layers = numLayers();
    float[][] wt = m_wt;
    if (wt == null) {
      wt = new float[layers + 1][];
      for (int l = 2; l <= layers; l++) {
        wt[l] = new float[m_sizes[l - 1] * m_sizes[l]];
      }
      m_colNorm = new float[m_sizes[layers]];
    }
    for (int l = 2; l <= layers; l++) {
      Kernels.transpose(m_sizes[l - 1], m_sizes[l], m_params, m_wOff[l], wt[l]);
    }
    if (m_cosine) {
      int in = m_sizes[layers - 1];
      int out = m_sizes[layers];
      double[] sq = new double[out];
      for (int i = 0; i < in; i++) {
        int row = m_wOff[layers] + i * out;
        for (int k = 0; k < out; k++) {
          sq[k] += (double) m_params[row + k] * m_params[row + k];
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
   * Forward pass of a block: the logits end up in {@link Workspace#logits()}, row-major.
   *
   * @param x row-major {@code rows x numInputs()} inputs
   * @param rows number of rows in the block
   * @param ws the block's workspace
   */
  public void forward(float[] x, int rows, Workspace ws) {
    if (m_wt == null) {
      synchronized (this) {
        if (m_wt == null) {
          prepareStep();
        }
      }
    }
    int layers = numLayers();
    float[] in = x;
    for (int l = 1; l <= layers; l++) {
      float[] out = ws.m_act[l];
      boolean cosine = l == layers && m_cosine;
      Kernels.forward(rows, m_sizes[l - 1], m_sizes[l], in, m_params, m_wOff[l], m_params,
        cosine ? -1 : m_bOff[l], out);
      if (l < layers) {
        int n = rows * m_sizes[l];
        for (int j = 0; j < n; j++) {
          out[j] = Math.max(out[j], 0f);
        }
      } else if (cosine) {
        cosineForward(rows, in, out, ws);
      }
      in = out;
    }
  }

  private void cosineForward(int rows, float[] h, float[] z, Workspace ws) {
    int in = m_sizes[numLayers() - 1];
    int out = numOutputs();
    for (int r = 0; r < rows; r++) {
      double sq = 0;
      for (int i = 0; i < in; i++) {
        sq += (double) h[r * in + i] * h[r * in + i];
      }
      float hn = Math.max((float) Math.sqrt(sq), NORM_EPS);
      ws.m_rowNorm[r] = hn;
      for (int k = 0; k < out; k++) {
        z[r * out + k] /= hn * m_colNorm[k];
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
  public void backward(float[] x, int rows, Workspace ws) {
    int layers = numLayers();
    float[] g = ws.m_grad;
    for (int l = layers; l >= 1; l--) {
      int nIn = m_sizes[l - 1];
      int nOut = m_sizes[l];
      float[] in = l == 1 ? x : ws.m_act[l - 1];
      float[] d = ws.m_delta[l];
      if (l == layers && m_cosine) {
        cosineBackward(rows, nIn, nOut, in, d, ws);
        continue;
      }
      Kernels.weightGradient(rows, nIn, nOut, in, d, g, m_wOff[l], m_bOff[l]);
      if (l > 1) {
        Kernels.inputGradient(rows, nIn, nOut, d, m_wt[l], ws.m_delta[l - 1]);
        reluMask(rows * nIn, ws.m_act[l - 1], ws.m_delta[l - 1]);
      }
    }
  }

  private static void reluMask(int n, float[] act, float[] d) {
    for (int j = 0; j < n; j++) {
      d[j] = act[j] > 0f ? d[j] : 0f;
    }
  }

  /**
   * Gradient of the cosine layer. With hh = h/|h|, ww_k = w_k/|w_k| and z_k = hh.ww_k:
   * dL/dw_k = (sum_r g_rk hh_r - ww_k sum_r g_rk z_rk) / |w_k| and
   * dL/dh_r = (sum_k g_rk ww_k - hh_r sum_k g_rk z_rk) / |h_r|.
   */
  private void cosineBackward(int rows, int nIn, int nOut, float[] h, float[] g, Workspace ws) {
    float[] a = ws.m_scratch;
    float[] z = ws.m_act[numLayers()];
    double[] colDot = new double[nOut];
    for (int r = 0; r < rows; r++) {
      double rowDot = 0;
      for (int k = 0; k < nOut; k++) {
        int j = r * nOut + k;
        a[j] = g[j] / (ws.m_rowNorm[r] * m_colNorm[k]);
        rowDot += (double) g[j] * z[j];
        colDot[k] += (double) g[j] * z[j];
      }
      ws.m_rowDot[r] = (float) rowDot;
    }
    int wo = m_wOff[numLayers()];
    Kernels.weightGradient(rows, nIn, nOut, h, a, ws.m_grad, wo, -1);
    for (int i = 0; i < nIn; i++) {
      for (int k = 0; k < nOut; k++) {
        float c = (float) (colDot[k] / ((double) m_colNorm[k] * m_colNorm[k]));
        ws.m_grad[wo + i * nOut + k] -= m_params[wo + i * nOut + k] * c;
      }
    }
    if (numLayers() > 1) {
      float[] dh = ws.m_delta[numLayers() - 1];
      Kernels.inputGradient(rows, nIn, nOut, a, m_wt[numLayers()], dh);
      for (int r = 0; r < rows; r++) {
        float c = ws.m_rowDot[r] / (ws.m_rowNorm[r] * ws.m_rowNorm[r]);
        for (int i = 0; i < nIn; i++) {
          dh[r * nIn + i] -= h[r * nIn + i] * c;
        }
      }
      reluMask(rows * nIn, h, dh);
    }
  }

  /** The buffers of one block of rows: activations, deltas and a private gradient. */
  public final class Workspace {
    private final int m_capacity;
    private final float[][] m_act;
    private final float[][] m_delta;
    private final float[] m_grad;
    private final float[] m_rowNorm;
    private final float[] m_rowDot;
    private final float[] m_scratch;

    private Workspace(int rows) {
      m_capacity = rows;
      int layers = numLayers();
      m_act = new float[layers + 1][];
      m_delta = new float[layers + 1][];
      for (int l = 1; l <= layers; l++) {
        m_act[l] = new float[rows * m_sizes[l]];
        m_delta[l] = new float[rows * m_sizes[l]];
      }
      m_grad = new float[m_params.length];
      m_rowNorm = new float[rows];
      m_rowDot = new float[rows];
      m_scratch = new float[rows * numOutputs()];
    }

    /** @return maximum rows per block */
    public int capacity() {
      return m_capacity;
    }

    /** @return the logits of the last forward pass, row-major {@code rows x numOutputs()} */
    public float[] logits() {
      return m_act[numLayers()];
    }

    /** @return where the caller writes dLoss/dLogits before {@link Network#backward} */
    public float[] outputGradient() {
      return m_delta[numLayers()];
    }

    /** @return this block's parameter gradient (accumulated by backward) */
    public float[] gradient() {
      return m_grad;
    }
  }
}
