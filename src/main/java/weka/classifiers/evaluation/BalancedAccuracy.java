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

import weka.imbalance.PerClassRecall;

/**
 * Evaluation metric plugin: balanced accuracy (the mean of the per-class recalls) and the
 * balanced error rate (1 - balanced accuracy). These are the measures of choice when classes are
 * imbalanced: every class counts equally, however rare. A class without test instances has no
 * recall and is left out of the mean (as in scikit-learn's {@code balanced_accuracy_score});
 * the summary says how many classes were left out. Instance weights count.
 *
 * <p>Shown in the classifier output of the Explorer and the command line, and as the
 * Experimenter result columns {@code BalancedAccuracy} and {@code BalancedErrorRate}.
 */
public class BalancedAccuracy extends AbstractPerClassRecallMetric {

  private static final long serialVersionUID = -5581230547702390436L;

  /** Statistic: mean per-class recall. */
  public static final String BALANCED_ACCURACY = "BalancedAccuracy";
  /** Statistic: 1 - balanced accuracy. */
  public static final String BALANCED_ERROR_RATE = "BalancedErrorRate";

  @Override
  public String getMetricName() {
    return BALANCED_ACCURACY;
  }

  @Override
  public String getMetricDescription() {
    return "Balanced accuracy (mean per-class recall) and balanced error rate";
  }

  @Override
  public List<String> getStatisticNames() {
    return Arrays.asList(BALANCED_ACCURACY, BALANCED_ERROR_RATE);
  }

  @Override
  public boolean statisticIsMaximisable(String statName) {
    return !BALANCED_ERROR_RATE.equals(statName);
  }

  @Override
  protected double compute(String statName, PerClassRecall recall) {
    double ba = recall.balancedAccuracy();
    return BALANCED_ACCURACY.equals(statName) ? ba : 1 - ba;
  }

  @Override
  protected String summaryLabel(String statName) {
    return BALANCED_ACCURACY.equals(statName) ? "Balanced accuracy" : "Balanced error rate";
  }
}
