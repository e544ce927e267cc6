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

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;

import org.junit.Test;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;

/**
 * BCL's RandAugment operations: each against a small image worked out by hand (the arithmetic in
 * the comments; PIL 9.4 gives the same levels), all of them against PIL on the reference cases of
 * grey_randaugment_pil.txt (written by grey_randaugment_pil.py), and the views' mapping of the
 * training pixels to levels 0-255.
 */
public class GreyRandAugmentTest {

  /** 4 x 3, row order. */
  private static final int[] IMG = { 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120 };

  private static int[] apply(int op, double v, int[] img, int w, int h) {
    return apply(op, v, img, w, h, 0, 0);
  }

  private static int[] apply(int op, double v, int[] img, int w, int h, double u1, double u2) {
    int[] out = img.clone();
    GreyRandAugment.apply(op, v, out, w, h, new int[w * h], u1, u2);
    return out;
  }

  @Test
  public void shearX() {
    // source column floor(x + 1/2 + 0.6 (y + 1/2)) = x + 0.8, x + 1.4, x + 2.0 on rows 0, 1, 2 (0
    // past the edge)
    assertArrayEquals(new int[] { 10, 20, 30, 40, 60, 70, 80, 0, 110, 120, 0, 0 }, apply(0, 0.6, IMG, 4, 3));
  }

  @Test
  public void shearY() {
    // source row floor(y + 1/2 + 0.6 (x + 1/2)) = y + 0.8, y + 1.4, y + 2.0, y + 2.6 on columns 0-3
    assertArrayEquals(new int[] { 10, 60, 110, 120, 50, 100, 0, 0, 90, 0, 0, 0 }, apply(1, 0.6, IMG, 4, 3));
  }

  @Test
  public void translateBothSigns() {
    // 0.25 of the width is one column: the source of x is x + 1 (left shift), with -0.25 x - 1
    assertArrayEquals(new int[] { 20, 30, 40, 0, 60, 70, 80, 0, 100, 110, 120, 0 }, apply(2, 0.25, IMG, 4, 3));
    assertArrayEquals(new int[] { 0, 10, 20, 30, 0, 50, 60, 70, 0, 90, 100, 110 }, apply(2, -0.25, IMG, 4, 3));
    // a third of the height is one row: row y shows row y + 1
    assertArrayEquals(new int[] { 50, 60, 70, 80, 90, 100, 110, 120, 0, 0, 0, 0 }, apply(3, 1.0 / 3, IMG, 4, 3));
  }

  @Test
  public void rotateCounterClockwise() {
    int[] nine = { 1, 2, 3, 4, 5, 6, 7, 8, 9 };
    assertArrayEquals(new int[] { 3, 6, 9, 2, 5, 8, 1, 4, 7 }, apply(4, 90, nine, 3, 3));
    assertArrayEquals(new int[] { 120, 110, 100, 90, 80, 70, 60, 50, 40, 30, 20, 10 }, apply(4, 180, IMG, 4, 3));
  }

  @Test
  public void autoContrast() {
    // (v - 10) 255 / 110, truncated: 20 -> 23.18, 70 -> 139.09, 120 -> 255
    assertArrayEquals(new int[] { 0, 23, 46, 69, 92, 115, 139, 162, 185, 208, 231, 255 }, apply(5, 0, IMG, 4, 3));
  }

  @Test
  public void invertAndColor() {
    assertArrayEquals(new int[] { 245, 235, 225, 215, 205, 195, 185, 175, 165, 155, 145, 135 },
      apply(6, 0, IMG, 4, 3));
    assertArrayEquals(IMG, apply(11, 1.9, IMG, 4, 3));
  }

  @Test
  public void equalize() {
    // 784 pixels: 392 at 0, 196 at 100, 196 at 200; step = (784 - 196) / 256 = 2; the table starts
    // at step / 2 = 1: level 0 -> 1 / 2 = 0, 100 -> (1 + 392) / 2 = 196, 200 -> (393 + 196) / 2 = 294,
    // clipped to 255
    int[] img = new int[784];
    for (int p = 392; p < 784; p++) {
      img[p] = p < 588 ? 100 : 200;
    }
    int[] out = apply(7, 0, img, 28, 28);
    assertEquals(0, out[0]);
    assertEquals(196, out[400]);
    assertEquals(255, out[700]);
    // fewer than 257 pixels off the last level: step 0, unchanged
    assertArrayEquals(IMG, apply(7, 0, IMG, 4, 3));
  }

  @Test
  public void solarizeAndPosterize() {
    // levels of 45 and above inverted
    assertArrayEquals(new int[] { 10, 20, 30, 40, 205, 195, 185, 175, 165, 155, 145, 135 },
      apply(8, 45, IMG, 4, 3));
    // a level equal to the threshold is inverted too (PIL keeps only the levels below it)
    assertArrayEquals(new int[] { 10, 20, 30, 40, 205, 195, 185, 175, 165, 155, 145, 135 },
      apply(8, 50, IMG, 4, 3));
    // 4.9 bits truncated to 4: v & 0xf0
    assertArrayEquals(new int[] { 0, 16, 16, 32, 48, 48, 64, 80, 80, 96, 96, 112 }, apply(9, 4.9, IMG, 4, 3));
  }

  @Test
  public void contrastAndBrightness() {
    // mean 65: 65 + 1.5 (v - 65) truncated, below 0 to 0 (10 -> -17.5, 30 -> 12.5)
    assertArrayEquals(new int[] { 0, 0, 12, 27, 42, 57, 72, 87, 102, 117, 132, 147 }, apply(10, 1.5, IMG, 4, 3));
    // 0.55 v truncated (10 -> 5.5, 30 -> 16.5)
    assertArrayEquals(new int[] { 5, 11, 16, 22, 27, 33, 38, 44, 49, 55, 60, 66 }, apply(12, 0.55, IMG, 4, 3));
  }

  @Test
  public void sharpness() {
    // centre smoothed to 5 x 130 / 13 = 50, the border kept; 50 + 1.5 (130 - 50) = 170
    int[] dot = { 0, 0, 0, 0, 130, 0, 0, 0, 0 };
    assertArrayEquals(new int[] { 0, 0, 0, 0, 170, 0, 0, 0, 0 }, apply(13, 1.5, dot, 3, 3));
    assertArrayEquals(new int[] { 0, 0, 0, 0, 202, 0, 0, 0, 0 }, apply(13, 1.9, dot, 3, 3));
  }

  @Test
  public void cutout() {
    // side 0.4 x 5 = 2; corner column 5 + (1 - 5) 0.5 = 3, minus 1 = 2; row 5 - 1 = 4; filled from
    // (2, 4) to (4, 6) inclusive, clipped: the bottom row's last three pixels
    int[] out = apply(14, 0.4, new int[25], 5, 5, 0.5, 0);
    int[] expected = new int[25];
    expected[22] = 123;
    expected[23] = 123;
    expected[24] = 123;
    assertArrayEquals(expected, out);
  }

  @Test
  public void geometricSignsAreDrawnHalfAndHalf() {
    // the code negates when random() > 0.5: a translation of one column left or right, 1/2 each
    ViewRandom r = new ViewRandom();
    r.reset(1, 2, 3);
    int left = 0;
    int right = 0;
    int views = 2000;
    int[] tmp = new int[12];
    for (int i = 0; i < views; i++) {
      int[] img = IMG.clone();
      GreyRandAugment.apply(2, 0.25 / 0.66, img, 4, 3, tmp, r);
      left += img[0] == 20 ? 1 : 0;
      right += img[1] == 10 ? 1 : 0;
    }
    assertEquals(views, left + right);
    assertEquals(views / 2.0, left, 4 * Math.sqrt(views / 4.0));
  }

  @Test
  public void magnitudesAreTheCodes() {
    assertEquals(0.6, GreyRandAugment.magnitude(0, 1), 1e-12);
    assertEquals(0.66 * 20 / 30, GreyRandAugment.magnitude(2, 20.0 / 30), 1e-12);
    assertEquals(60 * 10 / 30.0, GreyRandAugment.magnitude(4, 10.0 / 30), 1e-12);
    assertEquals(110, GreyRandAugment.magnitude(8, 1), 1e-12);
    assertEquals(4 + 4 * 0.5, GreyRandAugment.magnitude(9, 0.5), 1e-12);
    assertEquals(0.1 + 1.8 * 0.5, GreyRandAugment.magnitude(13, 0.5), 1e-12);
    assertEquals(0.4, GreyRandAugment.magnitude(14, 1), 1e-12);
  }

  @Test
  public void everyOperationAsPil() throws Exception {
    int cases = 0;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
      GreyRandAugmentTest.class.getResourceAsStream("grey_randaugment_pil.txt"), StandardCharsets.US_ASCII))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] parts = line.split(" \\| ");
        String[] f = parts[0].split(" ");
        String[] e = parts[1].split(" ");
        int op = Integer.parseInt(f[0]);
        int w = Integer.parseInt(f[2]);
        int h = Integer.parseInt(f[3]);
        int[] img = new int[w * h];
        int[] expected = new int[w * h];
        for (int p = 0; p < w * h; p++) {
          img[p] = Integer.parseInt(f[6 + p]);
          expected[p] = Integer.parseInt(e[p]);
        }
        int[] out = apply(op, Double.parseDouble(f[1]), img, w, h, Double.parseDouble(f[4]), Double.parseDouble(f[5]));
        assertArrayEquals(GreyRandAugment.NAMES[op] + " " + f[1] + " on " + w + "x" + h, expected, out);
        cases++;
      }
    }
    assertEquals(195, cases);
  }

  private static Instances images(double scale, double shift) {
    java.util.Random r = new java.util.Random(3);
    int w = 5;
    ArrayList<Attribute> atts = new ArrayList<>();
    for (int p = 0; p < w * w; p++) {
      atts.add(new Attribute("p" + p));
    }
    Instances d = new Instances("img", atts, 20);
    for (int i = 0; i < 20; i++) {
      double[] v = new double[w * w];
      for (int p = 0; p < v.length; p++) {
        v[p] = (p == 0 && i == 0 ? 255 : p == 1 && i == 0 ? 0 : r.nextInt(256)) * scale + shift;
      }
      d.add(new DenseInstance(1, v));
    }
    return d;
  }

  @Test
  public void theOperationsSeeTheTrainingRangeAsLevels() {
    // pixels in [-1, 1] instead of [0, 255]: the same levels, so the same standardised views (no
    // crop, whose interpolated pixels could round to other levels in the two scales)
    float[][] views = new float[4][25];
    Instances bytes = images(1, 0);
    Instances unit = images(2.0 / 255, -1);
    Augmenter a = new Augmenter(bytes, 0, 0, 5, 5, 1, true);
    Augmenter b = new Augmenter(unit, 0, 0, 5, 5, 1, true);
    for (int e = 0; e < 20; e++) {
      a.newViewMaker(a.pixelRows(bytes)).views(bytes, 3, 1, 9, e, views[0], views[1]);
      b.newViewMaker(b.pixelRows(unit)).views(unit, 3, 1, 9, e, views[2], views[3]);
      assertArrayEquals(views[0], views[2], 1e-5f);
      assertArrayEquals(views[1], views[3], 1e-5f);
    }
  }
}
