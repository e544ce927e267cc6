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
 * Evaluation metric plugin: the G-mean (geometric mean of the per-class recalls; 0 as soon as
 * one class is never recognised) and the worst-class recall. Classes without test instances are
 * left out, as for {@link BalancedAccuracy}. Instance weights count.
 *
 * <p>Experimenter result columns: {@code GMean} and {@code WorstClassRecall}.
 */
public class GMean extends AbstractPerClassRecallMetric {

  private static final long serialVersionUID = 2878216645123101263L;

  /** Statistic: geometric mean of the per-class recalls. */
  public static final String GMEAN = "GMean";
  /** Statistic: smallest per-class recall. */
  public static final String WORST_CLASS_RECALL = "WorstClassRecall";

  @Override
  public String getMetricName() {
    return GMEAN;
  }

  @Override
  public String getMetricDescription() {
    return "Geometric mean of the per-class recalls, and the worst-class recall";
  }

  @Override
  public List<String> getStatisticNames() {
    return Arrays.asList(GMEAN, WORST_CLASS_RECALL);
  }

  @Override
  protected double compute(String statName, PerClassRecall recall) {
    return GMEAN.equals(statName) ? recall.gMean() : recall.worstClassRecall();
  }

  @Override
  protected String summaryLabel(String statName) {
    return GMEAN.equals(statName) ? "G-mean" : "Worst-class recall";
  }
}
