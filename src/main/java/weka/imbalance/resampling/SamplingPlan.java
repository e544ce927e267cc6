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

package weka.imbalance.resampling;

import java.io.Serializable;

import weka.core.Attribute;

/**
 * A sampling plan: how many instances each class has before resampling and should have after,
 * computed from the class counts alone, separately from the mechanism that then makes or removes
 * instances (the split of imbalanced-learn's {@code check_sampling_strategy}). A class whose target
 * is above its count is oversampled, one below is randomly undersampled. An empty class stays
 * empty.
 *
 * <p>The targets come from a {@link weka.imbalance.resampling.strategy.SamplingStrategy}.
 */
public final class SamplingPlan implements Serializable {

  private static final long serialVersionUID = -3921046712094383717L;

  private final int[] m_Before;
  private final int[] m_After;

  /**
   * @param before the instance count of each class
   * @param after the target count of each class
   * @throws IllegalArgumentException if the lengths differ, a count is negative, or an empty class
   *           gets a positive target
   */
  public SamplingPlan(int[] before, int[] after) {
    if (before.length != after.length) {
      throw new IllegalArgumentException("plan for " + before.length + " classes got " + after.length + " targets");
    }
    for (int c = 0; c < before.length; c++) {
      if (before[c] < 0 || after[c] < 0) {
        throw new IllegalArgumentException("class " + c + ": counts must be >= 0, got " + before[c] + " -> " + after[c]);
      }
      if (before[c] == 0 && after[c] > 0) {
        throw new IllegalArgumentException("class " + c + " is empty and cannot be raised to " + after[c]);
      }
    }
    m_Before = before.clone();
    m_After = after.clone();
  }

  /** @return the number of classes */
  public int numClasses() {
    return m_Before.length;
  }

  /** @return a copy of the counts before resampling */
  public int[] before() {
    return m_Before.clone();
  }

  /** @return a copy of the target counts */
  public int[] after() {
    return m_After.clone();
  }

  /**
   * @param c a class index
   * @return the count of class c before resampling
   */
  public int before(int c) {
    return m_Before[c];
  }

  /**
   * @param c a class index
   * @return the target count of class c
   */
  public int after(int c) {
    return m_After[c];
  }

  /**
   * A table of the counts before and after, one line per class.
   *
   * @param classAttribute the class attribute, for the labels (may be null)
   * @return the report
   */
  public String report(Attribute classAttribute) {
    StringBuilder sb = new StringBuilder("class\tbefore\tafter\taction\n");
    int tb = 0;
    int ta = 0;
    for (int c = 0; c < m_Before.length; c++) {
      String name = classAttribute != null ? classAttribute.value(c) : Integer.toString(c);
      String action = m_After[c] > m_Before[c] ? "oversample +" + (m_After[c] - m_Before[c])
        : m_After[c] < m_Before[c] ? "undersample -" + (m_Before[c] - m_After[c]) : "keep";
      sb.append(name).append('\t').append(m_Before[c]).append('\t').append(m_After[c]).append('\t').append(action)
        .append('\n');
      tb += m_Before[c];
      ta += m_After[c];
    }
    sb.append("total\t").append(tb).append('\t').append(ta).append('\n');
    return sb.toString();
  }

  @Override
  public String toString() {
    return report(null);
  }

  // ------------------------------------------------------------ helpers

  /**
   * The smallest non-empty class (first one on ties), or -1 if all are empty.
   *
   * @param counts class counts
   * @return its index
   */
  public static int smallestNonEmpty(int[] counts) {
    int best = -1;
    for (int c = 0; c < counts.length; c++) {
      if (counts[c] > 0 && (best < 0 || counts[c] < counts[best])) {
        best = c;
      }
    }
    return best;
  }

  /**
   * @param counts class counts
   * @return the largest class count
   */
  public static int largest(int[] counts) {
    int m = 0;
    for (int n : counts) {
      m = Math.max(m, n);
    }
    return m;
  }
}
