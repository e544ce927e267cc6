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

import java.util.Collections;
import java.util.List;

import weka.core.TechnicalInformation;
import weka.core.TechnicalInformationHandler;
import weka.imbalance.Citations;
import weka.imbalance.ConfusionStatistics;

/**
 * Evaluation metric plugin: the index of balanced accuracy (Garcia, Mollineda and Sanchez 2009),
 * IBA = (1 + alpha dominance) G-mean^2 with alpha = 0.1, as imbalanced-learn computes it by default
 * ({@code make_index_balanced_accuracy(alpha=0.1, squared=True)(geometric_mean_score)}): the
 * G-mean of the recalls of the classes with test instances, squared, and the dominance = macro
 * sensitivity - macro specificity (see {@link ConfusionStatistics#iba()}). With two classes the
 * dominance of this macro form is 0; the paper's IBA with one class as the positive one is that
 * class's row of {@link ImbalancedReport}. Instance weights count.
 *
 * <p>Experimenter result column: {@code IBA}.
 */
public class IndexBalancedAccuracy extends AbstractConfusionMetric implements TechnicalInformationHandler {

  private static final long serialVersionUID = -2753209516011418465L;

  /** Statistic: the index of balanced accuracy. */
  public static final String IBA = "IBA";

  @Override
  public String getMetricName() {
    return "IndexBalancedAccuracy";
  }

  @Override
  public String getMetricDescription() {
    return "Index of balanced accuracy (alpha 0.1, over the squared G-mean), as imbalanced-learn's default";
  }

  @Override
  public List<String> getStatisticNames() {
    return Collections.singletonList(IBA);
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    return Citations.garcia2009();
  }

  @Override
  protected double compute(String statName, ConfusionStatistics s) {
    return s.iba();
  }

  @Override
  protected String summaryLabel(String statName) {
    return "Index of balanced accuracy (IBA)";
  }
}
