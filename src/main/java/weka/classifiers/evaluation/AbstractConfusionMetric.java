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

import weka.core.Instance;
import weka.imbalance.ConfusionStatistics;

/**
 * Base of the evaluation metrics computed from the one-vs-rest counts of each class
 * ({@link ConfusionStatistics}): sensitivity and specificity, the index of balanced accuracy and
 * imbalanced-learn's per-class report. They read the evaluation's own (weighted) confusion matrix,
 * so they need no bookkeeping of their own and stay right after Weka merges evaluations
 * ({@code AggregateableEvaluation}: the Knowledge Flow, distributed Weka). Unclassified
 * instances are not in that matrix and are not counted, as in Weka's own per-class statistics.
 */
public abstract class AbstractConfusionMetric extends AbstractImbalanceMetric<ConfusionStatistics> {

  private static final long serialVersionUID = -5230842770520397124L;

  @Override
  public void updateStatsForClassifier(double[] predictedDistribution, Instance instance) {
    // read from the evaluation's confusion matrix
  }

  /** @return the statistics of the evaluation's confusion matrix, or null without test instances */
  @Override
  protected ConfusionStatistics summary() {
    double[][] cm = confusionMatrix();
    if (cm == null) {
      return null;
    }
    ConfusionStatistics s = new ConfusionStatistics(cm);
    return s.isEmpty() ? null : s;
  }
}
