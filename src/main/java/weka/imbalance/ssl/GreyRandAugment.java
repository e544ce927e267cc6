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

/**
 * BCL's augmentation pool, the RandAugment operations of its authors' code ({@code data/randaug.py}
 * of Zhou et al., ICML 2022, after Cubuk et al., 2020), written for a grey image of 8-bit levels 0 to
 * 255 with the arithmetic of the Python Imaging Library the code calls. The 15 operations and the
 * code's magnitude ranges (a magnitude fraction s in [0, 1] gives {@code min + s (max - min)}):
 * <ol start="0">
 * <li>ShearX, 0 to 0.6, random sign: the source of output pixel centre (X, Y) is (X + v Y, Y);</li>
 * <li>ShearY, 0 to 0.6, random sign: (X, v X + Y);</li>
 * <li>TranslateX, 0 to 0.66 of the width, random sign: (X + v w, Y);</li>
 * <li>TranslateY, 0 to 0.66 of the height, random sign: (X, Y + v h);</li>
 * <li>Rotate, 0 to 60 degrees, random sign: counter-clockwise about the image's centre;</li>
 * <li>AutoContrast: the image's lowest level to 0, its highest to 255, linearly (truncated);</li>
 * <li>Invert: 255 - level;</li>
 * <li>Equalize: PIL's histogram equalisation;</li>
 * <li>Solarize, threshold 0 to 110: levels at or above the threshold inverted;</li>
 * <li>Posterize, 4 to 8 bits (truncated to a whole number): the lower bits cleared;</li>
 * <li>Contrast, factor 0.1 to 1.9: blended with the image's rounded mean level;</li>
 * <li>Color, factor 0.1 to 1.9: a blend with the image's grey version, so nothing on a grey
 * image (kept so that each other operation has the code's probability 1/15);</li>
 * <li>Brightness, factor 0.1 to 1.9: blended with black;</li>
 * <li>Sharpness, factor 0.1 to 1.9: blended with PIL's SMOOTH filter (3 x 3, centre 5, others 1,
 * over 13, border pixels kept);</li>
 * <li>Cutout, a square of side 0 to 0.4 of the width filled with the code's (125, 123, 114), grey
 * level 123; its corner drawn as the code's {@code np.random.uniform(w)}, which is uniform between 1
 * and w.</li>
 * </ol>
 * Geometric operations sample the nearest source pixel of each output pixel centre and fill what
 * they uncover with 0 (PIL's AFFINE transform with its default NEAREST resampling, in its 16.16
 * fixed point for shears and rotations). The blends (Contrast, Brightness, Sharpness)
 * truncate {@code d + f (v - d)} to [0, 255] as PIL's blend does. BCL's rule (its code's default
 * {@code rand_k = 1}): each view draws one operation uniformly and applies it with probability w,
 * the instance's normalised memorization score, at magnitude {@code (10 + 20 w) / 30}. Checked
 * against PIL 9.4 on 9,000 random images (every operation, 28 x 28 and smaller): the same levels.
 */
public final class GreyRandAugment {

  /** The number of operations in the pool. */
  public static final int NUM_OPS = 15;

  /** The operations' names, in the code's order. */
  public static final String[] NAMES = { "ShearX", "ShearY", "TranslateX", "TranslateY", "Rotate", "AutoContrast",
    "Invert", "Equalize", "Solarize", "Posterize", "Contrast", "Color", "Brightness", "Sharpness", "Cutout" };

  /** The grey level of the code's Cutout colour (125, 123, 114) by PIL's RGB-to-L conversion. */
  public static final int CUTOUT_GREY = 123;

  private static final double[] MIN = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 0.1, 0.1, 0.1, 0.1, 0 };
  private static final double[] MAX = { 0.6, 0.6, 0.66, 0.66, 60, 1, 1, 1, 110, 8, 1.9, 1.9, 1.9, 1.9, 0.4 };

  private static final float SIDE = 1f / 13;
  private static final float CENTRE = 5f / 13;

  private GreyRandAugment() {
  }

  /**
   * The code's magnitude of an operation: {@code min + s (max - min)}.
   *
   * @param op the operation, 0 to 14
   * @param s the magnitude fraction, in [0, 1] (the code's m / 30)
   * @return the operation's parameter
   */
  public static double magnitude(int op, double s) {
    return MIN[op] + s * (MAX[op] - MIN[op]);
  }

  /**
   * Applies one operation in place, drawing what the code draws: the geometric operations' sign
   * ({@code random.random() > 0.5} negates) and Cutout's corner.
   *
   * @param op the operation, 0 to 14
   * @param s the magnitude fraction, in [0, 1]
   * @param img the image, levels 0 to 255, row order
   * @param w its width
   * @param h its height
   * @param tmp scratch of w x h
   * @param r the view's random stream
   */
  public static void apply(int op, double s, int[] img, int w, int h, int[] tmp, ViewRandom r) {
    double v = magnitude(op, s);
    if (op <= 4 && r.nextDouble() > 0.5) {
      v = -v;
    }
    double u1 = op == 14 ? r.nextDouble() : 0;
    double u2 = op == 14 ? r.nextDouble() : 0;
    apply(op, v, img, w, h, tmp, u1, u2);
  }

  /**
   * Applies one operation in place with given draws.
   *
   * @param op the operation, 0 to 14
   * @param v its parameter ({@link #magnitude}, negated for the other sign)
   * @param img the image, levels 0 to 255, row order
   * @param w its width
   * @param h its height
   * @param tmp scratch of w x h
   * @param u1 Cutout's uniform draw for the corner's column, in [0, 1)
   * @param u2 Cutout's uniform draw for its row
   */
  static void apply(int op, double v, int[] img, int w, int h, int[] tmp, double u1, double u2) {
    switch (op) {
      case 0:
        affine(img, w, h, 1, v, 0, 0, 1, 0, tmp);
        break;
      case 1:
        affine(img, w, h, 1, 0, 0, v, 1, 0, tmp);
        break;
      case 2:
        affine(img, w, h, 1, 0, v * w, 0, 1, 0, tmp);
        break;
      case 3:
        affine(img, w, h, 1, 0, 0, 0, 1, v * h, tmp);
        break;
      case 4:
        rotate(img, w, h, v, tmp);
        break;
      case 5:
        autoContrast(img);
        break;
      case 6:
        for (int p = 0; p < img.length; p++) {
          img[p] = 255 - img[p];
        }
        break;
      case 7:
        equalize(img);
        break;
      case 8:
        for (int p = 0; p < img.length; p++) {
          img[p] = img[p] < v ? img[p] : 255 - img[p];
        }
        break;
      case 9:
        int mask = ~((1 << (8 - Math.max(1, (int) v))) - 1);
        for (int p = 0; p < img.length; p++) {
          img[p] &= mask;
        }
        break;
      case 10:
        long sum = 0;
        for (int q : img) {
          sum += q;
        }
        int mean = (int) ((double) sum / img.length + 0.5);
        for (int p = 0; p < img.length; p++) {
          img[p] = blend(mean, img[p], v);
        }
        break;
      case 11:
        break;
      case 12:
        for (int p = 0; p < img.length; p++) {
          img[p] = blend(0, img[p], v);
        }
        break;
      case 13:
        smooth(img, w, h, tmp);
        for (int p = 0; p < img.length; p++) {
          img[p] = blend(tmp[p], img[p], v);
        }
        break;
      case 14:
        cutout(img, w, h, v * w, u1, u2);
        break;
      default:
        throw new IllegalArgumentException("no operation " + op);
    }
  }

  /** PIL's blend of a degenerate level d and the level x by factor f, truncated to [0, 255]. */
  static int blend(int d, int x, double f) {
    double t = d + f * (x - d);
    return t <= 0 ? 0 : t >= 255 ? 255 : (int) t;
  }

  /**
   * PIL's AFFINE transform with NEAREST resampling: output pixel (x, y) takes the source pixel
   * containing (a X + b Y + c, d X + e Y + f) for the pixel centre (X, Y) = (x + 1/2, y + 1/2), or 0
   * outside the image. As PIL: a translation in double precision, any other map in 16.16 fixed
   * point, its coefficients rounded to 2^-16 and the source position stepped by them.
   */
  static void affine(int[] img, int w, int h, double a, double b, double c, double d, double e, double f, int[] tmp) {
    if (b == 0 && d == 0) {
      int[] xs = new int[w];
      for (int x = 0; x < w; x++) {
        double xo = c + a * (x + 0.5);
        xs[x] = xo < 0 ? -1 : (int) xo;
      }
      for (int y = 0; y < h; y++) {
        double yo = f + e * (y + 0.5);
        int yi = yo < 0 ? -1 : (int) yo;
        for (int x = 0; x < w; x++) {
          tmp[y * w + x] = yi >= 0 && yi < h && xs[x] >= 0 && xs[x] < w ? img[yi * w + xs[x]] : 0;
        }
      }
    } else {
      long a0 = fix(a);
      long a1 = fix(b);
      long a3 = fix(d);
      long a4 = fix(e);
      long a2 = fix(c + b * 0.5 + a * 0.5);
      long a5 = fix(f + e * 0.5 + d * 0.5);
      for (int y = 0; y < h; y++) {
        long xx = a2;
        long yy = a5;
        for (int x = 0; x < w; x++) {
          long xi = xx >> 16;
          long yi = yy >> 16;
          tmp[y * w + x] = xi >= 0 && xi < w && yi >= 0 && yi < h ? img[(int) yi * w + (int) xi] : 0;
          xx += a0;
          yy += a3;
        }
        a2 += a1;
        a5 += a4;
      }
    }
    System.arraycopy(tmp, 0, img, 0, img.length);
  }

  /** PIL's 16.16 fixed point: floor(v 2^16 + 1/2). */
  private static long fix(double v) {
    return (long) Math.floor(v * 65536.0 + 0.5);
  }

  /** Python's {@code round(v, 15)}, as PIL's rotate rounds its matrix. */
  private static double round15(double v) {
    return new java.math.BigDecimal(v).setScale(15, java.math.RoundingMode.HALF_EVEN).doubleValue();
  }

  /** PIL's {@code rotate(degrees)}: counter-clockwise about (w / 2, h / 2), same size, NEAREST. */
  static void rotate(int[] img, int w, int h, double degrees, int[] tmp) {
    double angle = -Math.toRadians(degrees);
    double cos = round15(StrictMath.cos(angle));
    double sin = round15(StrictMath.sin(angle));
    double cx = w / 2.0;
    double cy = h / 2.0;
    affine(img, w, h, cos, sin, cos * -cx + sin * -cy + cx, -sin, cos, -sin * -cx + cos * -cy + cy, tmp);
  }

  /** PIL's {@code ImageOps.autocontrast} without cut-off. */
  static void autoContrast(int[] img) {
    int lo = 255;
    int hi = 0;
    for (int q : img) {
      lo = Math.min(lo, q);
      hi = Math.max(hi, q);
    }
    if (hi <= lo) {
      return;
    }
    double scale = 255.0 / (hi - lo);
    double offset = -lo * scale;
    for (int p = 0; p < img.length; p++) {
      int v = (int) (img[p] * scale + offset);
      img[p] = Math.max(0, Math.min(255, v));
    }
  }

  /** PIL's {@code ImageOps.equalize}. */
  static void equalize(int[] img) {
    int[] hist = new int[256];
    for (int q : img) {
      hist[q]++;
    }
    int nonZero = 0;
    int last = 0;
    for (int i = 0; i < 256; i++) {
      if (hist[i] > 0) {
        nonZero++;
        last = hist[i];
      }
    }
    if (nonZero <= 1) {
      return;
    }
    int step = (img.length - last) / 256;
    if (step == 0) {
      return;
    }
    int[] lut = new int[256];
    int n = step / 2;
    for (int i = 0; i < 256; i++) {
      lut[i] = Math.min(255, n / step);
      n += hist[i];
    }
    for (int p = 0; p < img.length; p++) {
      img[p] = lut[img[p]];
    }
  }

  /** PIL's SMOOTH filter: (sum of the 3 x 3 neighbours + 4 x centre) / 13, rounded; border kept. */
  static void smooth(int[] img, int w, int h, int[] out) {
    System.arraycopy(img, 0, out, 0, img.length);
    for (int y = 1; y < h - 1; y++) {
      for (int x = 1; x < w - 1; x++) {
        // PIL's order: the offset, then the rows below, at and above, each row's three terms first
        float ss = 0.5f;
        for (int dy = 1; dy >= -1; dy--) {
          int o = (y + dy) * w + x;
          float k = dy == 0 ? CENTRE : SIDE;
          ss += (float) img[o - 1] * SIDE + (float) img[o] * k + (float) img[o + 1] * SIDE;
        }
        out[y * w + x] = ss <= 0 ? 0 : ss >= 255 ? 255 : (int) ss;
      }
    }
  }

  /**
   * The code's CutoutAbs: a corner drawn uniformly in (1, w] and (1, h] (numpy's
   * {@code uniform(w)}, low = w and high = 1), moved back by half the side and truncated; PIL fills
   * the rectangle from that corner to corner + side, both ends included, clipped to the image.
   */
  static void cutout(int[] img, int w, int h, double side, double u1, double u2) {
    if (side <= 0) {
      return;
    }
    double cx = w + (1 - w) * u1;
    double cy = h + (1 - h) * u2;
    int x0 = (int) Math.max(0, cx - side / 2);
    int y0 = (int) Math.max(0, cy - side / 2);
    int x1 = (int) Math.min(w, x0 + side);
    int y1 = (int) Math.min(h, y0 + side);
    for (int y = y0; y <= Math.min(h - 1, y1); y++) {
      for (int x = x0; x <= Math.min(w - 1, x1); x++) {
        img[y * w + x] = CUTOUT_GREY;
      }
    }
  }
}
