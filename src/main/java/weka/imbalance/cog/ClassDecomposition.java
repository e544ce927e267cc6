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
import java.util.Vector;

import weka.clusterers.AbstractClusterer;
import weka.clusterers.Clusterer;
import weka.clusterers.NumberOfClustersRequestable;
import weka.clusterers.SimpleKMeans;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Option;
import weka.core.OptionHandler;
import weka.core.Randomizable;
import weka.core.SelectedTag;
import weka.core.UnassignedClassException;
import weka.core.UnsupportedAttributeTypeException;
import weka.core.Utils;
import weka.core.WeightedInstancesHandler;
import weka.core.WekaException;
import weka.imbalance.ClassPriors;

/**
 * The local class decomposition of COG (Wu, Xiong &amp; Chen, "COG: local decomposition for rare
 * class analysis", Data Mining and Knowledge Discovery 20(2), 2010), written once for the
 * meta-classifier and the filter.
 *
 * <p><b>Phase I</b> ({@link #fit(Instances, Random)}): every selected class is clustered, on all
 * attributes except the class, by its own copy of a Weka clusterer, and its instances are
 * relabelled with subclass labels. A class is selected when its weighted count is at least
 * {@code decomposeFactor} times the weighted count of the smallest non-empty class
 * ({@code decomposeFactor = 1} selects every class). The number of subclasses of a selected class
 * is either fixed ({@code numSubclasses > 0}) or automatic: {@code round(n_c / target)}, where
 * {@code target} is {@code targetSize} or, when that is 0, the weighted count of the smallest
 * class, capped at {@code maxSubclasses} and at floor(m / {@code minSubclassSize}) for a class of m
 * instances (so that a tiny smallest class does not shatter the others into subclasses of one or
 * two instances).
 *
 * <p>Documented behaviour for awkward input:
 * <ul>
 * <li>a fixed number of subclasses larger than the number of instances of a selected class:
 * {@link IllegalArgumentException} naming {@code -K}, the value and the class;</li>
 * <li>the number of subclasses (fixed or automatic) is capped at the number of distinct
 * attribute vectors of the class: a class of identical instances is not decomposed;</li>
 * <li>empty clusters (or fewer clusters than requested, as SimpleKMeans returns when a class has
 * fewer distinct instances than requested clusters) are dropped; a class whose instances all land
 * in one cluster stays one subclass; a clusterer that returns a cluster index outside its range
 * is an error;</li>
 * <li>a clusterer whose number of clusters cannot be set (neither
 * {@link NumberOfClustersRequestable} nor with a public {@code setNumClusters(int)}) chooses it
 * itself;</li>
 * <li>instance weights: a clusterer that is a {@link WeightedInstancesHandler} gets the weighted
 * instances; any other clusterer is built on a weighted resample (seeded) of the class when its
 * weights differ, and then every original instance is assigned with {@code clusterInstance}.
 * Every relabelled instance keeps its weight;</li>
 * <li>missing attribute values are passed to the clusterer as they are (SimpleKMeans replaces
 * them by means and modes); instances with a missing class keep a missing (subclass) label and
 * are not clustered;</li>
 * <li>a class with no training instances, or data with no attribute besides the class, is not
 * decomposed;</li>
 * <li>an infinite numeric value: {@link IllegalArgumentException} naming the attribute and the
 * instance;</li>
 * <li>a {@link Randomizable} clusterer gets, for each class, a seed drawn from the given random
 * number generator, so the caller's seed alone fixes the result.</li>
 * </ul>
 *
 * <p><b>Phase II</b> of COG-OS ({@link #oversample(Instances, Random)}) replicates the instances
 * of every subclass lighter than the heaviest one until its weight matches (within one instance).
 * <b>Phase IV</b> ({@link #toParentDistribution(double[], boolean)}) maps a distribution over
 * subclasses back to the original classes. New instances whose class is known are mapped to a
 * subclass by {@link #subclassOf(Instance)}.
 */
public class ClassDecomposition implements Serializable {

  private static final long serialVersionUID = 4630217658127788140L;

  /** Default of {@code -decompose-factor}: decompose classes at least twice the smallest. */
  public static final double DEFAULT_DECOMPOSE_FACTOR = 2.0;

  /** Value of {@code -K} that asks for the automatic number of subclasses (the default). */
  public static final int AUTOMATIC = 0;

  /** Default of {@code -K}: automatic. */
  public static final int DEFAULT_NUM_SUBCLASSES = AUTOMATIC;

  /** Default of {@code -target-size}: 0, the weighted count of the smallest class. */
  public static final double DEFAULT_TARGET_SIZE = 0;

  /** Default of {@code -max-subclasses}: at most 10 automatic subclasses per class. */
  public static final int DEFAULT_MAX_SUBCLASSES = 10;

  /** Default of {@code -min-subclass-size}: automatic subclasses average at least 10 instances. */
  public static final int DEFAULT_MIN_SUBCLASS_SIZE = 10;

  /** Suffix of the name of the subclass attribute. */
  public static final String SUBCLASS_ATTRIBUTE_SUFFIX = "_subclass";

  /** The clusterer (template, copied for each class). */
  private final Clusterer m_Template;

  private final double m_DecomposeFactor;

  private final int m_NumSubclasses;

  private final double m_TargetSize;

  private final int m_MaxSubclasses;

  private final int m_MinSubclassSize;

  // ---- learned by fit ----
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

  /** Copies added per subclass by {@link #oversample}, null before. */
  private long[] m_Replicas;

  /**
   * Creates an unfitted decomposition.
   *
   * @param clusterer the clusterer, copied for each class (not modified)
   * @param decomposeFactor classes at least this many times the smallest class are decomposed; &gt;= 1
   * @param numSubclasses fixed number of subclasses per decomposed class, or {@link #AUTOMATIC}
   * @param targetSize target subclass weight for the automatic number, 0 = the smallest class
   * @param maxSubclasses cap on the automatic number of subclasses, &gt;= 1
   * @param minSubclassSize the automatic number of subclasses of a class of m instances is at most
   *          floor(m / minSubclassSize); &gt;= 1
   */
  public ClassDecomposition(Clusterer clusterer, double decomposeFactor, int numSubclasses,
    double targetSize, int maxSubclasses, int minSubclassSize) {
    if (clusterer == null) {
      throw new IllegalArgumentException("-clusterer must be set, got null");
    }
    checkDecomposeFactor(decomposeFactor);
    checkNumSubclasses(numSubclasses);
    checkTargetSize(targetSize);
    checkMaxSubclasses(maxSubclasses);
    checkMinSubclassSize(minSubclassSize);
    m_Template = clusterer;
    m_DecomposeFactor = decomposeFactor;
    m_NumSubclasses = numSubclasses;
    m_TargetSize = targetSize;
    m_MaxSubclasses = maxSubclasses;
    m_MinSubclassSize = minSubclassSize;
  }

  /**
   * The command-line options shared by the COG meta-classifier and filter.
   *
   * @return the options -clusterer, -decompose-factor, -K, -target-size, -max-subclasses and
   *         -min-subclass-size
   */
  public static Vector<Option> listOptions() {
    Vector<Option> v = new Vector<>();
    v.add(new Option("\tThe clusterer that splits each decomposed class, with its options\n"
      + "\t(its number of clusters and seed are set per class).\n"
      + "\t(default: weka.clusterers.SimpleKMeans -init 1, i.e. k-means++)", "clusterer", 1, "-clusterer <clusterer spec>"));
    v.add(new Option("\tDecompose the classes whose weight is at least this many times that of\n"
      + "\tthe smallest class; 1 decomposes every class.\n"
      + "\t(default: " + DEFAULT_DECOMPOSE_FACTOR + ")", "decompose-factor", 1, "-decompose-factor <factor>"));
    v.add(new Option("\tNumber of subclasses of each decomposed class; 0 = automatic:\n"
      + "\tround(class weight / target size), at most -max-subclasses.\n"
      + "\t(default: " + DEFAULT_NUM_SUBCLASSES + ")", "K", 1, "-K <number>"));
    v.add(new Option("\tTarget subclass weight of the automatic number of subclasses;\n"
      + "\t0 = the weight of the smallest class.\n"
      + "\t(default: 0)", "target-size", 1, "-target-size <weight>"));
    v.add(new Option("\tMost subclasses per class when their number is automatic.\n"
      + "\t(default: " + DEFAULT_MAX_SUBCLASSES + ")", "max-subclasses", 1, "-max-subclasses <number>"));
    v.add(new Option("\tWhen the number of subclasses is automatic, a class of m instances gets at\n"
      + "\tmost floor(m / this) subclasses.\n"
      + "\t(default: " + DEFAULT_MIN_SUBCLASS_SIZE + ")", "min-subclass-size", 1, "-min-subclass-size <number>"));
    return v;
  }

  /**
   * Parses a clusterer specification (class name and options).
   *
   * @param spec the specification; empty gives the default clusterer
   * @return the clusterer
   * @throws Exception if the class cannot be found or rejects the options
   */
  public static Clusterer clustererFromSpec(String spec) throws Exception {
    if (spec == null || spec.trim().isEmpty()) {
      return defaultClusterer();
    }
    String[] parts = Utils.splitOptions(spec);
    if (parts.length == 0) {
      return defaultClusterer();
    }
    String name = parts[0];
    parts[0] = "";
    return AbstractClusterer.forName(name, parts);
  }

  /**
   * @param clusterer a clusterer
   * @return its class name followed by its options, for -clusterer
   */
  public static String clustererSpec(Clusterer clusterer) {
    String spec = clusterer.getClass().getName();
    if (clusterer instanceof OptionHandler) {
      spec += " " + Utils.joinOptions(((OptionHandler) clusterer).getOptions());
    }
    return spec.trim();
  }

  /**
   * The default clusterer: SimpleKMeans with k-means++ initialisation (more reliable than
   * SimpleKMeans's default random initialisation at finding well-separated subclusters), other
   * options at their defaults.
   *
   * @return a new default clusterer
   */
  public static Clusterer defaultClusterer() {
    SimpleKMeans km = new SimpleKMeans();
    km.setInitializationMethod(new SelectedTag(SimpleKMeans.KMEANS_PLUS_PLUS, SimpleKMeans.TAGS_SELECTION));
    return km;
  }

  /**
   * Asks a clusterer for a number of clusters: through {@link NumberOfClustersRequestable}, or
   * else through a public {@code setNumClusters(int)} method (FarthestFirst and
   * HierarchicalClusterer have one without implementing the interface).
   *
   * @param clusterer the clusterer
   * @param k the number of clusters
   * @return whether the clusterer accepted the number
   * @throws Exception if the clusterer rejects the number
   */
  public static boolean requestNumClusters(Clusterer clusterer, int k) throws Exception {
    if (clusterer instanceof NumberOfClustersRequestable) {
      ((NumberOfClustersRequestable) clusterer).setNumClusters(k);
      return true;
    }
    java.lang.reflect.Method m;
    try {
      m = clusterer.getClass().getMethod("setNumClusters", int.class);
    } catch (NoSuchMethodException e) {
      return false;
    }
    try {
      m.invoke(clusterer, k);
    } catch (java.lang.reflect.InvocationTargetException e) {
      if (e.getCause() instanceof Exception) {
        throw (Exception) e.getCause();
      }
      throw e;
    }
    return true;
  }

  /**
   * @param f the decompose factor
   * @throws IllegalArgumentException unless f is finite and &gt;= 1
   */
  public static void checkDecomposeFactor(double f) {
    if (!(f >= 1) || Double.isInfinite(f)) {
      throw new IllegalArgumentException("-decompose-factor must be a finite number >= 1 (1 = every class), got " + f);
    }
  }

  /**
   * @param k the number of subclasses
   * @throws IllegalArgumentException if k is negative
   */
  public static void checkNumSubclasses(int k) {
    if (k < 0) {
      throw new IllegalArgumentException("-K must be >= 0 (0 = automatic), got " + k);
    }
  }

  /**
   * @param t the target subclass size
   * @throws IllegalArgumentException unless t is finite and &gt;= 0
   */
  public static void checkTargetSize(double t) {
    if (!(t >= 0) || Double.isInfinite(t)) {
      throw new IllegalArgumentException("-target-size must be a finite number >= 0 (0 = smallest class), got " + t);
    }
  }

  /**
   * @param m the cap on the automatic number of subclasses
   * @throws IllegalArgumentException if m &lt; 1
   */
  public static void checkMaxSubclasses(int m) {
    if (m < 1) {
      throw new IllegalArgumentException("-max-subclasses must be >= 1, got " + m);
    }
  }

  /**
   * @param m the smallest average number of instances of automatic subclasses
   * @throws IllegalArgumentException if m &lt; 1
   */
  public static void checkMinSubclassSize(int m) {
    if (m < 1) {
      throw new IllegalArgumentException("-min-subclass-size must be >= 1, got " + m);
    }
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
    m_SmallestClassWeight = 0;
    for (int c = 0; c < numClasses; c++) {
      m_ClassCount[c] = members.get(c).size();
      if (m_ClassWeight[c] > 0 && (m_SmallestClassWeight == 0 || m_ClassWeight[c] < m_SmallestClassWeight)) {
        m_SmallestClassWeight = m_ClassWeight[c];
      }
    }
    m_Target = m_TargetSize > 0 ? m_TargetSize : m_SmallestClassWeight;

    m_Requested = new int[numClasses];
    m_ClustersReturned = new int[numClasses];
    m_Resampled = new boolean[numClasses];
    m_Clusterers = new Clusterer[numClasses];
    m_ClusterToSubclass = new int[numClasses][];
    m_SubclassesOf = new int[numClasses][];
    m_Replicas = null;
    int[] clusterOf = new int[data.numInstances()];
    for (int c = 0; c < numClasses; c++) {
      m_Requested[c] = requestedSubclasses(c, data.classAttribute().value(c));
      if (m_Requested[c] > 1) {
        m_Requested[c] = Math.min(m_Requested[c], countDistinct(members.get(c), data, m_Requested[c]));
      }
      if (m_Requested[c] > 1) {
        clusterClass(c, members.get(c), data, random, clusterOf);
      }
    }

    // subclasses: classes in their order, the clusters of a class by decreasing weight
    List<Integer> parent = new ArrayList<>();
    List<String> names = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (int c = 0; c < numClasses; c++) {
      used.add(data.classAttribute().value(c));
    }
    int[] subclassOfCluster = new int[data.numInstances()];
    for (int c = 0; c < numClasses; c++) {
      String value = data.classAttribute().value(c);
      if (m_Clusterers[c] == null) {
        m_SubclassesOf[c] = new int[] {parent.size()};
        parent.add(c);
        names.add(value);
        continue;
      }
      int numClusters = m_ClustersReturned[c];
      double[] w = new double[numClusters];
      int[] n = new int[numClusters];
      for (int idx : members.get(c)) {
        w[clusterOf[idx]] += data.instance(idx).weight();
        n[clusterOf[idx]]++;
      }
      List<Integer> nonEmpty = new ArrayList<>();
      for (int k = 0; k < numClusters; k++) {
        if (n[k] > 0) {
          nonEmpty.add(k);
        }
      }
      nonEmpty.sort((a, b) -> w[a] != w[b] ? Double.compare(w[b], w[a]) : n[a] != n[b] ? n[b] - n[a] : a - b);
      m_ClusterToSubclass[c] = new int[numClusters];
      Arrays.fill(m_ClusterToSubclass[c], -1);
      if (nonEmpty.size() < 2) {
        // everything in one cluster: the class stays one subclass
        m_Clusterers[c] = null;
        m_ClusterToSubclass[c] = null;
        m_SubclassesOf[c] = new int[] {parent.size()};
        parent.add(c);
        names.add(value);
        continue;
      }
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
      for (int idx : members.get(c)) {
        subclassOfCluster[idx] = m_ClusterToSubclass[c][clusterOf[idx]];
      }
    }
    m_ParentOf = new int[parent.size()];
    for (int s = 0; s < m_ParentOf.length; s++) {
      m_ParentOf[s] = parent.get(s);
    }

    // the subclass header
    String attName = data.classAttribute().name() + SUBCLASS_ATTRIBUTE_SUFFIX;
    while (data.attribute(attName) != null) {
      attName = attName + "_";
    }
    ArrayList<Attribute> atts = new ArrayList<>(data.numAttributes());
    for (int a = 0; a < data.numAttributes(); a++) {
      atts.add(a == m_ClassIndex ? new Attribute(attName, names) : (Attribute) data.attribute(a).copy());
    }
    m_OutputHeader = new Instances(data.relationName(), atts, 0);
    m_OutputHeader.setClassIndex(m_ClassIndex);

    // relabel
    m_SubclassWeight = new double[m_ParentOf.length];
    m_SubclassCount = new int[m_ParentOf.length];
    Instances out = new Instances(m_OutputHeader, data.numInstances());
    for (int i = 0; i < data.numInstances(); i++) {
      Instance inst = data.instance(i);
      Instance o = (Instance) inst.copy();
      o.setDataset(out);
      if (!inst.classIsMissing()) {
        int c = (int) inst.classValue();
        int s = m_Clusterers[c] == null ? m_SubclassesOf[c][0] : subclassOfCluster[i];
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

  private int requestedSubclasses(int c, String name) {
    if (m_ClassWeight[c] <= 0 || m_ClusterHeader.numAttributes() == 0) {
      return 1;
    }
    if (m_ClassWeight[c] < m_DecomposeFactor * m_SmallestClassWeight) {
      return 1;
    }
    if (m_NumSubclasses != AUTOMATIC) {
      if (m_NumSubclasses > m_ClassCount[c]) {
        throw new IllegalArgumentException("-K " + m_NumSubclasses + ": class '" + name + "' has only "
          + m_ClassCount[c] + " training instance(s), too few for " + m_NumSubclasses
          + " subclasses; use -K 0 (automatic) or a smaller value");
      }
      return m_NumSubclasses;
    }
    long k = Math.round(m_ClassWeight[c] / m_Target);
    k = Math.min(k, Math.min(m_MaxSubclasses, m_ClassCount[c] / m_MinSubclassSize));
    return (int) Math.max(1, k);
  }

  /** The number of distinct attribute vectors (class excluded) among the members, counted up to limit. */
  private int countDistinct(List<Integer> members, Instances data, int limit) {
    Set<String> seen = new HashSet<>();
    for (int idx : members) {
      seen.add(Arrays.toString(toClusterInstance(data.instance(idx)).toDoubleArray()));
      if (seen.size() >= limit) {
        break;
      }
    }
    return seen.size();
  }

  private void clusterClass(int c, List<Integer> members, Instances data, Random random, int[] clusterOf)
    throws Exception {
    Instances clusterData = new Instances(m_ClusterHeader, members.size());
    for (int idx : members) {
      clusterData.add(toClusterInstance(data.instance(idx)));
    }
    Clusterer clusterer = AbstractClusterer.makeCopy(m_Template);
    requestNumClusters(clusterer, m_Requested[c]);
    int seed = random.nextInt();
    if (clusterer instanceof Randomizable) {
      ((Randomizable) clusterer).setSeed(seed);
    }
    Instances buildData = clusterData;
    if (!(clusterer instanceof WeightedInstancesHandler) && !clusterData.allInstanceWeightsIdentical()) {
      buildData = clusterData.resampleWithWeights(random);
      m_Resampled[c] = true;
    }
    clusterer.buildClusterer(buildData);
    int numClusters = clusterer.numberOfClusters();
    for (int j = 0; j < members.size(); j++) {
      int k = clusterer.clusterInstance(clusterData.instance(j));
      if (k < 0 || k >= numClusters) {
        throw new WekaException("COG: clusterer " + clusterer.getClass().getName() + " put an instance of class '"
          + data.classAttribute().value(c) + "' into cluster " + k + ", outside 0.." + (numClusters - 1));
      }
      clusterOf[members.get(j)] = k;
    }
    m_Clusterers[c] = clusterer;
    m_ClustersReturned[c] = numClusters;
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
   * @param useMax false: each class gets the sum of its subclasses' probabilities; true: the
   *          largest of them (the class of the most probable subclass wins), renormalised
   * @return a new array over the original classes summing to 1, or all zeros if the input is
   */
  public double[] toParentDistribution(double[] subclassDist, boolean useMax) {
    checkFitted();
    if (subclassDist.length != m_ParentOf.length) {
      throw new IllegalArgumentException("expected a distribution over " + m_ParentOf.length
        + " subclasses, got " + subclassDist.length + " values");
    }
    double[] p = new double[m_SubclassesOf.length];
    for (int s = 0; s < subclassDist.length; s++) {
      int c = m_ParentOf[s];
      p[c] = useMax ? Math.max(p[c], subclassDist[s]) : p[c] + subclassDist[s];
    }
    double sum = Utils.sum(p);
    if (sum > 0) {
      Utils.normalize(p, sum);
    }
    return p;
  }

  /**
   * Phase II of COG-OS: replicates the instances of every subclass whose weight is below that of
   * the heaviest subclass. A subclass of weight w, m instances and mean weight w/m gets
   * {@code round((W - w) / (w / m))} copies: every instance {@code floor(copies / m)} times, plus a
   * random subset (without replacement) for the rest. Each copy keeps the weight of its original,
   * so the subclass weight reaches W exactly with equal weights and in expectation otherwise.
   *
   * @param decomposed data in the subclass format (not modified)
   * @param random the random number generator
   * @return a new data set: the input followed by the copies
   */
  public Instances oversample(Instances decomposed, Random random) {
    checkFitted();
    int numSub = m_ParentOf.length;
    double[] w = new double[numSub];
    List<List<Integer>> members = new ArrayList<>();
    for (int s = 0; s < numSub; s++) {
      members.add(new ArrayList<>());
    }
    for (int i = 0; i < decomposed.numInstances(); i++) {
      Instance inst = decomposed.instance(i);
      if (!inst.classIsMissing()) {
        int s = (int) inst.classValue();
        w[s] += inst.weight();
        members.get(s).add(i);
      }
    }
    double target = 0;
    for (double ws : w) {
      target = Math.max(target, ws);
    }
    Instances out = new Instances(decomposed);
    m_Replicas = new long[numSub];
    for (int s = 0; s < numSub; s++) {
      int m = members.get(s).size();
      if (w[s] <= 0 || w[s] >= target) {
        continue;
      }
      long copies = Math.round((target - w[s]) / (w[s] / m));
      long full = copies / m;
      int rest = (int) (copies % m);
      for (long f = 0; f < full; f++) {
        for (int idx : members.get(s)) {
          out.add(decomposed.instance(idx));
        }
      }
      int[] order = new int[m];
      for (int j = 0; j < m; j++) {
        order[j] = members.get(s).get(j);
      }
      for (int r = 0; r < rest; r++) {
        int j = r + random.nextInt(m - r);
        int t = order[r];
        order[r] = order[j];
        order[j] = t;
        out.add(decomposed.instance(order[r]));
      }
      m_Replicas[s] = copies;
    }
    return out;
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

  /**
   * @param subclass a subclass index
   * @return the number of copies {@link #oversample} added to it (0 before it ran)
   */
  public long replicas(int subclass) {
    checkFitted();
    return m_Replicas == null ? 0 : m_Replicas[subclass];
  }

  /** @return a description of the decomposition: classes, subclasses and their sizes */
  @Override
  public String toString() {
    if (!isFitted()) {
      return "COG class decomposition: not fitted yet";
    }
    StringBuilder sb = new StringBuilder();
    sb.append("Clusterer: ").append(clustererSpec(m_Template));
    if (m_Template instanceof Randomizable) {
      sb.append(" (seed drawn per class)");
    }
    sb.append("\nDecomposed: classes with weight >= ").append(Utils.doubleToString(m_DecomposeFactor, 4))
      .append(" x the smallest class (").append(Utils.doubleToString(m_SmallestClassWeight, 4)).append(")\n");
    if (m_NumSubclasses == AUTOMATIC) {
      sb.append("Subclasses per decomposed class: round(class weight / ")
        .append(Utils.doubleToString(m_Target, 4)).append("), at most ").append(m_MaxSubclasses)
        .append(" and at most instances / ").append(m_MinSubclassSize).append("\n");
    } else {
      sb.append("Subclasses per decomposed class: ").append(m_NumSubclasses).append("\n");
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
      if (m_Replicas != null && m_SubclassesOf[c].length == 1 && m_Replicas[m_SubclassesOf[c][0]] > 0) {
        sb.append(", +").append(m_Replicas[m_SubclassesOf[c][0]]).append(" copies");
      }
      sb.append("\n");
      if (m_SubclassesOf[c].length > 1) {
        for (int s : m_SubclassesOf[c]) {
          sb.append("  ").append(sub.value(s)).append(": weight ")
            .append(Utils.doubleToString(m_SubclassWeight[s], 4)).append(", ").append(m_SubclassCount[s])
            .append(" instances");
          if (m_Replicas != null && m_Replicas[s] > 0) {
            sb.append(", +").append(m_Replicas[s]).append(" copies");
          }
          sb.append("\n");
        }
      }
    }
    return sb.toString();
  }
}
