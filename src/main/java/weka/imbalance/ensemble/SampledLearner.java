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

import java.util.Random;

import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.core.Capabilities;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Randomizable;
import weka.core.WeightedInstancesHandler;
import weka.filters.Filter;
import weka.imbalance.Release;
import weka.imbalance.meta.SharedPrediction;
import weka.imbalance.meta.ThreadSafePrediction;
import weka.imbalance.meta.Training;

/**
 * One member of a boosted ensemble that resamples inside each round (RUSBoost): a base learner
 * trained on its training set after a sampler has balanced it. The instances the sampler keeps
 * keep their weights (the boosting weights of the round), and a base learner that cannot use
 * weights is trained on a resample drawn with them. It accepts instance weights itself, so that
 * Weka's AdaBoostM1 hands it the weighted training set and a new seed in every round; the sampler
 * and the base learner are seeded from that seed.
 *
 * <p>Prediction is the base learner's, safe to ask from many threads ({@link SharedPrediction}).
 */
public class SampledLearner extends AbstractClassifier
  implements Randomizable, WeightedInstancesHandler, ThreadSafePrediction {

  private static final long serialVersionUID = 3121629584730264810L;

  /** The release that saved this object. */
  private String m_SavedByRelease = Release.VERSION;

  private final Filter m_Sampler;
  private final Classifier m_Base;
  private int m_Seed;
  private double[] m_Counts;
  private boolean m_Resampled;

  /**
   * @param sampler the sampler (copied for each build)
   * @param base the base learner (trained in place)
   * @param seed the initial seed
   */
  public SampledLearner(Filter sampler, Classifier base, int seed) {
    m_Sampler = sampler;
    m_Base = base;
    m_Seed = seed;
  }

  @Override
  public void setSeed(int seed) {
    m_Seed = seed;
  }

  @Override
  public int getSeed() {
    return m_Seed;
  }

  /** @return the base learner */
  public Classifier getBase() {
    return m_Base;
  }

  /** @return the number of instances of each class in the sampled training set, or null before training */
  public double[] getTrainingClassCounts() {
    return m_Counts == null ? null : m_Counts.clone();
  }

  @Override
  public Capabilities getCapabilities() {
    return m_Base.getCapabilities();
  }

  @Override
  public void buildClassifier(Instances data) throws Exception {
    Random random = new Random(m_Seed);
    Instances sampled = BagSampler.apply(m_Sampler, data, random.nextInt());
    m_Counts = Members.classCounts(sampled);
    if (m_Base instanceof Randomizable) {
      ((Randomizable) m_Base).setSeed(random.nextInt());
    }
    m_Resampled = Training.buildWithWeights(m_Base, sampled, random);
  }

  @Override
  public double[] distributionForInstance(Instance inst) throws Exception {
    double[] p = SharedPrediction.distribution(m_Base, inst).clone();
    // Weka's stumps and trees can give tiny negative rounding errors on missing values
    for (int k = 0; k < p.length; k++) {
      p[k] = Math.max(0, p[k]);
    }
    return p;
  }

  @Override
  public String toString() {
    if (m_Counts == null) {
      return "Not built yet.";
    }
    StringBuilder sb = new StringBuilder("Trained on ");
    for (int k = 0; k < m_Counts.length; k++) {
      sb.append(k == 0 ? "" : "/").append((long) m_Counts[k]);
    }
    sb.append(" instances per class").append(m_Resampled ? " (a weighted resample)" : "").append("\n\n");
    return sb.append(m_Base).toString();
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
    Release.readFields(in, "SampledLearner", () -> m_SavedByRelease);
  }
}
