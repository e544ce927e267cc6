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


package weka.classifiers.meta;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Random;
import java.util.Vector;

import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.core.Capabilities;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Option;
import weka.core.Randomizable;
import weka.core.RevisionUtils;
import weka.core.TechnicalInformation;
import weka.core.Utils;
import weka.core.WeightedInstancesHandler;
import weka.filters.Filter;
import weka.imbalance.Citations;
import weka.imbalance.OptionValues;
import weka.imbalance.Release;
import weka.imbalance.ensemble.BagSampler;
import weka.imbalance.ensemble.InheritedOptions;
import weka.imbalance.ensemble.Members;
import weka.imbalance.meta.SharedPrediction;
import weka.imbalance.meta.ThreadSafePrediction;
import weka.imbalance.meta.Training;

/**
 * RUSBoost (Seiffert et al. 2010): Weka's {@link AdaBoostM1} in which the weak learner of every
 * round is trained on a randomly undersampled copy of the weighted training set (the kept
 * instances keep their boosting weights), while its error and the reweighting are computed on the
 * whole training set. Each round's member is a {@link SampledLearner} around a copy of the base
 * learner; the boosting itself is AdaBoostM1's.
 */
public class RUSBoost extends AdaBoostM1 implements ThreadSafePrediction {

  private static final long serialVersionUID = 7781694622860930071L;

  /** The release that saved this object. */
  private String m_SavedByRelease = Release.VERSION;

  /** The sampler of every round's training set. */
  protected Filter m_Sampler = BagSampler.defaultSampler();

  /** The training header. */
  protected Instances m_Header;

  @Override
  public String globalInfo() {
    return "RUSBoost: boosting in which every round's weak learner is trained on a random undersample of the "
      + "weighted training set (every class reduced at random to the count of the smallest; the kept instances "
      + "keep their boosting weights), while the round's error and the new weights are computed on the whole "
      + "training set (Seiffert et al.'s rule). The boosting is Weka's AdaBoostM1, not rewritten: its error "
      + "rate, its stop when a round's error is 0 or at least 0.5, its vote. Differences: the paper boosts with "
      + "AdaBoost.M2's pseudo-loss and imbalanced-learn's RUSBoostClassifier with SAMME.R; with many classes a "
      + "stump often has an error of 0.5 or more and AdaBoostM1 stops after one round, so give it a stronger "
      + "base learner (J48) there.\n\n"
      + "Defaults: 10 rounds, the paper's; DecisionStump, imbalanced-learn's default weak learner; the sampler "
      + "SMOTEWithUndersampling -strategy \"EqualCounts -at minority\", which only undersamples (imbalanced-learn's "
      + "RandomUnderSampler; any filter can replace it). Each round's "
      + "sampler and base learner are seeded from AdaBoostM1's seed for the round. The class counts of every "
      + "round's training set are shown in the model's output. Nominal classes only.\n\nA built model may be "
      + "used by many threads at once, whatever the base learner.\n\nFor more information see:\n\n"
      + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    return Citations.seiffert2010();
  }

  @Override
  public Enumeration<Option> listOptions() {
    Vector<Option> v = new Vector<>();
    v.add(new Option("\tThe sampler of each round's training set: a filter with its options.\n\t(default "
      + BagSampler.DEFAULT + ")", "sampler", 1, "-sampler <filter specification>"));
    v.addAll(Collections.list(super.listOptions()));
    return v.elements();
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    InheritedOptions.checkNumbers(this, options);
    setSampler(OptionValues.getObject("sampler", options, Filter.class, BagSampler.defaultSampler(),
      BagSampler.PACKAGES));
    super.setOptions(options);
    Utils.checkForRemainingOptions(options);
  }

  @Override
  public String[] getOptions() {
    List<String> o = new ArrayList<>();
    o.add("-sampler");
    o.add(OptionValues.toSpec(m_Sampler));
    Collections.addAll(o, super.getOptions());
    return o.toArray(new String[0]);
  }

  /** @return the tip */
  public String samplerTipText() {
    return "The filter that balances each round's training set (default: every class reduced to the smallest).";
  }

  /** @return the sampler */
  public Filter getSampler() {
    return m_Sampler;
  }

  /** @param sampler the sampler of each round's training set */
  public void setSampler(Filter sampler) {
    m_Sampler = BagSampler.check("sampler", sampler);
  }

  @Override
  public Capabilities getCapabilities() {
    return Training.forNominalClass(super.getCapabilities(), this);
  }

  /**
   * Starts the boosting as AdaBoostM1 does, then puts every round's copy of the base learner behind
   * the sampler. Each member starts with a seed of its own (AdaBoostM1 gives it a new one in every
   * round it trains with weights).
   */
  @Override
  public void initializeClassifier(Instances data) throws Exception {
    Members.requireWeight(this, data);
    super.initializeClassifier(data);
    m_Header = new Instances(data, 0);
    Random seeds = new Random(m_Seed);
    for (int i = 0; i < m_Classifiers.length; i++) {
      int seed = seeds.nextInt();
      if (!(m_Classifiers[i] instanceof SampledLearner)) {
        m_Classifiers[i] = new SampledLearner(m_Sampler, m_Classifiers[i], seed);
      }
    }
  }

  /** @return the class counts of the training set of each round performed (copies), or null before training */
  public double[][] getMemberClassCounts() {
    if (m_Classifiers == null) {
      return null;
    }
    double[][] c = new double[m_NumIterationsPerformed][];
    for (int i = 0; i < c.length; i++) {
      c[i] = m_Classifiers[i] instanceof SampledLearner ? ((SampledLearner) m_Classifiers[i]).getTrainingClassCounts()
        : null;
    }
    return c;
  }

  @Override
  public String toString() {
    double[][] counts = getMemberClassCounts();
    if (m_Header == null || counts == null || counts.length == 0 || counts[0] == null) {
      return super.toString();
    }
    return "RUSBoost\n========\n\nSampler: " + OptionValues.toSpec(m_Sampler) + "\n\n"
      + Members.report(m_Header, counts, "Round") + "\n" + super.toString();
  }

  @Override
  public String getRevision() {
    return RevisionUtils.extract("$Revision: 1 $");
  }

  /**
   * @param args the command line
   */
  public static void main(String[] args) {
    runClassifier(new RUSBoost(), args);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
    Release.readFields(in, "RUSBoost", () -> m_SavedByRelease);
  }

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
  public static class SampledLearner extends AbstractClassifier
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
      Release.readFields(in, "RUSBoost.SampledLearner", () -> m_SavedByRelease);
    }
  }
}
