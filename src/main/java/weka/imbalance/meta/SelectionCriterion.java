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

package weka.imbalance.meta;

import java.util.ArrayList;
import java.util.List;

import weka.classifiers.evaluation.AbstractEvaluationMetric;
import weka.classifiers.evaluation.Evaluation;
import weka.core.Instances;
import weka.core.Utils;

/**
 * A criterion that a tuner maximises over held-out predictions: balanced accuracy (mean of the
 * per-class recalls), G-mean (their geometric mean), or a statistic of any Weka evaluation-metric
 * plugin named by its statistic name (a statistic that is not maximisable is negated). Recalls
 * are weighted by instance weight; classes without held-out instances are left out; a prediction
 * with an all-zero distribution counts as wrong. The predicted class is the first arg-max, as in
 * Weka's Evaluation.
 */
public final class SelectionCriterion implements java.io.Serializable {

  private static final long serialVersionUID = 3329140552610781163L;

  /** Name of the balanced-accuracy criterion (the default). */
  public static final String BALANCED_ACCURACY = "BalancedAccuracy";

  /** Name of the G-mean criterion. */
  public static final String GMEAN = "GMean";

  private final String m_Name;

  /**
   * @param name BalancedAccuracy, GMean or the statistic name of an evaluation-metric plugin
   */
  public SelectionCriterion(String name) {
    if (name == null || name.trim().isEmpty()) {
      throw new IllegalArgumentException("criterion must name a statistic, got '" + name + "'");
    }
    m_Name = name.trim();
  }

  /** @return the criterion name */
  public String name() {
    return m_Name;
  }

  /**
   * Scores distributions against the actual classes; larger is better.
   *
   * @param instances the instances, with their classes and weights
   * @param dists one distribution per instance
   * @return the score (a minimised plugin statistic is negated)
   * @throws Exception if a plugin metric fails
   * @throws IllegalArgumentException if no statistic has this name
   */
  public double score(Instances instances, double[][] dists) throws Exception {
    if (m_Name.equalsIgnoreCase(BALANCED_ACCURACY)) {
      return balancedAccuracy(recalls(instances, dists));
    }
    if (m_Name.equalsIgnoreCase(GMEAN)) {
      return gMean(recalls(instances, dists));
    }
    Evaluation eval = new Evaluation(instances);
    AbstractEvaluationMetric metric = findPlugin(eval);
    for (int i = 0; i < dists.length; i++) {
      eval.evaluateModelOnce(dists[i], instances.instance(i));
    }
    double value = metric.getStatistic(m_Name);
    return metric.statisticIsMaximisable(m_Name) ? value : -value;
  }

  /**
   * Checks that the criterion can be computed on data with this header.
   *
   * @param header the data header
   * @throws Exception if Weka's Evaluation cannot be set up
   * @throws IllegalArgumentException if no statistic has this name
   */
  public void check(Instances header) throws Exception {
    if (!m_Name.equalsIgnoreCase(BALANCED_ACCURACY) && !m_Name.equalsIgnoreCase(GMEAN)) {
      findPlugin(new Evaluation(new Instances(header, 0)));
    }
  }

  private AbstractEvaluationMetric findPlugin(Evaluation eval) {
    List<String> known = new ArrayList<>();
    known.add(BALANCED_ACCURACY);
    known.add(GMEAN);
    if (eval.getPluginMetrics() != null) {
      for (AbstractEvaluationMetric m : eval.getPluginMetrics()) {
        if (!m.appliesToNominalClass()) {
          continue;
        }
        for (String s : m.getStatisticNames()) {
          if (s.equals(m_Name)) {
            return m;
          }
          known.add(s);
        }
      }
    }
    throw new IllegalArgumentException("criterion: no evaluation statistic named '" + m_Name + "'; known: "
      + String.join(", ", known));
  }

  /**
   * Weighted recall of each class; NaN for a class without instances.
   *
   * @param instances instances with classes and weights
   * @param dists one distribution per instance
   * @return the recalls
   */
  public static double[] recalls(Instances instances, double[][] dists) {
    int c = instances.numClasses();
    double[] correct = new double[c];
    double[] total = new double[c];
    for (int i = 0; i < dists.length; i++) {
      int y = (int) instances.instance(i).classValue();
      double w = instances.instance(i).weight();
      total[y] += w;
      if (predicted(dists[i]) == y) {
        correct[y] += w;
      }
    }
    double[] r = new double[c];
    for (int k = 0; k < c; k++) {
      r[k] = total[k] > 0 ? correct[k] / total[k] : Double.NaN;
    }
    return r;
  }

  /**
   * @param dist a distribution
   * @return the first arg-max, or -1 when every entry is 0 (no prediction)
   */
  public static int predicted(double[] dist) {
    int best = Utils.maxIndex(dist);
    return dist[best] > 0 ? best : -1;
  }

  /**
   * @param recalls per-class recalls, NaN for absent classes
   * @return their mean over the present classes
   */
  public static double balancedAccuracy(double[] recalls) {
    double s = 0;
    int n = 0;
    for (double r : recalls) {
      if (!Double.isNaN(r)) {
        s += r;
        n++;
      }
    }
    return n == 0 ? Double.NaN : s / n;
  }

  /**
   * @param recalls per-class recalls, NaN for absent classes
   * @return their geometric mean over the present classes
   */
  public static double gMean(double[] recalls) {
    double logSum = 0;
    int n = 0;
    for (double r : recalls) {
      if (!Double.isNaN(r)) {
        if (r == 0) {
          return 0;
        }
        logSum += Math.log(r);
        n++;
      }
    }
    return n == 0 ? Double.NaN : Math.exp(logSum / n);
  }
}
