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
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import weka.classifiers.evaluation.AbstractEvaluationMetric;
import weka.classifiers.evaluation.Evaluation;
import weka.core.Attribute;
import weka.core.Instances;
import weka.imbalance.PerClassRecall;

/**
 * A criterion that a tuner maximises over held-out predictions: balanced accuracy (mean of the
 * per-class recalls), G-mean (their geometric mean), or a statistic of any Weka evaluation-metric
 * plugin named by its statistic name (a statistic that is not maximisable is negated). Balanced
 * accuracy and G-mean come from {@link PerClassRecall}: recalls weighted by instance weight,
 * classes without held-out instances left out, the first arg-max predicted, and a prediction with
 * an all-zero distribution counted as a miss.
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
      throw new IllegalArgumentException("-criterion must name a statistic, got '" + name + "'");
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
      return recalls(instances, dists).balancedAccuracy();
    }
    if (m_Name.equalsIgnoreCase(GMEAN)) {
      return recalls(instances, dists).gMean();
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

  /**
   * Checks a criterion name without data: BalancedAccuracy, GMean, or a statistic of an
   * evaluation-metric plugin registered in this JVM.
   *
   * @param name the name
   * @throws IllegalArgumentException naming the option, the value and the known names
   */
  public static void checkName(String name) throws Exception {
    SelectionCriterion c = new SelectionCriterion(name);
    ArrayList<Attribute> atts = new ArrayList<>();
    atts.add(new Attribute("class", Arrays.asList("a", "b")));
    Instances header = new Instances("criterion", atts, 0);
    header.setClassIndex(0);
    c.check(header);
  }

  private AbstractEvaluationMetric findPlugin(Evaluation eval) {
    Set<String> known = new LinkedHashSet<>();
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
    throw new IllegalArgumentException("-criterion: no evaluation statistic named '" + m_Name + "'; known: "
      + String.join(", ", known));
  }

  /**
   * Accumulates the per-class recalls of distributions against the actual classes, with the
   * conventions of {@link PerClassRecall} (the package's metric plugins use the same class).
   *
   * @param instances instances with classes and weights
   * @param dists one distribution per instance
   * @return the filled accumulator
   */
  public static PerClassRecall recalls(Instances instances, double[][] dists) {
    PerClassRecall r = new PerClassRecall(instances.numClasses());
    for (int i = 0; i < dists.length; i++) {
      r.add((int) instances.instance(i).classValue(), PerClassRecall.predictedClass(dists[i]),
        instances.instance(i).weight(), -1);
    }
    return r;
  }
}
