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

import java.util.Random;

import weka.classifiers.trees.RandomForest;
import weka.core.Capabilities;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.RevisionUtils;
import weka.core.TechnicalInformation;
import weka.imbalance.Citations;
import weka.imbalance.OptionValues;
import weka.imbalance.Release;
import weka.imbalance.ensemble.BalancedBootstrap;
import weka.imbalance.ensemble.InheritedOptions;
import weka.imbalance.ensemble.Members;
import weka.imbalance.meta.ThreadSafePrediction;
import weka.imbalance.meta.Training;

/**
 * Balanced random forest (Chen, Liaw and Breiman 2004): Weka's {@link RandomForest} in which each
 * tree is grown on a balanced bootstrap sample, n_min instances drawn with replacement from every
 * class ({@link BalancedBootstrap}). Only the training set of each tree changes; the trees, the
 * seeds, the parallel build and the vote are RandomForest's own.
 */
public class BalancedRandomForest extends RandomForest implements ThreadSafePrediction {

  private static final long serialVersionUID = 2390862203118425470L;

  /** The release that saved this object. */
  private String m_SavedByRelease = Release.VERSION;

  /** The class counts of each tree's training set. */
  protected double[][] m_BagCounts;

  /** The training header. */
  protected Instances m_Header;

  /** The model when there was no training instance (ZeroR's uniform answer), else null. */
  protected weka.classifiers.rules.ZeroR m_NoData;

  @Override
  public String globalInfo() {
    return "Balanced random forest: Weka's RandomForest in which each tree is grown on a balanced bootstrap "
      + "sample, as many instances drawn with replacement from every class as the smallest class has (Chen, Liaw "
      + "and Breiman's rule, stated in the paper for two classes: \"draw a bootstrap sample from the minority "
      + "class; randomly draw the same number of cases, with replacement, from the majority class\"). This is "
      + "imbalanced-learn's BalancedRandomForestClassifier with the defaults it announces for its release 0.13 "
      + "(sampling_strategy='all', replacement=True, bootstrap=False); its 0.10 defaults instead leave the "
      + "smallest class out of the undersampling and bootstrap the result.\n\n"
      + "Everything else is RandomForest's: 100 trees, Weka's RandomTree with log2(attributes) + 1 candidate "
      + "attributes per split (Breiman's and imbalanced-learn's default is the square root of the number of "
      + "attributes: set -K for it), seeds, parallel build over the execution slots (the same forest for any "
      + "number of them), attribute importances. Within a class, instance weights are the probabilities of "
      + "being drawn; drawn instances have weight 1. The bag size (-P) is the balanced one and cannot be "
      + "changed. The class counts of every tree's training set are shown with -print. Nominal classes "
      + "only.\n\nA built forest may be used by many threads at once.\n\nFor more information see:\n\n"
      + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    return Citations.chen2004();
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    InheritedOptions.checkNumbers(this, options);
    super.setOptions(options);
    weka.core.Utils.checkForRemainingOptions(options);
  }

  /**
   * The bag size is the balanced bootstrap's.
   *
   * @param percent must be 100
   */
  @Override
  public void setBagSizePercent(int percent) {
    OptionValues.require(percent == 100, "P", percent, "100: each tree's bag is the balanced bootstrap");
    super.setBagSizePercent(percent);
  }

  /** @return the tip */
  @Override
  public String bagSizePercentTipText() {
    return "Fixed at 100: each tree's bag is the balanced bootstrap (n_min instances of every class).";
  }

  /**
   * Copies of instances as weights are not used: the balanced bootstrap draws instances.
   *
   * @param value must be false
   */
  @Override
  public void setRepresentCopiesUsingWeights(boolean value) {
    OptionValues.require(!value, "represent-copies-using-weights", value, "off: the balanced bootstrap draws copies");
    super.setRepresentCopiesUsingWeights(value);
  }

  @Override
  public Capabilities getCapabilities() {
    return Training.forNominalClass(super.getCapabilities(), this);
  }

  /** @return the class counts of each tree's training set (copies), or null before training */
  public double[][] getMemberClassCounts() {
    return Members.copy(m_BagCounts);
  }

  @Override
  public void buildClassifier(Instances data) throws Exception {
    Instances copy = Members.trainingCopy(this, data);
    m_Header = new Instances(copy, 0);
    m_BagCounts = new double[m_NumIterations][];
    m_NoData = null;
    if (copy.numInstances() == 0) {
      // no tree can be grown on an empty bag: predict as ZeroR does
      m_NoData = new weka.classifiers.rules.ZeroR();
      m_NoData.buildClassifier(copy);
      return;
    }
    super.buildClassifier(copy);
  }

  /** Not synchronized: it reads only the training data and writes only this tree's entries. */
  @Override
  protected Instances getTrainingSet(int iteration) throws Exception {
    boolean[] inBag = null;
    if (m_CalcOutOfBag) {
      inBag = new boolean[m_data.numInstances()];
      m_inBag[iteration] = inBag;
    }
    Instances bag = BalancedBootstrap.draw(m_data, new Random(m_Seed + iteration), inBag);
    m_BagCounts[iteration] = Members.classCounts(bag);
    return bag;
  }

  @Override
  public double[] distributionForInstance(Instance instance) throws Exception {
    if (m_Header == null || m_NoData == null && m_Classifiers == null) {
      throw new IllegalStateException("BalancedRandomForest: no model built yet");
    }
    if (m_NoData != null) {
      return m_NoData.distributionForInstance(instance);
    }
    return Members.average(m_Classifiers, m_Classifiers.length, instance);
  }

  /** Batches are passed to each tree, never to a thread pool (Bagging's own starts one per call). */
  @Override
  public double[][] distributionsForInstances(Instances batch) throws Exception {
    if (m_NoData != null || m_Classifiers == null) {
      double[][] out = new double[batch.numInstances()][];
      for (int i = 0; i < out.length; i++) {
        out[i] = distributionForInstance(batch.instance(i));
      }
      return out;
    }
    return Members.average(m_Classifiers, m_Classifiers.length, batch);
  }

  @Override
  public boolean implementsMoreEfficientBatchPrediction() {
    return m_NoData == null && Members.predictBatches(m_Classifiers);
  }

  @Override
  public String toString() {
    if (m_Header == null) {
      return "BalancedRandomForest: no model built yet.";
    }
    String s = "BalancedRandomForest\n====================\n\n";
    if (m_NoData != null) {
      return s + "No training instance: every class equally likely.\n";
    }
    if (getPrintClassifiers()) {
      s += Members.report(m_Header, m_BagCounts, "Tree") + "\n";
    } else if (m_BagCounts.length > 0 && m_BagCounts[0] != null) {
      s += "Each tree trained on " + (long) m_BagCounts[0][firstPresent(m_BagCounts[0])]
        + " instances of every class (a balanced bootstrap).\n\n";
    }
    return s + super.toString();
  }

  private static int firstPresent(double[] counts) {
    for (int k = 0; k < counts.length; k++) {
      if (counts[k] > 0) {
        return k;
      }
    }
    return 0;
  }

  @Override
  public String getRevision() {
    return RevisionUtils.extract("$Revision: 1 $");
  }

  /**
   * @param args the command line
   */
  public static void main(String[] args) {
    runClassifier(new BalancedRandomForest(), args);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
    Release.readFields(in, "BalancedRandomForest", () -> m_SavedByRelease);
  }
}
