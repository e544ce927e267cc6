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

package weka.filters.supervised.attribute;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Random;
import java.util.Vector;

import weka.clusterers.Clusterer;
import weka.core.Capabilities;
import weka.core.Capabilities.Capability;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Option;
import weka.core.Randomizable;
import weka.core.TechnicalInformation;
import weka.core.TechnicalInformationHandler;
import weka.core.Utils;
import weka.core.WeightedInstancesHandler;
import weka.filters.SimpleBatchFilter;
import weka.filters.SupervisedFilter;
import weka.imbalance.Citations;
import weka.imbalance.OptionValues;
import weka.imbalance.Release;
import weka.imbalance.cog.ClassDecomposition;
import weka.imbalance.cog.DecompositionSettings;

/**
 * The class decomposition of COG (Wu, Xiong &amp; Chen, DMKD 2010) as a filter: replaces the class
 * by subclass labels found by clustering each large class. The logic is
 * {@link ClassDecomposition} and its settings {@link DecompositionSettings}, shared with
 * {@link weka.classifiers.meta.COGClassifier}.
 */
public class COGDecomposition extends SimpleBatchFilter
  implements SupervisedFilter, Randomizable, TechnicalInformationHandler, WeightedInstancesHandler {

  private static final long serialVersionUID = 2286450153196421833L;

  /** The release that saved this object (null in models of release 0.1.0, which did not record it). */
  private String m_SavedByRelease = Release.VERSION;

  /** Default seed. */
  public static final int DEFAULT_SEED = 1;

  // release 0.1.0 kept the decomposition settings in these six fields: read from its models only
  private Clusterer m_Clusterer;

  private double m_DecomposeFactor;

  private int m_NumSubclasses;

  private double m_TargetSize;

  private int m_MaxSubclasses;

  private int m_MinSubclassSize;

  /** Phase I settings, shared with the classifier. */
  protected DecompositionSettings m_Settings = new DecompositionSettings();

  protected int m_Seed = DEFAULT_SEED;

  /** The decomposition learned on the first batch. */
  protected ClassDecomposition m_Decomposition;

  /** The relabelled first batch, between determineOutputFormat and process. */
  protected transient Instances m_FirstBatchOutput;

  @Override
  public String globalInfo() {
    return "Replaces the class by subclass labels: clusters each large class into subclasses (the local "
      + "decomposition of COG), for looking at, visualising or saving the subclasses.\n\n"
      + "The new class attribute, named after the old one with the suffix '_subclass', has one value per "
      + "subclass: a class that is not decomposed keeps its name, the subclasses of a decomposed class are "
      + "called <class>_1, <class>_2, ... by decreasing weight. A class is decomposed when its weight is at "
      + "least 'decomposeFactor' times that of the smallest class (1 = every class); its number of "
      + "subclasses is fixed ('numSubclasses' > 0) or round(class weight / target size), at most "
      + "'maxSubclasses' and (the class's instance count / 'minSubclassSize'). Clustering uses every "
      + "attribute except the class; "
      + "empty clusters are dropped; a clusterer that cannot handle weights is built on a weighted resample. "
      + "Instances, their order and weights are kept; a missing class stays missing.\n\n"
      + "The decomposition is learned on the first batch only. In later batches an instance whose class was "
      + "not decomposed gets that class's only subclass; one of a decomposed class gets the subclass of the "
      + "cluster its class's clusterer assigns it to (or the most likely non-empty cluster); a missing class, "
      + "or a clusterer failure, gives a missing subclass.\n\n"
      + "To evaluate a classifier on decomposed classes use weka.classifiers.meta.COGClassifier instead: a "
      + "classifier trained on this filter's output predicts subclasses, and a filter cannot map predictions "
      + "back to the original classes (FilteredClassifier refuses filters that change the class attribute).\n\n"
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
    Capabilities clus = m_Settings.getClusterer().getCapabilities();
    for (Capability cap : Capability.values()) {
      if ((cap.isAttribute() || cap.isAttributeCapability()) && clus.handles(cap)) {
        result.enable(cap);
      }
    }
    result.enable(Capability.NOMINAL_CLASS);
    result.enable(Capability.MISSING_CLASS_VALUES);
    result.setMinimumNumberInstances(0);
    return result;
  }

  @Override
  protected boolean hasImmediateOutputFormat() {
    return false;
  }

  @Override
  public boolean allowAccessToFullInputFormat() {
    return true;
  }

  @Override
  protected Instances determineOutputFormat(Instances inputFormat) throws Exception {
    ClassDecomposition decomposition = new ClassDecomposition(m_Settings);
    m_FirstBatchOutput = decomposition.fit(inputFormat, new Random(m_Seed));
    m_Decomposition = decomposition;
    if (getDebug()) {
      System.err.println(decomposition);
    }
    return decomposition.outputHeader();
  }

  @Override
  protected Instances process(Instances instances) throws Exception {
    if (!isFirstBatchDone()) {
      Instances out = m_FirstBatchOutput;
      m_FirstBatchOutput = null;
      return out;
    }
    Instances out = new Instances(getOutputFormat(), instances.numInstances());
    int classIndex = instances.classIndex();
    for (int i = 0; i < instances.numInstances(); i++) {
      Instance inst = instances.instance(i);
      Instance o = (Instance) inst.copy();
      o.setDataset(out);
      int s = m_Decomposition.subclassOf(inst);
      if (s < 0) {
        o.setMissing(classIndex);
      } else {
        o.setValue(classIndex, s);
      }
      out.add(o);
    }
    return out;
  }

  /** @return the decomposition learned on the first batch, null before */
  public ClassDecomposition getDecomposition() {
    return m_Decomposition;
  }

  @Override
  public Enumeration<Option> listOptions() {
    Vector<Option> v = DecompositionSettings.listOptions();
    v.add(new Option("\tRandom number seed.\n\t(default: " + DEFAULT_SEED + ")", "S", 1, "-S <seed>"));
    v.addAll(Collections.list(super.listOptions()));
    return v.elements();
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    m_Settings.setOptions(options);
    setSeed(OptionValues.getInt("S", options, DEFAULT_SEED));
    super.setOptions(options);
    Utils.checkForRemainingOptions(options);
  }

  @Override
  public String[] getOptions() {
    Vector<String> options = new Vector<>(m_Settings.getOptions());
    options.add("-S");
    options.add("" + m_Seed);
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

  /** @return tip text for the GUI */
  public String seedTipText() {
    return "The random number seed (clusterer seeds, weighted resampling for clusterers without weights).";
  }

  @Override
  public void setSeed(int seed) {
    m_Seed = seed;
  }

  @Override
  public int getSeed() {
    return m_Seed;
  }

  /**
   * Runs the filter from the command line.
   *
   * @param args the options
   */
  public static void main(String[] args) {
    runFilter(new COGDecomposition(), args);
  }

  /** Reads this class's fields; a model of release 0.1.0 gets its settings from its old fields. */
  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    Release.readFields(in, "COGDecomposition", () -> m_SavedByRelease);
    if (m_Settings == null) {
      m_Settings = DecompositionSettings.ofRelease010(m_Clusterer, m_DecomposeFactor, m_NumSubclasses, m_TargetSize,
        m_MaxSubclasses, m_MinSubclassSize);
      m_Clusterer = null;
      if (m_Decomposition != null) {
        m_Decomposition.restoreSettings(m_Settings);
      }
    }
  }
}
