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
import java.util.Vector;

import weka.core.Capabilities;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Option;
import weka.core.RevisionUtils;
import weka.core.TechnicalInformation;
import weka.core.Utils;
import weka.filters.Filter;
import weka.imbalance.Citations;
import weka.imbalance.OptionValues;
import weka.imbalance.Release;
import weka.imbalance.ensemble.BagSampler;
import weka.imbalance.ensemble.InheritedOptions;
import weka.imbalance.ensemble.Members;
import weka.imbalance.meta.ThreadSafePrediction;
import weka.imbalance.meta.Training;

/**
 * Balanced bagging: Weka's {@link Bagging} in which the training set of every member is balanced
 * by a sampler (any filter) after its bootstrap is drawn, as imbalanced-learn's
 * {@code BalancedBaggingClassifier} does. Only the training set of each member changes; the
 * bootstrap, the seeds, the parallel build over Weka's execution slots and the averaged vote are
 * Bagging's own.
 */
public class BalancedBagging extends Bagging implements ThreadSafePrediction {

  private static final long serialVersionUID = -4538223094716702913L;

  /** The release that saved this object. */
  private String m_SavedByRelease = Release.VERSION;

  /** The sampler of every member's training set. */
  protected Filter m_Sampler = BagSampler.defaultSampler();

  /** Whether each member's training set starts as a bootstrap sample (else the whole training data). */
  protected boolean m_Bootstrap = defaultBootstrap();

  /** The class counts of each member's training set, as the sampler left it. */
  protected double[][] m_BagCounts;

  /** The training header. */
  protected Instances m_Header;

  /** The first failure of a sampler during a build (Weka's parallel build would only print it). */
  private transient Exception m_SamplerFailure;

  /** The default base learner, an unpruned tree as imbalanced-learn's default decision tree. */
  public BalancedBagging() {
    m_Classifier = defaultBaseLearner();
  }

  /** @return a new default base learner */
  protected weka.classifiers.Classifier defaultBaseLearner() {
    weka.classifiers.trees.REPTree tree = new weka.classifiers.trees.REPTree();
    tree.setNoPruning(true);
    tree.setMinNum(1);
    return tree;
  }

  @Override
  protected String defaultClassifierString() {
    return "weka.classifiers.trees.REPTree";
  }

  @Override
  protected String[] defaultClassifierOptions() {
    return new String[] {"-M", "1", "-P"};
  }

  /** @return whether members start from a bootstrap sample by default */
  protected boolean defaultBootstrap() {
    return true;
  }

  /** @return the flag that changes {@link #defaultBootstrap()} */
  private String bootstrapFlag() {
    return defaultBootstrap() ? "no-bootstrap" : "bootstrap";
  }

  @Override
  public String globalInfo() {
    return "Balanced bagging: Weka's Bagging in which each member's training set is balanced by a sampler, any "
      + "filter, after its bootstrap sample is drawn (imbalanced-learn's BalancedBaggingClassifier). The default "
      + "sampler reduces every class at random to the count of the smallest class of the bag (the package's "
      + "SMOTEWithUndersampling with the strategy EqualCounts -at minority, which only undersamples: imbalanced-learn's "
      + "RandomUnderSampler); an oversampler such as SMOTE works as well. The default base "
      + "learner is an unpruned REPTree, as imbalanced-learn's default is a full decision tree; 10 members.\n\n"
      + "Each bag's sampler is a fresh copy seeded from -S and the bag's number, so the members, and the "
      + "predictions, are the same for any number of execution slots. Instance weights act as in Bagging "
      + "(sampling probabilities of the bootstrap); the sampler keeps the weights of the instances it selects. "
      + "The class counts of every member's training set are shown in the model's output. Out-of-bag "
      + "evaluation counts as in-bag every instance of the bootstrap, also those the sampler dropped, so it "
      + "is pessimistic, never optimistic. Nominal classes only. The paper below is imbalanced-learn's "
      + "reference; its \"roughly balanced\" bag sizes are not the default here: the default bags are exactly "
      + "balanced.\n\nA built model may be used by many threads at once, whatever the base learner.\n\n"
      + "For more information see:\n\n" + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    return Citations.hido2009();
  }

  @Override
  public Enumeration<Option> listOptions() {
    Vector<Option> v = new Vector<>();
    v.add(new Option("\tThe sampler of each member's training set: a filter with its options.\n\t(default "
      + BagSampler.DEFAULT + ")", "sampler", 1, "-sampler <filter specification>"));
    v.add(new Option(defaultBootstrap() ? "\tTrain each member on the sampled whole training data, not on a sampled "
      + "bootstrap sample." : "\tStart each member's training set from a bootstrap sample of the training data.",
      bootstrapFlag(), 0, "-" + bootstrapFlag()));
    v.addAll(Collections.list(super.listOptions()));
    return v.elements();
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    InheritedOptions.checkNumbers(this, options);
    setSampler(OptionValues.getObject("sampler", options, Filter.class, BagSampler.defaultSampler(),
      BagSampler.PACKAGES));
    setBootstrap(Utils.getFlag(bootstrapFlag(), options) != defaultBootstrap());
    super.setOptions(options);
    Utils.checkForRemainingOptions(options);
    checkOptionPairs();
  }

  @Override
  public String[] getOptions() {
    List<String> o = new ArrayList<>();
    o.add("-sampler");
    o.add(OptionValues.toSpec(m_Sampler));
    if (m_Bootstrap != defaultBootstrap()) {
      o.add("-" + bootstrapFlag());
    }
    Collections.addAll(o, super.getOptions());
    return o.toArray(new String[0]);
  }

  /** The checks involving two options, when they are set and when training starts. */
  private void checkOptionPairs() {
    OptionValues.require(m_Bootstrap || !getCalcOutOfBag(), "O", "with " + (m_Bootstrap ? "" : "no ") + "bootstrap",
      "used with bootstrap samples only (out-of-bag needs them)");
  }

  /** @return the tip */
  public String samplerTipText() {
    return "The filter that balances each member's training set (default: every class reduced to the smallest).";
  }

  /** @return the sampler */
  public Filter getSampler() {
    return m_Sampler;
  }

  /** @param sampler the sampler of each member's training set */
  public void setSampler(Filter sampler) {
    m_Sampler = BagSampler.check("sampler", sampler);
  }

  /** @return the tip */
  public String bootstrapTipText() {
    return "Whether each member's training set starts as a bootstrap sample (else the whole training data).";
  }

  /** @return whether members start from a bootstrap sample */
  public boolean getBootstrap() {
    return m_Bootstrap;
  }

  /** @param bootstrap whether members start from a bootstrap sample */
  public void setBootstrap(boolean bootstrap) {
    m_Bootstrap = bootstrap;
  }

  /**
   * Copies of instances as weights would let a sampler that counts instances balance the wrong
   * thing, so they are refused.
   *
   * @param value must be false
   */
  @Override
  public void setRepresentCopiesUsingWeights(boolean value) {
    OptionValues.require(!value, "represent-copies-using-weights", value, "off: the sampler counts instances");
    super.setRepresentCopiesUsingWeights(value);
  }

  @Override
  public Capabilities getCapabilities() {
    return Training.forNominalClass(super.getCapabilities(), this);
  }

  /**
   * @return the class counts of each member's training set (copies), or null before training
   */
  public double[][] getMemberClassCounts() {
    return Members.copy(m_BagCounts);
  }

  @Override
  public void buildClassifier(Instances data) throws Exception {
    checkOptionPairs();
    Instances copy = Members.trainingCopy(this, data);
    m_Header = new Instances(copy, 0);
    m_BagCounts = new double[m_NumIterations][];
    m_SamplerFailure = null;
    super.buildClassifier(copy);
    if (m_SamplerFailure != null) {
      m_Header = null;
      throw m_SamplerFailure;
    }
  }

  /**
   * Not synchronized, unlike Bagging's, so that the samplers of different members run in parallel:
   * it reads only the training data and writes only this member's entries.
   */
  @Override
  protected Instances getTrainingSet(int iteration) throws Exception {
    try {
      Instances bag = m_Bootstrap ? super.getTrainingSet(iteration) : new Instances(m_data);
      Instances sampled = BagSampler.apply(m_Sampler, bag, BagSampler.seedFor(m_Seed, iteration));
      m_BagCounts[iteration] = Members.classCounts(sampled);
      return sampled;
    } catch (Exception e) {
      synchronized (this) {
        if (m_SamplerFailure == null) {
          m_SamplerFailure = e;
        }
      }
      throw e;
    }
  }

  @Override
  public double[] distributionForInstance(Instance instance) throws Exception {
    if (m_Classifiers == null || m_Header == null) {
      throw new IllegalStateException(getClass().getSimpleName() + ": no model built yet");
    }
    return Members.average(m_Classifiers, m_Classifiers.length, instance);
  }

  /** Batches are passed to each member, never to a thread pool (Bagging's own starts one per call). */
  @Override
  public double[][] distributionsForInstances(Instances batch) throws Exception {
    if (m_Classifiers == null || m_Header == null) {
      throw new IllegalStateException(getClass().getSimpleName() + ": no model built yet");
    }
    return Members.average(m_Classifiers, m_Classifiers.length, batch);
  }

  @Override
  public boolean implementsMoreEfficientBatchPrediction() {
    return Members.predictBatches(m_Classifiers);
  }

  @Override
  public String toString() {
    if (m_Header == null) {
      return getClass().getSimpleName() + ": no model built yet.";
    }
    return getClass().getSimpleName() + "\n" + "=".repeat(getClass().getSimpleName().length()) + "\n\nSampler: "
      + OptionValues.toSpec(m_Sampler) + (m_Bootstrap ? ", on a bootstrap sample" : ", on the whole training data")
      + "\n\n" + Members.report(m_Header, m_BagCounts, "Member") + "\n" + super.toString();
  }

  @Override
  public String getRevision() {
    return RevisionUtils.extract("$Revision: 1 $");
  }

  /**
   * @param args the command line
   */
  public static void main(String[] args) {
    runClassifier(new BalancedBagging(), args);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
    Release.readFields(in, "BalancedBagging", () -> m_SavedByRelease);
  }
}
