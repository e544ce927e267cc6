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

package weka.imbalance.cog;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import weka.clusterers.Clusterer;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Randomizable;
import weka.core.UnassignedClassException;
import weka.core.UnsupportedAttributeTypeException;
import weka.core.Utils;
import weka.imbalance.ClassPriors;
import weka.imbalance.OptionValues;

/**
 * The local class decomposition of COG (Wu, Xiong &amp; Chen, "COG: local decomposition for rare
 * class analysis", Data Mining and Knowledge Discovery 20(2), 2010), learned once and shared by
 * the meta-classifier and the filter: Phase I, and the mapping of new instances and of subclass
 * predictions.
 *
 * <p><b>Phase I</b> ({@link #fit(Instances, Random)}): {@link DecompositionPlan} decides from the
 * class weights which classes are decomposed and into how many subclasses; each of those classes
 * is clustered, on all attributes except the class, by {@link LocalClustering}; its instances are
 * relabelled with subclass labels {@code <class>_1, <class>_2, ...} by decreasing weight.
 *
 * <p>Documented behaviour for awkward input:
 * <ul>
 * <li>a fixed number of subclasses larger than the number of instances of a selected class:
 * {@link IllegalArgumentException} naming {@code -K}, the value and the class;</li>
 * <li>the number of subclasses (fixed or automatic) is capped at the number of distinct
 * attribute vectors of the class, counted after missing values are replaced by the class's means
 * and modes: a class of identical instances is not decomposed;</li>
 * <li>empty clusters (or fewer clusters than requested) are dropped; a class whose instances all
 * land in one cluster stays one subclass; a clusterer that returns a cluster index outside its
 * range is an error;</li>
 * <li>instance weights: see {@link LocalClustering}; every relabelled instance keeps its weight;</li>
 * <li>missing attribute values are passed to the clusterer as they are; instances with a missing
 * class keep a missing (subclass) label and are not clustered;</li>
 * <li>a class with no training instances, or data with no attribute besides the class, is not
 * decomposed;</li>
 * <li>an infinite numeric value: {@link IllegalArgumentException} naming the attribute and the
 * instance.</li>
 * </ul>
 *
 * <p>New instances whose class is known are mapped to a subclass by {@link #subclassOf(Instance)};
 * <b>Phase IV</b> ({@link #toParentDistribution(double[], int)}) turns a distribution over
 * subclasses into one over the original classes by a {@link Combination} rule. Phase II of COG-OS
 * is {@link ClassReplication}.
 */
public class ClassDecomposition implements Serializable {

  private static final long serialVersionUID = 4630217658127788140L;

  /** Suffix of the name of the subclass attribute. */
  public static final String SUBCLASS_ATTRIBUTE_SUFFIX = "_subclass";

  /** The settings (a copy taken when fitting; set afresh for a model of release 0.1.0). */
  private DecompositionSettings m_Settings;

  // ---- learned by fit (these names are those of release 0.1.0, whose saved models must load) ----
  private Instances m_InputHeader;

  private Instances m_OutputHeader;

  private Instances m_ClusterHeader;

  private int m_ClassIndex;

  private double[] m_ClassWeight;

  private int[] m_ClassCount;

  private double m_SmallestClassWeight;

  private double m_Target;

  /** Number of subclasses requested per class (1 = not decomposed). */
  private int[] m_Requested;

  /** Number of clusters the clusterer returned per class (0 = not clustered). */
  private int[] m_ClustersReturned;

  private boolean[] m_Resampled;

  /** Per class: the clusterer, or null when the class is one subclass. */
  private Clusterer[] m_Clusterers;

  /** Per class: cluster index to subclass index, -1 for an empty cluster. */
  private int[][] m_ClusterToSubclass;

  private int[][] m_SubclassesOf;

  private int[] m_ParentOf;

  private double[] m_SubclassWeight;

  private int[] m_SubclassCount;

  /**
   * Creates an unfitted decomposition.
   *
   * @param settings the settings (copied when fitting)
   */
  public ClassDecomposition(DecompositionSettings settings) {
    OptionValues.require(settings != null, "clusterer", null, "set (no decomposition settings)");
    m_Settings = settings;
  }

  /**
   * Phase I: learns the decomposition of the given data and returns a relabelled copy (same
   * instances, order and weights; the class attribute replaced by the subclass attribute).
   *
   * @param data the data, with a nominal class (not modified)
   * @param random the random number generator (clusterer seeds, weighted resampling)
   * @return the relabelled data
   * @throws Exception if the class is not nominal, {@code -K} is larger than a selected class, or
   *           the clusterer fails
   */
  public Instances fit(Instances data, Random random) throws Exception {
    if (data.classIndex() < 0) {
      throw new UnassignedClassException("COG: the data has no class attribute set");
    }
    if (!data.classAttribute().isNominal()) {
      throw new UnsupportedAttributeTypeException("COG: the class attribute '" + data.classAttribute().name()
        + "' is not nominal; class decomposition needs a nominal class");
    }
    checkFinite(data);
    m_Settings = m_Settings.copy();
    int numClasses = data.numClasses();
    m_ClassIndex = data.classIndex();
    m_InputHeader = new Instances(data, 0);
    m_ClusterHeader = new Instances(data, 0);
    m_ClusterHeader.setClassIndex(-1);
    m_ClusterHeader.deleteAttributeAt(m_ClassIndex);
    m_ClassWeight = ClassPriors.weightedCounts(data);

    List<List<Integer>> members = new ArrayList<>();
    for (int c = 0; c < numClasses; c++) {
      members.add(new ArrayList<>());
    }
    for (int i = 0; i < data.numInstances(); i++) {
      Instance inst = data.instance(i);
      if (!inst.classIsMissing()) {
        members.get((int) inst.classValue()).add(i);
      }
    }
    m_ClassCount = new int[numClasses];
    for (int c = 0; c < numClasses; c++) {
      m_ClassCount[c] = members.get(c).size();
    }
    m_SmallestClassWeight = DecompositionPlan.smallestWeight(m_ClassWeight);
    m_Target = DecompositionPlan.target(m_Settings, m_SmallestClassWeight);

    m_Requested = new int[numClasses];
    m_ClustersReturned = new int[numClasses];
    m_Resampled = new boolean[numClasses];
    m_Clusterers = new Clusterer[numClasses];
    m_ClusterToSubclass = new int[numClasses][];
    m_SubclassesOf = new int[numClasses][];
    int[] clusterOf = new int[data.numInstances()];
    for (int c = 0; c < numClasses; c++) {
      String name = data.classAttribute().value(c);
      m_Requested[c] = m_ClusterHeader.numAttributes() == 0 ? 1
        : DecompositionPlan.subclasses(m_ClassWeight[c], m_ClassCount[c], name, m_SmallestClassWeight, m_Settings);
      if (m_Requested[c] < 2) {
        continue;
      }
      Instances classData = new Instances(m_ClusterHeader, members.get(c).size());
      for (int idx : members.get(c)) {
        classData.add(toClusterInstance(data.instance(idx)));
      }
      m_Requested[c] = Math.min(m_Requested[c], LocalClustering.distinctInstances(classData, m_Requested[c]));
      if (m_Requested[c] < 2) {
        continue;
      }
      LocalClustering lc = LocalClustering.run(m_Settings.getClusterer(), classData, m_Requested[c], random, name);
      m_Requested[c] = lc.requested;
      m_Resampled[c] = lc.resampled;
      m_Clusterers[c] = lc.clusterer;
      m_ClustersReturned[c] = lc.returned;
      for (int j = 0; j < lc.clusterOf.length; j++) {
        clusterOf[members.get(c).get(j)] = lc.clusterOf[j];
      }
    }
    List<String> names = nameSubclasses(data, members, clusterOf);
    m_OutputHeader = subclassHeader(data, names);
    return relabel(data, clusterOf);
  }

  /**
   * Numbers the subclasses: classes in their order, the non-empty clusters of a class by
   * decreasing weight (then count, then cluster index); a class in fewer than two non-empty
   * clusters stays one subclass with the class's name.
   */
  private List<String> nameSubclasses(Instances data, List<List<Integer>> members, int[] clusterOf) {
    int numClasses = data.numClasses();
    List<Integer> parent = new ArrayList<>();
    List<String> names = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (int c = 0; c < numClasses; c++) {
      used.add(data.classAttribute().value(c));
    }
    for (int c = 0; c < numClasses; c++) {
      String value = data.classAttribute().value(c);
      List<Integer> nonEmpty = new ArrayList<>();
      if (m_Clusterers[c] != null) {
        double[] w = new double[m_ClustersReturned[c]];
        int[] n = new int[m_ClustersReturned[c]];
        for (int idx : members.get(c)) {
          w[clusterOf[idx]] += data.instance(idx).weight();
          n[clusterOf[idx]]++;
        }
        for (int k = 0; k < n.length; k++) {
          if (n[k] > 0) {
            nonEmpty.add(k);
          }
        }
        nonEmpty.sort((a, b) -> w[a] != w[b] ? Double.compare(w[b], w[a]) : n[a] != n[b] ? n[b] - n[a] : a - b);
      }
      if (nonEmpty.size() < 2) {
        m_Clusterers[c] = null;
        m_ClusterToSubclass[c] = null;
        m_SubclassesOf[c] = new int[] {parent.size()};
        parent.add(c);
        names.add(value);
        continue;
      }
      m_ClusterToSubclass[c] = new int[m_ClustersReturned[c]];
      Arrays.fill(m_ClusterToSubclass[c], -1);
      m_SubclassesOf[c] = new int[nonEmpty.size()];
      for (int j = 0; j < nonEmpty.size(); j++) {
        String name = value + "_" + (j + 1);
        while (used.contains(name)) {
          name = name + "_";
        }
        used.add(name);
        m_ClusterToSubclass[c][nonEmpty.get(j)] = parent.size();
        m_SubclassesOf[c][j] = parent.size();
        parent.add(c);
        names.add(name);
      }
    }
    m_ParentOf = new int[parent.size()];
    for (int s = 0; s < m_ParentOf.length; s++) {
      m_ParentOf[s] = parent.get(s);
    }
    return names;
  }

  /** The input header with the class attribute replaced by the subclass attribute. */
  private Instances subclassHeader(Instances data, List<String> names) {
    String attName = data.classAttribute().name() + SUBCLASS_ATTRIBUTE_SUFFIX;
    while (data.attribute(attName) != null) {
      attName = attName + "_";
    }
    ArrayList<Attribute> atts = new ArrayList<>(data.numAttributes());
    for (int a = 0; a < data.numAttributes(); a++) {
      atts.add(a == m_ClassIndex ? new Attribute(attName, names) : (Attribute) data.attribute(a).copy());
    }
    Instances header = new Instances(data.relationName(), atts, 0);
    header.setClassIndex(m_ClassIndex);
    return header;
  }

  /** Copies of the instances with their subclass labels, counting the subclass sizes. */
  private Instances relabel(Instances data, int[] clusterOf) {
    m_SubclassWeight = new double[m_ParentOf.length];
    m_SubclassCount = new int[m_ParentOf.length];
    Instances out = new Instances(m_OutputHeader, data.numInstances());
    for (int i = 0; i < data.numInstances(); i++) {
      Instance inst = data.instance(i);
      Instance o = (Instance) inst.copy();
      o.setDataset(out);
      if (!inst.classIsMissing()) {
        int c = (int) inst.classValue();
        int s = m_Clusterers[c] == null ? m_SubclassesOf[c][0] : m_ClusterToSubclass[c][clusterOf[i]];
        o.setClassValue(s);
        m_SubclassWeight[s] += inst.weight();
        m_SubclassCount[s]++;
      }
      out.add(o);
    }
    return out;
  }

  /** Refuses infinite numeric values: the clusterers' distances (and most learners) break on them. */
  private static void checkFinite(Instances data) {
    for (int a = 0; a < data.numAttributes(); a++) {
      if (a == data.classIndex() || !data.attribute(a).isNumeric()) {
        continue;
      }
      for (int i = 0; i < data.numInstances(); i++) {
        if (Double.isInfinite(data.instance(i).value(a))) {
          throw new IllegalArgumentException("COG: attribute '" + data.attribute(a).name() + "' of instance "
            + (i + 1) + " is " + data.instance(i).value(a) + "; class decomposition (clustering) needs finite values");
        }
      }
    }
  }

  /**
   * The given instance without its class value, in the clusterers' format.
   *
   * @param inst an instance in the format of the fitted data
   * @return a new instance without the class attribute, with the same weight
   */
  public Instance toClusterInstance(Instance inst) {
    double[] vals = new double[m_ClusterHeader.numAttributes()];
    for (int a = 0, j = 0; a < inst.numAttributes(); a++) {
      if (a != m_ClassIndex) {
        vals[j++] = inst.value(a);
      }
    }
    Instance ci = new DenseInstance(inst.weight(), vals);
    ci.setDataset(m_ClusterHeader);
    return ci;
  }

  /**
   * The subclass of an instance whose (original) class is known, for data seen after fitting: the
   * class's only subclass when it was not decomposed; otherwise the subclass of the cluster that
   * the class's clusterer assigns it to ({@code clusterInstance}). If that cluster was empty in
   * training, the non-empty cluster with the highest {@code distributionForInstance} value is
   * used. A missing or unknown class, or a clusterer that fails on the instance, gives -1 (missing).
   *
   * @param inst an instance in the format of the fitted data
   * @return the subclass index, or -1
   */
  public int subclassOf(Instance inst) {
    checkFitted();
    if (inst.isMissing(m_ClassIndex)) {
      return -1;
    }
    int c = (int) inst.value(m_ClassIndex);
    if (c < 0 || c >= m_SubclassesOf.length) {
      return -1;
    }
    if (m_Clusterers[c] == null) {
      return m_SubclassesOf[c][0];
    }
    try {
      Instance ci = toClusterInstance(inst);
      int k = m_Clusterers[c].clusterInstance(ci);
      if (k >= 0 && k < m_ClusterToSubclass[c].length && m_ClusterToSubclass[c][k] >= 0) {
        return m_ClusterToSubclass[c][k];
      }
      double[] d = m_Clusterers[c].distributionForInstance(ci);
      int best = -1;
      for (int j = 0; j < d.length && j < m_ClusterToSubclass[c].length; j++) {
        if (m_ClusterToSubclass[c][j] >= 0 && (best < 0 || d[j] > d[best])) {
          best = j;
        }
      }
      return best < 0 ? -1 : m_ClusterToSubclass[c][best];
    } catch (Exception e) {
      return -1;
    }
  }

  /**
   * A copy of the instance in the subclass format with a missing class value, ready for a
   * classifier trained on the decomposed data.
   *
   * @param inst an instance in the format of the fitted data (not modified)
   * @return the new instance
   */
  public Instance toSubclassFormat(Instance inst) {
    checkFitted();
    Instance o = (Instance) inst.copy();
    o.setDataset(m_OutputHeader);
    o.setMissing(m_ClassIndex);
    return o;
  }

  /**
   * Phase IV: a distribution over the original classes from one over the subclasses.
   *
   * @param subclassDist a distribution over the subclasses (not modified)
   * @param rule a {@link Combination} rule
   * @return a new array over the original classes summing to 1, or all zeros if the input is
   */
  public double[] toParentDistribution(double[] subclassDist, int rule) {
    checkFitted();
    return Combination.toClasses(subclassDist, m_ParentOf, m_SubclassesOf.length, rule);
  }

  private void checkFitted() {
    if (m_ParentOf == null) {
      throw new IllegalStateException("COG: the class decomposition has not been fitted yet");
    }
  }

  /** @return whether {@link #fit} has run */
  public boolean isFitted() {
    return m_ParentOf != null;
  }

  /** @return the header of the decomposed data (class = subclass attribute) */
  public Instances outputHeader() {
    checkFitted();
    return new Instances(m_OutputHeader, 0);
  }

  /** @return the number of subclasses over all classes */
  public int numSubclasses() {
    checkFitted();
    return m_ParentOf.length;
  }

  /**
   * @param subclass a subclass index
   * @return the index of its original class
   */
  public int parentOf(int subclass) {
    checkFitted();
    return m_ParentOf[subclass];
  }

  /**
   * @param classIndex an original class index
   * @return a copy of the indices of its subclasses
   */
  public int[] subclassesOf(int classIndex) {
    checkFitted();
    return m_SubclassesOf[classIndex].clone();
  }

  /**
   * @param classIndex an original class index
   * @return whether the class was split into two or more subclasses
   */
  public boolean isDecomposed(int classIndex) {
    checkFitted();
    return m_SubclassesOf[classIndex].length > 1;
  }

  /**
   * @param subclass a subclass index
   * @return its weight in the fitted data (before any oversampling)
   */
  public double subclassWeight(int subclass) {
    checkFitted();
    return m_SubclassWeight[subclass];
  }

  /**
   * @param subclass a subclass index
   * @return its number of instances in the fitted data (before any oversampling)
   */
  public int subclassCount(int subclass) {
    checkFitted();
    return m_SubclassCount[subclass];
  }

  /** @return the number of original classes */
  public int numClasses() {
    checkFitted();
    return m_SubclassesOf.length;
  }

  /**
   * @param classIndex an original class index
   * @return its name
   */
  public String className(int classIndex) {
    checkFitted();
    return m_InputHeader.classAttribute().value(classIndex);
  }

  /**
   * @param classIndex an original class index
   * @return its weight in the fitted data
   */
  public double classWeight(int classIndex) {
    checkFitted();
    return m_ClassWeight[classIndex];
  }

  /** @return the settings the decomposition was fitted with (a copy owned by it) */
  public DecompositionSettings settings() {
    return m_Settings;
  }

  /**
   * Gives a decomposition saved by release 0.1.0, whose settings were not saved with it, the
   * settings of the component that saved it.
   *
   * @param settings the component's settings
   */
  public void restoreSettings(DecompositionSettings settings) {
    if (m_Settings == null) {
      m_Settings = settings;
    }
  }

  /** @return a description of the decomposition: classes, subclasses and their sizes */
  @Override
  public String toString() {
    if (!isFitted()) {
      return "COG class decomposition: not fitted yet";
    }
    StringBuilder sb = new StringBuilder();
    Clusterer template = m_Settings.getClusterer();
    sb.append("Clusterer: ").append(OptionValues.toSpec(template));
    if (template instanceof Randomizable) {
      sb.append(" (seed drawn per class)");
    }
    sb.append("\nDecomposed: classes with weight >= ").append(Utils.doubleToString(m_Settings.getDecomposeFactor(), 4))
      .append(" x the smallest class (").append(Utils.doubleToString(m_SmallestClassWeight, 4)).append(")\n");
    if (m_Settings.getNumSubclasses() == DecompositionSettings.AUTOMATIC) {
      sb.append("Subclasses per decomposed class: round(class weight / ")
        .append(Utils.doubleToString(m_Target, 4)).append("), at most ").append(m_Settings.getMaxSubclasses())
        .append(" and at most instances / ").append(m_Settings.getMinSubclassSize()).append("\n");
    } else {
      sb.append("Subclasses per decomposed class: ").append(m_Settings.getNumSubclasses()).append("\n");
    }
    sb.append("\n");
    Attribute cls = m_InputHeader.classAttribute();
    Attribute sub = m_OutputHeader.classAttribute();
    for (int c = 0; c < m_SubclassesOf.length; c++) {
      sb.append(cls.value(c)).append(": weight ").append(Utils.doubleToString(m_ClassWeight[c], 4))
        .append(", ").append(m_ClassCount[c]).append(" instances");
      if (m_Clusterers[c] == null) {
        if (m_Requested[c] > 1) {
          sb.append(", all in one cluster (").append(m_ClustersReturned[c]).append(" returned)");
        } else {
          sb.append(", not decomposed");
        }
      } else {
        sb.append(", ").append(m_SubclassesOf[c].length).append(" subclasses (").append(m_Requested[c])
          .append(" requested, ").append(m_ClustersReturned[c]).append(" returned");
        if (m_Resampled[c]) {
          sb.append(", clusterer built on a weighted resample");
        }
        sb.append(")");
      }
      sb.append("\n");
      if (m_SubclassesOf[c].length > 1) {
        for (int s : m_SubclassesOf[c]) {
          sb.append("  ").append(sub.value(s)).append(": weight ")
            .append(Utils.doubleToString(m_SubclassWeight[s], 4)).append(", ").append(m_SubclassCount[s])
            .append(" instances");
          sb.append("\n");
        }
      }
    }
    return sb.toString();
  }
}
