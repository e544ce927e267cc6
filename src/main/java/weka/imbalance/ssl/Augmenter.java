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
 * shifted stroke keeps its scale). BCL's boost b (an instance's normalised memorization score): each
 * view, with probability b, gets one more operation at strength {@code (10 + 20 b) / 30} of its
 * maximum, as BCL's code ({@code rand_k = 1}, magnitudes 10 + 20 b of RandAugment's 30). Images:
 * one of the code's 15 RandAugment operations ({@link GreyRandAugment}), drawn uniformly, applied
 * after the crop and flip (where the code applies it) to the pixels as 8-bit levels between the
 * darkest (0) and the brightest (255) training pixel, before the masking and noise. Tabular data,
 * which BCL's code does not cover: masking (half the attributes at full strength) or noise (one
 * standard deviation at full strength), drawn with probability 1/2 each. The plain views differ on
 * purpose from the papers' code (its crop scale 0.1 to 1 with bicubic sampling, colour jitter,
 * grey-scale, no masking nor noise): they are the same for every method, so that SimCLR, SDCLR and
 * GH keep their views, and only BCL's boost follows its code.
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
  /** The darkest and brightest training pixels: levels 0 and 255 of BCL's operations. */
  private final double m_pixelLo;
  private final double m_pixelHi;

  /**
   * Checks that the attributes other than the class (if set) can be an image of the given size:
   * width x height of them, all numeric (the pixels). Needs the header only, so a filter can check
   * it when its input format is set.
   *
   * @param header the data's attributes
   * @param width the image width (0 = tabular data: nothing to check)
   * @param height the image height
   * @throws IllegalArgumentException naming -image, when they cannot
   */
  public static void checkImage(Instances header, int width, int height) {
    if (width <= 0) {
      return;
    }
    int m = header.numAttributes() - (header.classIndex() >= 0 ? 1 : 0);
    if (m != width * height) {
      throw new IllegalArgumentException("-image " + width + "x" + height + " needs " + width * height
        + " attributes besides the class, the data has " + m);
    }
    for (int a = 0; a < header.numAttributes(); a++) {
      if (a != header.classIndex() && !header.attribute(a).isNumeric()) {
        throw new IllegalArgumentException("-image: attribute '" + header.attribute(a).name()
          + "' is not numeric; an image's attributes are its pixels");
      }
    }
  }

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
      checkImage(data, width, height);
      double s = 0;
      double ss = 0;
      long cnt = 0;
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (Instance inst : data) {
        for (int a : m_atts) {
          double v = inst.value(a);
          if (!Utils.isMissingValue(v)) {
            s += v;
            ss += v * v;
            cnt++;
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
          }
        }
      }
      m_pixelMean = cnt == 0 ? 0 : s / cnt;
      double var = cnt < 2 ? 0 : (ss - s * s / cnt) / (cnt - 1);
      m_pixelSd = var > 0 ? Math.sqrt(var) : 1;
      m_pixelLo = cnt == 0 ? 0 : lo;
      m_pixelHi = cnt == 0 ? 0 : hi;
      m_encoder = null;
    } else {
      m_pixelMean = 0;
      m_pixelSd = 1;
      m_pixelLo = 0;
      m_pixelHi = 0;
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
   * @param pixels the training data's {@link #pixelRows} (null for tabular data)
   * @return a view builder for one thread
   */
  public ViewMaker newViewMaker(double[][] pixels) {
    return new ViewMaker(pixels);
  }

  /**
   * The training images' pixels, one row per instance (a missing pixel is the mean of all pixels),
   * read by the views in place of Weka's instances: a donor pixel of the masking is then one memory
   * access instead of three dependent ones (list, instance, values).
   *
   * @param data the training data
   * @return the rows, or null for tabular data
   */
  public double[][] pixelRows(Instances data) {
    if (m_width == 0) {
      return null;
    }
    double[][] rows = new double[data.numInstances()][m_atts.length];
    for (int i = 0; i < rows.length; i++) {
      Instance inst = data.instance(i);
      for (int p = 0; p < m_atts.length; p++) {
        double v = inst.value(m_atts[p]);
        rows[i][p] = Utils.isMissingValue(v) ? m_pixelMean : v;
      }
    }
    return rows;
  }

  /**
   * A thread's view builder: its random stream and its buffers, reused from view to view (one per
   * thread; the views of an instance depend only on the seed, the epoch and the instance).
   */
  public final class ViewMaker {

    private final ViewRandom m_r = new ViewRandom();
    private final double[][] m_pixels;
    private final double[] m_src;
    private final double[] m_img;
    private final double[] m_tmp;
    private final int[] m_xl;
    private final int[] m_xh;
    private final double[] m_fx;
    private final int[] m_levels;
    private final int[] m_levelsTmp;

    private ViewMaker(double[][] pixels) {
      m_pixels = pixels;
      int size = m_width * m_height;
      m_src = new double[size];
      m_img = new double[size];
      m_tmp = new double[size];
      m_xl = new int[m_width];
      m_xh = new int[m_width];
      m_fx = new double[m_width];
      m_levels = new int[size];
      m_levelsTmp = new int[size];
    }

    /**
     * The two views of a training instance in an epoch, from the random stream of (seed, epoch,
     * instance).
     *
     * @param data the training data
     * @param row the instance
     * @param boost BCL's boost in [0, 1]
     * @param seed the training run's view seed
     * @param epoch the epoch
     * @param v1 receives the first view, {@link #width()} values
     * @param v2 receives the second view
     */
    public void views(Instances data, int row, double boost, long seed, int epoch, float[] v1, float[] v2) {
      m_r.reset(seed, epoch, row);
      view(data, row, boost, v1);
      view(data, row, boost, v2);
    }

    private void view(Instances data, int row, double boost, float[] out) {
      ViewRandom r = m_r;
      boolean extra = boost > 0 && r.nextDouble() < boost;
      double strength = (10 + 20 * boost) / 30;
      int op = extra ? r.nextInt(m_width > 0 ? GreyRandAugment.NUM_OPS : 2) : -1;
      if (m_width > 0) {
        imageView(data, row, out, op, strength);
        return;
      }
      double[] v = data.instance(row).toDoubleArray();
      corrupt(data, v, m_mask);
      if (op == 0) {
        corrupt(data, v, 0.5 * strength);
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

    private void corrupt(Instances data, double[] v, double p) {
      if (p <= 0) {
        return;
      }
      int n = data.numInstances();
      for (int a : m_atts) {
        if (m_r.nextDouble() < p) {
          v[a] = data.instance(m_r.nextInt(n)).value(a);
        }
      }
    }

    private void imageView(Instances data, int row, float[] out, int op, double strength) {
      ViewRandom r = m_r;
      int w = m_width;
      int h = m_height;
      double[] px = m_src;
      System.arraycopy(m_pixels[row], 0, px, 0, px.length);
      int[] crop = m_cropScale < 1 ? cropBox(r) : null;
      boolean flip = m_flip && r.nextBoolean();
      if (crop != null) {
        resizedCrop(px, w, h, crop[0], crop[1], crop[2], crop[3], flip, m_img, m_tmp, m_xl, m_xh, m_fx);
        px = m_img;
      } else if (flip) {
        for (int y = 0; y < h; y++) {
          for (int x = 0; x < w; x++) {
            m_img[y * w + x] = px[y * w + w - 1 - x];
          }
        }
        px = m_img;
      }
      if (op >= 0) {
        randAugment(px, op, strength);
      }
      int n = data.numInstances();
      int len = px.length;
      double p = m_mask;
      if (p >= 1) {
        for (int q = 0; q < len; q++) {
          px[q] = donor(data, n, q);
        }
      } else if (p > 0) {
        // one geometric gap per masked pixel: the same masked set as one Bernoulli(p) draw per pixel
        double logKeep = Math.log1p(-p);
        long q = r.nextGap(logKeep);
        while (q < len) {
          px[(int) q] = donor(data, n, (int) q);
          q += 1L + r.nextGap(logKeep);
        }
      }
      double s = m_noise;
      for (int q = 0; q < len; q++) {
        double v = (px[q] - m_pixelMean) / m_pixelSd;
        if (s > 0) {
          v += r.nextGaussian() * s;
        }
        out[q] = (float) v;
      }
    }

    /**
     * One operation of {@link GreyRandAugment} on the view's pixels, in place: the pixels as levels
     * 0 (the darkest training pixel) to 255 (the brightest), rounded as the 8-bit image the authors'
     * code augments, then back.
     */
    private void randAugment(double[] px, int op, double strength) {
      int[] lv = m_levels;
      double range = m_pixelHi > m_pixelLo ? m_pixelHi - m_pixelLo : 1;
      for (int q = 0; q < px.length; q++) {
        lv[q] = (int) Math.max(0, Math.min(255, Math.round((px[q] - m_pixelLo) / range * 255)));
      }
      GreyRandAugment.apply(op, strength, lv, m_width, m_height, m_levelsTmp, m_r);
      for (int q = 0; q < px.length; q++) {
        px[q] = m_pixelLo + lv[q] * range / 255;
      }
    }

    /** The same pixel of a random training image (a draw from the pixel's marginal). */
    private double donor(Instances data, int n, int q) {
      return m_pixels[m_r.nextInt(n)][q];
    }

    /** torchvision's RandomResizedCrop box: scale (cropScale, 1), ratio (3/4, 4/3); {x0, y0, w, h}. */
    private int[] cropBox(ViewRandom r) {
      int w = m_width;
      int h = m_height;
      double area = w * h;
      for (int attempt = 0; attempt < 10; attempt++) {
        double target = area * (m_cropScale + (1 - m_cropScale) * r.nextDouble());
        double logRatio = Math.log(3.0 / 4) + (Math.log(4.0 / 3) - Math.log(3.0 / 4)) * r.nextDouble();
        double ratio = Math.exp(logRatio);
        int tw = (int) Math.round(Math.sqrt(target * ratio));
        int th = (int) Math.round(Math.sqrt(target / ratio));
        if (tw > 0 && th > 0 && tw <= w && th <= h) {
          return new int[] { r.nextInt(w - tw + 1), r.nextInt(h - th + 1), tw, th };
        }
      }
      return new int[] { 0, 0, w, h };
    }
  }

  /**
   * The crop [x0, x0 + cw) x [y0, y0 + ch) of a w x h image resized to w x h by bilinear
   * interpolation (pixel centres aligned, source coordinates clamped to the image), mirrored left to
   * right if {@code flip}. Separable: each needed source row is interpolated across once (source
   * columns and weights computed once per column), then each output row mixes two of them, with the
   * same arithmetic as the four-pixel formula.
   *
   * @param src the image, row order
   * @param w its width
   * @param h its height
   * @param x0 the crop's left column
   * @param y0 the crop's top row
   * @param cw the crop's width
   * @param ch the crop's height
   * @param flip whether to mirror the result
   * @param out receives w x h pixels
   * @param rows scratch of w x h
   * @param xl scratch of w
   * @param xh scratch of w
   * @param fx scratch of w
   */
  static void resizedCrop(double[] src, int w, int h, int x0, int y0, int cw, int ch, boolean flip, double[] out,
    double[] rows, int[] xl, int[] xh, double[] fx) {
    for (int x = 0; x < w; x++) {
      int xs = flip ? w - 1 - x : x;
      double sx = Math.min(w - 1, Math.max(0, x0 + (xs + 0.5) * cw / w - 0.5));
      xl[x] = (int) sx;
      xh[x] = Math.min(w - 1, xl[x] + 1);
      fx[x] = sx - xl[x];
    }
    int first = h;
    int last = -1;
    for (int y = 0; y < h; y++) {
      int yl = (int) sourceRow(y, y0, ch, h);
      first = Math.min(first, yl);
      last = Math.max(last, Math.min(h - 1, yl + 1));
    }
    for (int y = first; y <= last; y++) {
      int base = y * w;
      for (int x = 0; x < w; x++) {
        rows[base + x] = (1 - fx[x]) * src[base + xl[x]] + fx[x] * src[base + xh[x]];
      }
    }
    for (int y = 0; y < h; y++) {
      double sy = sourceRow(y, y0, ch, h);
      int yl = (int) sy;
      int yh = Math.min(h - 1, yl + 1);
      double fy = sy - yl;
      int o = y * w;
      int a = yl * w;
      int b = yh * w;
      for (int x = 0; x < w; x++) {
        out[o + x] = (1 - fy) * rows[a + x] + fy * rows[b + x];
      }
    }
  }

  private static double sourceRow(int y, int y0, int ch, int h) {
    return Math.min(h - 1, Math.max(0, y0 + (y + 0.5) * ch / h - 0.5));
  }
}
