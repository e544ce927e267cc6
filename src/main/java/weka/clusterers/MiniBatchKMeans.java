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
 * Mini-batch k-means (Sculley 2010) as scikit-learn's {@code MiniBatchKMeans}, with its defaults;
 * see {@link #globalInfo()}. The algorithm is {@link KMeansMiniBatch}; the embedding of the data
 * and the output are {@link AbstractKMeans}'s, shared with {@link FastKMeans}.
 */
public class MiniBatchKMeans extends AbstractKMeans {

  private static final long serialVersionUID = 5087417640931907412L;

  /** The release that saved this object. */
  private String m_SavedByRelease = Release.VERSION;

  /** scikit-learn's n_clusters. */
  public static final int DEFAULT_CLUSTERS = 8;
  /** scikit-learn's batch_size (since 1.0). */
  public static final int DEFAULT_BATCH = 1024;
  /** scikit-learn 1.2's n_init for MiniBatchKMeans. */
  public static final int DEFAULT_INITIALISATIONS = 3;
  /** scikit-learn's max_iter: passes over the data. */
  public static final int DEFAULT_MAX_ITERATIONS = 100;
  /** scikit-learn's max_no_improvement. */
  public static final int DEFAULT_MAX_NO_IMPROVEMENT = 10;
  /** scikit-learn's reassignment_ratio. */
  public static final double DEFAULT_REASSIGNMENT_RATIO = 0.01;

  private int m_BatchSize = DEFAULT_BATCH;
  private int m_InitSize = 0;
  private int m_Initialisations = DEFAULT_INITIALISATIONS;
  private int m_MaxIterations = DEFAULT_MAX_ITERATIONS;
  private int m_MaxNoImprovement = DEFAULT_MAX_NO_IMPROVEMENT;
  private double m_Tolerance = 0;
  private double m_ReassignmentRatio = DEFAULT_REASSIGNMENT_RATIO;

  public MiniBatchKMeans() {
    super(DEFAULT_CLUSTERS);
  }

  public String globalInfo() {
    return "Mini-batch k-means (Sculley 2010), as scikit-learn's MiniBatchKMeans with its defaults, the clustering "
      + "imbalanced-learn's KMeansSMOTE uses: fast and approximate. Each step draws -batch instances (with "
      + "replacement), assigns each to its nearest centre and moves every centre towards the mean of its new "
      + "instances at its own rate, their weight over all the weight the centre has received so far. Seeding: "
      + "the best, by the sum of squares on a further sample, of -n-init greedy k-means++ seedings (as "
      + "FastKMeans's), each on -init-size instances drawn at random (default 3 x the batch). It stops after "
      + "-max-iter passes over the data, or when a smoothed (exponentially weighted) batch sum of squares has "
      + "not improved for -max-no-improvement steps, or when a step moves the centres by at most -tol times the "
      + "mean variance (default 0: off). A centre that has received less than -reassignment-ratio times the "
      + "weight of the largest is moved to a random instance of the batch. Finally every instance is assigned "
      + "to its nearest centre. On 10,000 instances it stops after a few dozen steps where exact k-means (FastKMeans) "
      + "may need hundreds of full passes; its sum of squares is usually a few percent higher. Use FastKMeans "
      + "for the exact k-means clustering, SimpleKMeans for other distances. Distances, nominal attributes, "
      + "missing values and weights as in FastKMeans: Euclidean, numeric attributes scaled to [0, 1] by their "
      + "range (-no-normalize: raw, as scikit-learn), a nominal mismatch counts 1, missing values replaced by "
      + "the mean or mode, instance weights weigh the means (all 0: every instance counts 1). Fewer clusters "
      + "when the seeding sample has fewer distinct instances than k. The result depends only on the data, "
      + "the options and the seed: the same for any number of execution slots."
      + "\n\nFor more information, see\n\n" + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    return Citations.with(Citations.sculley2010(), Citations.arthur2007());
  }

  @Override
  protected KMeansLloyd.Result cluster(double[] x, double[] w, int n, int dim, Random random) throws Exception {
    KMeansMiniBatch mb = new KMeansMiniBatch();
    mb.k = m_NumClusters;
    mb.batch = m_BatchSize;
    mb.initSize = m_InitSize;
    mb.nInit = m_Initialisations;
    mb.maxIter = m_MaxIterations;
    mb.maxNoImprovement = m_MaxNoImprovement;
    mb.tol = m_Tolerance;
    mb.reassignmentRatio = m_ReassignmentRatio;
    KMeansLloyd.Result r = mb.run(x, w, n, dim, random, m_NumSlots);
    debug(mb.steps + " steps (stopped by " + mb.stopped + "), " + mb.reassigned + " centres reassigned, inertia "
      + r.inertia);
    return r;
  }

  @Override
  protected String iterationsName() {
    return "Mini-batch steps";
  }

  // ------------------------------------------------------------ options

  @Override
  protected void listOwnOptions(Vector<Option> v) {
    v.add(new Option("\tInstances per mini-batch (default " + DEFAULT_BATCH + ")", "batch", 1, "-batch <b>"));
    v.add(new Option("\tInstances of each seeding (default 0: 3 x the batch size)", "init-size", 1,
      "-init-size <n>"));
    v.add(new Option("\tThe number of seedings, the best kept (default " + DEFAULT_INITIALISATIONS + ")", "n-init",
      1, "-n-init <n>"));
    v.add(new Option("\tThe most passes over the data (default " + DEFAULT_MAX_ITERATIONS + ")", "max-iter", 1,
      "-max-iter <n>"));
    v.add(new Option("\tStop after this many steps without improvement of the smoothed sum of squares (default "
      + DEFAULT_MAX_NO_IMPROVEMENT + "; 0: never)", "max-no-improvement", 1, "-max-no-improvement <n>"));
    v.add(new Option("\tStop when a step moves the centres by at most this times the mean variance (default 0: "
      + "never)", "tol", 1, "-tol <t>"));
    v.add(new Option("\tReassign centres with less than this share of the largest centre's weight (default "
      + DEFAULT_REASSIGNMENT_RATIO + ")", "reassignment-ratio", 1, "-reassignment-ratio <r>"));
  }

  @Override
  protected void setOwnOptions(String[] options) throws Exception {
    setBatchSize(OptionValues.getInt("batch", options, DEFAULT_BATCH));
    setInitSize(OptionValues.getInt("init-size", options, 0));
    setNumInitialisations(OptionValues.getInt("n-init", options, DEFAULT_INITIALISATIONS));
    setMaxIterations(OptionValues.getInt("max-iter", options, DEFAULT_MAX_ITERATIONS));
    setMaxNoImprovement(OptionValues.getInt("max-no-improvement", options, DEFAULT_MAX_NO_IMPROVEMENT));
    setTolerance(OptionValues.getDouble("tol", options, 0));
    setReassignmentRatio(OptionValues.getDouble("reassignment-ratio", options, DEFAULT_REASSIGNMENT_RATIO));
  }

  @Override
  protected void getOwnOptions(List<String> o) {
    Collections.addAll(o, "-batch", "" + m_BatchSize, "-init-size", "" + m_InitSize, "-n-init", "" + m_Initialisations,
      "-max-iter", "" + m_MaxIterations, "-max-no-improvement", "" + m_MaxNoImprovement, "-tol", "" + m_Tolerance,
      "-reassignment-ratio", "" + m_ReassignmentRatio);
  }

  public String batchSizeTipText() {
    return "The instances drawn for each mini-batch step (scikit-learn's batch_size, 1024; all of them when the "
      + "data have fewer).";
  }

  public int getBatchSize() {
    return m_BatchSize;
  }

  public void setBatchSize(int b) {
    m_BatchSize = OptionValues.atLeast("batch", b, 1);
  }

  public String initSizeTipText() {
    return "The instances drawn for each k-means++ seeding and for judging the seedings (scikit-learn's init_size); "
      + "0 (default) for 3 x the batch size; at least 3 x k; at most all instances.";
  }

  public int getInitSize() {
    return m_InitSize;
  }

  public void setInitSize(int n) {
    m_InitSize = OptionValues.atLeast("init-size", n, 0);
  }

  public String numInitialisationsTipText() {
    return "How many k-means++ seedings are tried; the one with the smallest sum of squares on a further random "
      + "sample is kept (scikit-learn's n_init, 3 for MiniBatchKMeans in scikit-learn 1.2).";
  }

  public int getNumInitialisations() {
    return m_Initialisations;
  }

  public void setNumInitialisations(int n) {
    m_Initialisations = OptionValues.atLeast("n-init", n, 1);
  }

  public String maxIterationsTipText() {
    return "The most passes over the data: at most this x (instances / batch size) steps (scikit-learn's "
      + "max_iter).";
  }

  public int getMaxIterations() {
    return m_MaxIterations;
  }

  public void setMaxIterations(int n) {
    m_MaxIterations = OptionValues.atLeast("max-iter", n, 1);
  }

  public String maxNoImprovementTipText() {
    return "Stop after this many consecutive steps without a new lowest exponentially weighted average of the "
      + "batches' mean squared distance (scikit-learn's max_no_improvement); 0 never stops for this reason.";
  }

  public int getMaxNoImprovement() {
    return m_MaxNoImprovement;
  }

  public void setMaxNoImprovement(int n) {
    m_MaxNoImprovement = OptionValues.atLeast("max-no-improvement", n, 0);
  }

  public String toleranceTipText() {
    return "Stop when a step moves the centres by a total squared distance of at most this times the mean "
      + "variance of the (scaled) attributes (scikit-learn's tol); 0 (default) never stops for this reason.";
  }

  public double getTolerance() {
    return m_Tolerance;
  }

  public void setTolerance(double t) {
    m_Tolerance = OptionValues.nonNegative("tol", t);
  }

  public String reassignmentRatioTipText() {
    return "A centre that has received less than this share of the weight of the most used centre is moved to a "
      + "random instance of the batch (checked whenever 10 x k instances have been drawn since the last check, so "
      + "every step by default, and whenever a centre is empty; at most half the batch size at once; scikit-learn's "
      + "reassignment_ratio); 0 never moves one.";
  }

  public double getReassignmentRatio() {
    return m_ReassignmentRatio;
  }

  public void setReassignmentRatio(double r) {
    m_ReassignmentRatio = OptionValues.fraction("reassignment-ratio", r);
  }

  @Override
  public String getRevision() {
    return RevisionUtils.extract("$Revision: 1 $");
  }

  public static void main(String[] args) {
    runClusterer(new MiniBatchKMeans(), args);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
    Release.readFields(in, "MiniBatchKMeans", () -> m_SavedByRelease);
  }
}
