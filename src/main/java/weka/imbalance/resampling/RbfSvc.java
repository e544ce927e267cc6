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
package weka.imbalance.resampling;

import java.util.Arrays;
import java.util.stream.IntStream;


/**
 * A C-SVC with the RBF kernel on dense rows, the algorithm of LIBSVM 3.x (Chang and Lin 2011,
 * {@link weka.imbalance.Citations#chang2011()}) as scikit-learn's {@code SVC} runs it: one-vs-one over
 * the classes in ascending order, each pair solved by SMO with the second-order working set selection
 * of Fan, Chen and Lin (2005, {@link weka.imbalance.Citations#fan2005()}), shrinking with gradient
 * reconstruction, an LRU cache of float kernel columns sized in MB, the stopping rule
 * m(alpha) - M(alpha) &lt; eps, and LIBSVM's tie order (the last of equal candidates wins). The kernel
 * values are computed with the same operations in the same order as LIBSVM's, so the iterates, and
 * with them the support vectors, are LIBSVM's. What differs is the layout: the rows of a pair are one
 * array, column-major within blocks of 512 rows (swapped in place when shrinking moves them), so a
 * kernel column is, block by block, one pass of a multiply-add per coordinate over contiguous memory,
 * which the JIT vectorises, and one exp per entry. No probability estimates and no class weights: what SVM-SMOTE needs.
 */
public final class RbfSvc {

  /** LIBSVM's TAU, the smallest curvature used along a direction. */
  static final double TAU = 1e-12;

  /**
   * Positions per block of the rows' layout and of a kernel column's computation (a power of 2): a
   * block's coordinates are contiguous, its dot products stay in L1.
   */
  private static final int BLOCK = 512;
  private static final int BLOCK_BITS = 9;

  private final double m_Gamma;
  private final double m_Cost;
  private final double m_Eps;
  private final double m_CacheMB;
  private final boolean m_Shrinking;

  /**
   * @param gamma the RBF kernel's gamma, exp(-gamma |x - z|^2), &gt; 0
   * @param cost the cost C, &gt; 0
   * @param eps the stopping tolerance (scikit-learn's tol, 1e-3)
   * @param cacheMB the kernel cache in MB (scikit-learn's cache_size, 200)
   * @param shrinking whether to shrink (scikit-learn's default: true)
   */
  public RbfSvc(double gamma, double cost, double eps, double cacheMB, boolean shrinking) {
    if (!(gamma > 0) || !(cost > 0) || !(eps > 0) || !(cacheMB > 0)) {
      throw new IllegalArgumentException("gamma, cost, eps and the cache must be > 0, got " + gamma + ", " + cost
        + ", " + eps + ", " + cacheMB);
    }
    m_Gamma = gamma;
    m_Cost = cost;
    m_Eps = eps;
    m_CacheMB = cacheMB;
    m_Shrinking = shrinking;
  }

  /** A trained one-vs-one model: per pair of classes its rows, their coefficients y alpha, and rho. */
  public static final class Model {
    private final double m_Gamma;
    private final double[] m_X;
    private final int m_Dim;
    private final int m_N;
    /** Per pair: the classes (first +1, second -1), the rows (first class then second), y alpha, rho. */
    private final int[][] m_Classes;
    private final int[][] m_Rows;
    private final double[][] m_Coef;
    private final double[] m_Rho;

    Model(double gamma, double[] x, int dim, int n, int[][] classes, int[][] rows, double[][] coef, double[] rho) {
      m_Gamma = gamma;
      m_N = n;
      m_X = x;
      m_Dim = dim;
      m_Classes = classes;
      m_Rows = rows;
      m_Coef = coef;
      m_Rho = rho;
    }

    /** @return the number of pairs of classes (k (k - 1) / 2 for the k classes present) */
    public int numPairs() {
      return m_Rho.length;
    }

    /** @return the two classes of a pair: the first is the positive side */
    public int[] classes(int pair) {
      return m_Classes[pair].clone();
    }

    /** @return the rows with a nonzero coefficient in some pair, ascending */
    public int[] supportVectors() {
      boolean[] sv = new boolean[m_N];
      for (int p = 0; p < m_Rho.length; p++) {
        for (int t = 0; t < m_Rows[p].length; t++) {
          if (m_Coef[p][t] != 0) {
            sv[m_Rows[p][t]] = true;
          }
        }
      }
      return IntStream.range(0, m_N).filter(i -> sv[i]).toArray();
    }

    /** @return the pair's rho (the decision value is sum y_i alpha_i K(x_i, z) - rho) */
    public double rho(int pair) {
      return m_Rho[pair];
    }

    /** @return y_i alpha_i of a row in a pair (0 when the row is not in the pair or not a support vector) */
    public double coefficient(int pair, int row) {
      for (int t = 0; t < m_Rows[pair].length; t++) {
        if (m_Rows[pair][t] == row) {
          return m_Coef[pair][t];
        }
      }
      return 0;
    }

    /**
     * @param pair a pair of classes
     * @param z a point
     * @return the pair's decision value at z: positive for its first class
     */
    public double decision(int pair, double[] z) {
      double s = 0;
      for (int t = 0; t < m_Rows[pair].length; t++) {
        double c = m_Coef[pair][t];
        if (c != 0) {
          int off = m_Rows[pair][t] * m_Dim;
          double d2 = 0;
          for (int k = 0; k < m_Dim; k++) {
            double e = m_X[off + k] - z[k];
            d2 += e * e;
          }
          s += c * Math.exp(-m_Gamma * d2);
        }
      }
      return s - m_Rho[pair];
    }
  }

  /**
   * Trains one C-SVC per pair of the classes present, in ascending class order, each on the rows of
   * its two classes in their order (the lower class first, as +1), as scikit-learn's LIBSVM does.
   *
   * @param x the rows, row-major, finite
   * @param dim coordinates per row
   * @param cls each row's class, &gt;= 0
   * @return the model
   */
  public Model train(double[] x, int dim, int[] cls) {
    int n = cls.length;
    if (x.length != n * dim) {
      throw new IllegalArgumentException(x.length + " coordinates for " + n + " rows of " + dim);
    }
    int numClasses = 0;
    for (int c : cls) {
      numClasses = Math.max(numClasses, c + 1);
    }
    int[] count = new int[numClasses];
    for (int c : cls) {
      count[c]++;
    }
    int[][] members = new int[numClasses][];
    for (int c = 0; c < numClasses; c++) {
      members[c] = new int[count[c]];
    }
    int[] fill = new int[numClasses];
    for (int i = 0; i < n; i++) {
      members[cls[i]][fill[cls[i]]++] = i;
    }
    int present = 0;
    for (int c = 0; c < numClasses; c++) {
      present += count[c] > 0 ? 1 : 0;
    }
    int pairs = present * (present - 1) / 2;
    int[][] classes = new int[pairs][];
    int[][] rows = new int[pairs][];
    double[][] coef = new double[pairs][];
    double[] rho = new double[pairs];
    int p = 0;
    for (int a = 0; a < numClasses; a++) {
      for (int b = a + 1; b < numClasses && count[a] > 0; b++) {
        if (count[b] == 0) {
          continue;
        }
        int[] r = new int[count[a] + count[b]];
        System.arraycopy(members[a], 0, r, 0, count[a]);
        System.arraycopy(members[b], 0, r, count[a], count[b]);
        Solver s = new Solver(x, dim, r, count[a]);
        s.solve();
        classes[p] = new int[] {a, b};
        rows[p] = r;
        coef[p] = s.coefficients();
        rho[p] = s.m_Rho;
        p++;
      }
    }
    return new Model(m_Gamma, x, dim, n, classes, rows, coef, rho);
  }

  /**
   * LIBSVM's Solver for the C-SVC dual, min 0.5 a'Qa - e'a, y'a = 0, 0 &lt;= a_i &lt;= C, with its kernel
   * matrix and cache, on one pair's rows.
   */
  private final class Solver {
    private final int m_L;
    private final int m_D;
    /**
     * The rows' coordinates by position, column-major within blocks of BLOCK positions (see {@link #at});
     * positions move when shrinking.
     */
    private final double[] m_Xt;
    private final double[] m_Sq;
    private final byte[] m_Y;
    private final double[] m_QD;
    private final double[] m_Alpha;
    private final double[] m_G;
    private final double[] m_GBar;
    private final byte[] m_Status;
    private final int[] m_ActiveSet;
    private final byte[] m_YOriginal;
    private int m_ActiveSize;
    private boolean m_Unshrink;
    double m_Rho;

    // the kernel cache: per position a column of Q (entries [0, len) valid) and an LRU ring through m_L
    private final float[][] m_Col;
    private final int[] m_ColLen;
    private final int[] m_Prev;
    private final int[] m_Next;
    private long m_Free;
    private final double[] m_Dots = new double[BLOCK];

    private static final byte LOWER = 0;
    private static final byte UPPER = 1;
    private static final byte FREE = 2;

    Solver(double[] x, int dim, int[] rows, int positives) {
      int l = rows.length;
      m_L = l;
      m_D = dim;
      m_Xt = new double[((l + BLOCK - 1) >> BLOCK_BITS) * BLOCK * dim];
      m_Sq = new double[l];
      m_Y = new byte[l];
      for (int t = 0; t < l; t++) {
        int off = rows[t] * dim;
        double s = 0;
        for (int k = 0; k < dim; k++) {
          double v = x[off + k];
          m_Xt[at(k, t)] = v;
          s += v * v;
        }
        m_Sq[t] = s;
        m_Y[t] = (byte) (t < positives ? 1 : -1);
      }
      m_YOriginal = m_Y.clone();
      m_QD = new double[l];
      for (int t = 0; t < l; t++) {
        m_QD[t] = Math.exp(-m_Gamma * (m_Sq[t] + m_Sq[t] - 2 * m_Sq[t]));
      }
      m_Alpha = new double[l];
      m_G = new double[l];
      m_GBar = new double[l];
      m_Status = new byte[l];
      m_ActiveSet = new int[l];
      for (int t = 0; t < l; t++) {
        m_ActiveSet[t] = t;
        m_G[t] = -1;
      }
      m_ActiveSize = l;
      m_Col = new float[l][];
      m_ColLen = new int[l];
      m_Prev = new int[l + 1];
      m_Next = new int[l + 1];
      m_Prev[l] = l;
      m_Next[l] = l;
      long size = (long) (m_CacheMB * (1 << 20)) / 4 - (long) l * 4;
      m_Free = Math.max(size, 2L * l);
    }

    /** @return the index of coordinate k of position t in m_Xt */
    private int at(int k, int t) {
      return (t >> BLOCK_BITS) * BLOCK * m_D + (k << BLOCK_BITS) + (t & (BLOCK - 1));
    }

    private double c(int i) {
      return m_Cost;
    }

    private void updateStatus(int i) {
      m_Status[i] = m_Alpha[i] >= c(i) ? UPPER : m_Alpha[i] <= 0 ? LOWER : FREE;
    }

    // ---- the kernel cache ----

    private void unlink(int h) {
      m_Next[m_Prev[h]] = m_Next[h];
      m_Prev[m_Next[h]] = m_Prev[h];
    }

    private void append(int h) {
      m_Next[h] = m_L;
      m_Prev[h] = m_Prev[m_L];
      m_Next[m_Prev[h]] = h;
      m_Prev[m_L] = h;
    }

    private void drop(int h) {
      unlink(h);
      m_Free += m_ColLen[h];
      m_Col[h] = null;
      m_ColLen[h] = 0;
    }

    /** Column i of Q on positions [0, len), from the cache or computed. */
    float[] q(int i, int len) {
      int have = m_ColLen[i];
      if (have > 0) {
        unlink(i);
      }
      int more = len - have;
      if (more > 0) {
        while (m_Free < more) {
          drop(m_Next[m_L]);
        }
        float[] col = new float[len];
        if (have > 0) {
          System.arraycopy(m_Col[i], 0, col, 0, have);
        }
        m_Col[i] = col;
        m_Free -= more;
        m_ColLen[i] = len;
        kernelColumn(i, col, have, len);
      }
      append(i);
      return m_Col[i];
    }

    /**
     * Q_ij = y_i y_j exp(-gamma (|x_i|^2 + |x_j|^2 - 2 x_i.x_j)) as float for j in [from, to), each dot
     * product summed over the coordinates in order, as LIBSVM does.
     */
    private void kernelColumn(int i, float[] out, int from, int to) {
      double[] xt = m_Xt;
      double[] dots = m_Dots;
      double sqi = m_Sq[i];
      int yi = m_Y[i];
      double g = m_Gamma;
      for (int block = from - (from & (BLOCK - 1)); block < to; block += BLOCK) {
        int lo = Math.max(from, block);
        int n = Math.min(to, block + BLOCK) - lo;
        // the first coordinate's products start the sums: 0 + p is p, and a sum of -0.0 products only
        // enters below as 2 * dots, subtracted from |x_i|^2 + |x_j|^2, where -0.0 and 0.0 give the same
        if (m_D == 0) {
          Arrays.fill(dots, 0, n, 0);
        } else {
          double xi0 = xt[at(0, i)];
          int off0 = at(0, lo);
          for (int t = 0; t < n; t++) {
            dots[t] = xi0 * xt[off0 + t];
          }
        }
        for (int k = 1; k < m_D; k++) {
          double xik = xt[at(k, i)];
          int off = at(k, lo);
          for (int t = 0; t < n; t++) {
            dots[t] += xik * xt[off + t];
          }
        }
        for (int t = 0; t < n; t++) {
          int j = lo + t;
          out[j] = (float) (yi * m_Y[j] * Math.exp(-g * (sqi + m_Sq[j] - 2 * dots[t])));
        }
      }
    }

    /** Swaps positions i and j everywhere: the cache (columns too short to hold both are dropped), the rows, the solver. */
    private void swap(int i, int j) {
      if (i == j) {
        return;
      }
      if (m_ColLen[i] > 0) {
        unlink(i);
      }
      if (m_ColLen[j] > 0) {
        unlink(j);
      }
      float[] cf = m_Col[i];
      m_Col[i] = m_Col[j];
      m_Col[j] = cf;
      int cl = m_ColLen[i];
      m_ColLen[i] = m_ColLen[j];
      m_ColLen[j] = cl;
      if (m_ColLen[i] > 0) {
        append(i);
      }
      if (m_ColLen[j] > 0) {
        append(j);
      }
      int lo = Math.min(i, j);
      int hi = Math.max(i, j);
      for (int h = m_Next[m_L]; h != m_L;) {
        int next = m_Next[h];
        if (m_ColLen[h] > lo) {
          if (m_ColLen[h] > hi) {
            float[] col = m_Col[h];
            float f = col[lo];
            col[lo] = col[hi];
            col[hi] = f;
          } else {
            drop(h);
          }
        }
        h = next;
      }
      for (int k = 0; k < m_D; k++) {
        int a = at(k, i);
        int b = at(k, j);
        double v = m_Xt[a];
        m_Xt[a] = m_Xt[b];
        m_Xt[b] = v;
      }
      swap(m_Sq, i, j);
      swap(m_QD, i, j);
      swap(m_G, i, j);
      swap(m_Alpha, i, j);
      swap(m_GBar, i, j);
      byte y = m_Y[i];
      m_Y[i] = m_Y[j];
      m_Y[j] = y;
      byte s = m_Status[i];
      m_Status[i] = m_Status[j];
      m_Status[j] = s;
      int a = m_ActiveSet[i];
      m_ActiveSet[i] = m_ActiveSet[j];
      m_ActiveSet[j] = a;
    }

    private void swap(double[] v, int i, int j) {
      double t = v[i];
      v[i] = v[j];
      v[j] = t;
    }

    // ---- SMO ----

    /** The gradient of the shrunk positions from G_bar and the free variables (p = -1 for every position). */
    private void reconstructGradient() {
      int l = m_L;
      int active = m_ActiveSize;
      if (active == l) {
        return;
      }
      for (int j = active; j < l; j++) {
        m_G[j] = m_GBar[j] - 1;
      }
      int free = 0;
      for (int j = 0; j < active; j++) {
        free += m_Status[j] == FREE ? 1 : 0;
      }
      // both ways add the same products in the same order (free positions ascending); LIBSVM picks the
      // one with fewer kernel entries
      if ((long) free * l > 2L * active * (l - active)) {
        for (int i = active; i < l; i++) {
          float[] qi = q(i, active);
          for (int j = 0; j < active; j++) {
            if (m_Status[j] == FREE) {
              m_G[i] += m_Alpha[j] * qi[j];
            }
          }
        }
      } else {
        for (int i = 0; i < active; i++) {
          if (m_Status[i] == FREE) {
            float[] qi = q(i, l);
            double ai = m_Alpha[i];
            for (int j = active; j < l; j++) {
              m_G[j] += ai * qi[j];
            }
          }
        }
      }
    }

    void solve() {
      int l = m_L;
      long maxIter = Math.max(10000000L, 100L * l);
      int counter = Math.min(l, 1000) + 1;
      int[] ws = new int[2];
      long iter = 0;
      while (iter < maxIter) {
        if (--counter == 0) {
          counter = Math.min(l, 1000);
          if (m_Shrinking) {
            shrink();
          }
        }
        if (!selectWorkingSet(ws)) {
          reconstructGradient();
          m_ActiveSize = l;
          if (!selectWorkingSet(ws)) {
            break;
          }
          counter = 1;
        }
        int i = ws[0];
        int j = ws[1];
        ++iter;
        step(i, j);
      }
      if (iter >= maxIter && m_ActiveSize < l) {
        reconstructGradient();
        m_ActiveSize = l;
      }
      m_Rho = rho();
    }

    /** One SMO step on the pair (i, j), with LIBSVM's clipping, gradient and G_bar updates. */
    private void step(int i, int j) {
      int active = m_ActiveSize;
      float[] qi = q(i, active);
      float[] qj = q(j, active);
      double ci = c(i);
      double cj = c(j);
      double[] alpha = m_Alpha;
      double oldI = alpha[i];
      double oldJ = alpha[j];
      if (m_Y[i] != m_Y[j]) {
        double quad = m_QD[i] + m_QD[j] + 2 * qi[j];
        if (quad <= 0) {
          quad = TAU;
        }
        double delta = (-m_G[i] - m_G[j]) / quad;
        double diff = alpha[i] - alpha[j];
        alpha[i] += delta;
        alpha[j] += delta;
        if (diff > 0) {
          if (alpha[j] < 0) {
            alpha[j] = 0;
            alpha[i] = diff;
          }
        } else if (alpha[i] < 0) {
          alpha[i] = 0;
          alpha[j] = -diff;
        }
        if (diff > ci - cj) {
          if (alpha[i] > ci) {
            alpha[i] = ci;
            alpha[j] = ci - diff;
          }
        } else if (alpha[j] > cj) {
          alpha[j] = cj;
          alpha[i] = cj + diff;
        }
      } else {
        double quad = m_QD[i] + m_QD[j] - 2 * qi[j];
        if (quad <= 0) {
          quad = TAU;
        }
        double delta = (m_G[i] - m_G[j]) / quad;
        double sum = alpha[i] + alpha[j];
        alpha[i] -= delta;
        alpha[j] += delta;
        if (sum > ci) {
          if (alpha[i] > ci) {
            alpha[i] = ci;
            alpha[j] = sum - ci;
          }
        } else if (alpha[j] < 0) {
          alpha[j] = 0;
          alpha[i] = sum;
        }
        if (sum > cj) {
          if (alpha[j] > cj) {
            alpha[j] = cj;
            alpha[i] = sum - cj;
          }
        } else if (alpha[i] < 0) {
          alpha[i] = 0;
          alpha[j] = sum;
        }
      }
      double dai = alpha[i] - oldI;
      double daj = alpha[j] - oldJ;
      double[] g = m_G;
      for (int k = 0; k < active; k++) {
        g[k] += qi[k] * dai + qj[k] * daj;
      }
      boolean ui = m_Status[i] == UPPER;
      boolean uj = m_Status[j] == UPPER;
      updateStatus(i);
      updateStatus(j);
      if (ui != (m_Status[i] == UPPER)) {
        updateGBar(i, ui ? -ci : ci);
      }
      if (uj != (m_Status[j] == UPPER)) {
        updateGBar(j, uj ? -cj : cj);
      }
    }

    private void updateGBar(int i, double signedC) {
      float[] qi = q(i, m_L);
      double c = Math.abs(signedC);
      if (signedC < 0) {
        for (int k = 0; k < m_L; k++) {
          m_GBar[k] -= c * qi[k];
        }
      } else {
        for (int k = 0; k < m_L; k++) {
          m_GBar[k] += c * qi[k];
        }
      }
    }

    /**
     * WSS 3 of Fan, Chen and Lin: i maximises -y_t G_t over I_up, j minimises the second-order decrease
     * -(b_ij)^2 / a_ij over I_low with -y_j G_j &lt; -y_i G_i; ties go to the later position.
     *
     * @return false when the pair violates the stopping rule by less than eps (optimal)
     */
    private boolean selectWorkingSet(int[] ws) {
      int active = m_ActiveSize;
      double gmax = Double.NEGATIVE_INFINITY;
      double gmax2 = Double.NEGATIVE_INFINITY;
      int gmaxIdx = -1;
      int gminIdx = -1;
      double objDiffMin = Double.POSITIVE_INFINITY;
      for (int t = 0; t < active; t++) {
        if (m_Y[t] == 1) {
          if (m_Status[t] != UPPER && -m_G[t] >= gmax) {
            gmax = -m_G[t];
            gmaxIdx = t;
          }
        } else if (m_Status[t] != LOWER && m_G[t] >= gmax) {
          gmax = m_G[t];
          gmaxIdx = t;
        }
      }
      int i = gmaxIdx;
      float[] qi = i != -1 ? q(i, active) : null;
      for (int j = 0; j < active; j++) {
        if (m_Y[j] == 1) {
          if (m_Status[j] != LOWER) {
            double gradDiff = gmax + m_G[j];
            if (m_G[j] >= gmax2) {
              gmax2 = m_G[j];
            }
            if (gradDiff > 0) {
              double quad = m_QD[i] + m_QD[j] - 2.0 * m_Y[i] * qi[j];
              double objDiff = -(gradDiff * gradDiff) / (quad > 0 ? quad : TAU);
              if (objDiff <= objDiffMin) {
                gminIdx = j;
                objDiffMin = objDiff;
              }
            }
          }
        } else if (m_Status[j] != UPPER) {
          double gradDiff = gmax - m_G[j];
          if (-m_G[j] >= gmax2) {
            gmax2 = -m_G[j];
          }
          if (gradDiff > 0) {
            double quad = m_QD[i] + m_QD[j] + 2.0 * m_Y[i] * qi[j];
            double objDiff = -(gradDiff * gradDiff) / (quad > 0 ? quad : TAU);
            if (objDiff <= objDiffMin) {
              gminIdx = j;
              objDiffMin = objDiff;
            }
          }
        }
      }
      if (gmax + gmax2 < m_Eps || gminIdx == -1) {
        return false;
      }
      ws[0] = gmaxIdx;
      ws[1] = gminIdx;
      return true;
    }

    private boolean shrinkable(int i, double gmax1, double gmax2) {
      if (m_Status[i] == UPPER) {
        return m_Y[i] == 1 ? -m_G[i] > gmax1 : -m_G[i] > gmax2;
      } else if (m_Status[i] == LOWER) {
        return m_Y[i] == 1 ? m_G[i] > gmax2 : m_G[i] > gmax1;
      }
      return false;
    }

    /** Moves the bounded variables that cannot take part in a violating pair behind the active ones. */
    private void shrink() {
      double gmax1 = Double.NEGATIVE_INFINITY;
      double gmax2 = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < m_ActiveSize; i++) {
        if (m_Y[i] == 1) {
          if (m_Status[i] != UPPER && -m_G[i] >= gmax1) {
            gmax1 = -m_G[i];
          }
          if (m_Status[i] != LOWER && m_G[i] >= gmax2) {
            gmax2 = m_G[i];
          }
        } else {
          if (m_Status[i] != UPPER && -m_G[i] >= gmax2) {
            gmax2 = -m_G[i];
          }
          if (m_Status[i] != LOWER && m_G[i] >= gmax1) {
            gmax1 = m_G[i];
          }
        }
      }
      if (!m_Unshrink && gmax1 + gmax2 <= m_Eps * 10) {
        m_Unshrink = true;
        reconstructGradient();
        m_ActiveSize = m_L;
      }
      for (int i = 0; i < m_ActiveSize; i++) {
        if (shrinkable(i, gmax1, gmax2)) {
          m_ActiveSize--;
          while (m_ActiveSize > i) {
            if (!shrinkable(m_ActiveSize, gmax1, gmax2)) {
              swap(i, m_ActiveSize);
              break;
            }
            m_ActiveSize--;
          }
        }
      }
    }

    private double rho() {
      double ub = Double.POSITIVE_INFINITY;
      double lb = Double.NEGATIVE_INFINITY;
      double sumFree = 0;
      int free = 0;
      for (int i = 0; i < m_ActiveSize; i++) {
        double yg = m_Y[i] * m_G[i];
        if (m_Status[i] == LOWER) {
          if (m_Y[i] > 0) {
            ub = Math.min(ub, yg);
          } else {
            lb = Math.max(lb, yg);
          }
        } else if (m_Status[i] == UPPER) {
          if (m_Y[i] < 0) {
            ub = Math.min(ub, yg);
          } else {
            lb = Math.max(lb, yg);
          }
        } else {
          free++;
          sumFree += yg;
        }
      }
      return free > 0 ? sumFree / free : (ub + lb) / 2;
    }

    /** @return y_t alpha_t by the pair's original positions */
    double[] coefficients() {
      double[] a = new double[m_L];
      for (int t = 0; t < m_L; t++) {
        a[m_ActiveSet[t]] = m_Alpha[t];
      }
      for (int t = 0; t < m_L; t++) {
        a[t] *= m_YOriginal[t];
      }
      return a;
    }
  }
}
