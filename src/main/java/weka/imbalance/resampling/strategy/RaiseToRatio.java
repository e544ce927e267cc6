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
import weka.imbalance.resampling.SamplingPlan;

/**
 * Every non-empty class with fewer instances is raised to floor(r x the largest class count):
 * r = 1 raises every class to the majority count (imbalanced-learn's {@code 'not majority'}),
 * r = 0.5 to half of it (its float {@code sampling_strategy}, for any number of classes). No class
 * is undersampled.
 */
public class RaiseToRatio extends AbstractSamplingStrategy {

  private static final long serialVersionUID = 5519470236658431201L;

  public static final double DEFAULT_RATIO = 1;

  private double m_Ratio = DEFAULT_RATIO;

  /**
   * @param ratio r in (0, 1]
   * @return the strategy
   */
  public static RaiseToRatio of(double ratio) {
    RaiseToRatio s = new RaiseToRatio();
    s.setRatio(ratio);
    return s;
  }

  @Override
  public String globalInfo() {
    return "Every smaller class is raised to the ratio r of the largest class count (r = 1: every class to the "
      + "majority count). No class is undersampled.";
  }

  @Override
  public int[] targets(int[] counts, Random random) {
    return RaiseToCount.raiseTo(counts, (int) Math.floor(m_Ratio * SamplingPlan.largest(counts) + 1e-9));
  }

  @Override
  protected Option[] options() {
    return new Option[] {new Option("\tTarget as a fraction of the largest class count, in (0, 1] (default "
      + DEFAULT_RATIO + ")", "ratio", 1, "-ratio <r>")};
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    setRatio(OptionValues.getDouble("ratio", options, DEFAULT_RATIO));
    Utils.checkForRemainingOptions(options);
  }

  @Override
  public String[] getOptions() {
    return new String[] {"-ratio", "" + m_Ratio};
  }

  public String ratioTipText() {
    return "Every smaller class is raised to this fraction (0, 1] of the largest class count.";
  }

  public double getRatio() {
    return m_Ratio;
  }

  /** @param r in (0, 1] */
  public void setRatio(double r) {
    OptionValues.require(r > 0 && r <= 1, "ratio", r, "in (0, 1]");
    m_Ratio = r;
  }
}
