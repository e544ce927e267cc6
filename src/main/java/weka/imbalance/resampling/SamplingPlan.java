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
 * <p>The static methods compute targets; every one takes and returns per-class counts and never
 * changes an empty class.
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

  // ------------------------------------------------------------ targets

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

  /**
   * SMOTE's amount: class c gains floor(P * n_c / 100) synthetic instances (P% of its count, rounded
   * down, as Weka's SMOTE package; 100 doubles it).
   *
   * @param counts class counts
   * @param c the class to oversample
   * @param percentage P &gt;= 0
   * @return the targets
   */
  public static int[] percentage(int[] counts, int c, double percentage) {
    if (!(percentage >= 0) || Double.isInfinite(percentage)) {
      throw new IllegalArgumentException("-P (percentage) must be >= 0, got " + percentage);
    }
    int[] t = counts.clone();
    // the tolerance absorbs the binary rounding of e.g. 290 * 10 / 100
    t[c] = (int) Math.min(Integer.MAX_VALUE, counts[c] + Math.floor(percentage * counts[c] / 100.0 + 1e-9));
    return t;
  }

  /**
   * Raises every non-empty class with fewer than {@code target} instances to {@code target}.
   *
   * @param counts class counts
   * @param target the count, &gt;= 0
   * @return the targets
   */
  public static int[] raiseTo(int[] counts, int target) {
    if (target < 0) {
      throw new IllegalArgumentException("-over-count must be >= 0, got " + target);
    }
    int[] t = counts.clone();
    for (int c = 0; c < t.length; c++) {
      if (counts[c] > 0) {
        t[c] = Math.max(counts[c], target);
      }
    }
    return t;
  }

  /**
   * Raises every non-empty class to at least floor(ratio * majority count); ratio 1 = every class
   * to the majority count.
   *
   * @param counts class counts
   * @param ratio in (0, 1]
   * @return the targets
   */
  public static int[] raiseToRatio(int[] counts, double ratio) {
    if (!(ratio > 0 && ratio <= 1)) {
      throw new IllegalArgumentException("-over-ratio must be in (0, 1], got " + ratio);
    }
    return raiseTo(counts, (int) Math.floor(ratio * largest(counts) + 1e-9));
  }

  /**
   * Explicit targets: a comma-separated list with one entry per class, a count or {@code *}
   * (unchanged). A count below the class's size undersamples it.
   *
   * @param counts class counts
   * @param spec the list
   * @param fixed set to true for the classes the list gives a count (may be null)
   * @return the targets
   */
  public static int[] explicit(int[] counts, String spec, boolean[] fixed) {
    String[] parts = spec.trim().isEmpty() ? new String[0] : spec.split(",");
    if (parts.length != counts.length) {
      throw new IllegalArgumentException("-over-targets needs " + counts.length + " comma-separated entries (one per "
        + "class, a count or *), got '" + spec + "'");
    }
    int[] t = counts.clone();
    for (int c = 0; c < parts.length; c++) {
      String p = parts[c].trim();
      if (p.equals("*")) {
        continue;
      }
      int v;
      try {
        v = Integer.parseInt(p);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("-over-targets: entry " + (c + 1) + " must be a count or *, got '" + p + "'");
      }
      if (v < 0) {
        throw new IllegalArgumentException("-over-targets: entry " + (c + 1) + " must be >= 0, got " + v);
      }
      t[c] = counts[c] == 0 ? 0 : v;
      if (fixed != null) {
        fixed[c] = true;
      }
    }
    return t;
  }

  /**
   * Random undersampling of the classes that are neither oversampled nor fixed to at most
   * {@code cap} instances.
   *
   * @param counts class counts
   * @param targets targets so far (not modified)
   * @param fixed classes not to touch (may be null)
   * @param cap the largest count a class may keep
   * @return the new targets
   */
  public static int[] capAt(int[] counts, int[] targets, boolean[] fixed, int cap) {
    if (cap < 0) {
      throw new IllegalArgumentException("-under-count must be >= 0, got " + cap);
    }
    int[] t = targets.clone();
    for (int c = 0; c < t.length; c++) {
      if (t[c] == counts[c] && (fixed == null || !fixed[c])) {
        t[c] = Math.min(counts[c], cap);
      }
    }
    return t;
  }

  /**
   * Random undersampling to a ratio: the classes that are neither oversampled nor fixed keep at
   * most floor(ratio * R) instances, R = the largest target of the oversampled classes, or the
   * smallest non-empty class count when no class is oversampled. With two classes, ratio = majority
   * : minority after resampling (1 = balanced; the SMOTE paper's undersampling percentage u is
   * 100 / u).
   *
   * @param counts class counts
   * @param targets targets so far (not modified)
   * @param fixed classes not to touch (may be null)
   * @param ratio &gt; 0
   * @return the new targets
   */
  public static int[] capAtRatio(int[] counts, int[] targets, boolean[] fixed, double ratio) {
    if (!(ratio > 0) || Double.isInfinite(ratio)) {
      throw new IllegalArgumentException("-under-ratio must be > 0, got " + ratio);
    }
    int ref = -1;
    for (int c = 0; c < counts.length; c++) {
      if (targets[c] > counts[c]) {
        ref = Math.max(ref, targets[c]);
      }
    }
    if (ref < 0) {
      int s = smallestNonEmpty(counts);
      ref = s < 0 ? 0 : counts[s];
    }
    return capAt(counts, targets, fixed, (int) Math.min(Integer.MAX_VALUE, Math.floor(ratio * ref + 1e-9)));
  }
}
