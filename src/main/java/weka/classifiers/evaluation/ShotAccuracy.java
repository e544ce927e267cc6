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

import weka.core.Utils;
import weka.imbalance.PerClassRecall;
import weka.imbalance.ShotGroups;

/**
 * Evaluation metric plugin: many-shot, medium-shot and few-shot accuracy (Liu et al.,
 * "Large-Scale Long-Tailed Recognition in an Open World", CVPR 2019). Classes are grouped by
 * their weighted number of <b>training</b> instances (many-shot n &gt; 100, medium-shot 20 &lt;= n
 * &lt;= 100, few-shot n &lt; 20 by default; see {@link ShotGroups} to change the thresholds without
 * recompiling), and each group reports the <b>mean per-class recall</b> of its classes, not the
 * pooled accuracy. A group without classes is missing ("?" in the output), never 0.
 *
 * <p>The training counts come from the evaluation's class priors at the time of each prediction
 * (minus Weka's +1 Laplace prior), so in a cross-validation each fold uses its own training
 * counts. Experimenter result columns: {@code ManyShotAccuracy}, {@code MediumShotAccuracy},
 * {@code FewShotAccuracy}.
 */
public class ShotAccuracy extends AbstractPerClassRecallMetric {

  private static final long serialVersionUID = -1093487023465327780L;

  /** Statistic: mean recall of the many-shot classes. */
  public static final String MANY = "ManyShotAccuracy";
  /** Statistic: mean recall of the medium-shot classes. */
  public static final String MEDIUM = "MediumShotAccuracy";
  /** Statistic: mean recall of the few-shot classes. */
  public static final String FEW = "FewShotAccuracy";

  private static final List<String> NAMES = Arrays.asList(MANY, MEDIUM, FEW);

  @Override
  public String getMetricName() {
    return "ShotAccuracy";
  }

  @Override
  public String getMetricDescription() {
    return "Many/medium/few-shot accuracy: mean recall of the classes grouped by training count";
  }

  @Override
  public List<String> getStatisticNames() {
    return NAMES;
  }

  @Override
  protected double compute(String statName, PerClassRecall recall) {
    return recall.groupAccuracy(NAMES.indexOf(statName));
  }

  @Override
  protected String summaryLabel(String statName) {
    return ShotGroups.GROUP_NAMES[NAMES.indexOf(statName)] + " accuracy";
  }

  @Override
  public String toSummaryString() {
    StringBuilder b = new StringBuilder();
    String why = whyNoShotGroups();
    for (int g = 0; g < NAMES.size(); g++) {
      if (why != null) {
        b.append(line(summaryLabel(NAMES.get(g)), Utils.missingValue(), g == 0 ? "(" + why + ")" : null));
        continue;
      }
      int n = recall() == null ? 0 : recall().numClassesInGroup(g);
      b.append(line(summaryLabel(NAMES.get(g)), getStatistic(NAMES.get(g)), "(" + groups().describe(g) + ": "
        + (n == 0 ? "no class)" : n + (n == 1 ? " class)" : " classes)"))));
    }
    return b.toString();
  }
}
