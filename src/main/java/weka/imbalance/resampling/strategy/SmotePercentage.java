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
 * The amount of Weka's SMOTE package: one class, {@code -C}, gains floor(P x n / 100) synthetic
 * instances, P = {@code -P} (100 doubles it; rounded down, as the package does); no other class
 * changes.
 */
public class SmotePercentage extends AbstractSamplingStrategy {

  private static final long serialVersionUID = 2201873465920176512L;

  /** Default -C: 0, the smallest non-empty class. */
  public static final String DEFAULT_CLASS_VALUE = "0";

  /** Default -P: the class is doubled. */
  public static final double DEFAULT_PERCENTAGE = 100;

  private String m_ClassValue = DEFAULT_CLASS_VALUE;
  private double m_Percentage = DEFAULT_PERCENTAGE;

  /**
   * @param classValue -C
   * @param percentage -P
   * @return the strategy
   */
  public static SmotePercentage of(String classValue, double percentage) {
    SmotePercentage s = new SmotePercentage();
    s.setClassValue(classValue);
    s.setPercentage(percentage);
    return s;
  }

  @Override
  public String globalInfo() {
    return "The amount of Weka's SMOTE package: class -C gains floor(P x n / 100) synthetic instances (-P 100 "
      + "doubles it); no other class changes.";
  }

  @Override
  public int[] targets(int[] counts, Random random) {
    int c = classIndex(counts);
    int[] t = counts.clone();
    if (c >= 0) {
      // the tolerance absorbs the binary rounding of e.g. 290 * 10 / 100
      t[c] = (int) Math.min(Integer.MAX_VALUE, counts[c] + Math.floor(m_Percentage * counts[c] / 100.0 + 1e-9));
    }
    return t;
  }

  /** The class of -C (0-based), -1 if auto finds no non-empty class. */
  private int classIndex(int[] counts) {
    String v = m_ClassValue.trim();
    if (v.equalsIgnoreCase("first")) {
      return 0;
    }
    if (v.equalsIgnoreCase("last")) {
      return counts.length - 1;
    }
    int idx = Integer.parseInt(v);
    OptionValues.require(idx <= counts.length, "C", idx, "in 0.." + counts.length + " (the class has " + counts.length
      + " values)");
    return idx == 0 ? SamplingPlan.smallestNonEmpty(counts) : idx - 1;
  }

  @Override
  protected Option[] options() {
    return new Option[] {
      new Option("\tThe class to oversample: 0 = the smallest non-empty class, first, last or a 1-based index\n"
        + "\t(default " + DEFAULT_CLASS_VALUE + ")", "C", 1, "-C <value-index>"),
      new Option("\tSynthetic instances, percent of the class's count (default " + DEFAULT_PERCENTAGE + ")", "P", 1,
        "-P <percentage>") };
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    setClassValue(OptionValues.getString("C", options, DEFAULT_CLASS_VALUE));
    setPercentage(OptionValues.getDouble("P", options, DEFAULT_PERCENTAGE));
    Utils.checkForRemainingOptions(options);
  }

  @Override
  public String[] getOptions() {
    return new String[] {"-C", m_ClassValue, "-P", "" + m_Percentage};
  }

  public String classValueTipText() {
    return "The class to oversample: 0 = the smallest non-empty class, first, last or a 1-based index (as in Weka's "
      + "SMOTE package).";
  }

  public String getClassValue() {
    return m_ClassValue;
  }

  /** @param v 0, first, last or a 1-based class index */
  public void setClassValue(String v) {
    String s = v == null ? "" : v.trim();
    boolean ok = s.equalsIgnoreCase("first") || s.equalsIgnoreCase("last") || s.matches("\\d{1,9}");
    OptionValues.require(ok, "C", "'" + v + "'", "0 (the smallest class), first, last or a 1-based class index");
    m_ClassValue = s;
  }

  public String percentageTipText() {
    return "Synthetic instances for the class, in percent of its count (100 doubles it, as in Weka's SMOTE package).";
  }

  public double getPercentage() {
    return m_Percentage;
  }

  /** @param p the percentage, finite and &gt;= 0 */
  public void setPercentage(double p) {
    m_Percentage = OptionValues.nonNegative("P", p);
  }
}
