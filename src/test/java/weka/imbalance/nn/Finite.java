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

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * For tests that compare two runs: JUnit's assertEquals and assertArrayEquals on floats and doubles
 * count NaN as equal to NaN, so two runs that both diverged would pass. These check that the values
 * are finite first.
 */
public final class Finite {

  private Finite() {
  }

  /** Fails unless every value is finite. */
  public static void check(String what, float[]... rows) {
    for (int r = 0; r < rows.length; r++) {
      for (int j = 0; j < rows[r].length; j++) {
        assertTrue(what + " [" + r + "][" + j + "] is finite, got " + rows[r][j], Float.isFinite(rows[r][j]));
      }
    }
  }

  /** Fails unless every value is finite. */
  public static void check(String what, double[]... rows) {
    for (int r = 0; r < rows.length; r++) {
      for (int j = 0; j < rows[r].length; j++) {
        assertTrue(what + " [" + r + "][" + j + "] is finite, got " + rows[r][j], Double.isFinite(rows[r][j]));
      }
    }
  }

  /** assertEquals(expected, actual, delta) for two finite values. */
  public static void assertClose(String what, double expected, double actual, double delta) {
    assertTrue(what + ": expected a finite value, got " + expected, Double.isFinite(expected));
    assertTrue(what + ": got " + actual, Double.isFinite(actual));
    assertEquals(what, expected, actual, delta);
  }
}
