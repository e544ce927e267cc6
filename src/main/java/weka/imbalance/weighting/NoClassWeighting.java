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

import java.util.Arrays;

/** Every class gets weight 1 (instance weights still apply). */
public class NoClassWeighting extends AbstractClassWeighting {

  private static final long serialVersionUID = 8431148245226218733L;

  @Override
  public String globalInfo() {
    return "No class weighting: every class gets weight 1 (instance weights still apply).";
  }

  @Override
  public double[] weights(double[] classCounts) {
    double[] w = new double[classCounts.length];
    Arrays.fill(w, 1.0);
    return w;
  }
}
