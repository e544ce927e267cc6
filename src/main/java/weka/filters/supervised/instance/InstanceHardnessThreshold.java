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
package weka.filters.supervised.instance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Random;
import java.util.Vector;

import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.classifiers.trees.GiniRandomForest;
import weka.core.Capabilities;
import weka.core.Instances;
import weka.core.Option;
import weka.core.Randomizable;
import weka.core.RevisionUtils;
import weka.core.TechnicalInformation;
import weka.core.Utils;
import weka.imbalance.Citations;
import weka.imbalance.OptionValues;
import weka.imbalance.Release;
import weka.imbalance.resampling.RandomSubset;
import weka.imbalance.resampling.SamplingPlan;
import weka.imbalance.resampling.cleaning.CleaningRules;
import weka.imbalance.resampling.cleaning.UndersamplingFilter;

/**
 * Removes the hardest instances of the larger classes, hardness being one minus the cross-validated
 * probability any Weka classifier gives their class; see {@link #globalInfo()}.
 */
public class InstanceHardnessThreshold extends UndersamplingFilter {

  private static final long serialVersionUID = 1586603371120943379L;

  /** The release that saved this object. */
  private String m_SavedByRelease = Release.VERSION;

  public static final int DEFAULT_FOLDS = 5;

  protected int m_Folds = DEFAULT_FOLDS;
  protected Classifier m_Classifier = new GiniRandomForest();

  /** The cross-validated probability of each labelled instance's class on the last first batch. */
  private transient double[] m_LastProbabilities;

  public String globalInfo() {
    return "Instance hardness threshold: estimates each instance's hardness as one minus the probability that a "
      + "classifier (any Weka classifier, -W; by default GiniRandomForest, the package's random forest with the "
      + "defaults of scikit-learn's RandomForestClassifier, imbalanced-learn's estimator) gives its class in a stratified "
      + "cross-validation (-folds 5, the filter's seed), then under-samples each class chosen with -classes "
      + "(default every class but the smallest) towards the smallest class's count by removing its hardest "
      + "instances: a class of n instances keeps those whose probability is at least the (1 - m/n) quantile of "
      + "its probabilities (m the smallest count, linear interpolation, as imbalanced-learn), so ties may keep "
      + "more than m. The classifier is trained with the instance weights; kept instances keep their order and "
      + "weight; instances with a missing class pass through; a fold whose training part has no weight gives every class the same probability. Any number of classes and any attribute type the "
      + "classifier handles. Only the first batch is under-sampled, so the filter can be used in the "
      + "FilteredClassifier.\n\nFor more information, see\n\n" + getTechnicalInformation().toString();
  }

  public TechnicalInformation getTechnicalInformation() {
    return Citations.smith2014();
  }

  @Override
  public Capabilities getCapabilities() {
    Capabilities result = m_Classifier.getCapabilities();
    Capabilities base = super.getCapabilities();
    result.disable(weka.core.Capabilities.Capability.NUMERIC_CLASS);
    result.disable(weka.core.Capabilities.Capability.DATE_CLASS);
    result.disable(weka.core.Capabilities.Capability.STRING_CLASS);
    result.disable(weka.core.Capabilities.Capability.RELATIONAL_CLASS);
    result.enable(weka.core.Capabilities.Capability.MISSING_CLASS_VALUES);
    result.setMinimumNumberInstances(base.getMinimumNumberInstances());
    result.setOwner(this);
    return result;
  }

  @Override
  protected Instances process(Instances data) throws Exception {
    if (isFirstBatchDone()) {
      return new Instances(data);
    }
    int[][] rows = classRows(data);
    int[] counts = classCounts(rows);
    boolean[] clean = CleaningRules.cleanable(counts, m_Classes);
    int smallest = SamplingPlan.smallestNonEmpty(counts);
    double[] p = probabilities(data, rows, new Random(getSeed()));
    m_LastProbabilities = p;
    boolean[] drop = new boolean[data.numInstances()];
    for (int c = 0; c < counts.length; c++) {
      if (!clean[c] || counts[c] <= counts[smallest]) {
        continue;
      }
      double[] pc = new double[rows[c].length];
      for (int r = 0; r < pc.length; r++) {
        pc[r] = p[rows[c][r]];
      }
      double threshold = percentile(pc, (1.0 - (double) counts[smallest] / counts[c]) * 100);
      for (int r : rows[c]) {
        drop[r] = p[r] < threshold;
      }
    }
    Instances out = new Instances(data, data.numInstances());
    for (int i = 0; i < data.numInstances(); i++) {
      if (!drop[i]) {
        out.add(data.instance(i));
      }
    }
    report(data, out);
    return out;
  }

  /**
   * Stratified cross-validated probabilities: each class's rows are shuffled and dealt to the folds
   * in turn; each fold is predicted by a copy of the classifier trained on the others.
   *
   * @return per instance of data, the probability of its class (NaN for a missing class)
   */
  private double[] probabilities(Instances data, int[][] rows, Random random) throws Exception {
    int n = data.numInstances();
    int[] fold = new int[n];
    Arrays.fill(fold, -1);
    int next = 0;
    for (int[] r : rows) {
      int[] shuffled = RandomSubset.chooseFirst(r.clone(), r.length, random);
      for (int i : shuffled) {
        fold[i] = next;
        next = (next + 1) % m_Folds;
      }
    }
    double[] p = new double[n];
    Arrays.fill(p, Double.NaN);
    for (int f = 0; f < m_Folds; f++) {
      Instances train = new Instances(data, n);
      for (int i = 0; i < n; i++) {
        if (fold[i] >= 0 && fold[i] != f) {
          train.add(data.instance(i));
        }
      }
      Classifier c = AbstractClassifier.makeCopy(m_Classifier);
      if (c instanceof Randomizable) {
        ((Randomizable) c).setSeed(getSeed());
      }
      double weight = 0;
      for (int i = 0; i < train.numInstances(); i++) {
        weight += train.instance(i).weight();
      }
      // a fold without training weight gives no information: every class equally likely
      boolean trained = weight > 0;
      if (trained) {
        c.buildClassifier(train);
      }
      for (int i = 0; i < n; i++) {
        if (fold[i] == f) {
          int y = (int) data.instance(i).classValue();
          p[i] = trained ? c.distributionForInstance(data.instance(i))[y] : 1.0 / data.numClasses();
        }
      }
    }
    return p;
  }

  /** numpy's percentile with linear interpolation: q in [0, 100]. */
  static double percentile(double[] values, double q) {
    double[] v = values.clone();
    Arrays.sort(v);
    double pos = q / 100 * (v.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(lo + 1, v.length - 1);
    return v[lo] + (v[hi] - v[lo]) * (pos - lo);
  }

  /** @return the cross-validated probabilities of the last first batch (NaN for a missing class), or null */
  public double[] getLastProbabilities() {
    return m_LastProbabilities == null ? null : m_LastProbabilities.clone();
  }

  // ------------------------------------------------------------ options

  @Override
  public Enumeration<Option> listOptions() {
    Vector<Option> v = new Vector<>();
    v.add(new Option("\tFolds of the cross-validation (default " + DEFAULT_FOLDS + ")", "folds", 1, "-folds <num>"));
    v.add(new Option("\tThe hardness estimator, class name and options (default "
      + GiniRandomForest.class.getName() + ")", "W", 1, "-W \"<classifier spec>\""));
    v.addAll(Collections.list(super.listOptions()));
    return v.elements();
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    setFolds(OptionValues.getInt("folds", options, DEFAULT_FOLDS));
    String spec = Utils.getOption('W', options);
    setClassifier(spec.isEmpty() ? new GiniRandomForest() : OptionValues.fromSpec(Classifier.class, "W", spec,
      "weka.classifiers.trees", "weka.classifiers.functions", "weka.classifiers.bayes", "weka.classifiers.lazy"));
    super.setOptions(options);
    Utils.checkForRemainingOptions(options);
  }

  @Override
  public String[] getOptions() {
    List<String> o = new ArrayList<>();
    Collections.addAll(o, "-folds",
      "" + m_Folds, "-W", OptionValues.toSpec(m_Classifier));
    Collections.addAll(o, super.getOptions());
    return o.toArray(new String[0]);
  }

  public String foldsTipText() {
    return "Folds of the stratified cross-validation that gives each instance's probability (5, as "
      + "imbalanced-learn).";
  }

  public int getFolds() {
    return m_Folds;
  }

  /** @param n the folds, &gt;= 2 */
  public void setFolds(int n) {
    m_Folds = OptionValues.atLeast("folds", n, 2);
  }

  public String classifierTipText() {
    return "The hardness estimator: any classifier that gives class probabilities; by default GiniRandomForest, "
      + "the random forest imbalanced-learn uses (scikit-learn's RandomForestClassifier: Gini, int(sqrt(d)) "
      + "attributes per split, 100 trees). Its seed is set to the filter's. Weka's RandomForest also works (-W "
      + "weka.classifiers.trees.RandomForest, the default of releases up to 1.0.0), about 5x-8x slower.";
  }

  public Classifier getClassifier() {
    return m_Classifier;
  }

  /** @param c the classifier (not null) */
  public void setClassifier(Classifier c) {
    OptionValues.require(c != null, "W", c, "a classifier");
    m_Classifier = c;
  }

  @Override
  public String getRevision() {
    return RevisionUtils.extract("$Revision: 1 $");
  }

  public static void main(String[] args) {
    runFilter(new InstanceHardnessThreshold(), args);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
    Release.readFields(in, "InstanceHardnessThreshold", () -> m_SavedByRelease);
  }
}
