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

import java.util.List;

import weka.core.Instance;
import weka.core.Utils;
import weka.imbalance.ConfusionStatistics;

/**
 * Base of the evaluation metrics computed from the one-vs-rest counts of each class
 * ({@link ConfusionStatistics}): sensitivity and specificity, the index of balanced accuracy and
 * imbalanced-learn's per-class report. They read the evaluation's own (weighted) confusion matrix,
 * so they need no bookkeeping of their own and stay right after Weka merges evaluations
 * ({@code AggregateableEvaluation}: the Knowledge Flow, distributed Weka). Unclassified
 * instances are not in that matrix and are not counted, as in Weka's own per-class statistics.
 */
public abstract class AbstractConfusionMetric extends AbstractEvaluationMetric implements StandardEvaluationMetric {

  private static final long serialVersionUID = -5230842770520397124L;

  @Override
  public boolean appliesToNominalClass() {
    return true;
  }

  @Override
  public boolean appliesToNumericClass() {
    return false;
  }

  @Override
  public void updateStatsForClassifier(double[] predictedDistribution, Instance instance) {
    // read from the evaluation's confusion matrix
  }

  @Override
  public void updateStatsForPredictor(double predictedValue, Instance instance) {
    // numeric class: not applicable
  }

  /** @return the statistics of the evaluation's confusion matrix, or null without test instances */
  protected ConfusionStatistics statistics() {
    if (m_baseEvaluation == null || m_baseEvaluation.getHeader() == null
      || !m_baseEvaluation.getHeader().classAttribute().isNominal()) {
      return null;
    }
    double[][] cm = m_baseEvaluation.confusionMatrix();
    if (cm == null || cm.length == 0) {
      return null;
    }
    ConfusionStatistics s = new ConfusionStatistics(cm);
    return s.isEmpty() ? null : s;
  }

  @Override
  public double getStatistic(String statName) {
    if (!getStatisticNames().contains(statName)) {
      throw new UnknownStatisticException("Unknown statistic '" + statName + "' of " + getMetricName()
        + "; known: " + getStatisticNames());
    }
    ConfusionStatistics s = statistics();
    return s == null ? Utils.missingValue() : compute(statName, s);
  }

  /**
   * @param statName a name from {@link #getStatisticNames()}
   * @param s the statistics
   * @return the value, NaN if undefined
   */
  protected abstract double compute(String statName, ConfusionStatistics s);

  /**
   * @param statName a statistic name
   * @return its label in the summary
   */
  protected abstract String summaryLabel(String statName);

  @Override
  public String toSummaryString() {
    StringBuilder b = new StringBuilder();
    List<String> names = getStatisticNames();
    for (String name : names) {
      b.append(AbstractPerClassRecallMetric.line(summaryLabel(name), getStatistic(name), null));
    }
    return b.toString();
  }
}
