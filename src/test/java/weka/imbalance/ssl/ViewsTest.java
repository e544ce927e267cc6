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

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Random;

import org.junit.Test;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.core.Statistics;

/**
 * The views: the crop against the four-pixel bilinear formula, the random stream's draws against
 * their distributions, the masking's rate, and each instance's views depending on (seed, epoch,
 * instance) only.
 */
public class ViewsTest {

  /** torchvision-style bilinear sample of the crop at output pixel (x, y), written pixel by pixel. */
  private static double bilinear(double[] px, int w, int h, int x0, int y0, int cw, int ch, int x, int y) {
    double sy = Math.min(h - 1, Math.max(0, y0 + (y + 0.5) * ch / h - 0.5));
    double sx = Math.min(w - 1, Math.max(0, x0 + (x + 0.5) * cw / w - 0.5));
    int yl = (int) Math.floor(sy);
    int xl = (int) Math.floor(sx);
    int yh = Math.min(h - 1, yl + 1);
    int xh = Math.min(w - 1, xl + 1);
    double fy = sy - yl;
    double fx = sx - xl;
    return (1 - fy) * ((1 - fx) * px[yl * w + xl] + fx * px[yl * w + xh])
      + fy * ((1 - fx) * px[yh * w + xl] + fx * px[yh * w + xh]);
  }

  @Test
  public void separableCropEqualsTheFourPixelFormula() {
    Random r = new Random(7);
    int[][] sizes = { { 28, 28 }, { 7, 5 }, { 1, 3 } };
    for (int[] wh : sizes) {
      int w = wh[0];
      int h = wh[1];
      double[] px = new double[w * h];
      for (int p = 0; p < px.length; p++) {
        px[p] = r.nextInt(256);
      }
      for (int trial = 0; trial < 50; trial++) {
        int cw = 1 + r.nextInt(w);
        int ch = 1 + r.nextInt(h);
        int x0 = r.nextInt(w - cw + 1);
        int y0 = r.nextInt(h - ch + 1);
        boolean flip = r.nextBoolean();
        double[] out = new double[w * h];
        Augmenter.resizedCrop(px, w, h, x0, y0, cw, ch, flip, out, new double[w * h], new int[w], new int[w],
          new double[w]);
        for (int y = 0; y < h; y++) {
          for (int x = 0; x < w; x++) {
            double expected = bilinear(px, w, h, x0, y0, cw, ch, flip ? w - 1 - x : x, y);
            assertEquals(w + "x" + h + " crop (" + x0 + "," + y0 + "," + cw + "," + ch + ") flip " + flip, expected,
              out[y * w + x], 0);
          }
        }
      }
    }
  }

  @Test
  public void theWholeImageAsACropIsTheImage() {
    double[] px = { 1, 2, 3, 4, 5, 6 };
    double[] out = new double[6];
    Augmenter.resizedCrop(px, 3, 2, 0, 0, 3, 2, false, out, new double[6], new int[3], new int[3], new double[3]);
    assertArrayEquals(px, out, 0);
    Augmenter.resizedCrop(px, 3, 2, 0, 0, 3, 2, true, out, new double[6], new int[3], new int[3], new double[3]);
    assertArrayEquals(new double[] { 3, 2, 1, 6, 5, 4 }, out, 0);
  }

  @Test
  public void randomDrawsFollowTheirDistributions() {
    ViewRandom r = new ViewRandom();
    r.reset(11, 0, 0);
    int draws = 200_000;
    // Gaussian: mean 0, variance 1, P(|x| < 1) = 2 Phi(1) - 1, P(x < -2) = Phi(-2), P(|x| > 3.5)
    double sum = 0;
    double sq = 0;
    int inOne = 0;
    int belowTwo = 0;
    int tails = 0;
    double fourth = 0;
    for (int i = 0; i < draws; i++) {
      double x = r.nextGaussian();
      sum += x;
      sq += x * x;
      fourth += x * x * x * x;
      inOne += Math.abs(x) < 1 ? 1 : 0;
      belowTwo += x < -2 ? 1 : 0;
      tails += Math.abs(x) > 3.5 ? 1 : 0; // beyond the ziggurat's base, r = 3.44
    }
    assertEquals(0, sum / draws, 4 / Math.sqrt(draws));
    assertEquals(1, sq / draws, 4 * Math.sqrt(2.0 / draws));
    // E x^4 = 3, Var x^4 = E x^8 - 9 = 105 - 9
    assertEquals(3, fourth / draws, 4 * Math.sqrt(96.0 / draws));
    double pOne = 2 * Statistics.normalProbability(1) - 1;
    assertEquals(pOne, inOne / (double) draws, 4 * Math.sqrt(pOne * (1 - pOne) / draws));
    double pTwo = Statistics.normalProbability(-2);
    assertEquals(pTwo, belowTwo / (double) draws, 4 * Math.sqrt(pTwo * (1 - pTwo) / draws));
    double pTails = 2 * Statistics.normalProbability(-3.5);
    assertEquals(pTails, tails / (double) draws, 4 * Math.sqrt(pTails * (1 - pTails) / draws));
    // nextInt: every value of a bound that is not a power of two equally often
    int bound = 7;
    int[] counts = new int[bound];
    for (int i = 0; i < draws; i++) {
      counts[r.nextInt(bound)]++;
    }
    for (int c : counts) {
      assertEquals(draws / (double) bound, c, 4 * Math.sqrt(draws / (double) bound));
    }
    // nextGap: P(G = k) = (1 - p)^k p
    double p = 0.3;
    int[] gaps = new int[4];
    for (int i = 0; i < draws; i++) {
      int g = r.nextGap(Math.log1p(-p));
      if (g < gaps.length) {
        gaps[g]++;
      }
    }
    for (int k = 0; k < gaps.length; k++) {
      double pk = Math.pow(1 - p, k) * p;
      assertEquals("P(G = " + k + ")", pk, gaps[k] / (double) draws, 4 * Math.sqrt(pk * (1 - pk) / draws));
    }
  }

  @Test
  public void streamsDependOnSeedEpochAndInstanceOnly() {
    ViewRandom a = new ViewRandom();
    ViewRandom b = new ViewRandom();
    a.reset(5, 2, 9);
    b.reset(5, 1, 3);
    b.nextLong();
    b.reset(5, 2, 9);
    for (int i = 0; i < 10; i++) {
      assertEquals(a.nextLong(), b.nextLong());
    }
    long[][] first = new long[3][];
    int[][] keys = { { 5, 2, 9 }, { 5, 2, 10 }, { 5, 3, 9 } };
    for (int i = 0; i < 3; i++) {
      a.reset(keys[i][0], keys[i][1], keys[i][2]);
      first[i] = new long[] { a.nextLong(), a.nextLong() };
    }
    assertFalse(java.util.Arrays.equals(first[0], first[1]));
    assertFalse(java.util.Arrays.equals(first[0], first[2]));
  }

  /** n images w x w: image 0 all 255, the others all 0. */
  private static Instances images(int n, int w) {
    ArrayList<Attribute> atts = new ArrayList<>();
    for (int p = 0; p < w * w; p++) {
      atts.add(new Attribute("p" + p));
    }
    Instances d = new Instances("img", atts, n);
    for (int i = 0; i < n; i++) {
      double[] v = new double[w * w];
      java.util.Arrays.fill(v, i == 0 ? 255 : 0);
      d.add(new DenseInstance(1, v));
    }
    return d;
  }

  @Test
  public void maskingReplacesEachPixelWithTheRequestedProbability() {
    int n = 201;
    int w = 10;
    Instances d = images(n, w);
    double p = 0.3;
    Augmenter aug = new Augmenter(d, p, 0, w, w, 1, false);
    Augmenter.ViewMaker maker = aug.newViewMaker(aug.pixelRows(d));
    float[] v1 = new float[w * w];
    float[] v2 = new float[w * w];
    int views = 2000;
    long replaced = 0;
    double sq = 0;
    for (int e = 0; e < views / 2; e++) {
      maker.views(d, 0, 0, 3, e, v1, v2);
      for (float[] v : new float[][] { v1, v2 }) {
        int k = 0;
        for (float x : v) {
          k += x < 0 ? 1 : 0; // a pixel of another image (0, below the mean)
        }
        replaced += k;
        sq += (double) k * k;
      }
    }
    // a replaced pixel comes from another image with probability (n - 1) / n
    double q = p * (n - 1) / n;
    int pixels = w * w;
    double mean = replaced / (double) views;
    assertEquals(q * pixels, mean, 4 * Math.sqrt(q * (1 - q) * pixels / views));
    // independent pixels: the count per view has the binomial variance
    double var = sq / views - mean * mean;
    assertEquals(q * (1 - q) * pixels, var, 0.15 * q * (1 - q) * pixels);
  }

  @Test
  public void anInstancesViewsDependOnlyOnSeedEpochAndInstance() {
    Random r = new Random(4);
    int w = 6;
    ArrayList<Attribute> atts = new ArrayList<>();
    for (int p = 0; p < w * w; p++) {
      atts.add(new Attribute("p" + p));
    }
    Instances d = new Instances("img", atts, 30);
    for (int i = 0; i < 30; i++) {
      double[] v = new double[w * w];
      for (int p = 0; p < v.length; p++) {
        v[p] = r.nextInt(256);
      }
      d.add(new DenseInstance(1, v));
    }
    Augmenter aug = new Augmenter(d, 0.2, 0.1, w, w, 0.3, true);
    Augmenter.ViewMaker one = aug.newViewMaker(aug.pixelRows(d));
    Augmenter.ViewMaker other = aug.newViewMaker(aug.pixelRows(d));
    float[] a1 = new float[w * w];
    float[] a2 = new float[w * w];
    float[] b1 = new float[w * w];
    float[] b2 = new float[w * w];
    one.views(d, 7, 0.6, 42, 3, a1, a2);
    other.views(d, 2, 0.6, 42, 3, b1, b2); // another instance first: no effect on instance 7's views
    other.views(d, 7, 0.6, 42, 3, b1, b2);
    assertArrayEquals(a1, b1, 0);
    assertArrayEquals(a2, b2, 0);
    assertFalse("two views of one instance differ", java.util.Arrays.equals(a1, a2));
    other.views(d, 7, 0.6, 42, 4, b1, b2);
    assertFalse("another epoch, other views", java.util.Arrays.equals(a1, b1));
    assertTrue(a1.length == w * w);
  }
}
