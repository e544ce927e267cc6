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

package weka.imbalance;

import java.io.Serializable;

import weka.core.Utils;

/**
 * Per-class recall accumulated over weighted predictions, and the class-balanced statistics
 * built on it: balanced accuracy, G-mean, worst-class recall, and the mean recall of the classes
 * of each many/medium/few-shot group.
 *
 * <p>Conventions (the same as scikit-learn's {@code balanced_accuracy_score}):
 * <ul>
 * <li>The recall of class k is the weight of its test instances predicted as k divided by the
 * weight of all its test instances. A prediction that names no class (an all-zero distribution,
 * which Weka counts as "unclassified") is a miss when it is added here; note that Weka's
 * {@code Evaluation} does not pass such predictions to metric plugins at all, so through Weka they
 * are left out, exactly as in Weka's own per-class recall (TP rate).</li>
 * <li>The predicted class is the first class with the largest probability, as in Weka's
 * {@code Evaluation}.</li>
 * <li>A class without test instances (weight 0) has no recall. It is <b>left out</b> of every
 * mean; it is never counted as recall 0. When no class has test instances the statistics are
 * missing (NaN).</li>
 * <li>Instances with a missing class value are ignored.</li>
 * </ul>
 *
 * <p>Shot groups: each prediction is filed under the group that its class had in the training
 * data of the model that made it, so per-fold training counts are respected in a
 * cross-validation. A group's accuracy is the mean, over the classes filed under it, of their
 * recall within the group; a group with no such class is missing (NaN).
 */
public class PerClassRecall implements Serializable {

  private static final long serialVersionUID = -2306170734286530148L;

  private final double[] m_total;
  private final double[] m_correct;
  private final double[][] m_groupTotal;
  private final double[][] m_groupCorrect;

  /**
   * An empty accumulator.
   *
   * @param numClasses the number of classes
   */
  public PerClassRecall(int numClasses) {
    m_total = new double[numClasses];
    m_correct = new double[numClasses];
    m_groupTotal = new double[3][numClasses];
    m_groupCorrect = new double[3][numClasses];
  }

  /** @return the number of classes */
  public int numClasses() {
    return m_total.length;
  }

  /**
   * The class Weka's Evaluation predicts from a distribution: the first index of the largest
   * entry, or -1 when no entry is positive.
   *
   * @param dist the predicted distribution
   * @return the predicted class, or -1 for "unclassified"
   */
  public static int predictedClass(double[] dist) {
    int best = -1;
    double bestProb = 0;
    for (int k = 0; k < dist.length; k++) {
      if (dist[k] > bestProb) {
        best = k;
        bestProb = dist[k];
      }
    }
    return best;
  }

  /**
   * Adds one weighted prediction.
   *
   * @param actual the true class
   * @param predicted the predicted class, -1 for none
   * @param weight the instance weight
   * @param group the shot group of the true class ({@link ShotGroups#MANY} etc.), or -1 if unknown
   */
  public void add(int actual, int predicted, double weight, int group) {
    if (actual < 0 || actual >= m_total.length) {
      throw new IllegalArgumentException("actual class must be in 0.." + (m_total.length - 1) + ", got " + actual);
    }
    double hit = predicted == actual ? weight : 0;
    m_total[actual] += weight;
    m_correct[actual] += hit;
    if (group >= 0) {
      m_groupTotal[group][actual] += weight;
      m_groupCorrect[group][actual] += hit;
    }
  }

  /**
   * Fills the accumulator from a confusion matrix (rows = actual, columns = predicted), all in one
   * shot group if {@code group >= 0}.
   *
   * @param confusion the (weighted) confusion matrix
   * @param group the shot group, or -1
   * @return this
   */
  public PerClassRecall addConfusionMatrix(double[][] confusion, int group) {
    for (int a = 0; a < confusion.length; a++) {
      for (int p = 0; p < confusion[a].length; p++) {
        if (confusion[a][p] != 0) {
          add(a, p, confusion[a][p], group);
        }
      }
    }
    return this;
  }

  /**
   * A copy in which every class is filed under the one shot group of its training count, for
   * predictions that were added without a group (their model's training counts came later).
   *
   * @param trainingCounts the training count of each class
   * @param groups the grouping
   * @return the copy
   */
  public PerClassRecall regroup(double[] trainingCounts, ShotGroups groups) {
    if (trainingCounts.length != m_total.length) {
      throw new IllegalArgumentException("need one training count per class (" + m_total.length + "), got "
        + trainingCounts.length);
    }
    PerClassRecall r = new PerClassRecall(m_total.length);
    for (int k = 0; k < m_total.length; k++) {
      r.m_total[k] = m_total[k];
      r.m_correct[k] = m_correct[k];
      int g = groups.groupOf(trainingCounts[k]);
      r.m_groupTotal[g][k] = m_total[k];
      r.m_groupCorrect[g][k] = m_correct[k];
    }
    return r;
  }

  /**
   * @param k a class index
   * @return the recall of class k, or NaN if it has no test instances
   */
  public double recall(int k) {
    return m_total[k] > 0 ? m_correct[k] / m_total[k] : Utils.missingValue();
  }

  /** @return the weighted number of test instances of each class (a copy) */
  public double[] testWeights() {
    return m_total.clone();
  }

  /** @return the number of classes that have test instances */
  public int numClassesWithTestInstances() {
    int n = 0;
    for (double t : m_total) {
      if (t > 0) {
        n++;
      }
    }
    return n;
  }

  /** @return the mean recall over the classes with test instances, NaN if there are none */
  public double balancedAccuracy() {
    return meanRecall(m_correct, m_total);
  }

  /**
   * @return the geometric mean of the recalls of the classes with test instances (0 as soon as one
   *         of them is 0), NaN if there are none
   */
  public double gMean() {
    double logSum = 0;
    int n = 0;
    for (int k = 0; k < m_total.length; k++) {
      if (m_total[k] > 0) {
        double r = m_correct[k] / m_total[k];
        if (r == 0) {
          return 0;
        }
        logSum += Math.log(r);
        n++;
      }
    }
    return n == 0 ? Utils.missingValue() : Math.exp(logSum / n);
  }

  /** @return the smallest recall of a class with test instances, NaN if there are none */
  public double worstClassRecall() {
    double min = Double.POSITIVE_INFINITY;
    for (int k = 0; k < m_total.length; k++) {
      if (m_total[k] > 0) {
        min = Math.min(min, m_correct[k] / m_total[k]);
      }
    }
    return min == Double.POSITIVE_INFINITY ? Utils.missingValue() : min;
  }

  /**
   * @param group {@link ShotGroups#MANY}, {@link ShotGroups#MEDIUM} or {@link ShotGroups#FEW}
   * @return the mean recall of the classes filed under the group, NaN if there are none
   */
  public double groupAccuracy(int group) {
    return meanRecall(m_groupCorrect[group], m_groupTotal[group]);
  }

  /**
   * @param group a shot group
   * @return the number of classes with test instances filed under the group
   */
  public int numClassesInGroup(int group) {
    int n = 0;
    for (double t : m_groupTotal[group]) {
      if (t > 0) {
        n++;
      }
    }
    return n;
  }

  private static double meanRecall(double[] correct, double[] total) {
    double sum = 0;
    int n = 0;
    for (int k = 0; k < total.length; k++) {
      if (total[k] > 0) {
        sum += correct[k] / total[k];
        n++;
      }
    }
    return n == 0 ? Utils.missingValue() : sum / n;
  }
}
