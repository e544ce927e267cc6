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

import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Vector;

import weka.core.Option;
import weka.core.RevisionUtils;
import weka.core.TechnicalInformation;
import weka.imbalance.Citations;
import weka.imbalance.OptionValues;
import weka.imbalance.Release;

/**
 * Exact k-means (Lloyd's algorithm, accelerated with Hamerly's bounds) with k-means++ seeding;
 * see {@link #globalInfo()}. The two steps are the static {@link KMeansLloyd#seed} and
 * {@link KMeansLloyd#run} on a flat {@code double[]} of points.
 */
public class FastKMeans extends AbstractKMeans {

  private static final long serialVersionUID = 3279446307432125549L;

  /** The release that saved this object. */
  private String m_SavedByRelease = Release.VERSION;

  /** SimpleKMeans's default number of clusters. */
  public static final int DEFAULT_CLUSTERS = 2;
  /** scikit-learn's max_iter. */
  public static final int DEFAULT_MAX_ITERATIONS = 300;

  private int m_MaxIterations = DEFAULT_MAX_ITERATIONS;
  private double m_Tolerance = 0;
  private int m_Initialisations = 1;
  private int m_Trials = 0;

  public FastKMeans() {
    super(DEFAULT_CLUSTERS);
  }

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
  protected KMeansLloyd.Result cluster(double[] x, double[] w, int n, int dim, Random random) throws Exception {
    KMeansLloyd.Result best = null;
    for (int r = 0; r < m_Initialisations; r++) {
      double[] centres = KMeansLloyd.seed(x, w, n, dim, m_NumClusters, m_Trials, random, m_NumSlots);
      KMeansLloyd.Result res = KMeansLloyd.run(x, w, n, dim, centres, m_MaxIterations,
        m_Tolerance * KMeansLloyd.meanVariance(x, n, dim), m_NumSlots);
      debug("initialisation " + (r + 1) + ": " + res.iterations + " iterations, inertia " + res.inertia);
      if (best == null || res.inertia < best.inertia) {
        best = res;
      }
    }
    return best;
  }

  @Override
  protected String iterationsName() {
    return "Iterations";
  }

  // ------------------------------------------------------------ options

  @Override
  protected void listOwnOptions(Vector<Option> v) {
    v.add(new Option("\tThe most iterations (default " + DEFAULT_MAX_ITERATIONS + ")", "I", 1, "-I <n>"));
    v.add(new Option("\tStop when the centres move by at most this times the data's mean variance (total "
      + "squared shift, as scikit-learn's tol; default 0: only when no instance changes cluster)", "tol", 1,
      "-tol <t>"));
    v.add(new Option("\tThe number of seedings, the best kept (default 1)", "n-init", 1, "-n-init <n>"));
    v.add(new Option("\tk-means++ candidates per centre (default 0: 2 + ln k; 1: plain k-means++)", "trials", 1,
      "-trials <t>"));
  }

  @Override
  protected void setOwnOptions(String[] options) throws Exception {
    setMaxIterations(OptionValues.getInt("I", options, DEFAULT_MAX_ITERATIONS));
    setTolerance(OptionValues.getDouble("tol", options, 0));
    setNumInitialisations(OptionValues.getInt("n-init", options, 1));
    setTrials(OptionValues.getInt("trials", options, 0));
  }

  @Override
  protected void getOwnOptions(List<String> o) {
    Collections.addAll(o, "-I", "" + m_MaxIterations, "-tol", "" + m_Tolerance, "-n-init", "" + m_Initialisations,
      "-trials", "" + m_Trials);
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
