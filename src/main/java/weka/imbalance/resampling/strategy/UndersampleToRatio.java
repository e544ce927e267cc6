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
import weka.imbalance.resampling.SamplingPlan;

/**
 * The SMOTE paper's combination: a base strategy (default: the SMOTE package's amount, the
 * smallest class doubled), then every class the base leaves alone keeps at most floor(r x R)
 * instances, chosen at random; R is the largest target of the raised classes (the smallest class
 * count when none is raised). With two classes r is majority : minority after resampling (1 =
 * balanced); the paper's under-sampling percentage u is r = 100 / u.
 */
public class UndersampleToRatio extends AbstractUndersampling {

  private static final long serialVersionUID = 6652904170389157123L;

  public static final double DEFAULT_RATIO = 1;

  private double m_Ratio = DEFAULT_RATIO;

  /**
   * @param base the base strategy
   * @param ratio r &gt; 0
   * @return the strategy
   */
  public static UndersampleToRatio of(SamplingStrategy base, double ratio) {
    UndersampleToRatio s = new UndersampleToRatio();
    s.setBase(base);
    s.setRatio(ratio);
    return s;
  }

  @Override
  public String globalInfo() {
    return "The SMOTE paper's combination: the base strategy (by default the smallest class doubled) raises some "
      + "classes, then every other class keeps at most r times the largest raised target, chosen at random. With "
      + "two classes r is majority : minority after resampling (1 = balanced; the paper's under-sampling "
      + "percentage u is r = 100 / u).";
  }

  @Override
  protected int cap(int[] counts, int[] targets) {
    int ref = -1;
    for (int c = 0; c < counts.length; c++) {
      if (targets[c] > counts[c]) {
        ref = Math.max(ref, targets[c]);
      }
    }
    if (ref < 0) {
      int s = SamplingPlan.smallestNonEmpty(counts);
      ref = s < 0 ? 0 : counts[s];
    }
    return (int) Math.min(Integer.MAX_VALUE, Math.floor(m_Ratio * ref + 1e-9));
  }

  @Override
  protected Option[] capOptions() {
    return new Option[] {new Option("\tA class left alone by the base keeps at most r x the largest raised target\n"
      + "\t(default " + DEFAULT_RATIO + ")", "ratio", 1, "-ratio <r>")};
  }

  @Override
  protected void setCapOptions(String[] options) throws Exception {
    setRatio(OptionValues.getDouble("ratio", options, DEFAULT_RATIO));
  }

  @Override
  protected String[] getCapOptions() {
    return new String[] {"-ratio", "" + m_Ratio};
  }

  public String ratioTipText() {
    return "A class the base leaves alone keeps at most this multiple of the largest raised target (1 balances two "
      + "classes).";
  }

  public double getRatio() {
    return m_Ratio;
  }

  /** @param r finite and &gt; 0 */
  public void setRatio(double r) {
    m_Ratio = OptionValues.positive("ratio", r);
  }
}
