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

import java.util.Collections;
import java.util.Enumeration;
import java.util.Random;
import java.util.Vector;

import weka.classifiers.RandomizableSingleClassifierEnhancer;
import weka.classifiers.functions.Logistic;
import weka.clusterers.Clusterer;
import weka.core.Capabilities;
import weka.core.Capabilities.Capability;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Option;
import weka.core.SelectedTag;
import weka.core.Tag;
import weka.core.TechnicalInformation;
import weka.imbalance.Citations;
import weka.core.TechnicalInformationHandler;
import weka.core.Utils;
import weka.core.WeightedInstancesHandler;
import weka.imbalance.OptionValues;
import weka.imbalance.cog.ClassDecomposition;
import weka.imbalance.Release;

/**
 * COG (classification using local clustering, Wu, Xiong &amp; Chen, DMKD 2010): splits the large
 * classes into subclasses with a clusterer, trains the base classifier on the subclass labels and
 * adds the subclass probabilities of each class back up. The decomposition itself is
 * {@link ClassDecomposition}; see there for the documented behaviour on awkward input.
 *
 * <p>Weights: the decomposition and COG-OS keep instance weights; a base classifier that is not
 * a {@link WeightedInstancesHandler} gets a weighted resample (seeded) of the decomposed data.
 * Instances with a missing class are removed before training.
 */
public class COGClassifier extends RandomizableSingleClassifierEnhancer
  implements TechnicalInformationHandler, WeightedInstancesHandler {

  private static final long serialVersionUID = -3904165581722377390L;

  /** The release that saved this object (null in models of release 0.1.0, which did not record it). */
  private String m_SavedByRelease = Release.VERSION;

  /** Combination rule: sum of the subclass probabilities of each class. */
  public static final int COMBINE_SUM = 0;

  /** Combination rule: largest subclass probability of each class (the paper's Phase IV). */
  public static final int COMBINE_MAX = 1;

  /** The combination rules. */
  public static final Tag[] TAGS_COMBINE = {
    new Tag(COMBINE_SUM, "sum", "Sum of the subclass probabilities"),
    new Tag(COMBINE_MAX, "max", "Largest subclass probability (class of the most probable subclass)")};

  /** Default combination rule. */
  public static final int DEFAULT_COMBINE = COMBINE_SUM;

  protected Clusterer m_Clusterer = ClassDecomposition.defaultClusterer();

  protected double m_DecomposeFactor = ClassDecomposition.DEFAULT_DECOMPOSE_FACTOR;

  protected int m_NumSubclasses = ClassDecomposition.DEFAULT_NUM_SUBCLASSES;

  protected double m_TargetSize = ClassDecomposition.DEFAULT_TARGET_SIZE;

  protected int m_MaxSubclasses = ClassDecomposition.DEFAULT_MAX_SUBCLASSES;

  protected int m_MinSubclassSize = ClassDecomposition.DEFAULT_MIN_SUBCLASS_SIZE;

  protected boolean m_Oversample = false;

  protected int m_Combine = DEFAULT_COMBINE;

  /** The learned decomposition. */
  protected ClassDecomposition m_Decomposition;

  /** Creates a COG classifier with Logistic as the base classifier. */
  public COGClassifier() {
    m_Classifier = new Logistic();
  }

  @Override
  protected String defaultClassifierString() {
    return Logistic.class.getName();
  }

  /**
   * @return a description of the classifier for the GUI
   */
  public String globalInfo() {
    return "Classifies with local class decomposition (COG): clusters each large class into subclasses, "
      + "trains the base classifier on the subclass labels and predicts each class with the sum of the "
      + "probabilities of its subclasses.\n\n"
      + "A class is decomposed when its weight is at least 'decomposeFactor' times that of the smallest class "
      + "(1 = every class). Its number of subclasses is fixed ('numSubclasses' > 0) or automatic: "
      + "round(class weight / target size), the target size being 'targetSize' or, if 0, the weight of the "
      + "smallest class, at most 'maxSubclasses' and at most (instances of the class / 'minSubclassSize'). "
      + "Clustering uses every attribute except the class; empty clusters are dropped. A clusterer that "
      + "cannot handle instance weights is built on a weighted resample. With 'oversample' (COG-OS) the "
      + "instances of every subclass lighter than the heaviest one are replicated until its weight matches. "
      + "Each copy and each decomposed instance keeps its weight. The 'max' combination predicts the class of "
      + "the most probable subclass, as in the paper; use it for base classifiers whose distributions are "
      + "votes (SMO without logistic models), where summing favours classes with many subclasses. "
      + "The paper finds that linear base classifiers gain most.\n\n"
      + "For more information see:\n\n" + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    return Citations.wu2010();
  }


  @Override
  public Capabilities getCapabilities() {
    Capabilities result = new Capabilities(this);
    result.disableAll();
    Capabilities base = m_Classifier.getCapabilities();
    Capabilities clus = m_Clusterer.getCapabilities();
    for (Capability cap : Capability.values()) {
      if ((cap.isAttribute() || cap.isAttributeCapability()) && base.handles(cap) && clus.handles(cap)) {
        result.enable(cap);
      }
    }
    if (base.handles(Capability.NOMINAL_CLASS)) {
      result.enable(Capability.NOMINAL_CLASS);
      result.enable(Capability.MISSING_CLASS_VALUES);
    }
    result.setMinimumNumberInstances(0);
    return result;
  }

  @Override
  public void buildClassifier(Instances data) throws Exception {
    getCapabilities().testWithFail(data);
    data = new Instances(data);
    data.deleteWithMissingClass();
    Random random = new Random(m_Seed);
    ClassDecomposition decomposition =
      new ClassDecomposition(m_Clusterer, m_DecomposeFactor, m_NumSubclasses, m_TargetSize, m_MaxSubclasses,
        m_MinSubclassSize);
    Instances decomposed = decomposition.fit(data, random);
    if (m_Oversample) {
      decomposed = decomposition.oversample(decomposed, random);
    }
    if (!(m_Classifier instanceof WeightedInstancesHandler) && !decomposed.allInstanceWeightsIdentical()) {
      decomposed = decomposed.resampleWithWeights(random);
    }
    if (getDebug()) {
      System.out.println("COG: " + data.numInstances() + " instances, " + decomposition.numSubclasses()
        + " subclasses, " + decomposed.numInstances() + " instances for the base classifier");
    }
    m_Classifier.buildClassifier(decomposed);
    m_Decomposition = decomposition;
  }

  @Override
  public double[] distributionForInstance(Instance instance) throws Exception {
    if (m_Decomposition == null) {
      throw new IllegalStateException("COGClassifier: no model built yet");
    }
    double[] sub = m_Classifier.distributionForInstance(m_Decomposition.toSubclassFormat(instance));
    return m_Decomposition.toParentDistribution(sub, m_Combine == COMBINE_MAX);
  }

  /** @return the learned decomposition, null before training */
  public ClassDecomposition getDecomposition() {
    return m_Decomposition;
  }

  @Override
  public String toString() {
    if (m_Decomposition == null) {
      return "COGClassifier: no model built yet.";
    }
    StringBuilder sb = new StringBuilder();
    sb.append("COGClassifier (local class decomposition");
    sb.append(m_Oversample ? ", COG-OS" : "").append(")\n");
    sb.append("===========================================\n\n");
    sb.append(m_Decomposition.toString());
    if (m_Oversample) {
      sb.append("COG-OS: subclasses replicated up to the weight of the heaviest subclass\n");
    }
    sb.append("Combination of subclass predictions: ")
      .append(new SelectedTag(m_Combine, TAGS_COMBINE).getSelectedTag().getIDStr().toLowerCase()).append("\n\n");
    sb.append("Base classifier (trained on the ").append(m_Decomposition.numSubclasses())
      .append(" subclass labels)\n\n");
    sb.append(m_Classifier.toString());
    return sb.toString();
  }

  @Override
  public Enumeration<Option> listOptions() {
    Vector<Option> v = ClassDecomposition.listOptions();
    v.add(new Option("\tCOG-OS: replicate the instances of each subclass lighter than the heaviest\n"
      + "\tsubclass until its weight matches.", "oversample", 0, "-oversample"));
    v.add(new Option("\tHow subclass probabilities make class probabilities: sum or max.\n"
      + "\t(default: sum)", "combine", 1, "-combine <sum|max>"));
    v.addAll(Collections.list(super.listOptions()));
    return v.elements();
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    setClusterer(ClassDecomposition.clustererFromSpec(Utils.getOption("clusterer", options)));
    setDecomposeFactor(OptionValues.getDouble("decompose-factor", options, ClassDecomposition.DEFAULT_DECOMPOSE_FACTOR));
    setNumSubclasses(OptionValues.getInt("K", options, ClassDecomposition.DEFAULT_NUM_SUBCLASSES));
    setTargetSize(OptionValues.getDouble("target-size", options, ClassDecomposition.DEFAULT_TARGET_SIZE));
    setMaxSubclasses(OptionValues.getInt("max-subclasses", options, ClassDecomposition.DEFAULT_MAX_SUBCLASSES));
    setMinSubclassSize(OptionValues.getInt("min-subclass-size", options, ClassDecomposition.DEFAULT_MIN_SUBCLASS_SIZE));
    setOversample(Utils.getFlag("oversample", options));
    String s = Utils.getOption("combine", options);
    if (s.isEmpty()) {
      m_Combine = DEFAULT_COMBINE;
    } else {
      try {
        setCombine(new SelectedTag(s, TAGS_COMBINE));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("-combine must be sum or max, got " + s);
      }
    }
    super.setOptions(options);
  }

  @Override
  public String[] getOptions() {
    Vector<String> options = new Vector<>();
    options.add("-clusterer");
    options.add(ClassDecomposition.clustererSpec(m_Clusterer));
    options.add("-decompose-factor");
    options.add("" + m_DecomposeFactor);
    options.add("-K");
    options.add("" + m_NumSubclasses);
    options.add("-target-size");
    options.add("" + m_TargetSize);
    options.add("-max-subclasses");
    options.add("" + m_MaxSubclasses);
    options.add("-min-subclass-size");
    options.add("" + m_MinSubclassSize);
    if (m_Oversample) {
      options.add("-oversample");
    }
    options.add("-combine");
    options.add(new SelectedTag(m_Combine, TAGS_COMBINE).getSelectedTag().getIDStr().toLowerCase());
    Collections.addAll(options, super.getOptions());
    return options.toArray(new String[0]);
  }

  /** @return tip text for the GUI */
  public String clustererTipText() {
    return "The clusterer that splits each decomposed class (on all attributes but the class); its number "
      + "of clusters and, if randomizable, its seed are set for each class.";
  }

  /** @param clusterer the clusterer */
  public void setClusterer(Clusterer clusterer) {
    if (clusterer == null) {
      throw new IllegalArgumentException("-clusterer must be set, got null");
    }
    m_Clusterer = clusterer;
  }

  /** @return the clusterer */
  public Clusterer getClusterer() {
    return m_Clusterer;
  }

  /** @return tip text for the GUI */
  public String decomposeFactorTipText() {
    return "Classes whose weight is at least this many times that of the smallest class are decomposed; "
      + "1 decomposes every class.";
  }

  /** @param factor the decompose factor, &gt;= 1 */
  public void setDecomposeFactor(double factor) {
    ClassDecomposition.checkDecomposeFactor(factor);
    m_DecomposeFactor = factor;
  }

  /** @return the decompose factor */
  public double getDecomposeFactor() {
    return m_DecomposeFactor;
  }

  /** @return tip text for the GUI */
  public String numSubclassesTipText() {
    return "Number of subclasses of each decomposed class; 0 = automatic (class weight / target size, "
      + "at most maxSubclasses). A fixed number larger than a decomposed class's instance count is an error.";
  }

  /** @param k the number of subclasses, 0 = automatic */
  public void setNumSubclasses(int k) {
    ClassDecomposition.checkNumSubclasses(k);
    m_NumSubclasses = k;
  }

  /** @return the number of subclasses, 0 = automatic */
  public int getNumSubclasses() {
    return m_NumSubclasses;
  }

  /** @return tip text for the GUI */
  public String targetSizeTipText() {
    return "Target subclass weight of the automatic number of subclasses; 0 = the weight of the smallest class.";
  }

  /** @param size the target subclass weight, 0 = the smallest class */
  public void setTargetSize(double size) {
    ClassDecomposition.checkTargetSize(size);
    m_TargetSize = size;
  }

  /** @return the target subclass weight */
  public double getTargetSize() {
    return m_TargetSize;
  }

  /** @return tip text for the GUI */
  public String maxSubclassesTipText() {
    return "Most subclasses per class when their number is automatic.";
  }

  /** @param max the cap on the automatic number of subclasses, &gt;= 1 */
  public void setMaxSubclasses(int max) {
    ClassDecomposition.checkMaxSubclasses(max);
    m_MaxSubclasses = max;
  }

  /** @return the cap on the automatic number of subclasses */
  public int getMaxSubclasses() {
    return m_MaxSubclasses;
  }

  /** @return tip text for the GUI */
  public String minSubclassSizeTipText() {
    return "When the number of subclasses is automatic, a class of m instances gets at most "
      + "floor(m / minSubclassSize) subclasses.";
  }

  /** @param size the smallest average number of instances of automatic subclasses, &gt;= 1 */
  public void setMinSubclassSize(int size) {
    ClassDecomposition.checkMinSubclassSize(size);
    m_MinSubclassSize = size;
  }

  /** @return the smallest average number of instances of automatic subclasses */
  public int getMinSubclassSize() {
    return m_MinSubclassSize;
  }

  /** @return tip text for the GUI */
  public String oversampleTipText() {
    return "COG-OS: replicate the instances of every subclass lighter than the heaviest subclass until its "
      + "weight matches (copies keep their weights; seeded).";
  }

  /** @param oversample whether to apply COG-OS */
  public void setOversample(boolean oversample) {
    m_Oversample = oversample;
  }

  /** @return whether COG-OS is applied */
  public boolean getOversample() {
    return m_Oversample;
  }

  /** @return tip text for the GUI */
  public String combineTipText() {
    return "How the subclass probabilities make the class probabilities: 'sum' (default, for probability "
      + "estimates) or 'max' (the class of the most probable subclass wins; for vote-like distributions).";
  }

  /** @param combine the combination rule */
  public void setCombine(SelectedTag combine) {
    if (combine.getTags() == TAGS_COMBINE) {
      m_Combine = combine.getSelectedTag().getID();
    }
  }

  /** @return the combination rule */
  public SelectedTag getCombine() {
    return new SelectedTag(m_Combine, TAGS_COMBINE);
  }

  /**
   * Runs the classifier from the command line.
   *
   * @param args the options
   */
  public static void main(String[] args) {
    runClassifier(new COGClassifier(), args);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
    Release.readFields(in, "COGClassifier", () -> m_SavedByRelease);
  }
}
