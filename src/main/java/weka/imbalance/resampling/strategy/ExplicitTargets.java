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
 * Explicit targets, one entry per class in the order of the class values, comma-separated: a
 * count, or {@code *} to leave the class as it is (imbalanced-learn's dict
 * {@code sampling_strategy}). A count above the class's size oversamples it, one below undersamples
 * it; an empty class stays empty whatever its entry.
 */
public class ExplicitTargets extends AbstractSamplingStrategy {

  private static final long serialVersionUID = 8723345718040712258L;

  private String m_Targets = "";

  /**
   * @param targets the list
   * @return the strategy
   */
  public static ExplicitTargets of(String targets) {
    ExplicitTargets s = new ExplicitTargets();
    s.setTargets(targets);
    return s;
  }

  @Override
  public String globalInfo() {
    return "Explicit target counts, one per class value, comma-separated; * leaves a class as it is. A count above "
      + "the class's size oversamples it, one below undersamples it.";
  }

  private String[] entries() {
    return m_Targets.isEmpty() ? new String[0] : m_Targets.split(",");
  }

  @Override
  public int[] targets(int[] counts, Random random) {
    String[] parts = entries();
    OptionValues.require(parts.length == counts.length, "targets", "'" + m_Targets + "'", counts.length
      + " comma-separated entries (one per class value, a count or *)");
    int[] t = counts.clone();
    for (int c = 0; c < parts.length; c++) {
      String p = parts[c].trim();
      if (!p.equals("*")) {
        t[c] = counts[c] == 0 ? 0 : Integer.parseInt(p);
      }
    }
    return t;
  }

  @Override
  public boolean[] fixed(int[] counts) {
    String[] parts = entries();
    boolean[] f = new boolean[counts.length];
    for (int c = 0; c < Math.min(parts.length, f.length); c++) {
      f[c] = !parts[c].trim().equals("*");
    }
    return f;
  }

  @Override
  protected Option[] options() {
    return new Option[] {new Option("\tOne target per class value, comma-separated: a count or * (unchanged)",
      "targets", 1, "-targets <list>")};
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    setTargets(OptionValues.getString("targets", options, ""));
    Utils.checkForRemainingOptions(options);
  }

  @Override
  public String[] getOptions() {
    return m_Targets.isEmpty() ? new String[0] : new String[] {"-targets", m_Targets};
  }

  public String targetsTipText() {
    return "One target per class value, comma-separated: a count, or * to leave the class as it is.";
  }

  public String getTargets() {
    return m_Targets;
  }

  /** @param s the list: each entry a whole number &gt;= 0 or * */
  public void setTargets(String s) {
    String v = s == null ? "" : s.trim();
    for (String p : v.isEmpty() ? new String[0] : v.split(",", -1)) {
      String e = p.trim();
      OptionValues.require(e.equals("*") || e.matches("\\d{1,9}"), "targets", "'" + v + "'",
        "a comma-separated list of counts (whole numbers >= 0) or *");
    }
    m_Targets = v;
  }
}
