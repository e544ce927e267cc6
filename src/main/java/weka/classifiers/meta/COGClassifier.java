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

import java.io.IOException;
import java.io.ObjectInputStream;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Random;
import java.util.Vector;

import weka.classifiers.RandomizableSingleClassifierEnhancer;
import weka.classifiers.functions.SMO;
import weka.classifiers.functions.supportVector.PolyKernel;
import weka.clusterers.Clusterer;
import weka.core.Capabilities;
import weka.core.Capabilities.Capability;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Option;
import weka.core.SelectedTag;
import weka.core.TechnicalInformation;
import weka.core.TechnicalInformationHandler;
import weka.core.Utils;
import weka.core.WeightedInstancesHandler;
import weka.core.logging.Logger;
import weka.imbalance.Citations;
import weka.imbalance.ClassPriors;
import weka.imbalance.ModelTrainingCounts;
import weka.imbalance.OptionValues;
import weka.imbalance.Release;
import weka.imbalance.TrainingClassCounts;
import weka.imbalance.cog.BaseLearnerCheck;
import weka.imbalance.cog.ClassDecomposition;
import weka.imbalance.cog.ClassReplication;
import weka.imbalance.cog.Combination;
import weka.imbalance.cog.DecompositionSettings;
import weka.imbalance.meta.SharedPrediction;

/**
 * COG (classification using local clustering, Wu, Xiong &amp; Chen, DMKD 2010): splits the large
 * classes into subclasses with a clusterer, trains the base classifier on the subclass labels and
 * maps its subclass predictions back to the classes. The decomposition is
 * {@link ClassDecomposition} (settings: {@link DecompositionSettings}), the mapping of
 * predictions a {@link Combination} rule.
 *
 * <p>Weights: the decomposition and COG-OS keep instance weights; a base classifier that is not
 * a {@link WeightedInstancesHandler} gets a weighted resample (seeded) of the decomposed data.
 * Instances with a missing class are removed before training.
 */
public class COGClassifier extends RandomizableSingleClassifierEnhancer
  implements TechnicalInformationHandler, WeightedInstancesHandler, TrainingClassCounts {

  private static final long serialVersionUID = -3904165581722377390L;

  /**
   * Kernel cache of the default base classifier. SMO trains one machine per pair of subclasses
   * and allocates its kernel cache (by default 250,007 entries, 4 MB) for each: 1,653 machines on
   * yeast, where a 5-fold CV of COG took about 16 times SMO's own time. The cache does not change
   * the results.
   */
  public static final int DEFAULT_KERNEL_CACHE = 1009;

  /** The release that saved this object (null in models of release 0.1.0, which did not record it). */
  private String m_SavedByRelease = Release.VERSION;

  // release 0.1.0 kept the decomposition settings in these six fields: read from its models only
  private Clusterer m_Clusterer;

  private double m_DecomposeFactor;

  private int m_NumSubclasses;

  private double m_TargetSize;

  private int m_MaxSubclasses;

  private int m_MinSubclassSize;

  /** Phase I settings, shared with the filter. */
  protected DecompositionSettings m_Settings = new DecompositionSettings();

  /** COG-OS. */
  protected boolean m_Oversample = false;

  /** COG-OS's rate r(j) per class, empty for the automatic rates. */
  protected double[] m_OversampleRates = new double[0];

  /** The {@link Combination} rule. */
  protected int m_Combine = Combination.DEFAULT;

  /** The learned decomposition. */
  protected ClassDecomposition m_Decomposition;

  /** COG-OS's replication of the training data, null without COG-OS. */
  protected ClassReplication m_Replication;

  /** The warning about the base classifier found when training started, null if none. */
  protected String m_Warning;

  /** Weighted training count of each class; null in models saved by release 0.1.0. */
  protected double[] m_TrainingCounts;

  /**
   * Creates a COG classifier with linear SMO as the base classifier, the learner the paper's
   * experiments centre on, with a small kernel cache.
   */
  public COGClassifier() {
    SMO smo = new SMO();
    PolyKernel linear = new PolyKernel();
    linear.setCacheSize(DEFAULT_KERNEL_CACHE);
    smo.setKernel(linear);
    m_Classifier = smo;
  }

  @Override
  protected String defaultClassifierString() {
    return SMO.class.getName();
  }

  @Override
  protected String[] defaultClassifierOptions() {
    return new String[] {"-K", PolyKernel.class.getName() + " -E 1.0 -C " + DEFAULT_KERNEL_CACHE};
  }

  /**
   * @return a description of the classifier for the GUI
   */
  public String globalInfo() {
    return "Classifies with local class decomposition (COG): clusters each large class into subclasses, "
      + "trains the base classifier on the subclass labels and predicts the class of the most probable "
      + "subclass, as the paper's Phase IV does.\n\n"
      + "A class is decomposed when its weight is at least 'decomposeFactor' times that of the smallest class "
      + "(1 = every class). Its number of subclasses is fixed ('numSubclasses' > 0) or automatic: "
      + "round(class weight / target size), the target size being 'targetSize' or, if 0, the weight of the "
      + "smallest class, at most 'maxSubclasses' and at most (instances of the class / 'minSubclassSize'). "
      + "Clustering uses every attribute except the class; empty clusters are dropped. A clusterer that "
      + "cannot handle instance weights is built on a weighted resample. With 'oversample' (COG-OS) each class "
      + "j is replicated by its own rate r(j), all its subclasses alike, as in the paper: the rates are "
      + "'oversampleRates', or automatic (our rule, the paper leaves them to the user): each class that is not "
      + "decomposed and weighs less than the heaviest subclass is raised to its weight. "
      + "Each copy and each decomposed instance keeps its weight.\n\n"
      + "Probabilities ('combine' = max, the default): the paper maps the predicted subclass to its class; "
      + "as a distribution, each class gets the probability of its most probable subclass, renormalised, so "
      + "that the predicted class is the paper's and AUC and the Experimenter get a proper distribution. "
      + "'sum' adds the subclass probabilities instead (the default of release 0.1.0, whose saved models keep "
      + "it): for a calibrated learner that gives back the undecomposed posterior, and with SMO's pairwise "
      + "votes it sends every instance to a class with many subclasses. "
      + "The paper finds that linear base classifiers gain most; the default is linear SMO (the paper's "
      + "experiments centre on SVMs), with a small kernel cache since SMO trains one machine per pair of "
      + "subclasses. Logistic needs a ridge or an iteration limit here (the subclasses of one class are "
      + "linearly separable from each other): without one, COG warns in its output and Weka's log before "
      + "training it.\n\n"
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
    Capabilities clus = m_Settings.getClusterer().getCapabilities();
    for (Capability cap : Capability.values()) {
      if ((cap.isAttribute() || cap.isAttributeCapability()) && base.handles(cap) && clus.handles(cap)) {
        result.enable(cap);
      }
    }
    if (base.handles(Capability.NOMINAL_CLASS)) {
      result.enable(Capability.NOMINAL_CLASS);
      result.enable(Capability.MISSING_CLASS_VALUES);
    }
    result.setMinimumNumberInstances(base.getMinimumNumberInstances());
    return result;
  }

  /** The check of two options: rates apply to COG-OS only. */
  private void checkOversampleOptions() {
    OptionValues.require(m_Oversample || m_OversampleRates.length == 0, "os-rates", "'" + getOversampleRates() + "'",
      "given with -oversample only (the rates are COG-OS's)");
  }

  @Override
  public void buildClassifier(Instances data) throws Exception {
    checkOversampleOptions();
    getCapabilities().testWithFail(data);
    data = new Instances(data);
    data.deleteWithMissingClass();
    Random random = new Random(m_Seed);
    ClassDecomposition decomposition = new ClassDecomposition(m_Settings);
    Instances decomposed = decomposition.fit(data, random);
    ClassReplication replication = null;
    if (m_Oversample) {
      replication = ClassReplication.plan(decomposition, m_OversampleRates);
      decomposed = replication.apply(decomposed, decomposition, random);
    }
    if (!(m_Classifier instanceof WeightedInstancesHandler) && !decomposed.allInstanceWeightsIdentical()) {
      decomposed = decomposed.resampleWithWeights(random);
    }
    boolean decomposedSome = decomposition.numSubclasses() > decomposition.numClasses();
    m_Warning = decomposedSome ? BaseLearnerCheck.warning(m_Classifier, decomposition.numSubclasses()) : null;
    if (m_Warning != null) {
      Logger.log(Logger.Level.WARNING, m_Warning);
    }
    if (getDebug()) {
      System.out.println((m_Warning == null ? "" : m_Warning + "\n") + "COG: " + data.numInstances() + " instances, "
        + decomposition.numSubclasses() + " subclasses, " + decomposed.numInstances()
        + " instances for the base classifier");
    }
    m_Classifier.buildClassifier(decomposed);
    m_TrainingCounts = ClassPriors.weightedCounts(data);
    m_Decomposition = decomposition;
    m_Replication = replication;
  }

  @Override
  public double[] distributionForInstance(Instance instance) throws Exception {
    if (m_Decomposition == null) {
      throw new IllegalStateException("COGClassifier: no model built yet");
    }
    ModelTrainingCounts.offer(this);
    // the base learner (SMO by default) may keep scratch state: one thread at a time unless known safe
    double[] sub = SharedPrediction.distribution(m_Classifier, m_Decomposition.toSubclassFormat(instance));
    return m_Decomposition.toParentDistribution(sub, m_Combine);
  }

  @Override
  public double[] getTrainingClassCounts() {
    return m_TrainingCounts == null ? null : m_TrainingCounts.clone();
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
    if (m_Warning != null) {
      sb.append(m_Warning).append("\n\n");
    }
    sb.append(m_Decomposition.toString());
    if (m_Replication != null) {
      sb.append(m_Replication.toString());
    }
    sb.append("Combination of subclass predictions: ").append(OptionValues.tagName(Combination.TAGS, m_Combine))
      .append("\n\n");
    sb.append("Base classifier (trained on the ").append(m_Decomposition.numSubclasses())
      .append(" subclass labels)\n\n");
    sb.append(m_Classifier.toString());
    return sb.toString();
  }

  @Override
  public Enumeration<Option> listOptions() {
    Vector<Option> v = DecompositionSettings.listOptions();
    v.add(new Option("\tCOG-OS: replicate each class j by a rate r(j) (all its subclasses alike).",
      "oversample", 0, "-oversample"));
    v.add(new Option("\tCOG-OS's rates r(j), one per class in the order of the class values, each >= 1.\n"
      + "\t(default: automatic: each undecomposed class lighter than the heaviest subclass\n"
      + "\tis raised to its weight)", "os-rates", 1, "-os-rates <r1,r2,...>"));
    v.add(new Option("\tHow subclass probabilities make class probabilities: "
      + OptionValues.tagNames(Combination.TAGS) + ".\n\t(default: "
      + OptionValues.tagName(Combination.TAGS, Combination.DEFAULT) + ")", "combine", 1, "-combine <rule>"));
    v.addAll(Collections.list(super.listOptions()));
    return v.elements();
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    m_Settings.setOptions(options);
    setOversample(Utils.getFlag("oversample", options));
    setOversampleRates(Utils.getOption("os-rates", options));
    m_Combine = OptionValues.getTag("combine", options, Combination.TAGS, Combination.DEFAULT);
    int seed = OptionValues.getInt("S", options, 1);
    int w = Utils.getOptionPos('W', options);
    String base = w >= 0 && w + 1 < options.length ? options[w + 1] : defaultClassifierString();
    try {
      super.setOptions(options);
    } catch (Exception e) {
      throw new IllegalArgumentException("-W: cannot use '" + base + "' with its options (" + e.getMessage() + ")", e);
    }
    setSeed(seed);
    Utils.checkForRemainingOptions(options);
    checkOversampleOptions();
  }

  @Override
  public String[] getOptions() {
    Vector<String> options = new Vector<>(m_Settings.getOptions());
    if (m_Oversample) {
      options.add("-oversample");
    }
    if (m_OversampleRates.length > 0) {
      options.add("-os-rates");
      options.add(getOversampleRates());
    }
    options.add("-combine");
    options.add(OptionValues.tagName(Combination.TAGS, m_Combine));
    Collections.addAll(options, super.getOptions());
    return options.toArray(new String[0]);
  }

  // ---- the decomposition's properties, kept in m_Settings (Weka's object editor needs them here) ----

  /** @return tip text for the GUI */
  public String clustererTipText() {
    return DecompositionSettings.CLUSTERER_TIP;
  }

  /** @param clusterer the clusterer */
  public void setClusterer(Clusterer clusterer) {
    m_Settings.setClusterer(clusterer);
  }

  /** @return the clusterer */
  public Clusterer getClusterer() {
    return m_Settings.getClusterer();
  }

  /** @return tip text for the GUI */
  public String decomposeFactorTipText() {
    return DecompositionSettings.DECOMPOSE_FACTOR_TIP;
  }

  /** @param factor the decompose factor, &gt;= 1 */
  public void setDecomposeFactor(double factor) {
    m_Settings.setDecomposeFactor(factor);
  }

  /** @return the decompose factor */
  public double getDecomposeFactor() {
    return m_Settings.getDecomposeFactor();
  }

  /** @return tip text for the GUI */
  public String numSubclassesTipText() {
    return DecompositionSettings.NUM_SUBCLASSES_TIP;
  }

  /** @param k the number of subclasses, 0 = automatic */
  public void setNumSubclasses(int k) {
    m_Settings.setNumSubclasses(k);
  }

  /** @return the number of subclasses, 0 = automatic */
  public int getNumSubclasses() {
    return m_Settings.getNumSubclasses();
  }

  /** @return tip text for the GUI */
  public String targetSizeTipText() {
    return DecompositionSettings.TARGET_SIZE_TIP;
  }

  /** @param size the target subclass weight, 0 = the smallest class */
  public void setTargetSize(double size) {
    m_Settings.setTargetSize(size);
  }

  /** @return the target subclass weight */
  public double getTargetSize() {
    return m_Settings.getTargetSize();
  }

  /** @return tip text for the GUI */
  public String maxSubclassesTipText() {
    return DecompositionSettings.MAX_SUBCLASSES_TIP;
  }

  /** @param max the cap on the automatic number of subclasses, &gt;= 1 */
  public void setMaxSubclasses(int max) {
    m_Settings.setMaxSubclasses(max);
  }

  /** @return the cap on the automatic number of subclasses */
  public int getMaxSubclasses() {
    return m_Settings.getMaxSubclasses();
  }

  /** @return tip text for the GUI */
  public String minSubclassSizeTipText() {
    return DecompositionSettings.MIN_SUBCLASS_SIZE_TIP;
  }

  /** @param size the smallest average number of instances of automatic subclasses, &gt;= 1 */
  public void setMinSubclassSize(int size) {
    m_Settings.setMinSubclassSize(size);
  }

  /** @return the smallest average number of instances of automatic subclasses */
  public int getMinSubclassSize() {
    return m_Settings.getMinSubclassSize();
  }

  // ---- COG's own properties ----

  /** @return tip text for the GUI */
  public String oversampleTipText() {
    return "COG-OS: replicate each class j by its rate r(j), all its subclasses alike (copies keep their "
      + "weights; seeded). The rates are 'oversampleRates', or automatic.";
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
  public String oversampleRatesTipText() {
    return "COG-OS's rates r(j), one per class in the order of the class values, each >= 1 (1 = unchanged), "
      + "e.g. '1,5'. Empty: automatic, each undecomposed class lighter than the heaviest subclass is raised "
      + "to its weight.";
  }

  /**
   * @param rates COG-OS's rates, comma- or space-separated, one per class; empty for the automatic
   *          rates
   */
  public void setOversampleRates(String rates) {
    rates = rates == null ? "" : rates;
    m_OversampleRates = ClassReplication.checkRates(OptionValues.parseDoubles("os-rates", rates), rates);
  }

  /** @return COG-OS's rates, comma-separated; empty for the automatic rates */
  public String getOversampleRates() {
    StringBuilder b = new StringBuilder();
    for (double r : m_OversampleRates) {
      b.append(b.length() == 0 ? "" : ",").append(Utils.doubleToString(r, 17).trim());
    }
    return b.toString();
  }

  /** @return tip text for the GUI */
  public String combineTipText() {
    return "How the subclass probabilities make the class probabilities: 'max' (default, the paper's rule: "
      + "the class of the most probable subclass wins; each class gets its best subclass's probability, "
      + "renormalised) or 'sum' (each class gets the sum of its subclasses' probabilities).";
  }

  /** @param combine the combination rule, one of {@link Combination#TAGS} */
  public void setCombine(SelectedTag combine) {
    m_Combine = OptionValues.tagId("combine", combine, Combination.TAGS);
  }

  /** @return the combination rule */
  public SelectedTag getCombine() {
    return new SelectedTag(m_Combine, Combination.TAGS);
  }

  /**
   * Runs the classifier from the command line.
   *
   * @param args the options
   */
  public static void main(String[] args) {
    runClassifier(new COGClassifier(), args);
  }

  /** Reads this class's fields; a model of release 0.1.0 gets its settings from its old fields. */
  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    Release.readFields(in, "COGClassifier", () -> m_SavedByRelease);
    if (m_Settings == null) {
      m_Settings = DecompositionSettings.ofRelease010(m_Clusterer, m_DecomposeFactor, m_NumSubclasses, m_TargetSize,
        m_MaxSubclasses, m_MinSubclassSize);
      m_Clusterer = null;
      m_OversampleRates = new double[0];
      if (m_Decomposition != null) {
        m_Decomposition.restoreSettings(m_Settings);
      }
    }
  }
}
