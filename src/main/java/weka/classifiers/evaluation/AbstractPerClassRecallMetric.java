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
import weka.core.Utils;
import weka.imbalance.ModelTrainingCounts;
import weka.imbalance.PerClassRecall;
import weka.imbalance.ShotGroups;

/**
 * Base of the class-balanced evaluation metrics of the imbalancedLearning package: accumulates
 * per-class recall ({@link PerClassRecall}) from every prediction that Weka's
 * {@link Evaluation} makes, filing each under the many/medium/few-shot group its class had in
 * the training data of that prediction (read from the evaluation's class priors at the time of
 * the prediction, so that every cross-validation fold uses its own training counts).
 *
 * <p>The metrics apply to a nominal class only; for a numeric class Weka never shows or asks for
 * them.
 */
public abstract class AbstractPerClassRecallMetric extends AbstractImbalanceMetric<PerClassRecall> {

  private static final long serialVersionUID = 6152383367950446613L;

  private PerClassRecall m_recall;
  private ShotGroups m_groups;
  private transient ModelTrainingCounts.Request m_modelCounts;

  /**
   * Also asks the model that this evaluation will test for its training counts, in case the
   * evaluation gets none (see {@link ModelTrainingCounts}).
   */
  @Override
  public void setBaseEvaluation(Evaluation eval) {
    super.setBaseEvaluation(eval);
    m_modelCounts = ModelTrainingCounts.request(eval);
  }

  @Override
  public void updateStatsForClassifier(double[] predictedDistribution, Instance instance) throws Exception {
    if (instance.classIsMissing() || !instance.classAttribute().isNominal()) {
      return;
    }
    if (m_recall == null) {
      m_recall = new PerClassRecall(instance.numClasses());
    }
    int actual = (int) instance.classValue();
    m_recall.add(actual, PerClassRecall.predictedClass(predictedDistribution), instance.weight(),
      evaluationHasTrainingCounts() ? groups().groupOf(trainingCount(actual)) : -1);
  }

  /**
   * Whether the evaluation's class priors hold training counts: Weka starts every class at 1 (a
   * Laplace prior) and adds the training weights; an evaluation of a saved model on a test file
   * alone adds none.
   */
  private boolean evaluationHasTrainingCounts() {
    double[] priors = m_baseEvaluation == null ? null : m_baseEvaluation.getClassPriors();
    if (priors == null) {
      return false;
    }
    double added = 0;
    for (double p : priors) {
      added += p - 1;
    }
    return added > 0;
  }

  /**
   * @return the training counts of the evaluated model when the evaluation has none and the model
   *         reported them, else null
   */
  private double[] modelTrainingCounts() {
    if (evaluationHasTrainingCounts() || m_modelCounts == null) {
      return null;
    }
    double[] counts = m_modelCounts.counts();
    return counts != null && m_recall != null && counts.length == m_recall.numClasses() ? counts : null;
  }

  /**
   * @return why there are no shot groups, or null when there are: the evaluation knows no
   *         training data and the model did not report its training counts
   */
  protected String whyNoShotGroups() {
    if (evaluationHasTrainingCounts() || modelTrainingCounts() != null || recall() == null) {
      return null;
    }
    return "training class counts unknown: the model was evaluated without its training data and does not report"
      + " them";
  }

  /**
   * The weighted number of training instances of a class: Weka's class priors hold the weighted
   * training counts plus 1 (a Laplace prior) per class.
   */
  private double trainingCount(int k) {
    if (m_baseEvaluation == null) {
      return Double.NaN;
    }
    double[] priors = m_baseEvaluation.getClassPriors();
    if (priors == null || k >= priors.length) {
      return Double.NaN;
    }
    return Math.max(0, priors[k] - 1);
  }

  /** @return the shot grouping in force (read once per metric object) */
  protected ShotGroups groups() {
    if (m_groups == null) {
      m_groups = ShotGroups.configured();
    }
    return m_groups;
  }

  /**
   * The accumulated recalls; when this metric saw no prediction but its evaluation has some, the
   * recalls of the evaluation's confusion matrix. That happens after
   * {@code AggregateableEvaluation.aggregate} (the Knowledge Flow's evaluator, distributed Weka),
   * which merges the confusion matrices but not the plugin metrics. The shot groups are then those
   * of the merged evaluation's class priors.
   *
   * @return the recalls, or null when there is no prediction at all
   */
  protected PerClassRecall recall() {
    if (m_recall != null) {
      double[] counts = modelTrainingCounts();
      return counts == null ? m_recall : m_recall.regroup(counts, groups());
    }
    double[][] cm = confusionMatrix();
    if (cm == null) {
      return null;
    }
    PerClassRecall fromMatrix = new PerClassRecall(cm.length);
    boolean any = false;
    for (int actual = 0; actual < cm.length; actual++) {
      int group = evaluationHasTrainingCounts() ? groups().groupOf(trainingCount(actual)) : -1;
      for (int predicted = 0; predicted < cm[actual].length; predicted++) {
        if (cm[actual][predicted] > 0) {
          fromMatrix.add(actual, predicted, cm[actual][predicted], group);
          any = true;
        }
      }
    }
    return any ? fromMatrix : null;
  }

  @Override
  protected PerClassRecall summary() {
    return recall();
  }

  /**
   * @return a remark when some classes had no test instances or some instances were left
   *         unclassified, or null
   */
  protected String leftOutRemark() {
    StringBuilder b = new StringBuilder();
    PerClassRecall recall = recall();
    if (recall == null) {
      b.append("no test instances");
    } else {
      int without = recall.numClasses() - recall.numClassesWithTestInstances();
      if (without > 0) {
        b.append(without).append(" of ").append(recall.numClasses()).append(" classes without test instances left out");
      }
    }
    double unclassified = m_baseEvaluation == null ? 0 : m_baseEvaluation.unclassified();
    if (unclassified > 0) {
      b.append(b.length() > 0 ? "; " : "").append(Utils.doubleToString(unclassified, 4))
        .append(" unclassified instances not counted, as in Weka's per-class recall");
    }
    return b.length() == 0 ? null : "(" + b + ")";
  }

  @Override
  protected String firstLineRemark() {
    return leftOutRemark();
  }
}
