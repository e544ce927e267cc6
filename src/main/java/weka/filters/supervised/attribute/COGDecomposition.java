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
import weka.imbalance.Citations;
import weka.core.TechnicalInformationHandler;
import weka.core.Utils;
import weka.core.WeightedInstancesHandler;
import weka.filters.SimpleBatchFilter;
import weka.filters.SupervisedFilter;
import weka.imbalance.OptionValues;
import weka.imbalance.cog.ClassDecomposition;
import weka.imbalance.Release;

/**
 * The class decomposition of COG (Wu, Xiong &amp; Chen, DMKD 2010) as a filter: replaces the class
 * by subclass labels found by clustering each large class. The logic is
 * {@link ClassDecomposition}, shared with {@link weka.classifiers.meta.COGClassifier}.
 */
public class COGDecomposition extends SimpleBatchFilter
  implements SupervisedFilter, Randomizable, TechnicalInformationHandler, WeightedInstancesHandler {

  private static final long serialVersionUID = 2286450153196421833L;

  /** The release that saved this object (null in models of release 0.1.0, which did not record it). */
  private String m_SavedByRelease = Release.VERSION;

  /** Default seed. */
  public static final int DEFAULT_SEED = 1;

  protected Clusterer m_Clusterer = ClassDecomposition.defaultClusterer();

  protected double m_DecomposeFactor = ClassDecomposition.DEFAULT_DECOMPOSE_FACTOR;

  protected int m_NumSubclasses = ClassDecomposition.DEFAULT_NUM_SUBCLASSES;

  protected double m_TargetSize = ClassDecomposition.DEFAULT_TARGET_SIZE;

  protected int m_MaxSubclasses = ClassDecomposition.DEFAULT_MAX_SUBCLASSES;

  protected int m_MinSubclassSize = ClassDecomposition.DEFAULT_MIN_SUBCLASS_SIZE;

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
    Capabilities clus = m_Clusterer.getCapabilities();
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
    ClassDecomposition decomposition =
      new ClassDecomposition(m_Clusterer, m_DecomposeFactor, m_NumSubclasses, m_TargetSize, m_MaxSubclasses,
        m_MinSubclassSize);
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
    Vector<Option> v = ClassDecomposition.listOptions();
    v.add(new Option("\tRandom number seed.\n\t(default: " + DEFAULT_SEED + ")", "S", 1, "-S <seed>"));
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
    setSeed(OptionValues.getInt("S", options, DEFAULT_SEED));
    super.setOptions(options);
    Utils.checkForRemainingOptions(options);
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
    options.add("-S");
    options.add("" + m_Seed);
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

  private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
    Release.readFields(in, "COGDecomposition", () -> m_SavedByRelease);
  }
}
