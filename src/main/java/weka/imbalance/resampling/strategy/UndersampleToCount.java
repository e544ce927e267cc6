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

import weka.core.Option;
import weka.imbalance.OptionValues;

/**
 * A base strategy, then every class it leaves alone keeps at most n instances, chosen at random.
 */
public class UndersampleToCount extends AbstractUndersampling {

  private static final long serialVersionUID = -2478066263012734695L;

  public static final int DEFAULT_COUNT = 0;

  private int m_Count = DEFAULT_COUNT;

  /**
   * @param base the base strategy
   * @param n the cap, &gt;= 0
   * @return the strategy
   */
  public static UndersampleToCount of(SamplingStrategy base, int n) {
    UndersampleToCount s = new UndersampleToCount();
    s.setBase(base);
    s.setCount(n);
    return s;
  }

  @Override
  public String globalInfo() {
    return "The base strategy raises some classes, then every other class keeps at most the given count, chosen at "
      + "random.";
  }

  @Override
  protected int cap(int[] counts, int[] targets) {
    return m_Count;
  }

  @Override
  protected Option[] capOptions() {
    return new Option[] {new Option("\tThe most instances a class left alone by the base keeps (default "
      + DEFAULT_COUNT + ")", "count", 1, "-count <n>")};
  }

  @Override
  protected void setCapOptions(String[] options) throws Exception {
    setCount(OptionValues.getInt("count", options, DEFAULT_COUNT));
  }

  @Override
  protected String[] getCapOptions() {
    return new String[] {"-count", "" + m_Count};
  }

  public String countTipText() {
    return "The most instances a class that the base leaves alone keeps.";
  }

  public int getCount() {
    return m_Count;
  }

  /** @param n the cap, &gt;= 0 */
  public void setCount(int n) {
    m_Count = OptionValues.atLeast("count", n, 0);
  }
}
