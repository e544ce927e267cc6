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
import weka.core.TechnicalInformation;
import weka.core.Utils;
import weka.imbalance.Citations;
import weka.imbalance.ClassPriors;
import weka.imbalance.OptionValues;
import weka.imbalance.Release;
import weka.imbalance.meta.BaseLearnerWrapper;
import weka.imbalance.meta.Training;
import weka.imbalance.resampling.SavedFields;
import weka.imbalance.weighting.ClassWeighting;
import weka.imbalance.weighting.EffectiveNumberWeighting;
import weka.imbalance.weighting.InverseFrequencyWeighting;

/**
 * Class-balanced reweighting by the effective number of samples (Cui, Jia, Lin, Song and Belongie,
 * CVPR 2019): every training instance of class y has its weight multiplied by the class weight of a
 * {@link ClassWeighting} (the same plug-ins as LogitAdjustedMLP's {@code -weighting}): by default
 * {@code (1 - beta) / (1 - beta^n_y)} (n_y = the class's total instance weight), or the inverse class
 * frequency to a power, {@code n_y^(-nu)}; the factors are normalised so that the total training
 * weight is unchanged. A base learner that is not a WeightedInstancesHandler is trained on a
 * resample drawn with the new weights (seeded). Prediction is the base learner's, unchanged.
 *
 * <p>Release 0.1.0's options {@code -weighting EffectiveNumber|InverseFrequency}, {@code -beta} and
 * {@code -nu} are still read (scripts and saved experiments keep working) and written back as the
 * plug-in they mean.
 */
public class ClassBalancedReweighting extends BaseLearnerWrapper {

  private static final long serialVersionUID = -1887043307760343862L;

  /** The release that saved this object (null in models of release 0.1.0, which did not record it). */
  private String m_SavedByRelease = Release.VERSION;

  /** Default beta, the authors' setting. */
  public static final double DEFAULT_BETA = EffectiveNumberWeighting.DEFAULT_BETA;

  /** Where {@code -weighting} finds a class given by its short name. */
  static final String WEIGHTINGS = "weka.imbalance.weighting";

  protected ClassWeighting m_ClassWeighting = new EffectiveNumberWeighting();

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
    return "Reweights the training instances of each class by a class weight and trains the base learner on the "
      + "reweighted data. By default the weight is the inverse of the class's effective number of samples, "
      + "(1 - beta) / (1 - beta^n_y), where n_y is the total weight of class y: beta = 0 changes nothing and "
      + "beta -> 1 approaches inverse class frequency; 0.9999 is the authors' setting. Any class weighting of the "
      + "package can be chosen instead (the same ones as LogitAdjustedMLP's), e.g. the inverse class frequency to "
      + "a power nu. The weight factors are normalised so that the total training weight is unchanged, and they "
      + "multiply the existing instance weights. A base learner that cannot use instance weights is trained on a "
      + "resample drawn with the new weights (seeded). Predictions are the base learner's; a built model may be "
      + "used by many threads at once, whatever the base learner.\n\n"
      + "For more information see:\n\n" + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    return Citations.cui2019();
  }

  @Override
  public Enumeration<Option> listOptions() {
    Vector<Option> v = new Vector<>();
    v.add(new Option("\tThe class weighting: class name (in " + WEIGHTINGS + ") and options.\n\t(default "
      + OptionValues.toSpec(new EffectiveNumberWeighting()) + ")", "weighting", 1,
      "-weighting \"<class> <options>\""));
    v.addAll(Collections.list(super.listOptions()));
    return v.elements();
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    String spec = Utils.getOption("weighting", options);
    String beta = Utils.getOption("beta", options);
    String nu = Utils.getOption("nu", options);
    setClassWeighting(weighting(spec, beta, nu));
    super.setOptions(options);
    Utils.checkForRemainingOptions(options);
  }

  /**
   * The weighting that {@code -weighting} means, with release 0.1.0's forms: a scheme name
   * (EffectiveNumber, InverseFrequency) and its {@code -beta} or {@code -nu}.
   */
  private static ClassWeighting weighting(String spec, String beta, String nu) {
    String scheme = spec.trim();
    boolean legacyInverse = scheme.equalsIgnoreCase("InverseFrequency") || scheme.isEmpty() && beta.isEmpty()
      && !nu.isEmpty();
    ClassWeighting w;
    if (legacyInverse) {
      InverseFrequencyWeighting f = new InverseFrequencyWeighting();
      if (!nu.isEmpty()) {
        f.setNu(OptionValues.parseDouble("nu", nu));
      }
      w = f;
    } else if (scheme.isEmpty() || scheme.equalsIgnoreCase("EffectiveNumber")) {
      EffectiveNumberWeighting e = new EffectiveNumberWeighting();
      if (!beta.isEmpty()) {
        e.setBeta(OptionValues.parseDouble("beta", beta));
      }
      w = e;
    } else {
      w = OptionValues.fromSpec(ClassWeighting.class, "weighting", spec, WEIGHTINGS);
      OptionValues.require(beta.isEmpty() && nu.isEmpty(), beta.isEmpty() ? "nu" : "beta", beta.isEmpty() ? nu : beta,
        "left out with -weighting \"<class> <options>\" (release 0.1.0's form; put it in the -weighting spec)");
    }
    OptionValues.require(beta.isEmpty() || w instanceof EffectiveNumberWeighting, "beta", beta,
      "given with EffectiveNumberWeighting only (with another -weighting, put its options in the -weighting spec)");
    OptionValues.require(nu.isEmpty() || w instanceof InverseFrequencyWeighting, "nu", nu,
      "given with InverseFrequencyWeighting only (with another -weighting, put its options in the -weighting spec)");
    return w;
  }

  @Override
  public String[] getOptions() {
    List<String> o = new ArrayList<>();
    o.add("-weighting");
    o.add(OptionValues.toSpec(m_ClassWeighting));
    Collections.addAll(o, super.getOptions());
    return o.toArray(new String[0]);
  }

  public String classWeightingTipText() {
    return "Class weights: EffectiveNumberWeighting (beta; default) or InverseFrequencyWeighting (nu), no start.";
  }

  public ClassWeighting getClassWeighting() {
    return m_ClassWeighting;
  }

  /**
   * @param value the class weighting; a deferred one (start &gt; 0) is refused, since this
   *          classifier trains once
   */
  public void setClassWeighting(ClassWeighting value) {
    OptionValues.require(value != null, "weighting", value, "a class weighting");
    OptionValues.require(value.start() == 0, "weighting", OptionValues.toSpec(value),
      "without a deferred start (-start applies to LogitAdjustedMLP's epochs; this classifier trains once)");
    m_ClassWeighting = value;
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
    double[] w = m_ClassWeighting.weights(counts);
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
    sb.append("Class weighting: ").append(OptionValues.toSpec(m_ClassWeighting)).append("\n");
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

  /**
   * Reads a saved model; one of release 0.1.0 kept the weighting as a scheme number and its beta and
   * nu, which become the plug-in they mean.
   */
  private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
    SavedFields f = SavedFields.read(in, "ClassBalancedReweighting");
    m_SavedByRelease = f.get("m_SavedByRelease", (String) null);
    m_Header = f.get("m_Header", (Instances) null);
    m_Counts = f.get("m_Counts", (double[]) null);
    m_Factors = f.get("m_Factors", (double[]) null);
    m_Resampled = f.get("m_Resampled", false);
    m_ClassWeighting = f.get("m_ClassWeighting", (ClassWeighting) null);
    if (m_ClassWeighting == null) {
      boolean inverse = f.get("m_Weighting", 0) == 1;
      m_ClassWeighting = weighting(inverse ? "InverseFrequency" : "EffectiveNumber",
        inverse ? "" : "" + f.get("m_Beta", DEFAULT_BETA), inverse ? "" + f.get("m_Nu", 1.0) : "");
    }
  }
}
