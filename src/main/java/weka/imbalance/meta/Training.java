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

import java.util.Random;

import weka.classifiers.Classifier;
import weka.core.Capabilities;
import weka.core.Capabilities.Capability;
import weka.core.CapabilitiesHandler;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.WeightedInstancesHandler;
import weka.core.WekaException;

/** Training a base learner so that instance weights count whatever the learner supports. */
public final class Training {

  private Training() {
  }

  /**
   * Builds the classifier on the data. A learner that is not a {@link WeightedInstancesHandler}
   * gets a resample of the data drawn with probabilities proportional to the weights (same size,
   * unit weights, as Weka's own meta-classifiers do) when the weights are not all equal.
   *
   * @param classifier the learner to build
   * @param data the training data (not modified)
   * @param random the source of randomness for the resample
   * @return true if the data was resampled
   * @throws Exception if the learner cannot be built; when the data holds infinite or huge values,
   *         the message names the attribute (the learner's own message, such as Logistic's
   *         "Objective function value is NaN!", does not); when the learner is known to need more
   *         memory than the Java heap has, before any work ({@link BaseLearnerMemory})
   */
  public static boolean buildWithWeights(Classifier classifier, Instances data, Random random) throws Exception {
    BaseLearnerMemory.check(classifier, data, BaseLearnerMemory.heapLimit());
    try {
      if (!(classifier instanceof WeightedInstancesHandler) && data.numInstances() > 0
        && !data.allInstanceWeightsIdentical()) {
        classifier.buildClassifier(data.resampleWithWeights(random));
        return true;
      }
      classifier.buildClassifier(data);
      return false;
    } catch (Exception e) {
      String extreme = extremeValue(data);
      if (extreme == null) {
        throw e;
      }
      throw new WekaException("the base learner " + classifier.getClass().getSimpleName() + " could not be trained ("
        + e.getMessage() + "): " + extreme, e);
    }
  }

  /** Values beyond this size overflow the arithmetic of many learners (squares, exponentials). */
  private static final double HUGE = 1e150;

  /**
   * @param data data
   * @return a description of the first numeric attribute with an infinite or huge value, or null
   */
  static String extremeValue(Instances data) {
    for (int j = 0; j < data.numAttributes(); j++) {
      if (j == data.classIndex() || !data.attribute(j).isNumeric()) {
        continue;
      }
      double largest = 0;
      for (Instance inst : data) {
        double v = Math.abs(inst.value(j));
        if (v > largest) { // NaN (missing) never compares greater
          largest = v;
        }
      }
      if (largest > HUGE) {
        return "attribute '" + data.attribute(j).name() + "' " + (Double.isInfinite(largest) ? "has an infinite value"
          : "holds values as large as " + largest);
      }
    }
    return null;
  }

  /**
   * The capabilities of a meta-classifier that wraps a base learner for a nominal class: the base
   * learner's attribute types and attribute capabilities (missing values, ...), its nominal or
   * binary class, its minimum number of instances, and missing class values (the meta-classifiers
   * delete those instances).
   *
   * @param base the base learner's capabilities
   * @param owner the meta-classifier
   * @return the capabilities, built from disableAll()
   */
  public static Capabilities forNominalClass(Capabilities base, CapabilitiesHandler owner) {
    Capabilities result = new Capabilities(owner);
    result.disableAll();
    for (Capability c : Capability.values()) {
      if ((c.isAttribute() || c.isAttributeCapability()) && base.handles(c)) {
        result.enable(c);
      }
    }
    if (base.handles(Capability.NOMINAL_CLASS)) {
      result.enable(Capability.NOMINAL_CLASS);
    } else if (base.handles(Capability.BINARY_CLASS)) {
      result.enable(Capability.BINARY_CLASS);
    }
    result.enable(Capability.MISSING_CLASS_VALUES);
    result.setMinimumNumberInstances(base.getMinimumNumberInstances());
    return result;
  }

  /**
   * Whether a distribution is "hard": one entry 1 and the others 0, or all 0.
   *
   * @param dist a distribution
   * @return true if it carries no graded probability
   */
  public static boolean isHard(double[] dist) {
    for (double p : dist) {
      if (p != 0 && p != 1) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a trained classifier gives hard distributions on each of the first {@code max}
   * instances: a hint that it is not a probability estimator, so that a prior or cost correction
   * cannot move its decisions.
   *
   * @param classifier a built classifier
   * @param data instances to predict
   * @param max the most instances to look at
   * @return true if there was at least one instance and every distribution looked at was hard
   * @throws Exception if prediction fails
   */
  public static boolean givesHardDistributions(Classifier classifier, Instances data, int max) throws Exception {
    int n = Math.min(max, data.numInstances());
    for (int i = 0; i < n; i++) {
      Instance inst = data.instance(i);
      if (!isHard(classifier.distributionForInstance(inst))) {
        return false;
      }
    }
    return n > 0;
  }
}
