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
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Vector;

import weka.clusterers.AbstractClusterer;
import weka.clusterers.Clusterer;
import weka.clusterers.FastKMeans;
import weka.clusterers.SimpleKMeans;
import weka.core.Capabilities;
import weka.core.Capabilities.Capability;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Option;
import weka.core.RevisionUtils;
import weka.core.SelectedTag;
import weka.core.Tag;
import weka.core.TechnicalInformation;
import weka.core.Utils;
import weka.imbalance.Citations;
import weka.imbalance.OptionValues;
import weka.imbalance.Release;
import weka.imbalance.resampling.SamplingPlan;
import weka.imbalance.resampling.cleaning.CleaningRules;
import weka.imbalance.resampling.cleaning.UndersamplingFilter;

/**
 * Under-samples classes by replacing them with k-means cluster centroids; see {@link #globalInfo()}.
 */
public class ClusterCentroids extends UndersamplingFilter {

  private static final long serialVersionUID = -2253890717203746186L;

  /** The release that saved this object. */
  private String m_SavedByRelease = Release.VERSION;

  public static final int SOFT = 0, HARD = 1;
  public static final Tag[] TAGS_VOTING = {
    new Tag(SOFT, "soft", "each cluster becomes its centroid", false),
    new Tag(HARD, "hard", "each cluster becomes its member nearest to the centroid", false) };

  protected int m_Voting = SOFT;
  /**
   * FastKMeans or SimpleKMeans. Typed SimpleKMeans in release 1.0.0: a model saved then still loads
   * (Java reads an object field into any field of the same name whose type accepts the value).
   */
  protected Clusterer m_Clusterer = defaultClusterer();

  /** @return FastKMeans (exact k-means, k-means++ seeding: scikit-learn's KMeans algorithm) */
  public static FastKMeans defaultClusterer() {
    return new FastKMeans();
  }

  public String globalInfo() {
    return "Cluster centroids: under-samples each class chosen with -classes (default every class but the "
      + "smallest) to the smallest class's count by clustering it with k-means (-clusterer: FastKMeans, exact "
      + "k-means with k-means++ seeding as scikit-learn's KMeans, by default; or Weka's SimpleKMeans; k = that "
      + "count, the filter's seed) and replacing it with the clusters: with -voting soft "
      + "(default) each cluster becomes its centroid (means of the numeric attributes, the most common nominal "
      + "value, weighted by the instance weights; its weight is the mean weight of the cluster's instances), "
      + "with -voting hard the cluster's instance nearest to the centroid (with its weight). A class with fewer "
      + "distinct instances than k yields fewer clusters; a cluster of weight-0 instances becomes its member nearest "
      + "to its centre, and a class whose instances all have weight 0 is refused. Other classes and instances with a missing class are "
      + "kept in input order, followed by the new instances of each class. Numeric and nominal attributes; "
      + "distances are the clusterer's (Euclidean on attributes scaled to [0, 1] by default, for both). In "
      + "release 1.0.0 the default clusterer was SimpleKMeans with k-means++ (-clusterer "
      + "\"weka.clusterers.SimpleKMeans -init 1\" gives it back). Only the first batch is under-sampled, "
      + "so the filter can be used in the FilteredClassifier. As imbalanced-learn's ClusterCentroids.\n\nFor "
      + "more information, see\n\n" + getTechnicalInformation().toString();
  }

  public TechnicalInformation getTechnicalInformation() {
    return Citations.lin2017clustering();
  }

  @Override
  public Capabilities getCapabilities() {
    Capabilities result = super.getCapabilities();
    result.enable(Capability.NUMERIC_ATTRIBUTES);
    result.enable(Capability.NOMINAL_ATTRIBUTES);
    result.enable(Capability.MISSING_VALUES);
    return result;
  }

  @Override
  protected Instances process(Instances data) throws Exception {
    if (isFirstBatchDone()) {
      return new Instances(data);
    }
    int[][] rows = classRows(data);
    int[] counts = classCounts(rows);
    boolean[] clean = CleaningRules.cleanable(counts, m_Classes);
    int smallest = SamplingPlan.smallestNonEmpty(counts);
    int target = smallest < 0 ? 0 : counts[smallest];
    boolean[] replaced = new boolean[counts.length];
    for (int c = 0; c < counts.length; c++) {
      replaced[c] = clean[c] && counts[c] > target;
    }
    Instances out = new Instances(data, data.numInstances());
    for (Instance inst : data) {
      if (inst.classIsMissing() || !replaced[(int) inst.classValue()]) {
        out.add(inst);
      }
    }
    for (int c = 0; c < counts.length; c++) {
      if (replaced[c]) {
        clusters(data, rows[c], target, c, out);
      }
    }
    report(data, out);
    return out;
  }

  /**
   * k-means cannot place a centre among infinite values: refuses them, naming the attribute and
   * the instance (also for KMeansSMOTE).
   *
   * @param who the filter, for the message
   * @param data the data
   * @param rows the rows to be clustered
   */
  static void requireFinite(String who, Instances data, int[] rows) {
    int ci = data.classIndex();
    for (int r : rows) {
      for (int a = 0; a < data.numAttributes(); a++) {
        double v = data.instance(r).value(a);
        if (a != ci && Double.isInfinite(v)) {
          throw new IllegalArgumentException(who + ": k-means needs finite values, but attribute '"
            + data.attribute(a).name() + "' of instance " + (r + 1) + " is " + v);
        }
      }
    }
  }

  /** Clusters the rows of class c into k clusters and appends one instance per cluster to out. */
  private void clusters(Instances data, int[] rows, int k, int c, Instances out) throws Exception {
    int ci = data.classIndex();
    Instances sub = new Instances(data, rows.length);
    for (int r : rows) {
      sub.add(data.instance(r));
    }
    requireFinite("ClusterCentroids", data, rows);
    if (!(sub.sumOfWeights() > 0)) {
      throw new IllegalArgumentException("ClusterCentroids: the instances of class '" + data.classAttribute().value(c)
        + "' all have weight 0 (sum of weights 0): k-means has no centroid to compute");
    }
    sub.setClassIndex(-1);
    sub.deleteAttributeAt(ci);
    Clusterer km = AbstractClusterer.makeCopy(m_Clusterer);
    FastKMeans fast = km instanceof FastKMeans ? (FastKMeans) km : null;
    SimpleKMeans simple = fast == null ? (SimpleKMeans) km : null;
    if (fast != null) {
      // FastKMeans makes fewer clusters by itself when there are fewer distinct points
      fast.setNumClusters(k);
      fast.setSeed(getSeed());
    } else {
      // k-means++ cannot place more centres than there are distinct points (exact duplicates)
      simple.setNumClusters(Math.min(k, distinctPoints(sub)));
      simple.setSeed(getSeed());
      simple.setPreserveInstancesOrder(true);
    }
    km.buildClusterer(sub);
    Instances centroids = fast != null ? fast.getClusterCentroids() : simple.getClusterCentroids();
    int[] assignment = fast != null ? fast.getAssignments() : simple.getAssignments();
    for (int j = 0; j < centroids.numInstances(); j++) {
      double weight = 0;
      int members = 0;
      int nearest = -1;
      double best = Double.POSITIVE_INFINITY;
      for (int m = 0; m < rows.length; m++) {
        if (assignment[m] == j) {
          members++;
          weight += sub.instance(m).weight();
          double d = fast != null ? fast.squaredDistance(sub.instance(m), j)
            : simple.getDistanceFunction().distance(centroids.instance(j), sub.instance(m));
          if (d < best || nearest < 0) {
            best = d;
            nearest = m;
          }
        }
      }
      if (members == 0) {
        continue;
      }
      if (m_Voting == HARD || weight == 0) {
        // a cluster of weight-0 instances has no weighted centroid: its member nearest to the
        // cluster's centre stands for it, with its weight 0
        out.add(data.instance(rows[nearest]));
      } else {
        double[] v = new double[data.numAttributes()];
        for (int a = 0, s = 0; a < v.length; a++) {
          v[a] = a == ci ? c : centroids.instance(j).value(s++);
        }
        out.add(new DenseInstance(weight / members, v));
      }
    }
  }

  /** @return the number of distinct points (missing values count as a value of their own) */
  static int distinctPoints(Instances points) {
    java.util.Set<java.util.List<Double>> distinct = new java.util.HashSet<>();
    for (Instance inst : points) {
      java.util.List<Double> p = new java.util.ArrayList<>(inst.numAttributes());
      for (int a = 0; a < inst.numAttributes(); a++) {
        p.add(inst.value(a));
      }
      distinct.add(p);
    }
    return distinct.size();
  }

  // ------------------------------------------------------------ options

  @Override
  public Enumeration<Option> listOptions() {
    Vector<Option> v = new Vector<>();
    v.add(new Option("\tWhat replaces a cluster: " + OptionValues.tagNames(TAGS_VOTING) + " (default soft)", "voting",
      1, "-voting <soft|hard>"));
    v.add(new Option("\tThe k-means clusterer and its options (default " + OptionValues.toSpec(defaultClusterer())
      + ");\n\tits number of clusters and seed are set by the filter", "clusterer", 1, "-clusterer \"<spec>\""));
    v.addAll(Collections.list(super.listOptions()));
    return v.elements();
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    m_Voting = OptionValues.getTag("voting", options, TAGS_VOTING, SOFT);
    String spec = Utils.getOption("clusterer", options);
    setClusterer(spec.isEmpty() ? defaultClusterer() : OptionValues.fromSpec(Clusterer.class, "clusterer", spec,
      "weka.clusterers"));
    super.setOptions(options);
    Utils.checkForRemainingOptions(options);
  }

  @Override
  public String[] getOptions() {
    List<String> o = new ArrayList<>();
    Collections.addAll(o, "-voting",
      OptionValues.tagName(TAGS_VOTING, m_Voting), "-clusterer", OptionValues.toSpec(m_Clusterer));
    Collections.addAll(o, super.getOptions());
    return o.toArray(new String[0]);
  }

  public String votingTipText() {
    return "soft: each cluster becomes its centroid (a new instance); hard: its instance nearest to the centroid.";
  }

  public SelectedTag getVoting() {
    return new SelectedTag(m_Voting, TAGS_VOTING);
  }

  public void setVoting(SelectedTag t) {
    m_Voting = OptionValues.tagId("voting", t, TAGS_VOTING);
  }

  public String clustererTipText() {
    return "The k-means clusterer: FastKMeans (default; exact k-means, k-means++ seeding, faster) or "
      + "SimpleKMeans (other distance functions); the filter sets its number of clusters "
      + "to the smallest class's count and its seed to the filter's.";
  }

  public Clusterer getClusterer() {
    return m_Clusterer;
  }

  /** @param k the clusterer: a FastKMeans or a SimpleKMeans */
  public void setClusterer(Clusterer k) {
    OptionValues.require(k instanceof FastKMeans || k instanceof SimpleKMeans, "clusterer",
      k == null ? null : k.getClass().getName(), "FastKMeans or SimpleKMeans (k-means with centroids)");
    m_Clusterer = k;
  }

  @Override
  public String getRevision() {
    return RevisionUtils.extract("$Revision: 1 $");
  }

  public static void main(String[] args) {
    runFilter(new ClusterCentroids(), args);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
    Release.readFields(in, "ClusterCentroids", () -> m_SavedByRelease);
  }
}
