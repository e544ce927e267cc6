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

import weka.imbalance.Parallel;

/**
 * Exact k-nearest-neighbour search of every point of a set among the other points of the same
 * set, for squared Euclidean distance on dense coordinates (a missing coordinate, NaN, is ignored:
 * its term contributes 0).
 *
 * <p>Two exact methods: a {@link KDTree} (median splits, buckets of {@value #LEAF_SIZE} points, tight
 * bounding boxes) and a brute force over the pairs i &lt; j, each pair once, keeping the k best of
 * each point in a bounded max-heap. For finite coordinates the brute force is {@link
 * BoundedBruteForce}: blocks of distances as a vectorised matrix product in single precision,
 * which only screens pairs with a certified lower bound, every pair that may count being confirmed
 * with the exact distance, or for small sets {@link RowScan}, every point's exact distances to all
 * and the k best chosen under a bound;
 * otherwise {@link DirectBruteForce}, the exact distance for every pair.
 * {@link Method#AUTO} builds the tree, searches a fixed sample of {@value #PROBE_QUERIES} queries
 * with it, and falls back to the brute force when the tree visits more than a share of the points
 * that shrinks with n (measured break-even: about 3% at 5,000 points, 1.5% at 20,000, under 1% at
 * 100,000), but first skips the tree altogether for sets too small in points for their dimension
 * (fewer than 2^d points, at most {@value #MAX_POINTS_WITHOUT_PROBE}: see {@link #treeCannotPay});
 * points with missing or infinite coordinates always use the brute force.
 *
 * <p>Results are deterministic and independent of the method and of the number of threads:
 * neighbours are ordered by (distance, index), ties broken by the smaller index, and every
 * distance that decides is {@link #distance}'s, summed in the same coordinate order by all methods.
 * The brute force's threads scan disjoint groups of points at any time, on one set of heaps (see
 * {@link #schedule}); the screening thresholds change how many pairs are confirmed, never which
 * neighbours are found, and the k best under the (distance, index) order are unique, so any order of
 * the pairs gives the same answer. The brute force takes a second thread only from {@link
 * #MIN_PAIR_WORK_PER_THREAD} pairs times coordinates per thread on. The tree gives each thread a
 * fixed range of queries.
 */
public final class ExactKnn {

  /** The search method. */
  public enum Method {
    /** KD-tree, or brute force when the tree would visit too many points. */
    AUTO,
    /** Always the KD-tree (brute force for data with missing or infinite coordinates). */
    KDTREE,
    /** Always the brute force. */
    BRUTE_FORCE
  }

  /** Points per KD-tree bucket. */
  public static final int LEAF_SIZE = 16;

  /** Queries probed by AUTO before deciding between tree and brute force. */
  static final int PROBE_QUERIES = 48;

  /** The most points for which AUTO may take the brute force without probing (see {@link #treeCannotPay}). */
  static final int MAX_POINTS_WITHOUT_PROBE = 16384;

  /** The fewest query points worth a thread of their own. */
  private static final int MIN_QUERIES_PER_THREAD = 64;

  /**
   * The least brute-force work (pairs times coordinates) worth a thread of its own: below it a
   * second thread costs more than it saves (starting it for each phase, and the phases' waits). The
   * break-even was measured with the earlier split (two ranges of rows, heaps of their own merged at
   * the end, thresholds written by both at the same time): in the quiet runs of issue 19
   * two threads were 1.5x slower than one on letter's classes (about 770 points x 16, 4.7 million)
   * and 1.4x faster at 5,000 x 20 (250 million); the break-even, interpolated, lies near 30
   * million, so two threads start at 2 x 2^24.
   */
  static final long MIN_PAIR_WORK_PER_THREAD = 1L << 24;

  /**
   * Up to this many coordinates in all (points times coordinates), the brute force of finite points
   * is {@link RowScan}, not the screened {@link BoundedBruteForce}. Measured with one thread
   * (alternated in one JVM, the best of 3 calls per round, median of 9 to 25 rounds, Gaussian and
   * integer coordinates), after the row scan took its four coordinates per pass and its bound on
   * the k-th distance (1.1x-1.5x faster than before with three or more coordinates): it took
   * 0.7x-0.9x the screened brute force's time on letter's classes (734 to 813 points x 16), at
   * 1,100 x 16 and 1,000 x 20, 0.9x-1.1x near 24,000 coordinates with 16 or 20 per point (1,500 x
   * 16, 1,228 x 20) and 1.1x-1.2x with 12 (2,048 x 12), but still 0.7x-0.9x at 24,000 with 30 to
   * 100 per point; 20,480 leaves a margin below the break-even. In few dimensions the break-even
   * lies near {@value #SMALL_SET_POINTS} to 2,048 points (2,048 x 8 0.9x-1.1x, 2,048 x 4 0.8x,
   * 4,096 x 4 1.3x), hence that cap too. The row scan's neighbour-graph bound came later: it made
   * the row scan 1.1x-1.4x faster on the classes of letter and segment0, about even on pendigits',
   * and up to 1.2x slower on Gaussian points in 8 or more dimensions; the caps were not measured
   * again.
   */
  static final long SMALL_SET_WORK = 20480;

  /** The most points for {@link RowScan} (see {@link #SMALL_SET_WORK}). */
  static final int SMALL_SET_POINTS = 1536;

  private final double[] m_X;
  private final int m_N;
  private final int m_D;
  private final boolean m_Finite;

  /** Method actually used by the last {@link #search}, for reports. */
  private volatile Method m_Used;

  /** Whether the last search built the tree to probe it (AUTO only). */
  private volatile boolean m_Probed;

  /** Threads of the last brute force. */
  private volatile int m_BruteThreads;

  /** See {@link #MIN_PAIR_WORK_PER_THREAD}; tests set 0 to split small searches too. */
  private long m_MinPairWork = MIN_PAIR_WORK_PER_THREAD;

  /** See {@link #SMALL_SET_WORK}; tests set -1 to screen small sets too. */
  private long m_SmallSetWork = SMALL_SET_WORK;

  /**
   * @param x the points, row-major, n rows of d coordinates (not copied, not modified)
   * @param n number of points
   * @param d number of coordinates
   */
  public ExactKnn(double[] x, int n, int d) {
    if (x.length != (long) n * d) {
      throw new IllegalArgumentException("expected " + n + " x " + d + " coordinates, got " + x.length);
    }
    m_X = x;
    m_N = n;
    m_D = d;
    boolean finite = true;
    for (double v : x) {
      if (Double.isNaN(v) || Double.isInfinite(v)) {
        finite = false;
        break;
      }
    }
    m_Finite = finite;
  }

  /** @return the method used by the last search (KDTREE or BRUTE_FORCE), null before any */
  public Method usedMethod() {
    return m_Used;
  }

  /** @return whether the last search built the KD-tree to probe it (AUTO) */
  boolean probed() {
    return m_Probed;
  }

  /** @return the number of threads the last brute force ran on, 0 before any */
  int bruteThreadsUsed() {
    return m_BruteThreads;
  }

  /**
   * @param work the least brute-force work (pairs times coordinates) per thread
   * @return this search
   */
  ExactKnn minPairWorkPerThread(long work) {
    m_MinPairWork = work;
    return this;
  }

  /**
   * @param work the most points times coordinates for {@link RowScan} (-1: never)
   * @return this search
   */
  ExactKnn smallSetWork(long work) {
    m_SmallSetWork = work;
    return this;
  }

  /**
   * The brute force's number of threads: the threads asked for, at most one per {@link
   * #MIN_QUERIES_PER_THREAD} rows and per {@link #MIN_PAIR_WORK_PER_THREAD} of work. It depends on
   * the data's size only, and the answer does not depend on it.
   */
  private int bruteThreads(int threads) {
    return bruteThreads(m_N, m_D, threads, m_MinPairWork);
  }

  /**
   * @param n points
   * @param d coordinates
   * @param threads the threads asked for (0 = one per processor)
   * @param minPairWork the least work per thread ({@link #MIN_PAIR_WORK_PER_THREAD}; 0: no least)
   * @return the threads the brute force of n points takes
   */
  static int bruteThreads(int n, int d, int threads, long minPairWork) {
    long work = (long) n * (n - 1) / 2 * Math.max(1, d);
    long byWork = minPairWork <= 0 ? Integer.MAX_VALUE : Math.max(1, work / minPairWork);
    return Math.min(Parallel.ranges(threads, n, MIN_QUERIES_PER_THREAD), (int) Math.min(Integer.MAX_VALUE, byWork));
  }

  /**
   * Squared distance between rows i and j, NaN terms skipped (the reference definition).
   *
   * @param x row-major points
   * @param d coordinates per point
   * @param i first row
   * @param j second row
   * @return the squared distance
   */
  public static double distance(double[] x, int d, int i, int j) {
    double s = 0;
    for (int a = 0, pi = i * d, pj = j * d; a < d; a++) {
      double t = x[pi + a] - x[pj + a];
      if (t == t) {
        s += t * t;
      }
    }
    return s;
  }

  /**
   * The k nearest other points of every point.
   *
   * @param k neighbours per point, 1 &lt;= k &lt;= n - 1
   * @param method the search method
   * @param threads worker threads (0 = one per processor)
   * @return for each point its k neighbours' indices, nearest first
   * @throws Exception if a worker fails
   */
  public int[][] search(int k, Method method, int threads) throws Exception {
    if (k < 1 || k > m_N - 1) {
      throw new IllegalArgumentException("k must be in [1, " + (m_N - 1) + "], got " + k);
    }
    int[][] result = new int[m_N][];
    m_Probed = false;
    if (!m_Finite || method == Method.BRUTE_FORCE) {
      m_Used = Method.BRUTE_FORCE;
      runBrute(k, threads, result);
      return result;
    }
    if (method == Method.AUTO && m_N > 4 * PROBE_QUERIES && treeCannotPay(m_N, m_D)) {
      m_Used = Method.BRUTE_FORCE;
      runBrute(k, threads, result);
      return result;
    }
    KDTree tree = new KDTree(m_X, m_N, m_D);
    if (method == Method.AUTO && m_N > 4 * PROBE_QUERIES) {
      m_Probed = true;
      KDTree.Searcher s = tree.searcher(k);
      boolean tooMany = false;
      for (int p = 0; p < PROBE_QUERIES && !tooMany; p++) {
        int q = (int) ((long) p * m_N / PROBE_QUERIES);
        result[q] = s.query(q);
        tooMany = treeVisitsTooMany(s.visited, m_N); // the count only grows: stop as soon as it says so
      }
      if (tooMany) {
        m_Used = Method.BRUTE_FORCE;
        runBrute(k, threads, result); // all pairs again: the symmetric scan needs every row
        return result;
      }
    }
    m_Used = Method.KDTREE;
    runTree(tree, k, threads, result);
    return result;
  }

  /**
   * AUTO's shortcut: the brute force without building the tree, when there are fewer than 2^d
   * points and at most {@value #MAX_POINTS_WITHOUT_PROBE}. In a tree of fewer than 2^d points a
   * path from the root splits fewer than d coordinates, so the cells around a query are bounded in
   * a few coordinates only; on the shared data sets the probe chose the brute force for every class
   * of this kind (55 classes of letter, pendigits, satimage, segment0, vehicle(0), car-vgood,
   * flare-F, vowel0, glass4 and yeast: 199 to 1,979 points, 8 to 42 coordinates), and at 5,000 x 20
   * and on letter's classes building the tree for the probe was 7% to 17% of the search (JFR
   * samples). Above the size cap the build is a small share of the brute force, and the probe
   * decides. The rule looks at the size only, so the choice stays deterministic, and the neighbours
   * do not depend on it.
   */
  static boolean treeCannotPay(int n, int d) {
    return n <= MAX_POINTS_WITHOUT_PROBE && (d >= 31 || n < (1 << d));
  }

  /**
   * AUTO's rule: the brute force when the probed queries visited, on average, more than
   * min(1/32, 2 / sqrt(n)) of the points. The break-even share measured with one thread on
   * Gaussian and on low-dimensional manifold data (2 to 20 coordinates, 5,000 to 100,000 points)
   * fell from about 3% at 5,000 points to under 1% at 100,000: the brute force's cost per pair
   * falls with n (fixed costs spread) while the tree's per visited point grows (cache misses).
   * Counts, not timings, decide, so the choice is deterministic.
   */
  static boolean treeVisitsTooMany(long visited, int n) {
    double share = (double) visited / PROBE_QUERIES / n;
    return share > Math.min(1.0 / 32, 2 / Math.sqrt(n));
  }

  private void runTree(final KDTree tree, final int k, int threads, final int[][] result) throws Exception {
    final int[] order = tree.perm; // queries in tree order: consecutive queries share paths
    Parallel.forRange(threads, m_N, MIN_QUERIES_PER_THREAD, (from, to) -> {
      KDTree.Searcher s = tree.searcher(k);
      for (int t = from; t < to; t++) {
        int q = order[t];
        if (result[q] == null) {
          result[q] = s.query(q);
        }
      }
    });
  }

  /** A brute force over the pairs (i, j), i in a range of rows, j in a range of columns, j &gt; i. */
  private interface PairScan {
    void pairs(int rowFrom, int rowTo, int colFrom, int colTo, Heaps heaps);
  }

  /**
   * The brute force, on one set of heaps. With t threads the points are cut into 2t groups of
   * consecutive indices (aligned to {@link BoundedBruteForce#TILE}), and the pairs of groups are
   * scanned in {@link #schedule(int) phases} in which every thread works on two groups of its own
   * (thread w first on groups 2w and 2w + 1 together, then on one group pair of a round-robin
   * tournament per phase): no two threads touch a point's heap or threshold at the same time, so no
   * cache line is written by one core while the other reads it, no heaps are merged, and each point's
   * threshold sees all of its pairs scanned so far. The answer does not depend on the order.
   */
  private void runBrute(final int k, int threads, final int[][] result) throws Exception {
    final int n = m_N;
    if (m_Finite && n <= SMALL_SET_POINTS && (long) n * m_D <= m_SmallSetWork) {
      RowScan rows = new RowScan(m_X, n, m_D);
      m_BruteThreads = bruteThreads(threads);
      Parallel.forRange(m_BruteThreads, n, MIN_QUERIES_PER_THREAD, (from, to) -> rows.rows(from, to, k, result));
      return;
    }
    BoundedBruteForce bounded = m_Finite ? BoundedBruteForce.forPoints(m_X, n, m_D) : null;
    final Heaps heaps = new Heaps(n, k);
    final PairScan scan;
    if (bounded != null) {
      BoundedBruteForce.Thresholds thresholds = bounded.new Thresholds();
      scan = (r0, r1, c0, c1, h) -> bounded.pairs(r0, r1, c0, c1, h, thresholds);
    } else {
      scan = new DirectBruteForce(m_X, n, m_D)::pairs;
    }
    int t = bruteThreads(threads);
    m_BruteThreads = t;
    if (t == 1) {
      scan.pairs(0, n, 0, n, heaps);
      for (int i = 0; i < n; i++) {
        result[i] = heaps.sortedIndices(i);
      }
      return;
    }
    // the threads are started once for all the phases and the sort, and wait for each other between
    // phases: starting them for each phase cost 0.3 to 2 ms a time on the quiet machine, against
    // phases of 3 to 15 ms at 5,000 x 20
    final int[] start = groups(n, 2 * t);
    final int[][][] phases = schedule(t);
    final java.util.concurrent.Phaser between = new java.util.concurrent.Phaser(t);
    final int workers = t;
    Parallel.forRange(t, t, 1, (w, end) -> {
      Throwable failed = null;
      for (int[][] phase : phases) {
        if (failed == null) {
          try {
            int[] u = phase[w];
            scan.pairs(start[u[0]], start[u[1]], start[u[2]], start[u[3]], heaps);
          } catch (Throwable e) {
            failed = e; // still arrives at every phase, so that the others do not wait for ever
          }
        }
        between.arriveAndAwaitAdvance(); // not interruptible: no thread leaves while another scans
      }
      Parallel.rethrow(failed);
      int to = (int) ((long) (w + 1) * n / workers);
      for (int i = (int) ((long) w * n / workers); i < to; i++) {
        result[i] = heaps.sortedIndices(i);
      }
    });
  }

  /**
   * @param n points
   * @param m groups
   * @return the m + 1 group starts: about n / m points per group, multiples of the tile but the last
   */
  static int[] groups(int n, int m) {
    int[] start = new int[m + 1];
    int tile = BoundedBruteForce.TILE;
    for (int g = 1; g < m; g++) {
      start[g] = Math.max(start[g - 1], Math.min(n, (int) Math.round((double) g * n / m / tile) * tile));
    }
    start[m] = n;
    return start;
  }

  /**
   * The brute force's phases for t threads over 2t groups: per phase, per thread, the groups
   * {rowFrom, rowTo, colFrom, colTo} it scans (pairs i &lt; j with i in the row groups and j in the
   * column groups). Phase 0: thread w takes groups 2w and 2w + 1 with the pairs between and within
   * them; phases 1 to 2t - 2: the other rounds of a round-robin tournament of the 2t groups (the
   * circle method, labelled so that its first round pairs 2w with 2w + 1), one pair of groups per
   * thread. Within a phase the threads' groups are disjoint, and over the phases every pair of
   * points is scanned exactly once.
   */
  static int[][][] schedule(int t) {
    int m = 2 * t;
    int[] group = new int[m]; // circle label (m - 1: the fixed one) to group
    group[0] = 0;
    group[m - 1] = 1;
    for (int i = 1; i < t; i++) {
      group[i] = 2 * i;
      group[m - 1 - i] = 2 * i + 1;
    }
    int[][][] phases = new int[m - 1][t][];
    for (int w = 0; w < t; w++) {
      phases[0][w] = new int[] {2 * w, 2 * w + 2, 2 * w, 2 * w + 2};
    }
    for (int r = 1; r < m - 1; r++) {
      for (int i = 0; i < t; i++) {
        int a = group[i == 0 ? m - 1 : (r + i) % (m - 1)];
        int b = group[i == 0 ? r : (r - i + m - 1) % (m - 1)];
        int g = Math.min(a, b);
        int h = Math.max(a, b);
        phases[r][i] = new int[] {g, g + 1, h, h + 1};
      }
    }
    return phases;
  }

  /** One bounded max-heap per point, in flat arrays (same order as {@link Heap}). */
  static final class Heaps {
    final int k;
    final double[] dist;
    final int[] idx;
    final int[] size;
    final double[] worst;

    Heaps(int n, int k) {
      this.k = k;
      dist = new double[n * k];
      idx = new int[n * k];
      size = new int[n];
      worst = new double[n];
      java.util.Arrays.fill(worst, Double.POSITIVE_INFINITY);
    }

    void offer(int p, double d, int j) {
      int o = p * k;
      int s = size[p];
      if (s < k) {
        int c = s;
        size[p] = s + 1;
        while (c > 0) {
          int par = (c - 1) >> 1;
          if (!Heap.greater(d, j, dist[o + par], idx[o + par])) {
            break;
          }
          dist[o + c] = dist[o + par];
          idx[o + c] = idx[o + par];
          c = par;
        }
        dist[o + c] = d;
        idx[o + c] = j;
      } else {
        if (!Heap.greater(dist[o], idx[o], d, j)) {
          return;
        }
        int c = 0;
        while (true) {
          int l = 2 * c + 1;
          if (l >= k) {
            break;
          }
          int r = l + 1;
          int m = (r < k && Heap.greater(dist[o + r], idx[o + r], dist[o + l], idx[o + l])) ? r : l;
          if (!Heap.greater(dist[o + m], idx[o + m], d, j)) {
            break;
          }
          dist[o + c] = dist[o + m];
          idx[o + c] = idx[o + m];
          c = m;
        }
        dist[o + c] = d;
        idx[o + c] = j;
      }
      if (size[p] == k) {
        worst[p] = dist[o];
      }
    }

    /** @return point p's indices sorted by (distance, index) ascending (as {@link Heap#sortedIndices}) */
    int[] sortedIndices(int p) {
      return Heap.sorted(dist, idx, p * k, size[p]);
    }
  }

  /** Bounded max-heap of (distance, index) ordered lexicographically: the k best so far. */
  static final class Heap {
    final double[] dist;
    final int[] idx;
    int size;
    double worstDist = Double.POSITIVE_INFINITY;

    Heap(int k) {
      dist = new double[k];
      idx = new int[k];
    }

    void clear() {
      size = 0;
      worstDist = Double.POSITIVE_INFINITY;
    }

    static boolean greater(double d1, int i1, double d2, int i2) {
      return d1 > d2 || (d1 == d2 && i1 > i2);
    }

    /** Offers a candidate; kept if the heap is not full or it beats the worst. */
    void offer(double d, int j) {
      int k = dist.length;
      if (size < k) {
        int c = size++;
        while (c > 0) {
          int p = (c - 1) >> 1;
          if (!greater(d, j, dist[p], idx[p])) {
            break;
          }
          dist[c] = dist[p];
          idx[c] = idx[p];
          c = p;
        }
        dist[c] = d;
        idx[c] = j;
      } else {
        if (!greater(dist[0], idx[0], d, j)) {
          return;
        }
        int c = 0;
        while (true) {
          int l = 2 * c + 1;
          if (l >= k) {
            break;
          }
          int r = l + 1;
          int m = (r < k && greater(dist[r], idx[r], dist[l], idx[l])) ? r : l;
          if (!greater(dist[m], idx[m], d, j)) {
            break;
          }
          dist[c] = dist[m];
          idx[c] = idx[m];
          c = m;
        }
        dist[c] = d;
        idx[c] = j;
      }
      if (size == k) {
        worstDist = dist[0];
      }
    }

    /** @return the indices sorted by (distance, index) ascending (an insertion sort: k is small) */
    int[] sortedIndices() {
      return sorted(dist, idx, 0, size);
    }

    /** @return the indices idx[o .. o + n) sorted by (dist, idx) ascending */
    static int[] sorted(double[] dist, int[] idx, int o, int n) {
      double[] d = new double[n];
      int[] r = new int[n];
      for (int u = 0; u < n; u++) {
        insertSorted(d, r, u, n, dist[o + u], idx[o + u]);
      }
      return r;
    }

    /**
     * Inserts (d, j) into dist[0 .. size) and idx[0 .. size), held sorted by (distance, index)
     * ascending, keeping at most cap entries (the worst drops out).
     *
     * @return the new size
     */
    static int insertSorted(double[] dist, int[] idx, int size, int cap, double d, int j) {
      if (size == cap && !greater(dist[cap - 1], idx[cap - 1], d, j)) {
        return size;
      }
      int p = size < cap ? size++ : cap - 1;
      while (p > 0 && greater(dist[p - 1], idx[p - 1], d, j)) {
        dist[p] = dist[p - 1];
        idx[p] = idx[p - 1];
        p--;
      }
      dist[p] = d;
      idx[p] = j;
      return size;
    }
  }
}
