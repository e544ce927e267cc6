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


package weka.imbalance.ensemble;

import java.util.Locale;

import weka.classifiers.Classifier;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;
import weka.imbalance.meta.SharedPrediction;

/**
 * The members of a balanced ensemble: their averaged prediction, safe to ask from many threads,
 * and the class counts of the training set each member was given, with their report.
 */
public final class Members {

  private Members() {
  }

  /**
   * The average of the members' distributions, normalised, as Weka's Bagging and RandomForest
   * combine them (a member's tiny negative rounding error, which Weka's trees can give on missing
   * values, counts as 0); each member is asked through {@link SharedPrediction}, so that a member that is
   * not safe to share answers one thread at a time.
   *
   * @param members the built members
   * @param count how many of them vote (the first ones)
   * @param inst the instance
   * @return the distribution (all zeros if no member gave any probability)
   * @throws Exception if a member fails
   */
  public static double[] average(Classifier[] members, int count, Instance inst) throws Exception {
    double[] sums = new double[inst.numClasses()];
    for (int i = 0; i < count; i++) {
      double[] p = SharedPrediction.distribution(members[i], inst);
      for (int k = 0; k < sums.length; k++) {
        sums[k] += Math.max(0, p[k]);
      }
    }
    double total = Utils.sum(sums);
    if (total > 0) {
      Utils.normalize(sums, total);
    }
    return sums;
  }

  /**
   * The averaged distributions of a batch: each member predicts the whole batch (through its own
   * batch prediction when it has a more efficient one, one thread at a time when it is not safe to
   * share), and each instance's sum is normalised as in {@link #average(Classifier[], int, Instance)}.
   * No thread is started.
   *
   * @param members the built members
   * @param count how many of them vote (the first ones)
   * @param batch the instances
   * @return one distribution per instance
   * @throws Exception if a member fails
   */
  public static double[][] average(Classifier[] members, int count, Instances batch) throws Exception {
    double[][] sums = new double[batch.numInstances()][batch.numClasses()];
    for (int i = 0; i < count; i++) {
      double[][] p = SharedPrediction.distributions(members[i], batch);
      for (int j = 0; j < sums.length; j++) {
        for (int k = 0; k < sums[j].length; k++) {
          sums[j][k] += Math.max(0, p[j][k]);
        }
      }
    }
    for (double[] row : sums) {
      double total = Utils.sum(row);
      if (total > 0) {
        Utils.normalize(row, total);
      }
    }
    return sums;
  }

  /**
   * @param members the built members (may be null)
   * @return whether the first member predicts a batch more efficiently than one instance at a time
   */
  public static boolean predictBatches(Classifier[] members) {
    return members != null && members.length > 0 && members[0] != null && SharedPrediction.predictsBatches(members[0]);
  }

  /**
   * The start of every ensemble's build: the data checked against the owner's capabilities, copied,
   * and the instances without a class value removed from the copy.
   *
   * @param owner the ensemble
   * @param data the training data (not modified)
   * @return the copy to train on
   * @throws Exception if the data is not supported, or its weights sum to 0
   */
  public static Instances trainingCopy(weka.classifiers.AbstractClassifier owner, Instances data) throws Exception {
    owner.getCapabilities().testWithFail(data);
    Instances copy = new Instances(data);
    copy.deleteWithMissingClass();
    requireWeight(owner, copy);
    return copy;
  }

  /**
   * @param owner the ensemble, for the message
   * @param data training data without missing class values
   * @throws IllegalArgumentException if it has instances whose weights sum to 0 (no bootstrap
   *           sample and no boosting round can be drawn from them)
   */
  public static void requireWeight(Object owner, Instances data) {
    double total = 0;
    for (int i = 0; i < data.numInstances(); i++) {
      if (!data.instance(i).classIsMissing()) {
        total += data.instance(i).weight();
      }
    }
    if (data.numInstances() > 0 && !(total > 0)) {
      throw new IllegalArgumentException(owner.getClass().getSimpleName() + ": the training instances all have "
        + "weight 0 (sum of weights " + total + "): there is nothing to sample from");
    }
  }

  /**
   * @param data a training set with a nominal class
   * @return the number of instances of each class (instances, not weights; missing classes not counted)
   */
  public static double[] classCounts(Instances data) {
    double[] counts = new double[data.numClasses()];
    for (int i = 0; i < data.numInstances(); i++) {
      if (!data.instance(i).classIsMissing()) {
        counts[(int) data.instance(i).classValue()]++;
      }
    }
    return counts;
  }

  /**
   * @param counts class counts per member (rows may be null), or null
   * @return a deep copy, or null
   */
  public static double[][] copy(double[][] counts) {
    if (counts == null) {
      return null;
    }
    double[][] c = new double[counts.length][];
    for (int i = 0; i < c.length; i++) {
      c[i] = counts[i] == null ? null : counts[i].clone();
    }
    return c;
  }

  /**
   * The report of the members' training sets: one row per member, one column per class.
   *
   * @param header the training header
   * @param counts the class counts of each member's training set (rows may be null: not built)
   * @param what what a member is called ("Bag", "Round")
   * @return the table
   */
  public static String report(Instances header, double[][] counts, String what) {
    StringBuilder sb = new StringBuilder("Class counts of each member's training set\n");
    sb.append(String.format(Locale.ROOT, "%-8s", what));
    for (int k = 0; k < header.numClasses(); k++) {
      sb.append(String.format(Locale.ROOT, " %10s", clip(header.classAttribute().value(k))));
    }
    sb.append('\n');
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] == null) {
        continue;
      }
      sb.append(String.format(Locale.ROOT, "%-8d", i + 1));
      for (double c : counts[i]) {
        sb.append(String.format(Locale.ROOT, " %10s", Utils.doubleToString(c, 0)));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  private static String clip(String s) {
    return s.length() <= 10 ? s : s.substring(0, 10);
  }
}
