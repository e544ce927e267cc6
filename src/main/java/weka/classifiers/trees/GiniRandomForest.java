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
package weka.classifiers.trees;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Vector;

import weka.classifiers.RandomizableClassifier;
import weka.core.AdditionalMeasureProducer;
import weka.core.Capabilities;
import weka.core.Capabilities.Capability;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Option;
import weka.core.RevisionUtils;
import weka.core.TechnicalInformation;
import weka.core.TechnicalInformationHandler;
import weka.core.Utils;
import weka.core.WeightedInstancesHandler;
import weka.imbalance.Citations;
import weka.imbalance.OptionValues;
import weka.imbalance.Release;
import weka.imbalance.forest.ForestData;
import weka.imbalance.forest.GiniTree;
import weka.imbalance.forest.TreeGrower;
import weka.imbalance.meta.ThreadSafePrediction;

/**
 * Breiman's random forest as scikit-learn's {@code RandomForestClassifier} grows it by default:
 * CART trees with the Gini impurity and binary splits, each on a bootstrap sample, int(sqrt(d))
 * attributes tried per node, grown until pure; see {@link #globalInfo()}.
 */
public class GiniRandomForest extends RandomizableClassifier
  implements WeightedInstancesHandler, TechnicalInformationHandler, AdditionalMeasureProducer, ThreadSafePrediction {

  private static final long serialVersionUID = -3121618392925437166L;

  /** The release that saved this object. */
  private String m_SavedByRelease = Release.VERSION;

  public static final int DEFAULT_TREES = 100;

  protected int m_NumTrees = DEFAULT_TREES;
  protected int m_NumFeatures = 0;
  protected int m_MaxDepth = 0;
  protected boolean m_NoBootstrap = false;
  protected int m_NumSlots = 1;

  /** The trees of the built model. */
  protected GiniTree[] m_Trees;
  /** The number of classes of the training data. */
  protected int m_NumClasses;
  /** The attributes tried per node in the built model. */
  protected int m_UsedFeatures;

  public String globalInfo() {
    return "Random forest of CART trees (Breiman 2001) with scikit-learn's RandomForestClassifier defaults: 100 "
      + "trees, each grown on a bootstrap sample (n draws with replacement; an instance drawn c times weighs c "
      + "times its weight), binary splits chosen by the largest weighted Gini decrease among int(sqrt(d)) "
      + "attributes drawn at random at every node (more are drawn when all those drawn are constant there), "
      + "grown until every leaf is pure or holds one distinct instance; the forest's class distribution is the "
      + "average of the trees' leaf distributions. It differs from Weka's RandomForest, whose RandomTree "
      + "uses the information gain, log2(d) + 1 attributes and multi-way nominal splits. It is the default "
      + "hardness estimator of InstanceHardnessThreshold, as RandomForestClassifier is imbalanced-learn's. "
      + "A numeric threshold is the midpoint between two neighbouring values, as in scikit-learn (which compares "
      + "float32 values and treats values within 1e-7 as equal; here every distinct double is a candidate). A "
      + "nominal attribute is split one value against the rest. An instance missing the split attribute's "
      + "value goes to the side that received more training weight (scikit-learn 1.2 refuses missing values). "
      + "Instances with a missing class are not used for training. Each numeric attribute is sorted once per "
      + "model and kept in order through every tree, so nodes are split without sorting. The model depends "
      + "only on the data, the options and the seed, not on the number of execution slots.\n\nFor more "
      + "information, see\n\n" + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    return Citations.breiman2001();
  }

  @Override
  public Capabilities getCapabilities() {
    Capabilities result = super.getCapabilities();
    result.disableAll();
    result.enable(Capability.NOMINAL_ATTRIBUTES);
    result.enable(Capability.NUMERIC_ATTRIBUTES);
    result.enable(Capability.DATE_ATTRIBUTES);
    result.enable(Capability.MISSING_VALUES);
    result.enable(Capability.NOMINAL_CLASS);
    result.enable(Capability.BINARY_CLASS);
    result.enable(Capability.MISSING_CLASS_VALUES);
    result.setMinimumNumberInstances(0);
    return result;
  }

  @Override
  public void buildClassifier(Instances data) throws Exception {
    getCapabilities().testWithFail(data);
    ForestData forest = new ForestData(data);
    m_NumClasses = data.numClasses();
    int d = forest.numFeatures();
    m_UsedFeatures = Math.max(1, Math.min(d, m_NumFeatures > 0 ? m_NumFeatures : (int) Math.sqrt(d)));
    m_Trees = TreeGrower.forest(forest, m_NumTrees, m_UsedFeatures, m_MaxDepth, !m_NoBootstrap, m_Seed, m_NumSlots);
  }

  @Override
  public double[] distributionForInstance(Instance inst) throws Exception {
    if (m_Trees == null) {
      throw new IllegalStateException("GiniRandomForest: no model built yet");
    }
    double[] sum = new double[m_NumClasses];
    for (GiniTree t : m_Trees) {
      t.addDistribution(inst, sum);
    }
    for (int c = 0; c < sum.length; c++) {
      sum[c] /= m_Trees.length;
    }
    return sum;
  }

  @Override
  public String toString() {
    if (m_Trees == null) {
      return "GiniRandomForest: no model built yet.";
    }
    long nodes = 0;
    long leaves = 0;
    int depth = 0;
    for (GiniTree t : m_Trees) {
      nodes += t.numNodes();
      leaves += t.numLeaves();
      depth = Math.max(depth, t.depth());
    }
    int k = Math.max(1, m_Trees.length);
    return "GiniRandomForest\n================\n\n" + m_Trees.length + " trees, " + m_UsedFeatures
      + " attributes tried per node, " + (m_NoBootstrap ? "no bootstrap" : "bootstrap samples") + "\n"
      + "Nodes per tree: " + Utils.doubleToString((double) nodes / k, 1) + " on average; leaves per tree: "
      + Utils.doubleToString((double) leaves / k, 1) + " on average; deepest tree: " + depth + "\n";
  }

  @Override
  public Enumeration<String> enumerateMeasures() {
    Vector<String> v = new Vector<>();
    Collections.addAll(v, "measureNumNodes", "measureNumLeaves", "measureMeanDepth");
    return v.elements();
  }

  /**
   * @param name measureNumNodes, measureNumLeaves or measureMeanDepth: per tree, averaged over the trees
   */
  @Override
  public double getMeasure(String name) {
    if (m_Trees == null || m_Trees.length == 0) {
      return Double.NaN;
    }
    double sum = 0;
    for (GiniTree t : m_Trees) {
      switch (name) {
        case "measureNumNodes":
          sum += t.numNodes();
          break;
        case "measureNumLeaves":
          sum += t.numLeaves();
          break;
        case "measureMeanDepth":
          sum += t.depth();
          break;
        default:
          throw new IllegalArgumentException(name + " is not a measure of GiniRandomForest (measureNumNodes, "
            + "measureNumLeaves, measureMeanDepth)");
      }
    }
    return sum / m_Trees.length;
  }

  // ------------------------------------------------------------ options

  @Override
  public Enumeration<Option> listOptions() {
    Vector<Option> v = new Vector<>();
    v.add(new Option("\tThe number of trees (default " + DEFAULT_TREES + ")", "I", 1, "-I <n>"));
    v.add(new Option("\tAttributes tried per node (default 0: int(sqrt(attributes)))", "K", 1, "-K <n>"));
    v.add(new Option("\tThe most splits from the root to a leaf (default 0: unlimited)", "depth", 1, "-depth <n>"));
    v.add(new Option("\tGrow every tree on all instances instead of a bootstrap sample", "no-bootstrap", 0,
      "-no-bootstrap"));
    v.add(new Option("\tThreads that grow the trees (default 1; 0: one per processor)", "num-slots", 1,
      "-num-slots <n>"));
    v.addAll(Collections.list(super.listOptions()));
    return v.elements();
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    setNumTrees(OptionValues.getInt("I", options, DEFAULT_TREES));
    setNumFeatures(OptionValues.getInt("K", options, 0));
    setMaxDepth(OptionValues.getInt("depth", options, 0));
    setNoBootstrap(Utils.getFlag("no-bootstrap", options));
    setNumExecutionSlots(OptionValues.getInt("num-slots", options, 1));
    super.setOptions(options);
    Utils.checkForRemainingOptions(options);
  }

  @Override
  public String[] getOptions() {
    Vector<String> o = new Vector<>();
    Collections.addAll(o, "-I", "" + m_NumTrees, "-K", "" + m_NumFeatures, "-depth", "" + m_MaxDepth);
    if (m_NoBootstrap) {
      o.add("-no-bootstrap");
    }
    Collections.addAll(o, "-num-slots", "" + m_NumSlots);
    Collections.addAll(o, super.getOptions());
    return o.toArray(new String[0]);
  }

  public String numTreesTipText() {
    return "The number of trees (scikit-learn's n_estimators, 100).";
  }

  public int getNumTrees() {
    return m_NumTrees;
  }

  public void setNumTrees(int n) {
    m_NumTrees = OptionValues.atLeast("I", n, 1);
  }

  public String numFeaturesTipText() {
    return "The attributes drawn and tried at every node; 0 (default) for int(sqrt(number of attributes)), "
      + "scikit-learn's max_features=\"sqrt\". More are drawn while all those drawn are constant on the node; a "
      + "number above the data's attributes tries them all.";
  }

  public int getNumFeatures() {
    return m_NumFeatures;
  }

  public void setNumFeatures(int k) {
    m_NumFeatures = OptionValues.atLeast("K", k, 0);
  }

  public String maxDepthTipText() {
    return "The most splits on a path from the root to a leaf; 0 (default) grows every tree until its leaves are "
      + "pure or hold one distinct instance (scikit-learn's max_depth=None).";
  }

  public int getMaxDepth() {
    return m_MaxDepth;
  }

  public void setMaxDepth(int depth) {
    m_MaxDepth = OptionValues.atLeast("depth", depth, 0);
  }

  public String noBootstrapTipText() {
    return "Grow every tree on all the training instances instead of a bootstrap sample (scikit-learn's "
      + "bootstrap=False); the trees then differ only by the attributes drawn at each node.";
  }

  public boolean getNoBootstrap() {
    return m_NoBootstrap;
  }

  public void setNoBootstrap(boolean b) {
    m_NoBootstrap = b;
  }

  public String numExecutionSlotsTipText() {
    return "The threads that grow the trees (0: one per processor). The model is the same for any number.";
  }

  public int getNumExecutionSlots() {
    return m_NumSlots;
  }

  public void setNumExecutionSlots(int n) {
    m_NumSlots = OptionValues.atLeast("num-slots", n, 0);
  }

  @Override
  public String getRevision() {
    return RevisionUtils.extract("$Revision: 1 $");
  }

  public static void main(String[] args) {
    runClassifier(new GiniRandomForest(), args);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
    Release.readFields(in, "GiniRandomForest", () -> m_SavedByRelease);
  }
}
