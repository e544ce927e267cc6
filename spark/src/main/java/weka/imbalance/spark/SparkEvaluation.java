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

package weka.imbalance.spark;

import java.io.Serializable;
import java.util.Collections;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

import weka.classifiers.Classifier;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;
import weka.imbalance.PerClassRecall;
import weka.imbalance.ShotGroups;

/**
 * Our metrics over partitions. Each partition classifies its rows and sums a weighted confusion
 * matrix; the matrices are added up on the driver (Weka's {@code AggregateableEvaluation} merges
 * its own statistics but not plugin metrics), and balanced accuracy, G-mean, worst-class recall and
 * many/medium/few-shot accuracy are computed from them with {@link PerClassRecall}, each class in
 * the shot group of its training count (per fold in cross-validation, as Weka's evaluation does).
 * The result equals Weka's evaluation with the package's metrics on the same predictions: the
 * predicted class is {@link PerClassRecall#predictedClass} of the same distribution, and sums of
 * whole weights do not depend on their order.
 */
public final class SparkEvaluation implements Serializable {

  private static final long serialVersionUID = 5839273645018273619L;

  private final int m_NumClasses;
  private final PerClassRecall m_Recall;
  private final double[][] m_Confusion;
  private double m_Unclassified;

  /** @param numClasses the number of classes */
  public SparkEvaluation(int numClasses) {
    m_NumClasses = numClasses;
    m_Recall = new PerClassRecall(numClasses);
    m_Confusion = new double[numClasses][numClasses];
  }

  /**
   * Classifies the test rows in their partitions and adds their confusion matrix, every class in
   * the shot group of its training count.
   *
   * @param sc the context
   * @param model the model
   * @param test the test rows
   * @param header their header
   * @param trainingCounts the weighted training count of each class (before resampling: the counts
   *          Weka's evaluation holds as its class priors)
   * @return this
   */
  public SparkEvaluation add(JavaSparkContext sc, Classifier model, JavaRDD<double[]> test, Instances header,
    double[] trainingCounts) {
    Broadcast<Classifier> b = sc.broadcast(model);
    Instances h = new Instances(header, 0);
    int nc = m_NumClasses;
    double[][] cm = test.mapPartitions(it -> {
      double[][] m = new double[nc][nc + 1];
      Classifier c = b.value();
      while (it.hasNext()) {
        Instance inst = ArffRows.toInstance(it.next(), h);
        if (inst.classIsMissing()) {
          continue;
        }
        int predicted = PerClassRecall.predictedClass(c.distributionForInstance(inst));
        m[(int) inst.classValue()][predicted < 0 ? nc : predicted] += inst.weight();
      }
      return Collections.singletonList(m).iterator();
    }).reduce(SparkEvaluation::sum);
    b.destroy();
    ShotGroups groups = ShotGroups.configured();
    for (int a = 0; a < nc; a++) {
      int group = groups.groupOf(trainingCounts[a]);
      for (int p = 0; p <= nc; p++) {
        if (cm[a][p] != 0) {
          m_Recall.add(a, p == nc ? -1 : p, cm[a][p], group);
          if (p == nc) {
            m_Unclassified += cm[a][p];
          } else {
            m_Confusion[a][p] += cm[a][p];
          }
        }
      }
    }
    return this;
  }

  private static double[][] sum(double[][] x, double[][] y) {
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < x[i].length; j++) {
        x[i][j] += y[i][j];
      }
    }
    return x;
  }

  /** @return the accumulated recalls */
  public PerClassRecall recall() {
    return m_Recall;
  }

  /** @return the merged confusion matrix (rows actual, columns predicted; unclassified left out) */
  public double[][] confusionMatrix() {
    double[][] c = new double[m_NumClasses][];
    for (int i = 0; i < m_NumClasses; i++) {
      c[i] = m_Confusion[i].clone();
    }
    return c;
  }

  /** @return balanced accuracy (the mean recall over the classes with test instances) */
  public double balancedAccuracy() {
    return m_Recall.balancedAccuracy();
  }

  /** @return the geometric mean of the recalls */
  public double gMean() {
    return m_Recall.gMean();
  }

  /** @return the smallest recall */
  public double worstClassRecall() {
    return m_Recall.worstClassRecall();
  }

  /**
   * @param group {@link ShotGroups#MANY}, {@link ShotGroups#MEDIUM} or {@link ShotGroups#FEW}
   * @return the accuracy over the classes of that group
   */
  public double groupAccuracy(int group) {
    return m_Recall.groupAccuracy(group);
  }

  /** @return the summary lines, in the labels of Weka's output */
  public String toSummaryString() {
    StringBuilder b = new StringBuilder();
    line(b, "Balanced accuracy", balancedAccuracy());
    line(b, "G-mean", gMean());
    line(b, "Worst-class recall", worstClassRecall());
    for (int g = 0; g < ShotGroups.GROUP_NAMES.length; g++) {
      line(b, ShotGroups.GROUP_NAMES[g] + " accuracy", groupAccuracy(g));
    }
    if (m_Unclassified > 0) {
      b.append("(").append(Utils.doubleToString(m_Unclassified, 4)).append(" unclassified instances not counted)\n");
    }
    return b.toString();
  }

  private static void line(StringBuilder b, String label, double v) {
    b.append(String.format("%-34s %12s%n", label, Double.isNaN(v) ? "?" : String.format(java.util.Locale.ROOT, "%.4f", v)));
  }
}
