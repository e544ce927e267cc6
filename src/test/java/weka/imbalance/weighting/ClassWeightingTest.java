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
package weka.imbalance.weighting;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

import weka.core.Utils;

public class ClassWeightingTest {

  private static final double[] COUNTS = { 6000, 600, 60, 6 };

  @Test
  public void classBalancedWithBetaZeroGivesAllOnes() {
    EffectiveNumberWeighting cb = new EffectiveNumberWeighting();
    cb.setBeta(0);
    assertArrayEquals(new double[] { 1, 1, 1, 1 }, cb.weights(COUNTS, 0, 10), 1e-12);
  }

  @Test
  public void weightsSumToTheNumberOfClassesAndFavourRareClasses() {
    DeferredClassWeighting[] all = { new EffectiveNumberWeighting(), new InverseFrequencyWeighting() };
    for (DeferredClassWeighting w : all) {
      double[] v = w.weights(COUNTS, 0, 10);
      assertEquals(4.0, Utils.sum(v), 1e-9);
      for (int k = 1; k < 4; k++) {
        assertTrue(v[k] > v[k - 1]);
      }
    }
    InverseFrequencyWeighting inv = new InverseFrequencyWeighting();
    inv.setNu(1);
    double[] v = inv.weights(COUNTS, 0, 10);
    assertEquals(1000.0, v[3] / v[0], 1e-6);
  }

  /** Cui et al. 2019: w_k proportional to (1 - beta) / (1 - beta^n_k), scaled to sum to the 4 classes. */
  @Test
  public void effectiveNumberWeightsFollowTheFormulaForEveryBeta() {
    for (double beta : new double[] { 0.9, 0.999, 0.9999 }) {
      EffectiveNumberWeighting cb = new EffectiveNumberWeighting();
      cb.setBeta(beta);
      double[] raw = new double[4];
      double sum = 0;
      for (int k = 0; k < 4; k++) {
        raw[k] = (1 - beta) / (1 - Math.pow(beta, COUNTS[k]));
        sum += raw[k];
      }
      double[] w = cb.weights(COUNTS, 0, 10);
      for (int k = 0; k < 4; k++) {
        assertEquals("beta " + beta + ", class " + k, 4 * raw[k] / sum, w[k], 1e-9);
      }
    }
  }

  /** Wang et al. 2023 (ADRW): w_k proportional to pi_k^(-nu), scaled to sum to the 4 classes. */
  @Test
  public void inverseFrequencyWeightsFollowTheFormulaForEveryNu() {
    for (double nu : new double[] { 0.05, 0.25, 1 }) {
      InverseFrequencyWeighting inv = new InverseFrequencyWeighting();
      inv.setNu(nu);
      double total = Utils.sum(COUNTS);
      double[] raw = new double[4];
      double sum = 0;
      for (int k = 0; k < 4; k++) {
        raw[k] = Math.pow(COUNTS[k] / total, -nu);
        sum += raw[k];
      }
      double[] w = inv.weights(COUNTS, 0, 10);
      for (int k = 0; k < 4; k++) {
        assertEquals("nu " + nu + ", class " + k, 4 * raw[k] / sum, w[k], 1e-9);
      }
    }
  }

  @Test
  public void deferredWeightsStartAtTheFraction() {
    EffectiveNumberWeighting drw = new EffectiveNumberWeighting();
    drw.setStart(0.8);
    // 200 epochs: epochs 0..159 unweighted, 160.. weighted (LDAM-DRW code)
    assertArrayEquals(new double[] { 1, 1, 1, 1 }, drw.weights(COUNTS, 159, 200), 0);
    assertTrue(drw.weights(COUNTS, 160, 200)[3] > 1);
    assertArrayEquals(new double[] { 1, 1, 1, 1 }, new NoClassWeighting().weights(COUNTS, 5, 10), 0);
  }

  @Test
  public void outOfRangeOptionsAreRefusedWhenSet() throws Exception {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
      () -> new EffectiveNumberWeighting().setBeta(1));
    assertTrue(e.getMessage(), e.getMessage().startsWith("-beta "));
    e = assertThrows(IllegalArgumentException.class, () -> new InverseFrequencyWeighting().setStart(-0.1));
    assertTrue(e.getMessage(), e.getMessage().startsWith("-start "));
    e = assertThrows(IllegalArgumentException.class,
      () -> new InverseFrequencyWeighting().setOptions(new String[] { "-nu", "-1" }));
    assertTrue(e.getMessage(), e.getMessage().startsWith("-nu "));
  }

  @Test
  public void optionsRoundTrip() throws Exception {
    EffectiveNumberWeighting cb = new EffectiveNumberWeighting();
    cb.setOptions(new String[] { "-beta", "0.99", "-start", "0.8" });
    EffectiveNumberWeighting copy = new EffectiveNumberWeighting();
    copy.setOptions(cb.getOptions());
    assertEquals(0.99, copy.getBeta(), 0);
    assertEquals(0.8, copy.getStart(), 0);
  }
}
