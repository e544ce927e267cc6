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
package weka.imbalance.loss;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.Random;

import org.junit.Test;

import weka.imbalance.ClassPriors;

/** Finite-difference gradient checks of every loss, and the identities between them. */
public class LossGradientTest {

  private static final double[] COUNTS = { 500, 120, 30, 7 };

  static Loss[] losses() {
    LogitAdjustedLoss la = new LogitAdjustedLoss();
    la.setTau(1.3);
    FocalLoss focal = new FocalLoss();
    focal.setGamma(2);
    FocalLoss focalHalf = new FocalLoss();
    focalHalf.setGamma(0.5);
    VSLoss vs = new VSLoss();
    return new Loss[] { new CrossEntropyLoss(), la, new LDAMLoss(), focal, focalHalf, vs };
  }

  /** Central differences of the loss against lossAndGradient. */
  static void checkGradient(Loss loss, double[] z, int y) {
    double[] g = new double[z.length];
    loss.lossAndGradient(z, y, g);
    double h = 1e-6;
    for (int k = 0; k < z.length; k++) {
      double[] zp = z.clone();
      double[] zm = z.clone();
      zp[k] += h;
      zm[k] -= h;
      double[] dummy = new double[z.length];
      double num = (loss.lossAndGradient(zp, y, dummy) - loss.lossAndGradient(zm, y, dummy)) / (2 * h);
      assertEquals(loss.getClass().getSimpleName() + " dL/dz_" + k, num, g[k], 1e-6 * Math.max(1, Math.abs(num)));
    }
  }

  @Test
  public void everyLossMatchesFiniteDifferences() {
    Random r = new Random(3);
    for (Loss loss : losses()) {
      loss.initialise(COUNTS);
      for (int t = 0; t < 20; t++) {
        double[] z = new double[COUNTS.length];
        for (int k = 0; k < z.length; k++) {
          // cosine logits for LDAM lie in [-1, 1]
          z[k] = loss instanceof LDAMLoss ? 2 * r.nextDouble() - 1 : 3 * r.nextGaussian();
        }
        checkGradient(loss, z, r.nextInt(z.length));
      }
    }
  }

  @Test
  public void vsGradientAfterTheMultiplicativeTermIsDropped() {
    VSLoss vs = new VSLoss();
    vs.setDropAt(0.5);
    vs.initialise(COUNTS);
    vs.startEpoch(5, 10);
    assertTrue(vs.isDropped());
    checkGradient(vs, new double[] { 0.3, -1, 2, 0.1 }, 2);
    vs.startEpoch(4, 10);
    assertFalse(vs.isDropped());
  }

  private static double[] lossAndGrad(Loss l, double[] z, int y) {
    double[] g = new double[z.length + 1];
    double[] gz = new double[z.length];
    g[z.length] = l.lossAndGradient(z, y, gz);
    System.arraycopy(gz, 0, g, 0, z.length);
    return g;
  }

  @Test
  public void logitAdjustmentWithTauZeroIsCrossEntropy() {
    LogitAdjustedLoss la = new LogitAdjustedLoss();
    la.setTau(0);
    la.initialise(COUNTS);
    CrossEntropyLoss ce = new CrossEntropyLoss();
    ce.initialise(COUNTS);
    double[] z = { 0.5, -2, 1.5, 0 };
    for (int y = 0; y < 4; y++) {
      assertArrayEquals(lossAndGrad(ce, z, y), lossAndGrad(la, z, y), 0);
    }
  }

  @Test
  public void logitAdjustedLossIsCrossEntropyOnOffsetLogits() {
    LogitAdjustedLoss la = new LogitAdjustedLoss();
    la.initialise(COUNTS);
    double[] off = ClassPriors.logPriorOffset(ClassPriors.priors(COUNTS), 1.0);
    double[] z = { 0.5, -2, 1.5, 0 };
    double[] shifted = new double[4];
    for (int k = 0; k < 4; k++) {
      shifted[k] = z[k] + off[k];
    }
    double expected = -ClassPriors.logSoftmax(shifted)[3];
    assertEquals(expected, la.lossAndGradient(z, 3, new double[4]), 1e-12);
  }

  @Test
  public void focalWithGammaZeroAndVsWithGammaZeroReduceToTheirBases() {
    FocalLoss focal = new FocalLoss();
    focal.setGamma(0);
    focal.initialise(COUNTS);
    VSLoss vs = new VSLoss();
    vs.setGamma(0);
    vs.initialise(COUNTS);
    LogitAdjustedLoss la = new LogitAdjustedLoss();
    la.initialise(COUNTS);
    CrossEntropyLoss ce = new CrossEntropyLoss();
    double[] z = { 0.5, -2, 1.5, 0 };
    for (int y = 0; y < 4; y++) {
      assertArrayEquals(lossAndGrad(ce, z, y), lossAndGrad(focal, z, y), 0);
      assertArrayEquals(lossAndGrad(la, z, y), lossAndGrad(vs, z, y), 1e-12);
    }
  }

  @Test
  public void ldamMarginsFollowTheQuarterPowerAndTheRarestGetsMaxMargin() {
    LDAMLoss ldam = new LDAMLoss();
    ldam.initialise(COUNTS);
    double[] m = ldam.margins();
    assertEquals(0.5, m[3], 1e-12);
    assertEquals(0.5 * Math.pow(7.0 / 500, 0.25), m[0], 1e-12);
    // target logit reduced by the margin, all scaled by s = 30
    double[] z = { 0.2, 0.1, -0.3, 0.4 };
    double[] a = { 30 * 0.2, 30 * (0.1 - m[1]), 30 * -0.3, 30 * 0.4 };
    assertEquals(-ClassPriors.logSoftmax(a)[1], ldam.lossAndGradient(z, 1, new double[4]), 1e-9);
  }

  @Test
  public void outOfRangeOptionsAreRefusedWhenSetNamingTheOption() throws Exception {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LogitAdjustedLoss().setTau(-1));
    assertTrue(e.getMessage(), e.getMessage().startsWith("-tau "));
    e = assertThrows(IllegalArgumentException.class, () -> new VSLoss().setDropAt(1.5));
    assertTrue(e.getMessage(), e.getMessage().startsWith("-drop-at "));
    e = assertThrows(IllegalArgumentException.class, () -> new LDAMLoss().setScale(0));
    assertTrue(e.getMessage(), e.getMessage().startsWith("-scale "));
    // through setOptions too (Weka's own annotation parser would print the error and keep the old value)
    e = assertThrows(IllegalArgumentException.class, () -> new FocalLoss().setOptions(new String[] { "-gamma", "-1" }));
    assertTrue(e.getMessage(), e.getMessage().startsWith("-gamma "));
    e = assertThrows(IllegalArgumentException.class, () -> new VSLoss().setOptions(new String[] { "-tau", "x" }));
    assertTrue(e.getMessage(), e.getMessage().startsWith("-tau takes a number"));
  }

  @Test
  public void optionsRoundTrip() throws Exception {
    VSLoss vs = new VSLoss();
    vs.setOptions(new String[] { "-gamma", "0.1", "-tau", "0.75", "-drop-at", "0.8" });
    VSLoss copy = new VSLoss();
    copy.setOptions(vs.getOptions());
    assertEquals(0.1, copy.getGamma(), 0);
    assertEquals(0.75, copy.getTau(), 0);
    assertEquals(0.8, copy.getDropAt(), 0);
  }
}
