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
import java.util.Locale;
import java.util.Random;
import java.util.Vector;

import weka.core.Instance;
import weka.core.Instances;
import weka.core.Option;
import weka.core.RevisionUtils;
import weka.core.SelectedTag;
import weka.core.Tag;
import weka.core.TechnicalInformation;
import weka.core.Utils;
import weka.imbalance.Citations;
import weka.imbalance.ClassPriors;
import weka.imbalance.OptionValues;
import weka.imbalance.Release;
import weka.imbalance.meta.BaseLearnerWrapper;
import weka.imbalance.meta.Training;

/**
 * Class-balanced reweighting by the effective number of samples (Cui, Jia, Lin, Song and Belongie,
 * CVPR 2019): every training instance of class y has its weight multiplied by
 * {@code (1 - beta) / (1 - beta^n_y)} (n_y = the class's total instance weight), or by the inverse
 * class frequency to a power, {@code n_y^(-nu)}; the factors are normalised so that the total
 * training weight is unchanged. The class weights come from
 * {@link ClassPriors#effectiveNumberWeights(double[], double)} and
 * {@link ClassPriors#inverseFrequencyWeights(double[], double)}. A base learner that is not a
 * WeightedInstancesHandler is trained on a resample drawn with the new weights (seeded). Prediction
 * is the base learner's, unchanged.
 */
public class ClassBalancedReweighting extends BaseLearnerWrapper {

  private static final long serialVersionUID = -1887043307760343862L;

  /** The release that saved this object (null in models of release 0.1.0, which did not record it). */
  private String m_SavedByRelease = Release.VERSION;

  /** Weights from the effective number of samples. */
  public static final int EFFECTIVE_NUMBER = 0;
  /** Weights from the inverse class frequency to the power nu. */
  public static final int INVERSE_FREQUENCY = 1;
  /** The weighting schemes. */
  public static final Tag[] TAGS_WEIGHTING = {new Tag(EFFECTIVE_NUMBER, "EffectiveNumber",
    "Effective number of samples: (1 - beta) / (1 - beta^n)"), new Tag(INVERSE_FREQUENCY, "InverseFrequency",
      "Inverse frequency to a power: n^-nu")};

  /** Default beta, the authors' setting. */
  public static final double DEFAULT_BETA = 0.9999;
  /** Default power of the inverse frequency. */
  public static final double DEFAULT_NU = 1.0;

  protected int m_Weighting = EFFECTIVE_NUMBER;
  protected double m_Beta = DEFAULT_BETA;
  protected double m_Nu = DEFAULT_NU;

  // learned
  protected Instances m_Header;
  protected double[] m_Counts;
  protected double[] m_Factors;
  protected boolean m_Resampled;

  public ClassBalancedReweighting() {
    m_Classifier = new weka.classifiers.trees.J48();
  }

  @Override
  protected String defaultClassifierString() {
    return "weka.classifiers.trees.J48";
  }

  public String globalInfo() {
    return "Reweights the training instances of each class by the inverse of the class's effective number of "
      + "samples, (1 - beta) / (1 - beta^n_y), where n_y is the total weight of class y, and trains the base "
      + "learner on the reweighted data. beta = 0 changes nothing and beta -> 1 approaches inverse class "
      + "frequency; 0.9999 is the authors' setting. Alternatively the weights are the inverse class frequency "
      + "to a power nu. The weight factors are normalised so that the total training weight is unchanged, and "
      + "they multiply the existing instance weights. A base learner that cannot use instance weights is trained "
      + "on a resample drawn with the new weights (seeded). Predictions are the base learner's; a built model may "
      + "be used by many threads at once, whatever the base learner.\n\n"
      + "For more information see:\n\n" + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    return Citations.cui2019();
  }


  @Override
  public Enumeration<Option> listOptions() {
    Vector<Option> v = new Vector<>();
    v.add(new Option("\tWeighting scheme: EffectiveNumber or InverseFrequency. (default EffectiveNumber)",
      "weighting", 1, "-weighting <scheme>"));
    v.add(new Option("\tbeta of the effective number, in [0, 1). (default " + DEFAULT_BETA + ")", "beta", 1,
      "-beta <num>"));
    v.add(new Option("\tPower nu of the inverse frequency, >= 0. (default " + DEFAULT_NU + ")", "nu", 1,
      "-nu <num>"));
    v.addAll(Collections.list(super.listOptions()));
    return v.elements();
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    setWeighting(new SelectedTag(OptionValues.getTag("weighting", options, TAGS_WEIGHTING, EFFECTIVE_NUMBER),
      TAGS_WEIGHTING));
    setBeta(OptionValues.getDouble("beta", options, DEFAULT_BETA));
    setNu(OptionValues.getDouble("nu", options, DEFAULT_NU));
    super.setOptions(options);
    Utils.checkForRemainingOptions(options);
  }

  @Override
  public String[] getOptions() {
    List<String> o = new ArrayList<>();
    o.add("-weighting");
    o.add(OptionValues.tagName(TAGS_WEIGHTING, m_Weighting));
    o.add("-beta");
    o.add("" + m_Beta);
    o.add("-nu");
    o.add("" + m_Nu);
    Collections.addAll(o, super.getOptions());
    return o.toArray(new String[0]);
  }

  public String weightingTipText() {
    return "EffectiveNumber: (1 - beta) / (1 - beta^n_y); InverseFrequency: n_y^-nu.";
  }

  public SelectedTag getWeighting() {
    return new SelectedTag(m_Weighting, TAGS_WEIGHTING);
  }

  public void setWeighting(SelectedTag value) {
    m_Weighting = OptionValues.tagId("weighting", value, TAGS_WEIGHTING);
  }

  public String betaTipText() {
    return "beta of the effective number, in [0, 1): 0 = no reweighting, near 1 = inverse frequency.";
  }

  public double getBeta() {
    return m_Beta;
  }

  public void setBeta(double value) {
    OptionValues.require(value >= 0 && value < 1, "beta", value, "in [0, 1)");
    m_Beta = value;
  }

  public String nuTipText() {
    return "Power of the inverse frequency (InverseFrequency): 0 = none, 1 = inverse frequency.";
  }

  public double getNu() {
    return m_Nu;
  }

  public void setNu(double value) {
    m_Nu = OptionValues.nonNegative("nu", value);
  }

  /** @return the weight factor of each class in the built model (a copy), or null */
  public double[] getClassFactors() {
    return m_Factors == null ? null : m_Factors.clone();
  }

  @Override
  public double[] getTrainingClassCounts() {
    return m_Counts == null ? null : m_Counts.clone();
  }

  @Override
  protected boolean isBuilt() {
    return m_Header != null;
  }

  /**
   * The weight factor of each class: the class weights normalised so that the total weight
   * {@code sum_y factor_y * n_y} equals {@code sum_y n_y}.
   *
   * @param counts weighted class counts
   * @return the factors (0 for an absent class)
   */
  public double[] classFactors(double[] counts) {
    double[] w = m_Weighting == INVERSE_FREQUENCY ? ClassPriors.inverseFrequencyWeights(counts, m_Nu)
      : ClassPriors.effectiveNumberWeights(counts, m_Beta);
    double total = 0;
    double weighted = 0;
    for (int k = 0; k < counts.length; k++) {
      total += counts[k];
      weighted += w[k] * counts[k];
    }
    for (int k = 0; k < w.length; k++) {
      w[k] *= total / weighted;
    }
    return w;
  }

  @Override
  public void buildClassifier(Instances data) throws Exception {
    data = trainingCopy(data);
    m_Header = new Instances(data, 0);
    m_Counts = ClassPriors.weightedCounts(data);
    m_Factors = null;
    if (Utils.sum(m_Counts) > 0) {
      m_Factors = classFactors(m_Counts);
      for (int i = 0; i < data.numInstances(); i++) {
        Instance inst = data.instance(i);
        inst.setWeight(inst.weight() * m_Factors[(int) inst.classValue()]);
      }
    }
    m_Resampled = Training.buildWithWeights(m_Classifier, data, new Random(m_Seed));
  }

  @Override
  public String toString() {
    if (m_Header == null) {
      return "ClassBalancedReweighting: no model built yet.";
    }
    StringBuilder sb = new StringBuilder("ClassBalancedReweighting (Cui et al. 2019)\n"
      + "==========================================\n\n");
    sb.append(m_Weighting == INVERSE_FREQUENCY ? "Weights: inverse frequency n_y^-nu, nu = " + m_Nu + "\n"
      : "Weights: effective number, (1 - beta) / (1 - beta^n_y), beta = " + m_Beta + "\n");
    if (m_Factors == null) {
      sb.append("No training weight: nothing to reweight.\n");
    } else {
      sb.append("Factors normalised to keep the total weight " + Utils.doubleToString(Utils.sum(m_Counts), 4) + "\n");
      sb.append(String.format(Locale.ROOT, "\n%-20s %12s %12s %12s\n", "class", "weight n_y", "factor", "new weight"));
      for (int k = 0; k < m_Counts.length; k++) {
        sb.append(String.format(Locale.ROOT, "%-20s %12s %12s %12s\n", m_Header.classAttribute().value(k),
          Utils.doubleToString(m_Counts[k], 4), Utils.doubleToString(m_Factors[k], 6),
          Utils.doubleToString(m_Counts[k] * m_Factors[k], 4)));
      }
    }
    return sb.append(baseLearnerSection(m_Resampled, "Base classifier")).toString();
  }

  @Override
  public String getRevision() {
    return RevisionUtils.extract("$Revision: 2 $");
  }

  public static void main(String[] args) {
    runClassifier(new ClassBalancedReweighting(), args);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
    Release.readFields(in, "ClassBalancedReweighting", () -> m_SavedByRelease);
  }
}
