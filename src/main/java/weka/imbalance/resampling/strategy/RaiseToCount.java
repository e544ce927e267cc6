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

package weka.imbalance.resampling.strategy;

import java.util.Random;

import weka.core.Option;
import weka.core.Utils;
import weka.imbalance.OptionValues;

/**
 * Every non-empty class with fewer than n instances is raised to n; no class is undersampled.
 */
public class RaiseToCount extends AbstractSamplingStrategy {

  private static final long serialVersionUID = -1840251374862249370L;

  public static final int DEFAULT_COUNT = 0;

  private int m_Count = DEFAULT_COUNT;

  /**
   * @param n the count, &gt;= 0
   * @return the strategy
   */
  public static RaiseToCount of(int n) {
    RaiseToCount s = new RaiseToCount();
    s.setCount(n);
    return s;
  }

  /**
   * @param counts class counts
   * @param target the count
   * @return every non-empty class raised to at least target
   */
  static int[] raiseTo(int[] counts, int target) {
    int[] t = counts.clone();
    for (int c = 0; c < t.length; c++) {
      if (counts[c] > 0) {
        t[c] = Math.max(counts[c], target);
      }
    }
    return t;
  }

  @Override
  public String globalInfo() {
    return "Every smaller class is raised to the given count. No class is undersampled.";
  }

  @Override
  public int[] targets(int[] counts, Random random) {
    return raiseTo(counts, m_Count);
  }

  @Override
  protected Option[] options() {
    return new Option[] {new Option("\tThe count every smaller class is raised to (default " + DEFAULT_COUNT + ")",
      "count", 1, "-count <n>")};
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    setCount(OptionValues.getInt("count", options, DEFAULT_COUNT));
    Utils.checkForRemainingOptions(options);
  }

  @Override
  public String[] getOptions() {
    return new String[] {"-count", "" + m_Count};
  }

  public String countTipText() {
    return "Every smaller non-empty class is raised to this count.";
  }

  public int getCount() {
    return m_Count;
  }

  /** @param n the count, &gt;= 0 */
  public void setCount(int n) {
    m_Count = OptionValues.atLeast("count", n, 0);
  }
}
