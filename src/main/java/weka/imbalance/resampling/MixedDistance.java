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

import java.io.Serializable;
import java.util.Arrays;

import weka.core.Attribute;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Tag;

/**
 * The mixed-type distance of the SMOTE filters, as an embedding into dense Euclidean coordinates
 * so that the exact search of {@link ExactKnn} applies to every attribute type.
 *
 * <ul>
 * <li>Numeric (and date) attributes are scaled with statistics of the whole first batch: to
 * [0, 1] by their range (default, as Weka's {@code EuclideanDistance}), to unit standard deviation,
 * or not at all. A constant attribute is left unscaled.</li>
 * <li>Nominal attributes, SMOTE-NC (Chawla et al. 2002): each differing nominal value adds
 * Med<sup>2</sup>, Med = median of the standard deviations of the (scaled) numeric attributes
 * within the class being oversampled; coded as a one-hot vector scaled by Med / sqrt(2). With no
 * numeric attribute, or a median of 0, Med = 1 (Hamming distance on the nominal part).</li>
 * <li>Nominal attributes, value difference metric: a value v is coded as its class-conditional
 * distribution P(c | v) (weighted counts of the first batch), so two values differ by
 * sum_c (P(c|v1) - P(c|v2))<sup>2</sup>: the VDM of Stanfill and Waltz with exponent 2 (the SMOTE
 * paper's SMOTE-N uses exponent 1, which has no Euclidean embedding).</li>
 * <li>A missing value becomes NaN coordinates, which the search ignores (the term counts 0).</li>
 * </ul>
 */
public final class MixedDistance implements Serializable {

  private static final long serialVersionUID = 4087310725871165447L;

  /** How numeric attributes are scaled. */
  public enum Scaling {
    RANGE, STD, NONE
  }

  /** How nominal attributes enter the distance. */
  public enum NominalMetric {
    SMOTE_NC, VDM
  }

  /** The nominal metrics by option name (the -nominal-distance option of the SMOTE filters). */
  public static final Tag[] TAGS_NOMINAL = {
    new Tag(0, "smote-nc", "SMOTE-NC: median std per differing value", false),
    new Tag(1, "vdm", "value difference metric", false) };

  /** The numeric scalings by option name (the -scaling option of the SMOTE filters). */
  public static final Tag[] TAGS_SCALING = {
    new Tag(0, "range", "numeric attributes scaled to [0, 1]", false),
    new Tag(1, "std", "numeric attributes scaled to unit standard deviation", false),
    new Tag(2, "none", "no scaling", false) };

  private final int[] m_Numeric;
  private final double[] m_Offset;
  private final double[] m_Factor;
  private final int[] m_Nominal;
  /** VDM only: for each nominal attribute, per value, the class distribution. */
  private final double[][][] m_Vdm;
  private final NominalMetric m_Metric;
  private final int m_Dim;

  /**
   * Collects the scaling statistics (and the VDM tables) from the first batch.
   *
   * @param data the data, class set
   * @param scaling the numeric scaling
   * @param metric the nominal metric
   */
  public MixedDistance(Instances data, Scaling scaling, NominalMetric metric) {
    m_Metric = metric;
    int ci = data.classIndex();
    int nNum = 0;
    int nNom = 0;
    for (int a = 0; a < data.numAttributes(); a++) {
      if (a == ci) {
        continue;
      }
      Attribute att = data.attribute(a);
      if (att.isNumeric()) {
        nNum++;
      } else if (att.isNominal()) {
        nNom++;
      }
    }
    m_Numeric = new int[nNum];
    m_Nominal = new int[nNom];
    m_Offset = new double[nNum];
    m_Factor = new double[nNum];
    int dim = nNum;
    for (int a = 0, u = 0, v = 0; a < data.numAttributes(); a++) {
      if (a == ci) {
        continue;
      }
      Attribute att = data.attribute(a);
      if (att.isNumeric()) {
        m_Numeric[u++] = a;
      } else if (att.isNominal()) {
        m_Nominal[v++] = a;
        dim += metric == NominalMetric.VDM ? data.numClasses() : att.numValues();
      }
    }
    m_Dim = dim;
    for (int u = 0; u < nNum; u++) {
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      double s = 0;
      double ss = 0;
      int cnt = 0;
      for (int i = 0; i < data.numInstances(); i++) {
        double x = data.instance(i).value(m_Numeric[u]);
        if (!Double.isNaN(x)) {
          lo = Math.min(lo, x);
          hi = Math.max(hi, x);
          s += x;
          ss += x * x;
          cnt++;
        }
      }
      double offset = 0;
      double spread = 0;
      if (cnt > 0 && scaling == Scaling.RANGE) {
        offset = lo;
        spread = hi - lo;
      } else if (cnt > 1 && scaling == Scaling.STD) {
        offset = s / cnt;
        spread = Math.sqrt(Math.max(0, (ss - s * s / cnt) / (cnt - 1)));
      }
      m_Offset[u] = offset;
      m_Factor[u] = spread > 0 ? 1 / spread : 1;
    }
    m_Vdm = metric == NominalMetric.VDM ? vdmTables(data) : null;
  }

  private double[][][] vdmTables(Instances data) {
    int nc = data.numClasses();
    double[][][] t = new double[m_Nominal.length][][];
    for (int v = 0; v < m_Nominal.length; v++) {
      t[v] = new double[data.attribute(m_Nominal[v]).numValues()][nc];
    }
    for (int i = 0; i < data.numInstances(); i++) {
      Instance inst = data.instance(i);
      if (inst.classIsMissing()) {
        continue;
      }
      int c = (int) inst.classValue();
      for (int v = 0; v < m_Nominal.length; v++) {
        double x = inst.value(m_Nominal[v]);
        if (!Double.isNaN(x)) {
          t[v][(int) x][c] += inst.weight();
        }
      }
    }
    for (double[][] att : t) {
      for (double[] dist : att) {
        double s = 0;
        for (double w : dist) {
          s += w;
        }
        if (s > 0) {
          for (int c = 0; c < nc; c++) {
            dist[c] /= s;
          }
        }
      }
    }
    return t;
  }

  /** @return coordinates per point of the embedding */
  public int dimension() {
    return m_Dim;
  }

  /** @return the indices of the numeric attributes that enter the distance */
  public int[] numericAttributes() {
    return m_Numeric.clone();
  }

  /**
   * The SMOTE-NC constant Med for a set of rows: the median over the numeric attributes of their
   * (scaled) standard deviations within the rows, or 1 when there is no numeric attribute or the
   * median is 0 or undefined.
   *
   * @param data the data
   * @param rows the rows of one class
   * @return Med
   */
  public double medianStd(Instances data, int[] rows) {
    double[] sd = new double[m_Numeric.length];
    int n = 0;
    for (int u = 0; u < m_Numeric.length; u++) {
      double s = 0;
      double ss = 0;
      int cnt = 0;
      for (int r : rows) {
        double x = data.instance(r).value(m_Numeric[u]);
        if (!Double.isNaN(x)) {
          x = (x - m_Offset[u]) * m_Factor[u];
          s += x;
          ss += x * x;
          cnt++;
        }
      }
      if (cnt > 1) {
        sd[n++] = Math.sqrt(Math.max(0, (ss - s * s / cnt) / (cnt - 1)));
      }
    }
    if (n == 0) {
      return 1;
    }
    double[] v = Arrays.copyOf(sd, n);
    Arrays.sort(v);
    double med = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    return med > 0 ? med : 1;
  }

  /**
   * Embeds rows of the data as dense coordinates (row-major), NaN for missing values.
   *
   * @param data the data
   * @param rows the rows to embed (usually one class)
   * @return rows.length x {@link #dimension()} coordinates
   */
  public double[] embed(Instances data, int[] rows) {
    return embed(data, rows, rows);
  }

  /**
   * Embeds rows of the data with the SMOTE-NC constant Med of other rows: the neighbours of a class's
   * instances among all the data (ADASYN, Borderline-SMOTE) are measured as within the class.
   *
   * @param data the data
   * @param rows the rows to embed
   * @param medRows the rows whose Med scales the nominal part (usually the class being oversampled)
   * @return rows.length x {@link #dimension()} coordinates
   */
  public double[] embed(Instances data, int[] rows, int[] medRows) {
    double oneHot = 0;
    if (m_Metric == NominalMetric.SMOTE_NC && m_Nominal.length > 0) {
      oneHot = medianStd(data, medRows) / Math.sqrt(2);
    }
    double[] x = new double[rows.length * m_Dim];
    for (int r = 0; r < rows.length; r++) {
      Instance inst = data.instance(rows[r]);
      int p = r * m_Dim;
      for (int u = 0; u < m_Numeric.length; u++) {
        double v = inst.value(m_Numeric[u]);
        x[p++] = Double.isNaN(v) ? Double.NaN : (v - m_Offset[u]) * m_Factor[u];
      }
      for (int w = 0; w < m_Nominal.length; w++) {
        double v = inst.value(m_Nominal[w]);
        int width = m_Metric == NominalMetric.VDM ? data.numClasses()
          : data.attribute(m_Nominal[w]).numValues();
        if (Double.isNaN(v)) {
          Arrays.fill(x, p, p + width, Double.NaN);
        } else if (m_Metric == NominalMetric.VDM) {
          System.arraycopy(m_Vdm[w][(int) v], 0, x, p, width);
        } else {
          x[p + (int) v] = oneHot;
        }
        p += width;
      }
    }
    return x;
  }
}
