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

import weka.classifiers.RandomizableSingleClassifierEnhancer;
import weka.core.Capabilities;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.TechnicalInformationHandler;
import weka.core.WeightedInstancesHandler;
import weka.imbalance.ModelTrainingCounts;
import weka.imbalance.TrainingClassCounts;

/**
 * What the package's meta-classifiers around one base learner share: capabilities from the base
 * learner, the training copy without missing class values, and prediction that is safe to share
 * between threads ({@link SharedPrediction}) and passes batches through to a base learner with a
 * more efficient batch prediction. A subclass says how it corrects one base-learner distribution
 * ({@link #correct}), whether it is built and its training class counts (which the shot-group
 * metrics read); the corrected distribution is the same whether it was asked for alone or in a
 * batch.
 *
 * <p>This class declares no fields, so that models saved by release 0.1.0 (whose classes extended
 * {@code RandomizableSingleClassifierEnhancer} directly) load and predict unchanged.
 */
public abstract class BaseLearnerWrapper extends RandomizableSingleClassifierEnhancer
  implements ThreadSafePrediction, WeightedInstancesHandler, TechnicalInformationHandler, TrainingClassCounts {

  private static final long serialVersionUID = 5113092262861302870L;

  /** @return true once a model has been built */
  protected abstract boolean isBuilt();

  /**
   * The output for one distribution of the base learner; the identity unless overridden. It must
   * not modify its argument and must be safe to call from several threads at once.
   *
   * @param baseDistribution the base learner's distribution
   * @return the meta-classifier's distribution
   */
  protected double[] correct(double[] baseDistribution) {
    return baseDistribution;
  }

  /** @return Weka's tip, shortened to one line */
  @Override
  public String batchSizeTipText() {
    return "The preferred number of instances in one batch prediction.";
  }

  /** @return Weka's tip, shortened to one line */
  @Override
  public String doNotCheckCapabilitiesTipText() {
    return "Skip the check of the data against the capabilities (faster; use with caution).";
  }

  @Override
  public Capabilities getCapabilities() {
    return Training.forNominalClass(super.getCapabilities(), this);
  }

  /**
   * The start of every build: the data is checked against the capabilities and copied, and the
   * instances without a class value are removed from the copy.
   *
   * @param data the training data (not modified)
   * @return the copy to train on
   * @throws Exception if the data is not supported
   */
  protected Instances trainingCopy(Instances data) throws Exception {
    getCapabilities().testWithFail(data);
    Instances copy = new Instances(data);
    copy.deleteWithMissingClass();
    return copy;
  }

  @Override
  public double[] distributionForInstance(Instance instance) throws Exception {
    requireBuilt();
    ModelTrainingCounts.offer(this);
    return correct(SharedPrediction.distribution(m_Classifier, instance));
  }

  @Override
  public boolean implementsMoreEfficientBatchPrediction() {
    return SharedPrediction.predictsBatches(m_Classifier);
  }

  @Override
  public double[][] distributionsForInstances(Instances batch) throws Exception {
    requireBuilt();
    ModelTrainingCounts.offer(this);
    double[][] base = SharedPrediction.distributions(m_Classifier, batch);
    double[][] out = new double[base.length][];
    for (int i = 0; i < base.length; i++) {
      out[i] = correct(base[i]);
    }
    return out;
  }

  private void requireBuilt() {
    if (!isBuilt()) {
      throw new IllegalStateException(getClass().getSimpleName() + ": no model built yet");
    }
  }

  /**
   * The end of every model description: a note when the base learner was trained on a weighted
   * resample, then the base learner's own description.
   *
   * @param resampled whether the base learner was trained on a weighted resample
   * @param title what the base learner is called, e.g. "Base classifier"
   * @return the text
   */
  protected String baseLearnerSection(boolean resampled, String title) {
    StringBuilder sb = new StringBuilder();
    if (resampled) {
      sb.append("\nThe ").append(title.toLowerCase(java.util.Locale.ROOT)).append(" cannot use instance weights: it "
        + "was trained on a resample drawn with them.\n");
    }
    sb.append('\n').append(title).append('\n').append("-".repeat(title.length())).append("\n\n")
      .append(m_Classifier.toString());
    return sb.toString();
  }
}
