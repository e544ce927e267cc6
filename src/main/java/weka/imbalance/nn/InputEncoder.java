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
import java.util.List;

import weka.core.Attribute;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;

/**
 * The preprocessing inside the network, learned from the training data and applied unchanged to
 * every instance to predict: numeric (and date) attributes are standardised with the weighted
 * training mean and standard deviation; a nominal attribute becomes one 0/1 column per value (one
 * column for a binary attribute), as NominalToBinary does; a missing value is replaced by the
 * training mean (0 after standardising) or the training mode, as ReplaceMissingValues does.
 *
 * <p>Attributes that carry no information are left out: a numeric attribute that is constant or
 * missing everywhere in the training data, a nominal attribute with fewer than two values.
 * A value of the attribute type Weka cannot hold as a number (infinite) is refused with an
 * IllegalArgumentException naming the attribute (NaN is Weka's missing value).
 *
 * <p>Zeros kept: a numeric attribute that is 0 in at least {@link #ZERO_KEEP_MIN_FRACTION} of the
 * training data (by weight) can instead be scaled without being centred, {@code x / sd}, so that
 * its zeros stay zero and the network's first layer can skip them; its centring {@code mean / sd} is then returned by
 * {@link #inputOffsets()} and must be given to {@link Network#setInputOffsets}, which folds it into
 * the first layer (the same model). Only such attributes are left uncentred: for them
 * {@code |mean / sd| <= sqrt((1 - p) / p) <= sqrt(3)} with p the fraction of zeros, so folding the
 * centring in costs at most a bit or two of float precision; any other attribute stays centred.
 */
public final class InputEncoder implements Serializable {

  private static final long serialVersionUID = -4318129870342618520L;

  /**
   * Smallest fraction of zeros (by weight) for which an attribute is left uncentred. A quarter: on
   * Fashion-MNIST-LT 45% of the encoded inputs are then 0 (39% with a half, 48% with any zeros
   * at all, but then {@code |mean / sd|} is unbounded).
   */
  public static final double ZERO_KEEP_MIN_FRACTION = 0.25;

  private final int[] m_att;
  private final int[] m_col;
  private final boolean[] m_nominal;
  private final double[] m_mean;
  private final double[] m_scale;
  private final int[] m_mode;
  private final int m_width;
  /** Per attribute used: the centring left out of its encoded value (null or 0 = centred). */
  private final double[] m_offset;

  /**
   * Learns the encoding from training data, keeping zeros where that is exact (see the class comment).
   *
   * @param data the training data (class index set; the class attribute is skipped)
   */
  public InputEncoder(Instances data) {
    this(data, true);
  }

  /**
   * Learns the encoding from training data.
   *
   * @param data the training data (class index set; the class attribute is skipped)
   * @param keepZeros whether numeric attributes that are mostly zero are left uncentred
   */
  public InputEncoder(Instances data, boolean keepZeros) {
    List<Integer> atts = new ArrayList<>();
    for (int a = 0; a < data.numAttributes(); a++) {
      if (a == data.classIndex()) {
        continue;
      }
      Attribute att = data.attribute(a);
      if (att.isNumeric() || (att.isNominal() && att.numValues() >= 2)) {
        atts.add(a);
      }
    }
    int n = atts.size();
    int[] att = new int[n];
    int[] col = new int[n];
    boolean[] nominal = new boolean[n];
    double[] mean = new double[n];
    double[] scale = new double[n];
    int[] mode = new int[n];
    double[] offset = new double[n];
    int kept = 0;
    int width = 0;
    for (int a : atts) {
      Attribute attribute = data.attribute(a);
      if (attribute.isNominal()) {
        double[] counts = new double[attribute.numValues()];
        for (Instance inst : data) {
          if (!inst.isMissing(a)) {
            counts[(int) inst.value(a)] += inst.weight();
          }
        }
        att[kept] = a;
        nominal[kept] = true;
        mode[kept] = Utils.maxIndex(counts);
        col[kept] = width;
        width += attribute.numValues() == 2 ? 1 : attribute.numValues();
        kept++;
      } else {
        double sw = 0;
        double sum = 0;
        double zeroWeight = 0;
        for (Instance inst : data) {
          if (!inst.isMissing(a)) {
            checkFinite(inst.value(a), attribute);
            sw += inst.weight();
            sum += inst.weight() * inst.value(a);
            zeroWeight += inst.value(a) == 0 ? inst.weight() : 0;
          }
        }
        if (sw <= 0) {
          continue;
        }
        double mu = sum / sw;
        double ss = 0;
        for (Instance inst : data) {
          if (!inst.isMissing(a)) {
            double dv = inst.value(a) - mu;
            ss += inst.weight() * dv * dv;
          }
        }
        double sd = Math.sqrt(ss / sw);
        if (!(sd > 1e-12 * Math.max(1, Math.abs(mu)))) {
          continue;
        }
        att[kept] = a;
        mean[kept] = mu;
        scale[kept] = 1 / sd;
        offset[kept] = keepZeros && zeroWeight >= ZERO_KEEP_MIN_FRACTION * sw ? mu / sd : 0;
        col[kept] = width;
        width++;
        kept++;
      }
    }
    m_att = java.util.Arrays.copyOf(att, kept);
    m_col = java.util.Arrays.copyOf(col, kept);
    m_nominal = java.util.Arrays.copyOf(nominal, kept);
    m_mean = java.util.Arrays.copyOf(mean, kept);
    m_scale = java.util.Arrays.copyOf(scale, kept);
    m_mode = java.util.Arrays.copyOf(mode, kept);
    m_offset = java.util.Arrays.copyOf(offset, kept);
    m_width = width;
  }

  /**
   * The centring left out of each network input: the network must compute with
   * {@code x - inputOffsets()} (see {@link Network#setInputOffsets}).
   *
   * @return one offset per input ({@link #width()} values), 0 for centred and nominal inputs
   */
  public float[] inputOffsets() {
    float[] c = new float[m_width];
    for (int j = 0; j < m_att.length; j++) {
      if (m_offset != null && !m_nominal[j]) {
        c[m_col[j]] = (float) m_offset[j];
      }
    }
    return c;
  }

  private static void checkFinite(double v, Attribute att) {
    if (Double.isInfinite(v)) {
      throw new IllegalArgumentException("attribute '" + att.name() + "' has an infinite value (" + v
        + "); LogitAdjustedMLP needs finite values (NaN is read as missing)");
    }
  }

  /** @return number of network inputs */
  public int width() {
    return m_width;
  }

  /** @return number of attributes used */
  public int numAttributesUsed() {
    return m_att.length;
  }

  /**
   * Encodes one instance.
   *
   * @param inst the instance (same header as the training data)
   * @param out receives {@link #width()} values
   * @param off where in out to start
   */
  public void encode(Instance inst, float[] out, int off) {
    java.util.Arrays.fill(out, off, off + m_width, 0f);
    for (int j = 0; j < m_att.length; j++) {
      int a = m_att[j];
      double v = inst.value(a);
      if (m_nominal[j]) {
        int value = Utils.isMissingValue(v) ? m_mode[j] : (int) v;
        if (inst.attribute(a).numValues() == 2) {
          out[off + m_col[j]] = value;
        } else {
          out[off + m_col[j] + value] = 1f;
        }
      } else if (m_offset != null && m_offset[j] != 0) {
        // uncentred: x / sd, a missing value is the mean (mean / sd = the offset)
        if (Utils.isMissingValue(v)) {
          out[off + m_col[j]] = (float) m_offset[j];
        } else {
          checkFinite(v, inst.attribute(a));
          out[off + m_col[j]] = (float) (v * m_scale[j]);
        }
      } else if (!Utils.isMissingValue(v)) {
        checkFinite(v, inst.attribute(a));
        out[off + m_col[j]] = (float) ((v - m_mean[j]) * m_scale[j]);
      }
    }
  }

  /**
   * Encodes a data set row by row.
   *
   * @param data the instances
   * @return one row of {@link #width()} values per instance
   */
  public float[][] encode(Instances data) {
    float[][] x = new float[data.numInstances()][m_width];
    for (int i = 0; i < data.numInstances(); i++) {
      encode(data.instance(i), x[i], 0);
    }
    return x;
  }

  @Override
  public String toString() {
    return m_att.length + " attributes -> " + m_width + " inputs";
  }
}
