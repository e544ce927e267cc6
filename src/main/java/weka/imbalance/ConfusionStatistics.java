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

import weka.core.Utils;

/**
 * The one-vs-rest statistics of every class from a (weighted) confusion matrix, and their
 * averages, as imbalanced-learn's {@code sensitivity_specificity_support},
 * {@code geometric_mean_score}, {@code make_index_balanced_accuracy} and
 * {@code classification_report_imbalanced} define them. For class k, with the matrix's rows the
 * actual classes and its columns the predicted ones: TP = cell (k, k), support = row k, predicted =
 * column k, total = all cells; then
 * <ul>
 * <li>sensitivity (recall) = TP / support; specificity = TN / (TN + FP) with TN = total - support -
 * predicted + TP and FP = predicted - TP;</li>
 * <li>precision = TP / predicted (0 when nothing is predicted as k, as scikit-learn's default);
 * F1 = 2 precision recall / (precision + recall) (0 when both are 0);</li>
 * <li>G-mean of k = sqrt(sensitivity specificity); IBA of k = (1 + alpha (sensitivity -
 * specificity)) sensitivity specificity (Garcia et al., over the squared G-mean, alpha = 0.1).</li>
 * </ul>
 * A class without test instances (support 0) has no sensitivity, G-mean or IBA (NaN) and is left out
 * of every average, as our other class-balanced measures leave it out. Instance weights count in
 * every sum (imbalanced-learn 0.10 mixes weighted sums with the unweighted number of instances in
 * TN, issue #1180; we do not).
 */
public final class ConfusionStatistics {

  /** imbalanced-learn's default alpha of the index of balanced accuracy. */
  public static final double IBA_ALPHA = 0.1;

  private final double[] m_Support;
  private final double[] m_Predicted;
  private final double[] m_TP;
  private final double m_Total;

  /**
   * @param confusion the weighted confusion matrix, rows = actual, columns = predicted
   */
  public ConfusionStatistics(double[][] confusion) {
    int c = confusion.length;
    m_Support = new double[c];
    m_Predicted = new double[c];
    m_TP = new double[c];
    double total = 0;
    for (int a = 0; a < c; a++) {
      for (int p = 0; p < c; p++) {
        m_Support[a] += confusion[a][p];
        m_Predicted[p] += confusion[a][p];
        total += confusion[a][p];
      }
      m_TP[a] = confusion[a][a];
    }
    m_Total = total;
  }

  /** @return the number of classes */
  public int numClasses() {
    return m_Support.length;
  }

  /** @return whether there is any test instance */
  public boolean isEmpty() {
    return !(m_Total > 0);
  }

  /** @param k a class @return its weighted number of test instances */
  public double support(int k) {
    return m_Support[k];
  }

  /** @param k a class @return TP / support, NaN without test instances */
  public double sensitivity(int k) {
    return m_Support[k] > 0 ? m_TP[k] / m_Support[k] : Utils.missingValue();
  }

  /** @param k a class @return TN / (TN + FP), NaN when every test instance is of class k */
  public double specificity(int k) {
    double negatives = m_Total - m_Support[k];
    double tn = negatives - (m_Predicted[k] - m_TP[k]);
    return negatives > 0 ? tn / negatives : Utils.missingValue();
  }

  /** @param k a class @return TP / predicted, 0 when nothing is predicted as k */
  public double precision(int k) {
    return m_Predicted[k] > 0 ? m_TP[k] / m_Predicted[k] : 0;
  }

  /** @param k a class @return the harmonic mean of precision and recall (0 if both are 0), NaN without test instances */
  public double f1(int k) {
    double p = precision(k);
    double r = sensitivity(k);
    if (Double.isNaN(r)) {
      return r;
    }
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }

  /** @param k a class @return sqrt(sensitivity specificity) */
  public double gMean(int k) {
    return Math.sqrt(sensitivity(k) * specificity(k));
  }

  /** @param k a class @return (1 + alpha (sensitivity - specificity)) sensitivity specificity */
  public double iba(int k) {
    return iba(sensitivity(k), specificity(k), sensitivity(k) * specificity(k));
  }

  private static double iba(double sensitivity, double specificity, double squaredGMean) {
    return (1 + IBA_ALPHA * (sensitivity - specificity)) * squaredGMean;
  }

  /** @return the mean sensitivity over the classes with test instances, NaN if none */
  public double macroSensitivity() {
    return macro(true);
  }

  /** @return the mean specificity over the classes with test instances, NaN if none */
  public double macroSpecificity() {
    return macro(false);
  }

  private double macro(boolean sensitivity) {
    double sum = 0;
    int n = 0;
    for (int k = 0; k < m_Support.length; k++) {
      if (m_Support[k] > 0) {
        double v = sensitivity ? sensitivity(k) : specificity(k);
        if (!Double.isNaN(v)) {
          sum += v;
          n++;
        }
      }
    }
    return n == 0 ? Utils.missingValue() : sum / n;
  }

  /**
   * The index of balanced accuracy as imbalanced-learn computes it by default,
   * {@code make_index_balanced_accuracy(alpha=0.1, squared=True)(geometric_mean_score)}: the squared
   * multi-class G-mean (geometric mean of the recalls of the classes with test instances) times
   * (1 + alpha (macro sensitivity - macro specificity)). With two classes the two macro means are
   * equal, so this is the squared G-mean; the paper's dominance of one positive class is the IBA
   * of that class ({@link #iba(int)}).
   *
   * @return the index, NaN without test instances
   */
  public double iba() {
    double logSum = 0;
    int n = 0;
    for (int k = 0; k < m_Support.length; k++) {
      if (m_Support[k] > 0) {
        double r = sensitivity(k);
        if (r == 0) {
          return 0;
        }
        logSum += Math.log(r);
        n++;
      }
    }
    if (n == 0) {
      return Utils.missingValue();
    }
    double g = Math.exp(logSum / n);
    return iba(macroSensitivity(), macroSpecificity(), g * g);
  }

  /**
   * The support-weighted mean of a per-class statistic over the classes with test instances (the
   * "avg / total" row of imbalanced-learn's report).
   *
   * @param perClass the statistic of each class
   * @return the weighted mean, NaN if no class has test instances
   */
  public double supportWeighted(double[] perClass) {
    double sum = 0;
    double weight = 0;
    for (int k = 0; k < m_Support.length; k++) {
      if (m_Support[k] > 0 && !Double.isNaN(perClass[k])) {
        sum += m_Support[k] * perClass[k];
        weight += m_Support[k];
      }
    }
    return weight > 0 ? sum / weight : Utils.missingValue();
  }

  /** @return the total weight of the test instances */
  public double total() {
    return m_Total;
  }
}
