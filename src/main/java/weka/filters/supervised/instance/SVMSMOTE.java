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

import weka.core.Instances;
import weka.core.Option;
import weka.core.RevisionUtils;
import weka.core.TechnicalInformation;
import weka.imbalance.Citations;
import weka.imbalance.OptionValues;
import weka.imbalance.Release;
import weka.imbalance.resampling.MixedDistance;
import weka.imbalance.resampling.NeighbourOversampler;
import weka.imbalance.resampling.RbfSvc;
import weka.imbalance.resampling.SmoteSynthesizer;

/**
 * SVM-SMOTE (Nguyen, Cooper and Kamei 2011) as imbalanced-learn's {@code SVMSMOTE}; see
 * {@link #globalInfo()}. The support vectors come from {@link RbfSvc}, LIBSVM's algorithm (the
 * solver scikit-learn's {@code SVC} wraps) with {@code SVC}'s defaults, so that they are the same; the
 * neighbours and the synthesis come from {@link NeighbourOversampler}.
 */
public class SVMSMOTE extends NeighbourOversampler {

  private static final long serialVersionUID = 2748301641553296185L;

  /** The release that saved this object. */
  private String m_SavedByRelease = Release.VERSION;

  public static final int DEFAULT_DANGER_NEIGHBOURS = 10;
  public static final double DEFAULT_OUT_STEP = 0.5;
  public static final double DEFAULT_COST = 1;
  /** scikit-learn's SVC defaults: the stopping tolerance and the kernel cache in MB. */
  static final double TOLERANCE = 1e-3;
  static final double CACHE_MB = 200;

  private int m_DangerNeighbours = DEFAULT_DANGER_NEIGHBOURS;
  private double m_OutStep = DEFAULT_OUT_STEP;
  private double m_Cost = DEFAULT_COST;
  private double m_Gamma = 0;

  /** The current first batch's support vectors (rows, ascending). */
  private transient int[] m_SupportVectors;

  public String globalInfo() {
    return "SVM-SMOTE: SMOTE from the support vectors of an SVM, the border as the SVM sees it. An SVM (a C-SVC "
      + "with an RBF kernel and scikit-learn's SVC defaults: cost -cost 1, gamma 1 / (d var(X)), tolerance 0.001; "
      + "solved by the package's own implementation of LIBSVM's algorithm, the solver scikit-learn wraps, so the "
      + "support vectors are imbalanced-learn's) is trained on all classes, one-vs-one. "
      + "Each support vector of a class to raise is judged by its m nearest neighbours among all instances "
      + "(-M, default 10): all of another class, it is noise and dropped; at least half, it is in danger and "
      + "its synthetic instances are interpolated towards one of its K nearest neighbours of its class (-K, "
      + "default 5); fewer than half, it is safe and they are extrapolated away from that neighbour, up to "
      + "-out-step (0.5) times the distance, widening the class towards the border. The share made from the "
      + "danger vectors is int(f (S + 1)) with f drawn from Beta(10, 10), as imbalanced-learn (the paper gives "
      + "no rule); within each group the synthetic instances are spread evenly over the vectors. Where "
      + "imbalanced-learn then makes only the other group's share when a group is empty, this filter makes "
      + "all S from the other group and reaches the target; a class with no support vector left is not raised "
      + "(imbalanced-learn stops with an error). Multi-class: every class the strategy raises (by default every "
      + "class but the majority to the majority count), every other class counting as the majority. The SVM "
      + "and the neighbours use the distance embedding: numeric attributes scaled to [0, 1] by default "
      + "(-scaling none: imbalanced-learn's raw values), nominal attributes through SMOTE-NC (for the SVM with "
      + "the Med of all instances) or the value difference metric; a missing value enters the SVM as 0 and is "
      + "skipped in the distance. Instance weights do not enter the SVM; a synthetic instance gets its base's "
      + "weight (-W keeps each class's total weight). Instances with a missing class pass through. Only the "
      + "first batch is resampled, so the filter can be used in the FilteredClassifier."
      + "\n\nFor more information, see\n\n" + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    return Citations.with(Citations.nguyen2011(), Citations.chang2011(), Citations.fan2005());
  }

  /**
   * scikit-learn's {@code gamma='scale'}: 1 / (d var(X)), the variance over every coordinate of the
   * embedded data (missing as 0); 1 when that variance is 0.
   *
   * @param x the coordinates, row-major
   * @param dim coordinates per point
   * @return gamma
   */
  public static double scaleGamma(double[] x, int dim) {
    double s = 0;
    double ss = 0;
    for (double v : x) {
      double z = Double.isNaN(v) ? 0 : v;
      s += z;
    }
    double mean = s / x.length;
    for (double v : x) {
      double z = (Double.isNaN(v) ? 0 : v) - mean;
      ss += z * z;
    }
    double var = ss / x.length;
    return var > 0 ? 1 / (dim * var) : 1;
  }

  /**
   * The support vectors of the SVM trained on the first batch (every class).
   *
   * @param data the data
   * @param rows the rows of each class
   * @return their rows, ascending
   */
  private int[] supportVectors(Instances data, int[][] rows) {
    if (m_SupportVectors != null) {
      return m_SupportVectors;
    }
    int[] all = Arrays.stream(rows).flatMapToInt(Arrays::stream).sorted().toArray();
    MixedDistance d = distance(data);
    int dim = d.dimension();
    double[] x = d.embed(data, all);
    for (int i = 0; i < x.length; i++) {
      if (Double.isNaN(x[i])) {
        x[i] = 0;
      }
    }
    int[] cls = new int[all.length];
    for (int i = 0; i < all.length; i++) {
      cls[i] = (int) data.instance(all[i]).classValue();
    }
    double gamma = m_Gamma > 0 ? m_Gamma : scaleGamma(x, dim);
    int[] sv = new RbfSvc(gamma, m_Cost, TOLERANCE, CACHE_MB, true).train(x, dim, cls).supportVectors();
    for (int i = 0; i < sv.length; i++) {
      sv[i] = all[sv[i]];
    }
    Arrays.sort(sv);
    debug("SVM: gamma = " + gamma + ", " + sv.length + " support vectors");
    m_SupportVectors = sv;
    return sv;
  }

  @Override
  protected void newBatch() {
    super.newBatch();
    m_SupportVectors = null;
  }

  /**
   * The support vectors of a class, judged by their m nearest neighbours among all instances.
   *
   * @param data the data
   * @param c a class
   * @return the rows (ascending) of its support vectors in danger, safe ones, and noise
   * @throws Exception if the neighbours cannot be found
   */
  public int[][] supportVectorKinds(Instances data, int c) throws Exception {
    newBatch();
    return kinds(data, classRows(data), c);
  }

  private int[][] kinds(Instances data, int[][] rows, int c) throws Exception {
    int[] sv = supportVectors(data, rows);
    int[][] around = neighboursInData(data, rows, c, m_DangerNeighbours);
    List<Integer> danger = new ArrayList<>();
    List<Integer> safe = new ArrayList<>();
    List<Integer> noise = new ArrayList<>();
    int[] members = rows[c];
    for (int i = 0; i < members.length; i++) {
      if (Arrays.binarySearch(sv, members[i]) < 0) {
        continue;
      }
      int other = otherClass(data, around[i], c);
      int m = around[i].length;
      (other == m ? noise : BorderlineSMOTE.inDanger(other, m) ? danger : safe).add(members[i]);
    }
    return new int[][] {ints(danger), ints(safe), ints(noise)};
  }

  private static int[] ints(List<Integer> l) {
    return l.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * A draw of Beta(10, 10), as X / (X + Y) with X and Y Gamma(10, 1), each a sum of ten exponential
   * draws.
   *
   * @param random the generator
   * @return the fraction
   */
  static double beta1010(Random random) {
    double x = 0;
    double y = 0;
    for (int i = 0; i < 10; i++) {
      x -= Math.log(1 - random.nextDouble());
      y -= Math.log(1 - random.nextDouble());
    }
    return x / (x + y);
  }

  @Override
  protected List<Job> prepare(Instances data, int[][] rows, int c, int extra, Random random) throws Exception {
    int[][] kinds = kinds(data, rows, c);
    int[] danger = kinds[0];
    int[] safe = kinds[1];
    String name = data.classAttribute().value(c);
    debug("class " + name + ": support vectors " + danger.length + " in danger, " + safe.length + " safe, "
      + kinds[2].length + " noise");
    if (danger.length + safe.length == 0) {
      debug("class " + name + ": no support vector left, the class is not raised");
      return Collections.emptyList();
    }
    int fromDanger = Math.min(extra, (int) (beta1010(random) * (extra + 1)));
    if (safe.length == 0) {
      fromDanger = extra;
    } else if (danger.length == 0) {
      fromDanger = 0;
    }
    int[] members = rows[c];
    int[][] own = sameClassNeighbours(data, members, getNearestNeighbors());
    List<Job> jobs = new ArrayList<>();
    if (danger.length > 0) {
      int[][] nn = of(own, members, danger);
      jobs.add(new Job(danger, nn, nn, SmoteSynthesizer.perBase(danger.length, fromDanger, random), 1));
    }
    if (safe.length > 0) {
      int[][] nn = of(own, members, safe);
      jobs.add(new Job(safe, nn, nn, SmoteSynthesizer.perBase(safe.length, extra - fromDanger, random), -m_OutStep));
    }
    return jobs;
  }

  /** The neighbour lists of some members (both ascending). */
  private static int[][] of(int[][] own, int[] members, int[] some) {
    int[][] r = new int[some.length][];
    for (int i = 0; i < some.length; i++) {
      r[i] = own[Arrays.binarySearch(members, some[i])];
    }
    return r;
  }

  @Override
  public Enumeration<Option> listOptions() {
    Vector<Option> v = new Vector<>();
    v.add(new Option("\tNumber of nearest neighbours (among all instances) that judge a support vector\n"
      + "\t(default " + DEFAULT_DANGER_NEIGHBOURS + ")", "M", 1, "-M <num>"));
    v.add(new Option("\tLargest extrapolation step from a safe support vector (default " + DEFAULT_OUT_STEP + ")",
      "out-step", 1, "-out-step <s>"));
    v.add(new Option("\tThe SVM's cost C (default " + DEFAULT_COST + ")", "cost", 1, "-cost <C>"));
    v.add(new Option("\tThe RBF kernel's gamma (default 0: 1 / (d var(X)), scikit-learn's 'scale')", "gamma", 1,
      "-gamma <g>"));
    v.addAll(Collections.list(super.listOptions()));
    return v.elements();
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    setDangerNeighbors(OptionValues.getInt("M", options, DEFAULT_DANGER_NEIGHBOURS));
    setOutStep(OptionValues.getDouble("out-step", options, DEFAULT_OUT_STEP));
    setCost(OptionValues.getDouble("cost", options, DEFAULT_COST));
    setGamma(OptionValues.getDouble("gamma", options, 0));
    super.setOptions(options);
  }

  @Override
  public String[] getOptions() {
    List<String> o = new ArrayList<>();
    Collections.addAll(o, "-M", "" + m_DangerNeighbours, "-out-step", "" + m_OutStep, "-cost", "" + m_Cost,
      "-gamma", "" + m_Gamma);
    Collections.addAll(o, super.getOptions());
    return o.toArray(new String[0]);
  }

  public String dangerNeighborsTipText() {
    return "The number m of nearest neighbours (among all instances) that judge a support vector: all of another "
      + "class, noise; at least half, danger (interpolation); fewer, safe (extrapolation).";
  }

  public int getDangerNeighbors() {
    return m_DangerNeighbours;
  }

  /** @param m the number of neighbours, &gt;= 1 */
  public void setDangerNeighbors(int m) {
    m_DangerNeighbours = OptionValues.atLeast("M", m, 1);
  }

  public String outStepTipText() {
    return "How far beyond a safe support vector a synthetic instance may lie, as a fraction of the distance to "
      + "its neighbour (imbalanced-learn's out_step, 0.5).";
  }

  public double getOutStep() {
    return m_OutStep;
  }

  /** @param s the step, &gt;= 0 */
  public void setOutStep(double s) {
    m_OutStep = OptionValues.nonNegative("out-step", s);
  }

  public String costTipText() {
    return "The SVM's cost C (scikit-learn's SVC default 1): larger, fewer support vectors.";
  }

  public double getCost() {
    return m_Cost;
  }

  /** @param c the cost, &gt; 0 */
  public void setCost(double c) {
    m_Cost = OptionValues.positive("cost", c);
  }

  public String gammaTipText() {
    return "The RBF kernel's gamma; 0 (default) for 1 / (d var(X)) on the embedded data, scikit-learn's 'scale'.";
  }

  public double getGamma() {
    return m_Gamma;
  }

  /** @param g gamma, &gt;= 0 (0: scikit-learn's 'scale') */
  public void setGamma(double g) {
    m_Gamma = OptionValues.nonNegative("gamma", g);
  }

  @Override
  public String getRevision() {
    return RevisionUtils.extract("$Revision: 1 $");
  }

  public static void main(String[] args) {
    runFilter(new SVMSMOTE(), args);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
    Release.readFields(in, "SVMSMOTE", () -> m_SavedByRelease);
  }
}
