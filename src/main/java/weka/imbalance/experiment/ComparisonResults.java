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

package weka.imbalance.experiment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import weka.classifiers.Classifier;
import weka.core.Attribute;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.OptionHandler;
import weka.core.Utils;
import weka.experiment.PairedStats;
import weka.experiment.PairedStatsCorrected;

/**
 * The raw results of an Experimenter run (one row per method, data set, run and fold, as Weka's
 * InstancesResultListener writes them), looked up by data set and method: per-fold values, their
 * means, and Weka's corrected paired t-test between two methods, computed exactly as the
 * Experimenter's Analyse tab does ({@link PairedStatsCorrected}, test/train ratio from the
 * result columns).
 */
final class ComparisonResults {

  /** The significance level of every test. */
  static final double SIGNIFICANCE = 0.05;

  private final Instances m_raw;
  private final List<String> m_keys = new ArrayList<>();
  private final Map<String, List<Instance>> m_rows = new HashMap<>();

  /**
   * @param raw the Experimenter's results
   * @param methods the methods compared, in order
   */
  ComparisonResults(Instances raw, List<? extends Classifier> methods) {
    m_raw = raw;
    for (Classifier m : methods) {
      m_keys.add(key(m));
    }
  }

  /** @return the raw results */
  Instances raw() {
    return m_raw;
  }

  /** The key the Experimenter's ClassifierSplitEvaluator files a method's rows under. */
  private static String key(Classifier c) {
    String[] options = c instanceof OptionHandler ? ((OptionHandler) c).getOptions() : new String[0];
    return c.getClass().getName() + "|" + Utils.joinOptions(options);
  }

  private String rowKey(Instance row) {
    Attribute options = m_raw.attribute("Key_Scheme_options");
    return row.stringValue(m_raw.attribute("Key_Scheme")) + "|"
      + (row.isMissing(options) ? "" : row.stringValue(options));
  }

  /**
   * @param relation a data set's relation name
   * @return whether a row belongs to it (the Experimenter stores it back-quoted)
   */
  private boolean isOf(Instance row, String relation) {
    String v = row.stringValue(m_raw.attribute("Key_Dataset"));
    return v.equals(relation) || v.equals(Utils.backQuoteChars(relation));
  }

  /**
   * The rows of one method on one data set, ordered by run and fold.
   *
   * @param relation the data set's relation name
   * @param method the method's index
   * @return the rows
   */
  List<Instance> rows(String relation, int method) {
    return m_rows.computeIfAbsent(relation + "\u0000" + method, k -> find(relation, method));
  }

  private List<Instance> find(String relation, int method) {
    List<Instance> rows = new ArrayList<>();
    for (Instance row : m_raw) {
      if (isOf(row, relation) && rowKey(row).equals(m_keys.get(method))) {
        rows.add(row);
      }
    }
    rows.sort(Comparator.comparingInt((Instance r) -> number(r, "Key_Run")).thenComparingInt(r -> number(r, "Key_Fold")));
    return rows;
  }

  private int number(Instance row, String column) {
    Attribute a = m_raw.attribute(column);
    if (a == null || row.isMissing(a)) {
      return 0;
    }
    return a.isNumeric() ? (int) row.value(a) : Integer.parseInt(row.stringValue(a).trim());
  }

  /**
   * @param relation the data set's relation name
   * @param method the method's index
   * @param column a result column
   * @return the mean of its non-missing values, NaN when there are none (or no such column)
   */
  double mean(String relation, int method, String column) {
    Attribute a = m_raw.attribute(column);
    if (a == null) {
      return Double.NaN;
    }
    double sum = 0;
    int n = 0;
    for (Instance row : rows(relation, method)) {
      if (!row.isMissing(a)) {
        sum += row.value(a);
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  /**
   * @param relation the data set's relation name
   * @param method the method's index
   * @param column a result column
   * @return the sample standard deviation of its non-missing values (as Weka's Analyse tab), NaN
   *         for fewer than two
   */
  double standardDeviation(String relation, int method, String column) {
    Attribute a = m_raw.attribute(column);
    double mean = mean(relation, method, column);
    double sumSq = 0;
    int n = 0;
    for (Instance row : rows(relation, method)) {
      if (a != null && !row.isMissing(a)) {
        sumSq += (row.value(a) - mean) * (row.value(a) - mean);
        n++;
      }
    }
    return n < 2 ? Double.NaN : Math.sqrt(sumSq / (n - 1));
  }

  /**
   * @param relation the data set's relation name
   * @param method the method's index
   * @return the number of results (runs x folds) of the method
   */
  int count(String relation, int method) {
    return rows(relation, method).size();
  }

  /**
   * @param relation the data set's relation name
   * @param method the method's index
   * @return the number of different runs among the method's results
   */
  int runs(String relation, int method) {
    return (int) rows(relation, method).stream().mapToInt(r -> number(r, "Key_Run")).distinct().count();
  }

  /**
   * Weka's corrected paired t-test (Nadeau and Bengio) of a column between two methods, paired by
   * run and fold.
   *
   * @param relation the data set's relation name
   * @param base the first method
   * @param other the second method
   * @param column the compared column
   * @return the statistics: {@code differencesSignificance} is -1 when {@code other} is
   *         significantly better than {@code base}, 1 when significantly worse, 0 otherwise; null
   *         when fewer than two pairs exist, where no test is possible
   */
  PairedStats test(String relation, int base, int other, String column) {
    List<Instance> a = rows(relation, base);
    List<Instance> b = rows(relation, other);
    Attribute col = m_raw.attribute(column);
    if (col == null || a.size() != b.size() || a.size() < 2) {
      return null;
    }
    Attribute train = m_raw.attribute("Number_of_training_instances");
    Attribute test = m_raw.attribute("Number_of_testing_instances");
    double trainSum = 0, testSum = 0;
    for (Instance r : a) {
      trainSum += train == null ? 0 : r.value(train);
      testSum += test == null ? 0 : r.value(test);
    }
    PairedStats stats = new PairedStatsCorrected(SIGNIFICANCE, trainSum > 0 ? testSum / trainSum : 0);
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).isMissing(col) && !b.get(i).isMissing(col)) {
        stats.add(a.get(i).value(col), b.get(i).value(col));
      }
    }
    if (stats.count < 2) {
      return null;
    }
    stats.calculateDerived();
    return stats;
  }
}
