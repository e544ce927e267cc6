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
import java.util.Arrays;
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
import weka.core.TechnicalInformationHandler;
import weka.core.Utils;
import weka.core.WeightedInstancesHandler;
import weka.imbalance.OptionValues;
import weka.imbalance.Release;

/**
 * What {@link FastKMeans} and {@link MiniBatchKMeans} share: the Euclidean embedding of the data
 * (numeric attributes scaled to [0, 1] by their range unless -no-normalize, one indicator per
 * nominal value at {@link KMeansLloyd#NOMINAL}, missing values replaced by the mean or mode), the
 * clustering's centres, assignments and sum of squares, the centroids shown in the data's format,
 * and the options -N, -no-normalize, -num-slots and -S around the subclass's own. A subclass
 * supplies the algorithm ({@link #cluster}) on the embedded points and its options.
 */
public abstract class AbstractKMeans extends RandomizableClusterer implements NumberOfClustersRequestable,
  TechnicalInformationHandler, WeightedInstancesHandler {

  private static final long serialVersionUID = -2622040917468357196L;

  /** The release that saved this object. */
  private String m_SavedByRelease = Release.VERSION;

  private final int m_DefaultClusters;
  protected int m_NumClusters;
  protected boolean m_DontNormalize = false;
  protected int m_NumSlots = 1;

  /** The model: the header, the embedding (numeric: (v - min) * scale; nominal: one indicator per value). */
  private Instances m_Header;
  private double[] m_Min, m_Scale, m_Fill;
  private boolean[] m_Nominal;
  private int[] m_Offset;
  private int m_Dim;
  private KMeansLloyd.Result m_Result;

  /** @param clusters the default number of clusters */
  protected AbstractKMeans(int clusters) {
    m_DefaultClusters = clusters;
    m_NumClusters = clusters;
  }

  /** @param v the subclass's options, listed after -N */
  protected abstract void listOwnOptions(Vector<Option> v);

  /** @param options the options, from which the subclass reads and removes its own (-N is read already) */
  protected abstract void setOwnOptions(String[] options) throws Exception;

  /** @param o the subclass's options, added after -N */
  protected abstract void getOwnOptions(List<String> o);

  /**
   * The algorithm, on the embedded points.
   *
   * @param x the points, row-major
   * @param w their weights (positive sum)
   * @param n the number of points
   * @param dim coordinates per point
   * @param random the build's random source, from the seed
   * @return the clustering, each point assigned to a centre
   * @throws Exception if a thread fails
   */
  protected abstract KMeansLloyd.Result cluster(double[] x, double[] w, int n, int dim, Random random)
    throws Exception;

  /** @return what {@link KMeansLloyd.Result#iterations} counts, for the output */
  protected abstract String iterationsName();

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
      Arrays.fill(w, 1);
    }
    m_Result = cluster(x, w, n, m_Dim, new Random(m_Seed));
  }

  /** Prints a line to the debug output when -output-debug-info is on. */
  protected void debug(String s) {
    if (getDebug()) {
      System.err.println(getClass().getSimpleName() + ": " + s);
    }
  }

  /** Writes the instance's coordinates (missing values replaced) to out[off ..]. */
  private void embed(Instance inst, double[] out, int off) {
    Arrays.fill(out, off, off + m_Dim, 0);
    for (int a = 0; a < m_Min.length; a++) {
      double v = inst.isMissing(a) ? m_Fill[a] : inst.value(a);
      if (m_Nominal[a]) {
        out[off + m_Offset[a] + (int) v] = KMeansLloyd.NOMINAL;
      } else {
        out[off + m_Offset[a]] = (v - m_Min[a]) * m_Scale[a];
      }
    }
  }

  private KMeansLloyd.Result result() {
    if (m_Result == null) {
      throw new IllegalStateException(getClass().getSimpleName() + ": no clusterer built yet");
    }
    return m_Result;
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
    return KMeansLloyd.squaredDistance(p, 0, result().centres, cluster * m_Dim, m_Dim);
  }

  @Override
  public int clusterInstance(Instance inst) throws Exception {
    KMeansLloyd.Result r = result();
    double[] p = new double[m_Dim];
    embed(inst, p, 0);
    return KMeansLloyd.nearest(p, 0, r.centres, r.k, m_Dim);
  }

  @Override
  public int numberOfClusters() throws Exception {
    return m_Result == null ? m_NumClusters : m_Result.k;
  }

  /** @return each training instance's cluster, in the training data's order */
  public int[] getAssignments() {
    return result().assignment.clone();
  }

  /** @return the within-cluster sum of weighted squared distances (scikit-learn's inertia) */
  public double getSquaredError() {
    return result().inertia;
  }

  /** @return the number of iterations of the chosen clustering (see the subclass) */
  public int getIterations() {
    return result().iterations;
  }

  /**
   * @return the centroids in the training data's format: the (weighted) means of the numeric
   *         attributes and the most common value of the nominal ones
   */
  public Instances getClusterCentroids() {
    KMeansLloyd.Result r = result();
    Instances c = new Instances(m_Header, r.k);
    for (int j = 0; j < r.k; j++) {
      double[] v = new double[m_Min.length];
      int off = j * m_Dim;
      for (int a = 0; a < v.length; a++) {
        if (m_Nominal[a]) {
          int best = 0;
          for (int t = 1; t < m_Offset[a + 1] - m_Offset[a]; t++) {
            best = r.centres[off + m_Offset[a] + t] > r.centres[off + m_Offset[a] + best] ? t : best;
          }
          v[a] = best;
        } else {
          v[a] = m_Scale[a] == 0 ? m_Min[a] : r.centres[off + m_Offset[a]] / m_Scale[a] + m_Min[a];
        }
      }
      c.add(new DenseInstance(1, v));
    }
    return c;
  }

  @Override
  public String toString() {
    String name = getClass().getSimpleName();
    if (m_Result == null) {
      return name + ": no clusterer built yet.";
    }
    StringBuilder b = new StringBuilder(name).append('\n');
    b.append(name.replaceAll(".", "=")).append("\n\n");
    b.append("Number of clusters: ").append(m_Result.k).append('\n');
    b.append(iterationsName()).append(": ").append(m_Result.iterations).append('\n');
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

  @Override
  public Enumeration<Option> listOptions() {
    Vector<Option> v = new Vector<>();
    v.add(new Option("\tThe number of clusters (default " + m_DefaultClusters + ")", "N", 1, "-N <k>"));
    listOwnOptions(v);
    v.add(new Option("\tDo not scale numeric attributes to [0, 1]", "no-normalize", 0, "-no-normalize"));
    v.add(new Option("\tThe number of threads (default 1; 0: one per processor)", "num-slots", 1,
      "-num-slots <t>"));
    v.addAll(Collections.list(super.listOptions()));
    return v.elements();
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    setNumClusters(OptionValues.getInt("N", options, m_DefaultClusters));
    setOwnOptions(options);
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
    Collections.addAll(o, "-N", "" + m_NumClusters);
    getOwnOptions(o);
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

  private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
    Release.readFields(in, "AbstractKMeans", () -> m_SavedByRelease);
  }
}
