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


package weka.classifiers.evaluation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import weka.core.Attribute;
import weka.core.Utils;
import weka.imbalance.ConfusionStatistics;

/**
 * Evaluation metric plugin: the per-class report of imbalanced-learn's
 * {@code classification_report_imbalanced} in the classifier output: for every class its
 * precision, recall (sensitivity), specificity, F1, G-mean and index of balanced accuracy (alpha
 * 0.1, each class against the others) and its support, then the "avg / total" row, the means
 * weighted by support. The definitions are in {@link ConfusionStatistics}; a class without test
 * instances shows "?" where a value is undefined and is left out of the averages. Instance weights
 * count (the support is the total weight).
 *
 * <p>Experimenter result columns (the averages Weka does not already report): {@code
 * WeightedSpecificity}, {@code WeightedGMean}, {@code WeightedIBA}.
 */
public class ImbalancedReport extends AbstractConfusionMetric {

  private static final long serialVersionUID = 8410944563316282471L;

  /** Statistic: support-weighted mean specificity. */
  public static final String WEIGHTED_SPECIFICITY = "WeightedSpecificity";
  /** Statistic: support-weighted mean per-class G-mean. */
  public static final String WEIGHTED_GMEAN = "WeightedGMean";
  /** Statistic: support-weighted mean per-class IBA. */
  public static final String WEIGHTED_IBA = "WeightedIBA";

  private static final String[] COLUMNS = {"pre", "rec", "spe", "f1", "geo", "iba", "sup"};
  private static final String AVERAGE_ROW = "avg / total";

  @Override
  public String getMetricName() {
    return "ImbalancedReport";
  }

  @Override
  public String getMetricDescription() {
    return "Per-class precision, recall, specificity, F1, G-mean, IBA and support (imbalanced-learn's report)";
  }

  @Override
  public List<String> getStatisticNames() {
    return Arrays.asList(WEIGHTED_SPECIFICITY, WEIGHTED_GMEAN, WEIGHTED_IBA);
  }

  /**
   * @param s the statistics
   * @param column 0..5: precision, recall, specificity, F1, G-mean, IBA
   * @return that statistic of every class
   */
  static double[] column(ConfusionStatistics s, int column) {
    double[] v = new double[s.numClasses()];
    for (int k = 0; k < v.length; k++) {
      switch (column) {
        case 0:
          v[k] = s.precision(k);
          break;
        case 1:
          v[k] = s.sensitivity(k);
          break;
        case 2:
          v[k] = s.specificity(k);
          break;
        case 3:
          v[k] = s.f1(k);
          break;
        case 4:
          v[k] = s.gMean(k);
          break;
        default:
          v[k] = s.iba(k);
      }
    }
    return v;
  }

  @Override
  protected double compute(String statName, ConfusionStatistics s) {
    int column = WEIGHTED_SPECIFICITY.equals(statName) ? 2 : WEIGHTED_GMEAN.equals(statName) ? 4 : 5;
    return s.supportWeighted(column(s, column));
  }

  @Override
  protected String summaryLabel(String statName) {
    return WEIGHTED_SPECIFICITY.equals(statName) ? "Specificity (weighted)"
      : WEIGHTED_GMEAN.equals(statName) ? "G-mean (weighted)" : "IBA (weighted)";
  }

  @Override
  public String toSummaryString() {
    ConfusionStatistics s = summary();
    if (s == null) {
      return "";
    }
    Attribute cls = m_baseEvaluation.getHeader().classAttribute();
    int width = AVERAGE_ROW.length();
    for (int k = 0; k < cls.numValues(); k++) {
      width = Math.max(width, cls.value(k).length());
    }
    StringBuilder b = new StringBuilder("\nImbalanced classification report (per class against the others; IBA alpha "
      + ConfusionStatistics.IBA_ALPHA + ")\n");
    b.append(String.format(Locale.ROOT, "%" + width + "s", ""));
    for (String c : COLUMNS) {
      b.append(String.format(Locale.ROOT, " %9s", c));
    }
    b.append('\n');
    double[][] columns = new double[6][];
    for (int c = 0; c < 6; c++) {
      columns[c] = column(s, c);
    }
    for (int k = 0; k < s.numClasses(); k++) {
      b.append(String.format(Locale.ROOT, "%" + width + "s", cls.value(k)));
      for (int c = 0; c < 6; c++) {
        b.append(cell(columns[c][k]));
      }
      b.append(String.format(Locale.ROOT, " %9s", Utils.doubleToString(s.support(k), 4))).append('\n');
    }
    b.append(String.format(Locale.ROOT, "%" + width + "s", AVERAGE_ROW));
    for (int c = 0; c < 6; c++) {
      b.append(cell(s.supportWeighted(columns[c])));
    }
    b.append(String.format(Locale.ROOT, " %9s", Utils.doubleToString(s.total(), 4))).append("\n\n");
    return b.toString();
  }

  private static String cell(double v) {
    return Double.isNaN(v) ? String.format(Locale.ROOT, " %9s", "?") : String.format(Locale.ROOT, " %9.4f", v);
  }
}
