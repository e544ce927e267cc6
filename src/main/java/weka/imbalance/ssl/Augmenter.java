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

import java.io.Serializable;
import java.util.Random;

import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;
import weka.imbalance.nn.InputEncoder;

/**
 * The views of {@link weka.filters.unsupervised.attribute.ContrastiveRepresentation} and the network
 * inputs. Tabular data: each attribute other than the class is replaced, with probability
 * {@code mask}, by its value in a random training instance (a draw from its marginal, missing values
 * included); then every numeric value gets Gaussian noise of standard deviation {@code noise} times the
 * attribute's; the result is encoded as the MLP does ({@link InputEncoder}: numeric standardised,
 * nominal one 0/1 column per value, missing = mean or mode). Images (every attribute other than the
 * class a grey pixel, width x height in row order): a random resized crop (area in [cropScale, 1],
 * aspect ratio in [3/4, 4/3], bilinear, as torchvision's RandomResizedCrop), a horizontal flip with
 * probability 1/2, then the masking (a pixel from the same pixel of a random image) and the noise;
 * pixels are standardised with the mean and standard deviation of all training pixels (so that a
 * shifted stroke keeps its scale). BCL's boost b: with probability b one more operation, chosen at
 * random among masking, noise (and for images a shift), at strength {@code (10 + 20 b) / 30} of its
 * maximum (half the attributes masked, noise of one standard deviation, a shift of a quarter of the
 * width).
 */
public final class Augmenter implements Serializable {

  private static final long serialVersionUID = 1637265271862513930L;

  private final Instances m_header;
  private final double m_mask;
  private final double m_noise;
  private final int m_width;
  private final int m_height;
  private final double m_cropScale;
  private final boolean m_flip;
  private final InputEncoder m_encoder;
  private final int[] m_atts;
  private final double[] m_sd;
  private final double m_pixelMean;
  private final double m_pixelSd;

  /**
   * @param data the training data (the class, if set, is not used)
   * @param mask the masking probability per attribute
   * @param noise the noise, in standard deviations
   * @param width the image width (0 = tabular data)
   * @param height the image height
   * @param cropScale the smallest crop area (images)
   * @param flip whether images are flipped
   */
  public Augmenter(Instances data, double mask, double noise, int width, int height, double cropScale,
    boolean flip) {
    m_header = new Instances(data, 0);
    m_mask = mask;
    m_noise = noise;
    m_width = width;
    m_height = height;
    m_cropScale = cropScale;
    m_flip = flip;
    int m = data.numAttributes() - (data.classIndex() >= 0 ? 1 : 0);
    m_atts = new int[m];
    for (int a = 0, k = 0; a < data.numAttributes(); a++) {
      if (a != data.classIndex()) {
        m_atts[k++] = a;
      }
    }
    m_sd = new double[data.numAttributes()];
    for (int a : m_atts) {
      if (data.attribute(a).isNumeric()) {
        double var = data.variance(a);
        m_sd[a] = Double.isNaN(var) ? 0 : Math.sqrt(var);
      }
    }
    if (width > 0) {
      if (m != width * height) {
        throw new IllegalArgumentException("-image " + width + "x" + height + " needs " + width * height
          + " attributes besides the class, the data has " + m);
      }
      double s = 0;
      double ss = 0;
      long cnt = 0;
      for (Instance inst : data) {
        for (int a : m_atts) {
          if (!data.attribute(a).isNumeric()) {
            throw new IllegalArgumentException("-image: attribute '" + data.attribute(a).name()
              + "' is not numeric; an image's attributes are its pixels");
          }
          double v = inst.value(a);
          if (!Utils.isMissingValue(v)) {
            s += v;
            ss += v * v;
            cnt++;
          }
        }
      }
      m_pixelMean = cnt == 0 ? 0 : s / cnt;
      double var = cnt < 2 ? 0 : (ss - s * s / cnt) / (cnt - 1);
      m_pixelSd = var > 0 ? Math.sqrt(var) : 1;
      m_encoder = null;
    } else {
      m_pixelMean = 0;
      m_pixelSd = 1;
      m_encoder = new InputEncoder(data, false);
    }
  }

  /** @return the number of network inputs */
  public int width() {
    return m_width > 0 ? m_width * m_height : m_encoder.width();
  }

  /**
   * The network input of an instance as it is (no augmentation).
   *
   * @param inst the instance
   * @param out receives {@link #width()} values
   */
  public void encode(Instance inst, float[] out) {
    if (m_encoder != null) {
      m_encoder.encode(inst, out, 0);
      return;
    }
    for (int p = 0; p < m_atts.length; p++) {
      double v = inst.value(m_atts[p]);
      out[p] = (float) ((Utils.isMissingValue(v) ? 0 : v - m_pixelMean) / m_pixelSd);
    }
  }

  /**
   * One random view of a training instance.
   *
   * @param data the training data
   * @param row the instance
   * @param boost BCL's boost in [0, 1]
   * @param r the random number generator
   * @param out receives {@link #width()} values
   */
  public void view(Instances data, int row, double boost, Random r, float[] out) {
    boolean extra = boost > 0 && r.nextDouble() < boost;
    double strength = (10 + 20 * boost) / 30;
    int op = extra ? r.nextInt(m_width > 0 ? 3 : 2) : -1;
    if (m_width > 0) {
      imageView(data, row, r, out, op, strength);
      return;
    }
    double[] v = data.instance(row).toDoubleArray();
    corrupt(data, v, m_mask, r);
    if (op == 0) {
      corrupt(data, v, 0.5 * strength, r);
    }
    for (int a : m_atts) {
      if (data.attribute(a).isNumeric() && !Utils.isMissingValue(v[a])) {
        double s = m_noise + (op == 1 ? strength : 0);
        if (s > 0) {
          v[a] += r.nextGaussian() * s * m_sd[a];
        }
      }
    }
    Instance inst = new DenseInstance(1, v);
    inst.setDataset(m_header);
    m_encoder.encode(inst, out, 0);
  }

  private void corrupt(Instances data, double[] v, double p, Random r) {
    if (p <= 0) {
      return;
    }
    int n = data.numInstances();
    for (int a : m_atts) {
      if (r.nextDouble() < p) {
        v[a] = data.instance(r.nextInt(n)).value(a);
      }
    }
  }

  private void imageView(Instances data, int row, Random r, float[] out, int op, double strength) {
    int w = m_width;
    int h = m_height;
    Instance inst = data.instance(row);
    double[] px = new double[w * h];
    for (int p = 0; p < px.length; p++) {
      double v = inst.value(m_atts[p]);
      px[p] = Utils.isMissingValue(v) ? m_pixelMean : v;
    }
    if (m_cropScale < 1) {
      px = resizedCrop(px, w, h, r);
    }
    if (m_flip && r.nextBoolean()) {
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w / 2; x++) {
          double t = px[y * w + x];
          px[y * w + x] = px[y * w + w - 1 - x];
          px[y * w + w - 1 - x] = t;
        }
      }
    }
    if (op == 2) {
      int max = Math.max(1, (int) Math.round(strength * w / 4));
      int dx = r.nextInt(2 * max + 1) - max;
      int dy = r.nextInt(2 * max + 1) - max;
      double[] shifted = new double[px.length];
      java.util.Arrays.fill(shifted, background(px));
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          int sx = x - dx;
          int sy = y - dy;
          if (sx >= 0 && sx < w && sy >= 0 && sy < h) {
            shifted[y * w + x] = px[sy * w + sx];
          }
        }
      }
      px = shifted;
    }
    int n = data.numInstances();
    double p = m_mask + (op == 0 ? 0.5 * strength : 0);
    double s = m_noise + (op == 1 ? strength : 0);
    for (int q = 0; q < px.length; q++) {
      if (p > 0 && r.nextDouble() < p) {
        double v = data.instance(r.nextInt(n)).value(m_atts[q]);
        px[q] = Utils.isMissingValue(v) ? m_pixelMean : v;
      }
      double v = (px[q] - m_pixelMean) / m_pixelSd;
      if (s > 0) {
        v += r.nextGaussian() * s;
      }
      out[q] = (float) v;
    }
  }

  /** The smallest pixel value of the image, which fills what a shift uncovers. */
  private static double background(double[] px) {
    double min = Double.POSITIVE_INFINITY;
    for (double v : px) {
      min = Math.min(min, v);
    }
    return min;
  }

  /** torchvision's RandomResizedCrop with scale (cropScale, 1) and ratio (3/4, 4/3), bilinear. */
  private double[] resizedCrop(double[] px, int w, int h, Random r) {
    double area = w * h;
    double cw = w;
    double ch = h;
    double x0 = 0;
    double y0 = 0;
    for (int attempt = 0; attempt < 10; attempt++) {
      double target = area * (m_cropScale + (1 - m_cropScale) * r.nextDouble());
      double logRatio = Math.log(3.0 / 4) + (Math.log(4.0 / 3) - Math.log(3.0 / 4)) * r.nextDouble();
      double ratio = Math.exp(logRatio);
      int tw = (int) Math.round(Math.sqrt(target * ratio));
      int th = (int) Math.round(Math.sqrt(target / ratio));
      if (tw > 0 && th > 0 && tw <= w && th <= h) {
        cw = tw;
        ch = th;
        x0 = r.nextInt(w - tw + 1);
        y0 = r.nextInt(h - th + 1);
        break;
      }
    }
    double[] out = new double[w * h];
    for (int y = 0; y < h; y++) {
      double sy = Math.min(h - 1, Math.max(0, y0 + (y + 0.5) * ch / h - 0.5));
      int yl = (int) Math.floor(sy);
      int yh = Math.min(h - 1, yl + 1);
      double fy = sy - yl;
      for (int x = 0; x < w; x++) {
        double sx = Math.min(w - 1, Math.max(0, x0 + (x + 0.5) * cw / w - 0.5));
        int xl = (int) Math.floor(sx);
        int xh = Math.min(w - 1, xl + 1);
        double fx = sx - xl;
        out[y * w + x] = (1 - fy) * ((1 - fx) * px[yl * w + xl] + fx * px[yl * w + xh])
          + fy * ((1 - fx) * px[yh * w + xl] + fx * px[yh * w + xh]);
      }
    }
    return out;
  }
}
