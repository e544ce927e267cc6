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
package weka.clusterers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Vector;

import weka.core.Attribute;
import weka.core.Capabilities;
import weka.core.Capabilities.Capability;
import weka.core.DenseInstance;
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

/**
 * Exact k-means (Lloyd's algorithm, accelerated with Hamerly's bounds) with k-means++ seeding;
 * see {@link #globalInfo()}. The two steps are the static {@link KMeansLloyd#seed} and
 * {@link KMeansLloyd#run} on a flat {@code double[]} of points.
 */
public class FastKMeans extends RandomizableClusterer implements NumberOfClustersRequestable,
  TechnicalInformationHandler, WeightedInstancesHandler {

  private static final long serialVersionUID = 3279446307432125548L;

  /** The release that saved this object. */
  private String m_SavedByRelease = Release.VERSION;

  /** SimpleKMeans's default number of clusters. */
  public static final int DEFAULT_CLUSTERS = 2;
  /** scikit-learn's max_iter. */
  public static final int DEFAULT_MAX_ITERATIONS = 300;

  private int m_NumClusters = DEFAULT_CLUSTERS;
  private int m_MaxIterations = DEFAULT_MAX_ITERATIONS;
  private double m_Tolerance = 0;
  private int m_Initialisations = 1;
  private int m_Trials = 0;
  private boolean m_DontNormalize = false;
  private int m_NumSlots = 1;

  /** The model: the header, the embedding (numeric: (v - min) * scale; nominal: one indicator per value). */
  private Instances m_Header;
  private double[] m_Min, m_Scale, m_Fill;
  private boolean[] m_Nominal;
  private int[] m_Offset;
  private int m_Dim;
  private KMeansLloyd.Result m_Result;

  public String globalInfo() {
    return "Fast exact k-means: the same clustering as Lloyd's algorithm (assign every instance to its nearest "
      + "centre, move every centre to the weighted mean of its instances, until no instance changes cluster or "
      + "-I iterations), with Hamerly's distance bounds that skip most distance computations, and greedy "
      + "k-means++ seeding as scikit-learn's KMeans (each centre the best of -trials candidates drawn with "
      + "probability proportional to weight x squared distance to the nearest centre; default 2 + ln k; 1 is "
      + "the paper's plain k-means++); the best of -n-init seedings by the within-cluster sum of squares. "
      + "Distances are Euclidean, numeric attributes scaled to [0, 1] by their range as SimpleKMeans's default "
      + "(-no-normalize: raw values, as scikit-learn). A nominal attribute counts 0 when the values agree and 1 "
      + "when they differ, as in SimpleKMeans; unlike SimpleKMeans's mode, the centre keeps the (weighted) share "
      + "of each value, so that every step is a true mean; the centroid shown is the most common value. Missing "
      + "values are replaced by the mean or mode (as SimpleKMeans does); no instance is dropped. Instance "
      + "weights weigh the means and the seeding (all weights 0: every instance counts 1). Data with fewer "
      + "distinct instances than k get as many clusters as distinct instances. A cluster that loses all its "
      + "instances keeps its centre. The result depends only on the data, the options and the seed: the same "
      + "for any number of execution slots. Use it where SimpleKMeans is used for speed (as in KMeansSMOTE and "
      + "ClusterCentroids); SimpleKMeans offers other distance functions, canopies and Manhattan medians."
      + "\n\nFor more information, see\n\n" + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    return Citations.with(Citations.arthur2007(), Citations.hamerly2010());
  }

  @Override
  public Capabilities getCapabilities() {
    Capabilities result = super.getCapabilities();
    result.disableAll();
    result.enable(Capability.NO_CLASS);
    result.enable(Capability.NUMERIC_ATTRIBUTES);
    result.enable(Capability.NOMINAL_ATTRIBUTES);
    result.enable(Capability.MISSING_VALUES);
    result.setMinimumNumberInstances(1);
    return result;
  }

  @Override
  public void buildClusterer(Instances data) throws Exception {
    getCapabilities().testWithFail(data);
    m_Header = new Instances(data, 0);
    int n = data.numInstances();
    int na = data.numAttributes();
    m_Min = new double[na];
    m_Scale = new double[na];
    m_Fill = new double[na];
    m_Offset = new int[na + 1];
    m_Nominal = new boolean[na];
    for (int a = 0; a < na; a++) {
      Attribute att = data.attribute(a);
      m_Nominal[a] = att.isNominal();
      m_Offset[a + 1] = m_Offset[a] + (att.isNominal() ? att.numValues() : 1);
      double fill = data.meanOrMode(a);
      m_Fill[a] = Double.isNaN(fill) ? 0 : fill;
      if (att.isNumeric()) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
          double v = data.instance(i).value(a);
          if (!Double.isNaN(v)) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
          }
        }
        boolean scaled = !m_DontNormalize && hi > lo;
        m_Min[a] = m_DontNormalize || !(hi >= lo) ? 0 : lo;
        m_Scale[a] = m_DontNormalize ? 1 : scaled ? 1 / (hi - lo) : 0;
      }
    }
    m_Dim = m_Offset[na];
    double[] x = new double[n * m_Dim];
    double[] w = new double[n];
    double total = 0;
    for (int i = 0; i < n; i++) {
      embed(data.instance(i), x, i * m_Dim);
      w[i] = data.instance(i).weight();
      total += w[i];
    }
    if (!(total > 0)) {
      java.util.Arrays.fill(w, 1);
    }
    Random random = new Random(m_Seed);
    KMeansLloyd.Result best = null;
    for (int r = 0; r < m_Initialisations; r++) {
      double[] centres = KMeansLloyd.seed(x, w, n, m_Dim, m_NumClusters, m_Trials, random, m_NumSlots);
      KMeansLloyd.Result res = KMeansLloyd.run(x, w, n, m_Dim, centres, m_MaxIterations,
        m_Tolerance * KMeansLloyd.meanVariance(x, n, m_Dim), m_NumSlots);
      debug("initialisation " + (r + 1) + ": " + res.iterations + " iterations, inertia " + res.inertia);
      if (best == null || res.inertia < best.inertia) {
        best = res;
      }
    }
    m_Result = best;
  }

  private void debug(String s) {
    if (getDebug()) {
      System.err.println("FastKMeans: " + s);
    }
  }

  /** Writes the instance's coordinates (missing values replaced) to out[off ..]. */
  private void embed(Instance inst, double[] out, int off) {
    java.util.Arrays.fill(out, off, off + m_Dim, 0);
    for (int a = 0; a < m_Min.length; a++) {
      double v = inst.isMissing(a) ? m_Fill[a] : inst.value(a);
      if (m_Nominal[a]) {
        out[off + m_Offset[a] + (int) v] = KMeansLloyd.NOMINAL;
      } else {
        out[off + m_Offset[a]] = (v - m_Min[a]) * m_Scale[a];
      }
    }
  }

  /**
   * @param inst an instance of the training data's format
   * @param cluster a cluster
   * @return the squared distance between the instance and the cluster's centre, in the clusterer's
   *         space (range-scaled unless -no-normalize)
   */
  public double squaredDistance(Instance inst, int cluster) {
    double[] p = new double[m_Dim];
    embed(inst, p, 0);
    return KMeansLloyd.squaredDistance(p, 0, m_Result.centres, cluster * m_Dim, m_Dim);
  }

  @Override
  public int clusterInstance(Instance inst) throws Exception {
    if (m_Result == null) {
      throw new IllegalStateException("FastKMeans: no clusterer built yet");
    }
    double[] p = new double[m_Dim];
    embed(inst, p, 0);
    return KMeansLloyd.nearest(p, 0, m_Result.centres, m_Result.k, m_Dim);
  }

  @Override
  public int numberOfClusters() throws Exception {
    return m_Result == null ? m_NumClusters : m_Result.k;
  }

  /** @return each training instance's cluster, in the training data's order */
  public int[] getAssignments() {
    return m_Result.assignment.clone();
  }

  /** @return the within-cluster sum of weighted squared distances (scikit-learn's inertia) */
  public double getSquaredError() {
    return m_Result.inertia;
  }

  /** @return the number of centre updates of the chosen initialisation */
  public int getIterations() {
    return m_Result.iterations;
  }

  /**
   * @return the centroids in the training data's format: the (weighted) means of the numeric
   *         attributes and the most common value of the nominal ones
   */
  public Instances getClusterCentroids() {
    Instances c = new Instances(m_Header, m_Result.k);
    for (int j = 0; j < m_Result.k; j++) {
      double[] v = new double[m_Min.length];
      int off = j * m_Dim;
      for (int a = 0; a < v.length; a++) {
        if (m_Nominal[a]) {
          int best = 0;
          for (int t = 1; t < m_Offset[a + 1] - m_Offset[a]; t++) {
            best = m_Result.centres[off + m_Offset[a] + t] > m_Result.centres[off + m_Offset[a] + best] ? t : best;
          }
          v[a] = best;
        } else {
          v[a] = m_Scale[a] == 0 ? m_Min[a] : m_Result.centres[off + m_Offset[a]] / m_Scale[a] + m_Min[a];
        }
      }
      c.add(new DenseInstance(1, v));
    }
    return c;
  }

  @Override
  public String toString() {
    if (m_Result == null) {
      return "FastKMeans: no clusterer built yet.";
    }
    StringBuilder b = new StringBuilder("FastKMeans\n==========\n\n");
    b.append("Number of clusters: ").append(m_Result.k).append('\n');
    b.append("Iterations: ").append(m_Result.iterations).append('\n');
    b.append(String.format(Locale.ROOT, "Within-cluster sum of squared distances: %.6g%n%n", m_Result.inertia));
    int[] size = new int[m_Result.k];
    for (int a : m_Result.assignment) {
      size[a]++;
    }
    Instances c = getClusterCentroids();
    for (int j = 0; j < m_Result.k; j++) {
      b.append("Cluster ").append(j).append(" (").append(size[j]).append(" instances): ").append(c.instance(j))
        .append('\n');
    }
    return b.toString();
  }

  // ------------------------------------------------------------ options

  @Override
  public Enumeration<Option> listOptions() {
    Vector<Option> v = new Vector<>();
    v.add(new Option("\tThe number of clusters (default " + DEFAULT_CLUSTERS + ")", "N", 1, "-N <k>"));
    v.add(new Option("\tThe most iterations (default " + DEFAULT_MAX_ITERATIONS + ")", "I", 1, "-I <n>"));
    v.add(new Option("\tStop when the centres move by at most this times the data's mean variance (total "
      + "squared shift, as scikit-learn's tol; default 0: only when no instance changes cluster)", "tol", 1,
      "-tol <t>"));
    v.add(new Option("\tThe number of seedings, the best kept (default 1)", "n-init", 1, "-n-init <n>"));
    v.add(new Option("\tk-means++ candidates per centre (default 0: 2 + ln k; 1: plain k-means++)", "trials", 1,
      "-trials <t>"));
    v.add(new Option("\tDo not scale numeric attributes to [0, 1]", "no-normalize", 0, "-no-normalize"));
    v.add(new Option("\tThe number of threads (default 1; 0: one per processor)", "num-slots", 1,
      "-num-slots <t>"));
    v.addAll(Collections.list(super.listOptions()));
    return v.elements();
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    setNumClusters(OptionValues.getInt("N", options, DEFAULT_CLUSTERS));
    setMaxIterations(OptionValues.getInt("I", options, DEFAULT_MAX_ITERATIONS));
    setTolerance(OptionValues.getDouble("tol", options, 0));
    setNumInitialisations(OptionValues.getInt("n-init", options, 1));
    setTrials(OptionValues.getInt("trials", options, 0));
    setDontNormalize(Utils.getFlag("no-normalize", options));
    setNumExecutionSlots(OptionValues.getInt("num-slots", options, 1));
    int seed = OptionValues.getInt("S", options, 1);
    super.setOptions(options);
    setSeed(seed);
    Utils.checkForRemainingOptions(options);
  }

  @Override
  public String[] getOptions() {
    List<String> o = new ArrayList<>();
    Collections.addAll(o, "-N", "" + m_NumClusters, "-I", "" + m_MaxIterations, "-tol", "" + m_Tolerance,
      "-n-init", "" + m_Initialisations,
      "-trials", "" + m_Trials);
    if (m_DontNormalize) {
      o.add("-no-normalize");
    }
    Collections.addAll(o, "-num-slots", "" + m_NumSlots);
    Collections.addAll(o, super.getOptions());
    return o.toArray(new String[0]);
  }

  public String numClustersTipText() {
    return "The number of clusters k (fewer when the data have fewer distinct instances).";
  }

  public int getNumClusters() {
    return m_NumClusters;
  }

  @Override
  public void setNumClusters(int k) {
    m_NumClusters = OptionValues.atLeast("N", k, 1);
  }

  public String maxIterationsTipText() {
    return "The most iterations (centre updates) of Lloyd's algorithm; it stops earlier when no instance changes "
      + "cluster.";
  }

  public int getMaxIterations() {
    return m_MaxIterations;
  }

  public void setMaxIterations(int n) {
    m_MaxIterations = OptionValues.atLeast("I", n, 1);
  }

  public String toleranceTipText() {
    return "Stop Lloyd's iterations once an update moves the centres by a total squared distance of at most this "
      + "times the mean variance of the (scaled) attributes, then assign each instance to its nearest centre, as "
      + "scikit-learn's KMeans does with its tol (1e-4 there); 0 (default) iterates until no instance changes "
      + "cluster, the exact k-means fixed point.";
  }

  public double getTolerance() {
    return m_Tolerance;
  }

  public void setTolerance(double t) {
    m_Tolerance = OptionValues.nonNegative("tol", t);
  }

  public String numInitialisationsTipText() {
    return "How many k-means++ seedings are run to convergence; the clustering with the smallest within-cluster "
      + "sum of squares is kept (scikit-learn's n_init).";
  }

  public int getNumInitialisations() {
    return m_Initialisations;
  }

  public void setNumInitialisations(int n) {
    m_Initialisations = OptionValues.atLeast("n-init", n, 1);
  }

  public String trialsTipText() {
    return "The candidates drawn for each new k-means++ centre, the one that lowers the sum of squares most kept; "
      + "0 (default) for scikit-learn's 2 + ln k, 1 for Arthur and Vassilvitskii's plain k-means++.";
  }

  public int getTrials() {
    return m_Trials;
  }

  public void setTrials(int t) {
    m_Trials = OptionValues.atLeast("trials", t, 0);
  }

  public String dontNormalizeTipText() {
    return "Use the raw numeric values (as scikit-learn) instead of scaling each to [0, 1] by its range (as "
      + "SimpleKMeans's default distance).";
  }

  public boolean getDontNormalize() {
    return m_DontNormalize;
  }

  public void setDontNormalize(boolean b) {
    m_DontNormalize = b;
  }

  public String numExecutionSlotsTipText() {
    return "The number of threads (0: one per processor); the result is the same for any number.";
  }

  public int getNumExecutionSlots() {
    return m_NumSlots;
  }

  public void setNumExecutionSlots(int t) {
    m_NumSlots = OptionValues.atLeast("num-slots", t, 0);
  }

  @Override
  public String getRevision() {
    return RevisionUtils.extract("$Revision: 1 $");
  }

  public static void main(String[] args) {
    runClusterer(new FastKMeans(), args);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
    Release.readFields(in, "FastKMeans", () -> m_SavedByRelease);
  }
}
