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

import weka.imbalance.ConfusionStatistics;

/**
 * Evaluation metric plugin: sensitivity (recall) and specificity of each class against the
 * others, averaged over the classes with test instances (imbalanced-learn's
 * {@code sensitivity_score} and {@code specificity_score} with {@code average="macro"}). The macro
 * sensitivity equals the balanced accuracy. Instance weights count. The per-class values are in the
 * report of {@link ImbalancedReport}.
 *
 * <p>Experimenter result columns: {@code MacroSensitivity} and {@code MacroSpecificity}.
 */
public class SensitivitySpecificity extends AbstractConfusionMetric {

  private static final long serialVersionUID = 4017268519725386190L;

  /** Statistic: mean sensitivity of the classes with test instances. */
  public static final String MACRO_SENSITIVITY = "MacroSensitivity";
  /** Statistic: mean specificity of the classes with test instances. */
  public static final String MACRO_SPECIFICITY = "MacroSpecificity";

  @Override
  public String getMetricName() {
    return "SensitivitySpecificity";
  }

  @Override
  public String getMetricDescription() {
    return "Sensitivity and specificity of each class against the others, averaged over the classes (macro)";
  }

  @Override
  public List<String> getStatisticNames() {
    return Arrays.asList(MACRO_SENSITIVITY, MACRO_SPECIFICITY);
  }

  @Override
  protected double compute(String statName, ConfusionStatistics s) {
    return MACRO_SENSITIVITY.equals(statName) ? s.macroSensitivity() : s.macroSpecificity();
  }

  @Override
  protected String summaryLabel(String statName) {
    return MACRO_SENSITIVITY.equals(statName) ? "Sensitivity (macro)" : "Specificity (macro)";
  }
}
