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
package weka.imbalance.resampling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Random;
import java.util.Vector;

import weka.core.Instance;
import weka.core.Instances;
import weka.core.Option;
import weka.core.SelectedTag;
import weka.imbalance.OptionValues;
import weka.imbalance.Release;

/**
 * The SMOTE variants that choose their own base instances and amounts (ADASYN, Borderline-SMOTE):
 * the plan is the strategy's, except that a raised class gets the synthetic instances its
 * {@link #prepare} decides on (ADASYN's rounding, Borderline-SMOTE's empty danger set), so that
 * {@link #getLastPlan()} and {@code -output-debug-info} tell the counts the output really has. The
 * neighbours are exact ({@link NeighbourSearch} on the {@link MixedDistance} embedding, the class's
 * own Med for SMOTE-NC); the instances are made by {@link SmoteSynthesizer} on the segment between
 * base and neighbour, as both papers do.
 */
public abstract class NeighbourOversampler extends Oversampler {

  private static final long serialVersionUID = -2306018412316410870L;

  /** The release that saved this object. */
  private String m_SavedByRelease = Release.VERSION;

  public static final int DEFAULT_NEIGHBOURS = 5;

  /** One batch of synthetic instances: bases, their partners and voters, and amounts. */
  protected static final class Job {
    final int[] bases;
    final int[][] partners;
    final int[][] voters;
    final int[] perBase;
    final double step;

    /**
     * @param bases the base rows
     * @param partners per base, the rows one of which each synthetic instance is interpolated towards
     * @param voters per base, the same-class rows whose majority gives the nominal values
     * @param perBase per base, the number of synthetic instances
     */
    public Job(int[] bases, int[][] partners, int[][] voters, int[] perBase) {
      this(bases, partners, voters, perBase, 1);
    }

    /**
     * @param bases the base rows
     * @param partners per base, the partner rows
     * @param voters per base, the voter rows
     * @param perBase per base, the number of synthetic instances
     * @param step the gap range (1: interpolation; negative: extrapolation away from the partner,
     *          {@link SmoteSynthesizer#setStep})
     */
    public Job(int[] bases, int[][] partners, int[][] voters, int[] perBase, double step) {
      this.bases = bases;
      this.partners = partners;
      this.voters = voters;
      this.perBase = perBase;
      this.step = step;
    }

    int total() {
      return Arrays.stream(perBase).sum();
    }
  }

  private int m_Neighbours = defaultNeighbours();
  private int m_Nominal = 0;
  private int m_Scaling = 0;
  private NeighbourSearch m_NeighbourSearch = new ExactSearch();

  /** The current first batch's distance and jobs (between plan and oversample). */
  private transient MixedDistance m_Distance;
  private transient List<Job> m_Jobs;

  /** Per class, its -K nearest same-class neighbours searched before prepare (null: not searched). */
  private transient int[][][] m_Prefetched;
  private transient int[][] m_PrefetchedFrom;
  private transient String[] m_PrefetchedHow;

  /** The last search of every instance of the batch by {@link #neighboursInData}, and its points. */
  private transient int[][] m_Every;
  private transient double[] m_EveryPoints;

  /**
   * Decides the synthetic instances of one raised class.
   *
   * @param data the first batch
   * @param rows the rows of each class
   * @param c the class
   * @param extra how many the strategy asks for
   * @param random the batch's generator
   * @return the jobs (their totals may differ from extra: the plan reports what they make)
   * @throws Exception if the neighbours cannot be found
   */
  protected abstract List<Job> prepare(Instances data, int[][] rows, int c, int extra, Random random)
    throws Exception;

  /** @return the default of -K (5; k-means SMOTE: 2, imbalanced-learn's) */
  protected int defaultNeighbours() {
    return DEFAULT_NEIGHBOURS;
  }

  /** @return the largest gap towards a partner of another class (1 unless a method says otherwise) */
  protected double otherClassGap() {
    return 1;
  }

  /** Prints a line of the debug output (with -output-debug-info). */
  protected void debug(String line) {
    if (getDebug()) {
      System.err.println(getClass().getSimpleName() + ": " + line);
    }
  }

  @Override
  protected SamplingPlan plan(int[] counts, Instances data, Random random) throws Exception {
    int[] after = targets(counts, random);
    int[][] rows = classRows(data);
    newBatch();
    m_Jobs = new ArrayList<>();
    if (searchesEveryRaisedClass()) {
      prefetch(data, rows, counts, after);
    }
    for (int c = 0; c < counts.length; c++) {
      int extra = after[c] - counts[c];
      if (extra > 0) {
        int made = 0;
        for (Job j : prepare(data, rows, c, extra, random)) {
          m_Jobs.add(j);
          made += j.total();
        }
        after[c] = counts[c] + made;
        if (made != extra) {
          debug("class " + data.classAttribute().value(c) + " gets " + made + " synthetic instances where the "
            + "strategy asked for " + extra);
        }
      }
    }
    return new SamplingPlan(counts, after);
  }

  @Override
  protected void oversample(Instances data, int[][] rows, SamplingPlan plan, Random random, Instances out)
    throws Exception {
    SmoteSynthesizer synth = new SmoteSynthesizer(data, SmoteSynthesizer.Gap.PER_INSTANCE);
    synth.setOtherClassGap(otherClassGap());
    for (Job j : m_Jobs) {
      synth.setStep(j.step);
      for (Instance syn : synth.synthesize(j.bases, j.partners, j.voters, j.perBase, random)) {
        out.add(syn);
      }
    }
    m_Jobs = null;
    m_Distance = null;
    m_Prefetched = null;
    m_Every = null;
    m_EveryPoints = null;
    finish(data, out);
  }

  /** Forgets the distance of an earlier batch (its scaling statistics); call before searching new data. */
  protected void newBatch() {
    m_Distance = null;
    m_Prefetched = null;
    m_Every = null;
    m_EveryPoints = null;
  }

  /**
   * @return whether {@link #prepare} searches, for every class it raises, the class's own -K nearest
   *   neighbours ({@link #sameClassNeighbours} of the class's rows): then they are all searched in one
   *   call before the classes are prepared, so that the search may run the classes at the same time
   *   (see {@link NeighbourSearch#kNearestEach}); false by default
   */
  protected boolean searchesEveryRaisedClass() {
    return false;
  }

  /** The -K nearest same-class neighbours of every class to raise, in one call to the search. */
  private void prefetch(Instances data, int[][] rows, int[] counts, int[] after) throws Exception {
    List<Integer> raised = new ArrayList<>();
    for (int c = 0; c < counts.length; c++) {
      if (after[c] > counts[c] && Math.min(m_Neighbours, rows[c].length - 1) > 0) {
        raised.add(c);
      }
    }
    if (raised.isEmpty()) {
      return;
    }
    MixedDistance d = distance(data);
    int m = raised.size();
    double[][] points = new double[m][];
    int[] n = new int[m];
    int[] k = new int[m];
    for (int s = 0; s < m; s++) {
      int[] members = rows[raised.get(s)];
      points[s] = d.embed(data, members);
      n[s] = members.length;
      k[s] = Math.min(m_Neighbours, n[s] - 1);
    }
    String[] how = new String[m];
    int[][][] found = m_NeighbourSearch.kNearestEach(points, n, d.dimension(), k, how);
    m_Prefetched = new int[counts.length][][];
    m_PrefetchedFrom = rows;
    m_PrefetchedHow = new String[counts.length];
    for (int s = 0; s < m; s++) {
      int c = raised.get(s);
      m_Prefetched[c] = toRows(found[s], rows[c]);
      m_PrefetchedHow[c] = how[s];
    }
  }

  /**
   * @param data the current first batch
   * @return its distance embedding (the -scaling and -nominal-distance options), made once per batch
   */
  protected MixedDistance distance(Instances data) {
    if (m_Distance == null) {
      m_Distance = new MixedDistance(data, MixedDistance.Scaling.values()[m_Scaling],
        MixedDistance.NominalMetric.values()[m_Nominal]);
    }
    return m_Distance;
  }

  /**
   * The k nearest neighbours of every instance of a class within the class (k reduced to the class
   * size - 1; none for a class of one).
   *
   * @param data the data
   * @param members the class's rows
   * @param k the wanted number
   * @return per member, its neighbours' rows, nearest first
   * @throws Exception if the search fails
   */
  protected int[][] sameClassNeighbours(Instances data, int[] members, int k) throws Exception {
    k = Math.min(k, members.length - 1);
    if (k <= 0) {
      return new int[members.length][0];
    }
    for (int c = 0; m_Prefetched != null && c < m_Prefetched.length; c++) {
      if (m_Prefetched[c] != null && m_PrefetchedFrom[c] == members && m_Prefetched[c][0].length == k) {
        debug("k = " + k + " within the class, search = " + m_PrefetchedHow[c]);
        return m_Prefetched[c];
      }
    }
    MixedDistance d = distance(data);
    int[][] nn = m_NeighbourSearch.kNearest(d.embed(data, members), members.length, d.dimension(), k);
    debug("k = " + k + " within the class, search = " + m_NeighbourSearch.lastSearch());
    return toRows(nn, members);
  }

  /**
   * The m nearest neighbours of each instance of a class among all instances with a class value,
   * measured as within the class (its SMOTE-NC Med).
   *
   * @param data the data
   * @param rows the rows of each class
   * @param c the class
   * @param m the wanted number (reduced to the number of other instances)
   * @return per instance of c, its neighbours' rows, nearest first
   * @throws Exception if the search fails
   */
  protected int[][] neighboursInData(Instances data, int[][] rows, int c, int m) throws Exception {
    int[] all = Arrays.stream(rows).flatMapToInt(Arrays::stream).sorted().toArray();
    m = Math.min(m, all.length - 1);
    int[] members = rows[c];
    if (m <= 0) {
      return new int[members.length][0];
    }
    MixedDistance d = distance(data);
    double[] x = d.embed(data, all, members);
    int[] queries = new int[members.length];
    for (int i = 0; i < members.length; i++) {
      queries[i] = Arrays.binarySearch(all, members[i]);
    }
    int[][] nn;
    if (m_NeighbourSearch instanceof ExactSearch && (long) queries.length * all.length <= SMALL_QUERY_PAIRS) {
      nn = nearestOf(x, all.length, d.dimension(), queries, m);
      debug("m = " + m + " among all instances, search = brute force from the class's " + queries.length
        + " instances");
    } else {
      int[][] every;
      if (m_Every != null && m_Every[0].length == m && Arrays.equals(m_EveryPoints, x)) {
        every = m_Every; // another class of the batch, same points (no nominal Med of its own): same search
      } else {
        every = m_NeighbourSearch.kNearest(x, all.length, d.dimension(), m);
        m_Every = every;
        m_EveryPoints = x;
      }
      nn = new int[queries.length][];
      for (int i = 0; i < queries.length; i++) {
        nn[i] = every[queries[i]];
      }
      debug("m = " + m + " among all instances, search = " + m_NeighbourSearch.lastSearch());
    }
    return toRows(nn, all);
  }

  /**
   * Up to this many (query, point) pairs, {@link #neighboursInData} compares the class's instances
   * with every point directly instead of searching the neighbours of every point (imbalanced-learn
   * also queries only the class); above it the default search's tree and pruning win.
   */
  static final long SMALL_QUERY_PAIRS = 1L << 20;

  /**
   * The k nearest other points of some points, by {@link NeighbourSearch}'s contract (the distance
   * {@link ExactKnn#distance}, ties by the smaller index), so the answer equals that of any exact
   * search of every point.
   *
   * @param x the points, row-major
   * @param n the number of points
   * @param d coordinates per point
   * @param queries the points whose neighbours are wanted
   * @param k neighbours per query, at most n - 1
   * @return per query, its neighbours' indices, nearest first
   */
  static int[][] nearestOf(double[] x, int n, int d, int[] queries, int k) {
    int[][] result = new int[queries.length][];
    double[] best = new double[k];
    int[] who = new int[k];
    for (int r = 0; r < queries.length; r++) {
      int q = queries[r];
      int found = 0;
      for (int j = 0; j < n; j++) {
        if (j == q) {
          continue;
        }
        double dist = ExactKnn.distance(x, d, q, j);
        if (found == k && !(dist < best[k - 1])) {
          continue;
        }
        int at = found < k ? found++ : k - 1;
        while (at > 0 && dist < best[at - 1]) { // strictly nearer only: ties keep the smaller index first
          best[at] = best[at - 1];
          who[at] = who[at - 1];
          at--;
        }
        best[at] = dist;
        who[at] = j;
      }
      result[r] = Arrays.copyOf(who, k);
    }
    return result;
  }

  private static int[][] toRows(int[][] positions, int[] rows) {
    int[][] r = new int[positions.length][];
    for (int i = 0; i < positions.length; i++) {
      r[i] = new int[positions[i].length];
      for (int j = 0; j < r[i].length; j++) {
        r[i][j] = rows[positions[i][j]];
      }
    }
    return r;
  }

  /**
   * @param data the data
   * @param neighbours rows
   * @param c a class
   * @return how many of the rows are not of class c
   */
  protected static int otherClass(Instances data, int[] neighbours, int c) {
    int n = 0;
    for (int r : neighbours) {
      n += data.instance(r).classValue() != c ? 1 : 0;
    }
    return n;
  }

  // ------------------------------------------------------------ options

  @Override
  public Enumeration<Option> listOptions() {
    Vector<Option> v = new Vector<>();
    v.add(new Option("\tNumber of nearest same-class neighbours to interpolate with (default " + defaultNeighbours()
      + ")", "K", 1, "-K <num>"));
    v.add(new Option("\tNominal distance: " + OptionValues.tagNames(MixedDistance.TAGS_NOMINAL)
      + " (default smote-nc)", "nominal-distance", 1, "-nominal-distance <mode>"));
    v.add(new Option("\tNumeric scaling: " + OptionValues.tagNames(MixedDistance.TAGS_SCALING) + " (default range;\n"
      + "\timbalanced-learn: none)", "scaling", 1, "-scaling <mode>"));
    v.add(new Option("\tThe neighbour search, class name and options (default " + new ExactSearch() + ")", "search",
      1, "-search \"<search>\""));
    v.addAll(Collections.list(super.listOptions()));
    return v.elements();
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    setNearestNeighbors(OptionValues.getInt("K", options, defaultNeighbours()));
    m_Nominal = OptionValues.getTag("nominal-distance", options, MixedDistance.TAGS_NOMINAL, 0);
    m_Scaling = OptionValues.getTag("scaling", options, MixedDistance.TAGS_SCALING, 0);
    setNeighbourSearch(OptionValues.getObject("search", options, NeighbourSearch.class, new ExactSearch(),
      PLUGIN_PACKAGES));
    super.setOptions(options);
  }

  @Override
  public String[] getOptions() {
    List<String> o = new ArrayList<>();
    Collections.addAll(o, "-K", "" + m_Neighbours, "-nominal-distance",
      OptionValues.tagName(MixedDistance.TAGS_NOMINAL, m_Nominal), "-scaling",
      OptionValues.tagName(MixedDistance.TAGS_SCALING, m_Scaling), "-search", OptionValues.toSpec(m_NeighbourSearch));
    Collections.addAll(o, super.getOptions());
    return o.toArray(new String[0]);
  }

  public String nearestNeighborsTipText() {
    return "The number of nearest same-class neighbours k a synthetic instance is interpolated towards; reduced to "
      + "the class size - 1 for smaller classes (a class of one instance is duplicated).";
  }

  public int getNearestNeighbors() {
    return m_Neighbours;
  }

  /** @param k the number of neighbours, &gt;= 1 */
  public void setNearestNeighbors(int k) {
    m_Neighbours = OptionValues.atLeast("K", k, 1);
  }

  public String nominalDistanceTipText() {
    return "How nominal attributes count in the neighbour distance: smote-nc (each differing value adds the "
      + "squared median standard deviation of the class's numeric attributes) or vdm (value difference metric).";
  }

  public SelectedTag getNominalDistance() {
    return new SelectedTag(m_Nominal, MixedDistance.TAGS_NOMINAL);
  }

  public void setNominalDistance(SelectedTag t) {
    m_Nominal = OptionValues.tagId("nominal-distance", t, MixedDistance.TAGS_NOMINAL);
  }

  public String scalingTipText() {
    return "Scaling of numeric attributes for the distance (statistics of the first batch): range (default), std or "
      + "none (imbalanced-learn's).";
  }

  public SelectedTag getScaling() {
    return new SelectedTag(m_Scaling, MixedDistance.TAGS_SCALING);
  }

  public void setScaling(SelectedTag t) {
    m_Scaling = OptionValues.tagId("scaling", t, MixedDistance.TAGS_SCALING);
  }

  public String neighbourSearchTipText() {
    return "The neighbour search; ExactSearch (KD-tree or blocked brute force, 1 thread by default). Every exact "
      + "search gives the same neighbours, so the output does not depend on it.";
  }

  public NeighbourSearch getNeighbourSearch() {
    return m_NeighbourSearch;
  }

  /** @param s the search (not null) */
  public void setNeighbourSearch(NeighbourSearch s) {
    OptionValues.require(s != null, "search", s, "a neighbour search");
    m_NeighbourSearch = s;
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
    Release.readFields(in, getClass().getSimpleName(), () -> m_SavedByRelease);
  }
}
