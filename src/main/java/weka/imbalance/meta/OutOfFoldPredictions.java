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

import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.core.Instances;
import weka.imbalance.ClassPriors;

/**
 * The out-of-fold class-probability estimates of a stratified internal cross-validation. The fold
 * models are trained once; a tuner then scans its parameter grid over these stored predictions
 * instead of retraining for every grid value.
 */
public final class OutOfFoldPredictions {

  private final Instances m_Instances;
  private final double[][] m_Distributions;
  private final double[][] m_FoldPriors;
  private final int m_NumFolds;
  private final int m_NumHard;

  private OutOfFoldPredictions(Instances instances, double[][] dists, double[][] foldPriors, int folds, int hard) {
    m_Instances = instances;
    m_Distributions = dists;
    m_FoldPriors = foldPriors;
    m_NumFolds = folds;
    m_NumHard = hard;
  }

  /**
   * Runs a stratified cross-validation of copies of the base learner and keeps the held-out
   * distributions (predicted as one batch per fold, through the learner's own batch prediction
   * when it has a more efficient one). With fewer instances than folds, the number of folds is
   * the number of instances. Instance weights are honoured through
   * {@link Training#buildWithWeights}.
   *
   * @param base the base learner (copied, never built itself)
   * @param data the training data with a nominal class and no missing class (not modified)
   * @param folds the requested number of folds, &gt;= 2
   * @param random the source of randomness (shuffling, resampling)
   * @return the predictions, in the order of the shuffled, stratified copy of the data
   * @throws Exception if a fold model cannot be built
   */
  public static OutOfFoldPredictions collect(Classifier base, Instances data, int folds, Random random)
    throws Exception {
    if (folds < 2) {
      throw new IllegalArgumentException("folds must be >= 2, got " + folds);
    }
    if (data.numInstances() < 2) {
      throw new IllegalArgumentException("cross-validation needs at least 2 instances, got " + data.numInstances());
    }
    int k = Math.min(folds, data.numInstances());
    Instances copy = new Instances(data);
    copy.randomize(random);
    copy.stratify(k);
    Instances ordered = new Instances(copy, copy.numInstances());
    double[][] dists = new double[copy.numInstances()][];
    double[][] priors = new double[copy.numInstances()][];
    int row = 0;
    int hard = 0;
    for (int f = 0; f < k; f++) {
      Instances train = copy.trainCV(k, f, random);
      Instances test = copy.testCV(k, f);
      Classifier model = AbstractClassifier.makeCopy(base);
      Training.buildWithWeights(model, train, random);
      double[] counts = ClassPriors.weightedCounts(train);
      double[] foldPriors = sum(counts) > 0 ? ClassPriors.priors(counts) : null;
      double[][] foldDists = SharedPrediction.distributions(model, test); // batched where the learner can
      for (int i = 0; i < test.numInstances(); i++) {
        double[] d = foldDists[i].clone();
        if (Training.isHard(d)) {
          hard++;
        }
        ordered.add(test.instance(i));
        dists[row] = d;
        priors[row] = foldPriors;
        row++;
      }
    }
    return new OutOfFoldPredictions(ordered, dists, priors, k, hard);
  }

  private static double sum(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s;
  }

  /** @return the held-out instances, in prediction order (do not modify) */
  public Instances instances() {
    return m_Instances;
  }

  /** @return the held-out distributions, one per instance (do not modify) */
  public double[][] distributions() {
    return m_Distributions;
  }

  /**
   * @param i an instance index
   * @return the class priors of the training folds that predicted instance i (do not modify)
   */
  public double[] foldPriors(int i) {
    return m_FoldPriors[i];
  }

  /** @return the number of folds actually used */
  public int numFolds() {
    return m_NumFolds;
  }

  /** @return how many held-out distributions were hard (one-hot or all zero) */
  public int numHard() {
    return m_NumHard;
  }

  /** @return the number of held-out predictions */
  public int size() {
    return m_Distributions.length;
  }
}
