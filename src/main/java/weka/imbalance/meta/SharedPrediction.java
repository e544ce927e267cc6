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

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

import weka.classifiers.Classifier;
import weka.classifiers.bayes.NaiveBayes;
import weka.core.BatchPredictor;
import weka.core.Instance;
import weka.core.Instances;

/**
 * Predictions of a base learner that lives inside a model shared by many threads. Many of Weka's
 * own learners are not safe to call concurrently: {@code Logistic}, {@code SMO},
 * {@code MultilayerPerceptron}, {@code IBk} and {@code FilteredClassifier}, among others, push each
 * instance through internal filters or search structures that keep state between calls, so that
 * concurrent calls corrupt each other's answers. Calls into a base learner that is not known to be
 * safe are therefore serialised (one at a time, locked on the base learner object, a lock that is
 * contended only when several threads predict at once); calls into a known-safe one run
 * concurrently.
 *
 * <p>Known safe, from reading their Weka 3.8 prediction code (no state written while predicting):
 * exactly the classes {@code J48}, {@code RandomForest}, {@code RandomTree}, {@code REPTree},
 * {@code ZeroR}, {@code NaiveBayes} without supervised discretisation, and every classifier that
 * implements {@link ThreadSafePrediction}. Subclasses of these are not assumed safe.
 */
public final class SharedPrediction {

  /** Stock Weka learners whose prediction code writes no state (exact class names). */
  private static final Set<String> SAFE = Collections.unmodifiableSet(new HashSet<>(Arrays.asList(
    "weka.classifiers.trees.J48", "weka.classifiers.trees.RandomForest", "weka.classifiers.trees.RandomTree",
    "weka.classifiers.trees.REPTree", "weka.classifiers.rules.ZeroR")));

  private SharedPrediction() {
  }

  /**
   * @param c a classifier
   * @return true if its built model may be called from several threads at once
   */
  public static boolean isKnownSafe(Classifier c) {
    if (c instanceof ThreadSafePrediction) {
      return true;
    }
    String name = c.getClass().getName();
    if (name.equals("weka.classifiers.bayes.NaiveBayes")) {
      // with supervised discretisation every instance goes through a Discretize filter's queue
      return !((NaiveBayes) c).getUseSupervisedDiscretization();
    }
    return SAFE.contains(name);
  }

  /**
   * @param base a built classifier
   * @return true if it predicts a batch more efficiently than one instance at a time
   */
  public static boolean predictsBatches(Classifier base) {
    return base instanceof BatchPredictor && ((BatchPredictor) base).implementsMoreEfficientBatchPrediction();
  }

  /**
   * The base learner's distribution for one instance, serialised unless the learner is known safe.
   *
   * @param base a built classifier
   * @param inst the instance
   * @return the base learner's own array (callers must not modify it)
   * @throws Exception if the base learner fails
   */
  public static double[] distribution(Classifier base, Instance inst) throws Exception {
    if (isKnownSafe(base)) {
      return base.distributionForInstance(inst);
    }
    synchronized (base) {
      return base.distributionForInstance(inst);
    }
  }

  /**
   * The base learner's distributions for a batch, through its own batch prediction when it has a
   * more efficient one, serialised unless the learner is known safe.
   *
   * @param base a built classifier
   * @param batch the instances
   * @return one distribution per instance (callers must not modify them)
   * @throws Exception if the base learner fails
   */
  public static double[][] distributions(Classifier base, Instances batch) throws Exception {
    if (isKnownSafe(base)) {
      return unguarded(base, batch);
    }
    synchronized (base) {
      return unguarded(base, batch);
    }
  }

  private static double[][] unguarded(Classifier base, Instances batch) throws Exception {
    if (predictsBatches(base)) {
      return ((BatchPredictor) base).distributionsForInstances(batch);
    }
    double[][] out = new double[batch.numInstances()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = base.distributionForInstance(batch.instance(i));
    }
    return out;
  }
}
