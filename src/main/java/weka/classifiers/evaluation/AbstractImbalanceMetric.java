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

/**
 * What every evaluation metric of the imbalancedLearning package shares: it applies to a nominal
 * class only (Weka never shows or asks for it with a numeric class), computes each statistic from
 * one summary of the predictions ({@code S}: per-class recalls, or the one-vs-rest counts of the
 * confusion matrix), reports an undefined statistic as missing, refuses an unknown statistic by
 * name, and prints its summary lines the way Weka prints its own.
 *
 * @param <S> the summary of the predictions the statistics are computed from
 */
public abstract class AbstractImbalanceMetric<S> extends AbstractEvaluationMetric implements StandardEvaluationMetric {

  private static final long serialVersionUID = 2716355948027467025L;

  /** Width of the label column of Weka's summary ("Kappa statistic" and the others). */
  protected static final int LABEL_WIDTH = 35;

  @Override
  public boolean appliesToNominalClass() {
    return true;
  }

  @Override
  public boolean appliesToNumericClass() {
    return false;
  }

  @Override
  public void updateStatsForPredictor(double predictedValue, Instance instance) {
    // numeric class: not applicable
  }

  /** @return the summary of the predictions so far, or null when there is none */
  protected abstract S summary();

  /**
   * Computes one of this metric's statistics.
   *
   * @param statName a name from {@link #getStatisticNames()}
   * @param summary the summary of the predictions
   * @return the value, NaN if undefined
   */
  protected abstract double compute(String statName, S summary);

  /**
   * @param statName a statistic name
   * @return its label in the summary
   */
  protected abstract String summaryLabel(String statName);

  @Override
  public double getStatistic(String statName) {
    if (!getStatisticNames().contains(statName)) {
      throw new UnknownStatisticException("Unknown statistic '" + statName + "' of " + getMetricName()
        + "; known: " + getStatisticNames());
    }
    S s = summary();
    return s == null ? Utils.missingValue() : compute(statName, s);
  }

  /**
   * @return the evaluation's (weighted) confusion matrix, or null without a nominal class or
   *         without test instances
   */
  protected double[][] confusionMatrix() {
    if (m_baseEvaluation == null || m_baseEvaluation.getHeader() == null
      || !m_baseEvaluation.getHeader().classAttribute().isNominal()) {
      return null;
    }
    double[][] cm = m_baseEvaluation.confusionMatrix();
    return cm == null || cm.length == 0 ? null : cm;
  }

  /**
   * One line of Weka's summary, formatted as Weka formats its own lines (label column of 35
   * characters, value right-aligned on the decimal point in 12), then an optional remark. An
   * undefined value prints as "?" where the units digit would stand.
   */
  protected static String line(String label, double value, String remark) {
    StringBuilder b = new StringBuilder(label).append(' ');
    while (b.length() < LABEL_WIDTH) {
      b.append(' ');
    }
    b.append(Utils.isMissingValue(value) ? Utils.doubleToString(0, 12, 4).replace('0', '?')
      : Utils.doubleToString(value, 12, 4));
    if (remark != null && !remark.isEmpty()) {
      b.append(' ').append(remark);
    }
    return b.append('\n').toString();
  }

  /**
   * @return the remark of the summary's first line, or null
   */
  protected String firstLineRemark() {
    return null;
  }

  @Override
  public String toSummaryString() {
    StringBuilder b = new StringBuilder();
    List<String> names = getStatisticNames();
    for (int i = 0; i < names.size(); i++) {
      b.append(line(summaryLabel(names.get(i)), getStatistic(names.get(i)), i == 0 ? firstLineRemark() : null));
    }
    return b.toString();
  }
}
