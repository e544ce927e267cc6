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

import weka.clusterers.AbstractClusterer;
import weka.clusterers.Clusterer;
import weka.clusterers.MiniBatchKMeans;
import weka.clusterers.SimpleKMeans;
import weka.core.Attribute;
import weka.core.Capabilities;
import weka.core.Capabilities.Capability;
import weka.core.Instances;
import weka.core.Option;
import weka.core.Randomizable;
import weka.core.RevisionUtils;
import weka.core.TechnicalInformation;
import weka.imbalance.Citations;
import weka.imbalance.OptionValues;
import weka.imbalance.Release;
import weka.imbalance.resampling.MixedDistance;
import weka.imbalance.resampling.NeighbourOversampler;
import weka.imbalance.resampling.SmoteSynthesizer;

/**
 * k-means SMOTE (Douzas, Bacao and Last 2018) as imbalanced-learn's {@code KMeansSMOTE}; see
 * {@link #globalInfo()}. The rules that decide which clusters receive how many instances are the
 * static {@link #eligible}, {@link #sparsity} and {@link #allocate}; the clustering is any Weka
 * clusterer, the neighbours and the interpolation come from {@link NeighbourOversampler}.
 */
public class KMeansSMOTE extends NeighbourOversampler {

  private static final long serialVersionUID = 6005313917740958772L;

  /** The release that saved this object. */
  private String m_SavedByRelease = Release.VERSION;

  /** imbalanced-learn's k_neighbors. */
  public static final int DEFAULT_K = 2;
  /** scikit-learn's MiniBatchKMeans's n_clusters, imbalanced-learn's default clusterer. */
  public static final int DEFAULT_CLUSTERS = 8;

  private Clusterer m_Clusterer = defaultClusterer();
  private double m_BalanceThreshold = 0;
  private double m_DensityExponent = 0;

  /** The current first batch: cluster of each row (-1: missing class), and the total synthetic count. */
  private transient int[] m_ClusterOf;
  private transient int m_NumClusters;
  private transient int m_TotalExtra;

  /** @return MiniBatchKMeans with 8 clusters and scikit-learn's defaults (imbalanced-learn's default clusterer) */
  public static MiniBatchKMeans defaultClusterer() {
    MiniBatchKMeans k = new MiniBatchKMeans();
    k.setNumClusters(DEFAULT_CLUSTERS);
    return k;
  }

  public String globalInfo() {
    return "k-means SMOTE: SMOTE within the clusters where a class is sparse. All instances (without the class) are "
      + "clustered (-clusterer, default MiniBatchKMeans with 8 clusters and scikit-learn's defaults, the "
      + "clustering imbalanced-learn uses: mini-batch k-means, fast and approximate; any Weka clusterer; the "
      + "filter's seed is given to it; attributes it cannot take, such as string, relational and date ones for "
      + "the k-means clusterers, are left out of the clustering). -clusterer \"weka.clusterers.FastKMeans -N 8\" "
      + "clusters with the exact k-means (the default before MiniBatchKMeans; slower where the clusters overlap); "
      + "release 1.0.0 used SimpleKMeans with k-means++ (-clusterer \"weka.clusterers.SimpleKMeans -N 8 -init 1\" "
      + "gives it back). For a class to raise by S instances, a cluster is used when the class's share of it "
      + "reaches the threshold (-balance-threshold; default S / T / 2, T the synthetic instances of all classes, "
      + "imbalanced-learn's 'auto'; with one cluster every cluster is used) and it "
      + "holds at least K + 1 instances of the class. Each used cluster gets ceil(S w) synthetic instances, w "
      + "its share of the sparsity (mean distance between the class's instances in the cluster)^de / (their "
      + "number): more go where the class is sparse. de (-density-exponent) defaults to the paper's choice, the "
      + "number of coordinates of the distance; imbalanced-learn's 'auto' takes 0.16 log_1.6(n)^1.8 instead. "
      + "Within a cluster, SMOTE on the segment between an instance and one of its K nearest neighbours of the "
      + "class in the cluster (-K, default 2, imbalanced-learn's). The rounding up may make a few more than S; a "
      + "class with no usable cluster is not raised (imbalanced-learn stops with an error), which is common for a "
      + "rare class under the default threshold: lower -balance-threshold (such as 0.01) or cluster finer; the plan "
      + "(-output-debug-info, getLastPlan) tells the real counts. Multi-class: every class the strategy raises "
      + "(by default every class but the majority to the majority count). Distances use the embedding: numeric "
      + "attributes scaled to [0, 1] by default (-scaling none: raw), nominal attributes through SMOTE-NC or the "
      + "value difference metric, missing values skipped. A synthetic instance gets its base's weight (-W keeps "
      + "each class's total weight). Instances with a missing class pass through. Only the first batch is "
      + "resampled, so the filter can be used in the FilteredClassifier."
      + "\n\nFor more information, see\n\n" + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    return Citations.douzas2018();
  }

  @Override
  protected int defaultNeighbours() {
    return DEFAULT_K;
  }

  /**
   * Whether a cluster takes part for a class.
   *
   * @param size the cluster's instances
   * @param ofClass how many of them are of the class
   * @param threshold the smallest share of the class
   * @param k the neighbours SMOTE needs (k + 1 instances of the class at least)
   * @return whether the cluster receives synthetic instances
   */
  public static boolean eligible(int size, int ofClass, double threshold, int k) {
    return size > 0 && (double) ofClass / size >= threshold && ofClass >= k + 1;
  }

  /**
   * The sparsity of a class in a cluster: (mean Euclidean distance between its n instances)^de / n.
   *
   * @param x their coordinates, row-major (NaN terms skipped)
   * @param n their number (at least 2)
   * @param dim coordinates per point
   * @param exponent de
   * @return the sparsity
   */
  public static double sparsity(double[] x, int n, int dim, double exponent) {
    boolean missing = false;
    for (double v : x) {
      missing |= Double.isNaN(v);
    }
    double sum = missing ? 0 : distanceSum(x, n, dim);
    for (int i = 0; missing && i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double s = 0;
        for (int a = 0; a < dim; a++) {
          double d = x[i * dim + a] - x[j * dim + a];
          if (!Double.isNaN(d)) {
            s += d * d;
          }
        }
        sum += Math.sqrt(s);
      }
    }
    double mean = 2 * sum / ((double) n * n - n);
    return Math.pow(mean, exponent) / n;
  }

  /** @return the sum of the Euclidean distances between the n points (no NaN), in the order (i, j) */
  private static double distanceSum(double[] x, int n, int dim) {
    double sum = 0;
    for (int i = 0; i < n; i++) {
      int io = i * dim;
      for (int j = i + 1; j < n; j++) {
        int jo = j * dim;
        double s = 0;
        for (int a = 0; a < dim; a++) {
          double d = x[io + a] - x[jo + a];
          s += d * d;
        }
        sum += Math.sqrt(s);
      }
    }
    return sum;
  }

  /**
   * How many synthetic instances each used cluster gets: ceil(S w_j), w_j = sparsity_j / their sum
   * (equal shares when every sparsity is 0).
   *
   * @param sparsity per used cluster
   * @param extra S
   * @return per used cluster, its synthetic instances
   */
  public static int[] allocate(double[] sparsity, int extra) {
    double total = Arrays.stream(sparsity).sum();
    int[] n = new int[sparsity.length];
    for (int j = 0; j < n.length; j++) {
      double w = total > 0 ? sparsity[j] / total : 1.0 / n.length;
      n[j] = (int) Math.ceil(extra * w);
    }
    return n;
  }

  @Override
  protected int[] targets(int[] counts, Random random) {
    int[] t = super.targets(counts, random);
    m_TotalExtra = 0;
    for (int c = 0; c < t.length; c++) {
      m_TotalExtra += Math.max(0, t[c] - counts[c]);
    }
    return t;
  }

  @Override
  protected void newBatch() {
    super.newBatch();
    m_ClusterOf = null;
  }

  /**
   * Clusters the first batch (its instances with a class, the class attribute removed).
   *
   * @param data the data
   * @param rows the rows of each class
   * @return per row, its cluster (-1 for a missing class)
   * @throws Exception if the clusterer fails
   */
  public int[] clusters(Instances data, int[][] rows) throws Exception {
    if (m_ClusterOf != null) {
      return m_ClusterOf;
    }
    int[] all = Arrays.stream(rows).flatMapToInt(Arrays::stream).sorted().toArray();
    ClusterCentroids.requireFinite("KMeansSMOTE", data, all);
    Instances points = new Instances(data, all.length);
    for (int r : all) {
      points.add(data.instance(r));
    }
    int ci = data.classIndex();
    points.setClassIndex(-1);
    Clusterer km = AbstractClusterer.makeCopy(m_Clusterer);
    Capabilities can = km.getCapabilities();
    for (int a = points.numAttributes() - 1; a >= 0; a--) {
      if (a == ci || !can.handles(typeOf(points.attribute(a)))) {
        points.deleteAttributeAt(a);
      }
    }
    if (km instanceof Randomizable) {
      ((Randomizable) km).setSeed(getSeed());
    }
    if (km instanceof SimpleKMeans) {
      // k-means++ cannot place more centres than there are distinct points (exact duplicates)
      SimpleKMeans skm = (SimpleKMeans) km;
      skm.setNumClusters(Math.min(skm.getNumClusters(), ClusterCentroids.distinctPoints(points)));
    }
    km.buildClusterer(points);
    m_NumClusters = km.numberOfClusters();
    m_ClusterOf = new int[data.numInstances()];
    Arrays.fill(m_ClusterOf, -1);
    // MiniBatchKMeans's final labelling already put each instance with its nearest centre
    int[] assigned = km instanceof MiniBatchKMeans ? ((MiniBatchKMeans) km).getAssignments() : null;
    for (int i = 0; i < all.length; i++) {
      m_ClusterOf[all[i]] = assigned != null ? assigned[i] : km.clusterInstance(points.instance(i));
    }
    return m_ClusterOf;
  }

  private static Capability typeOf(Attribute a) {
    switch (a.type()) {
      case Attribute.NUMERIC:
        return Capability.NUMERIC_ATTRIBUTES;
      case Attribute.NOMINAL:
        return Capability.NOMINAL_ATTRIBUTES;
      case Attribute.DATE:
        return Capability.DATE_ATTRIBUTES;
      case Attribute.STRING:
        return Capability.STRING_ATTRIBUTES;
      default:
        return Capability.RELATIONAL_ATTRIBUTES;
    }
  }

  @Override
  protected List<Job> prepare(Instances data, int[][] rows, int c, int extra, Random random) throws Exception {
    int[] clusterOf = clusters(data, rows);
    int[] size = new int[m_NumClusters];
    int[] ofClass = new int[m_NumClusters];
    for (int r = 0; r < clusterOf.length; r++) {
      if (clusterOf[r] >= 0) {
        size[clusterOf[r]]++;
        ofClass[clusterOf[r]] += data.instance(r).classValue() == c ? 1 : 0;
      }
    }
    double threshold = m_NumClusters == 1 ? Double.NEGATIVE_INFINITY
      : m_BalanceThreshold > 0 ? m_BalanceThreshold : (double) extra / m_TotalExtra / 2;
    int k = getNearestNeighbors();
    MixedDistance d = distance(data);
    List<int[]> used = new ArrayList<>();
    List<Double> sparsity = new ArrayList<>();
    for (int j = 0; j < m_NumClusters; j++) {
      if (!eligible(size[j], ofClass[j], threshold, k)) {
        continue;
      }
      int[] members = new int[ofClass[j]];
      int m = 0;
      for (int r : rows[c]) {
        if (clusterOf[r] == j) {
          members[m++] = r;
        }
      }
      double de = m_DensityExponent > 0 ? m_DensityExponent : d.dimension();
      used.add(members);
      sparsity.add(sparsity(d.embed(data, members, rows[c]), members.length, d.dimension(), de));
    }
    String name = data.classAttribute().value(c);
    if (used.isEmpty()) {
      debug("class " + name + ": no cluster where its share reaches " + threshold + " with at least " + (k + 1)
        + " of its instances; the class is not raised");
      return Collections.emptyList();
    }
    int[] amounts = allocate(sparsity.stream().mapToDouble(Double::doubleValue).toArray(), extra);
    debug("class " + name + ": " + used.size() + " of " + m_NumClusters + " clusters used, synthetic instances "
      + Arrays.toString(amounts));
    List<Job> jobs = new ArrayList<>();
    for (int j = 0; j < used.size(); j++) {
      int[] members = used.get(j);
      int[][] nn = sameClassNeighbours(data, members, k);
      jobs.add(new Job(members, nn, nn, SmoteSynthesizer.perBase(members.length, amounts[j], random)));
    }
    return jobs;
  }

  @Override
  public Enumeration<Option> listOptions() {
    Vector<Option> v = new Vector<>();
    v.add(new Option("\tThe clusterer and its options (default " + OptionValues.toSpec(defaultClusterer())
      + ");\n\tits seed is set by the filter", "clusterer", 1, "-clusterer \"<spec>\""));
    v.add(new Option("\tSmallest share of a class in a cluster that receives instances (default 0:\n"
      + "\tS / T / 2, imbalanced-learn's 'auto')", "balance-threshold", 1, "-balance-threshold <t>"));
    v.add(new Option("\tThe density exponent de (default 0: the number of coordinates, the paper's)",
      "density-exponent", 1, "-density-exponent <de>"));
    v.addAll(Collections.list(super.listOptions()));
    return v.elements();
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    setClusterer(OptionValues.getObject("clusterer", options, Clusterer.class, defaultClusterer(),
      "weka.clusterers"));
    setBalanceThreshold(OptionValues.getDouble("balance-threshold", options, 0));
    setDensityExponent(OptionValues.getDouble("density-exponent", options, 0));
    super.setOptions(options);
  }

  @Override
  public String[] getOptions() {
    List<String> o = new ArrayList<>();
    Collections.addAll(o, "-clusterer", OptionValues.toSpec(m_Clusterer), "-balance-threshold",
      "" + m_BalanceThreshold, "-density-exponent", "" + m_DensityExponent);
    Collections.addAll(o, super.getOptions());
    return o.toArray(new String[0]);
  }

  public String clustererTipText() {
    return "The clusterer (MiniBatchKMeans with 8 clusters by default, imbalanced-learn's choice; FastKMeans for "
      + "the exact k-means; any Weka clusterer); the filter sets its seed when it has one.";
  }

  public Clusterer getClusterer() {
    return m_Clusterer;
  }

  /** @param c the clusterer (not null) */
  public void setClusterer(Clusterer c) {
    OptionValues.require(c != null, "clusterer", c, "a clusterer");
    m_Clusterer = c;
  }

  public String balanceThresholdTipText() {
    return "The smallest share of a class in a cluster for the cluster to receive synthetic instances; 0 (default) "
      + "for imbalanced-learn's 'auto', S / T / 2 (0.5 with two classes). The paper's imbalance-ratio threshold "
      + "irt is about 1 / (1 + irt).";
  }

  public double getBalanceThreshold() {
    return m_BalanceThreshold;
  }

  /** @param t the share, in [0, 1] (0: imbalanced-learn's 'auto') */
  public void setBalanceThreshold(double t) {
    m_BalanceThreshold = OptionValues.fraction("balance-threshold", t);
  }

  public String densityExponentTipText() {
    return "The exponent de of the mean distance in the sparsity; 0 (default) for the number of coordinates of the "
      + "distance, the paper's choice.";
  }

  public double getDensityExponent() {
    return m_DensityExponent;
  }

  /** @param de the exponent, &gt;= 0 (0: the number of coordinates) */
  public void setDensityExponent(double de) {
    m_DensityExponent = OptionValues.nonNegative("density-exponent", de);
  }

  @Override
  public String getRevision() {
    return RevisionUtils.extract("$Revision: 1 $");
  }

  public static void main(String[] args) {
    runFilter(new KMeansSMOTE(), args);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
    Release.readFields(in, "KMeansSMOTE", () -> m_SavedByRelease);
  }
}
