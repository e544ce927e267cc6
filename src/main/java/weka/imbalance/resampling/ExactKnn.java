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
 * <p>Two exact methods: a KD-tree (median splits on the widest coordinate, buckets of
 * {@value #LEAF_SIZE} points, pruning by the distance to each node's tight bounding box, nearer child
 * first) and
 * a brute force that computes each pairwise distance once (pairs i &lt; j), scanning the points
 * attribute by attribute in cache-sized blocks, and keeps the k best of each point in a bounded
 * max-heap (no full sort). {@link Method#AUTO} builds the tree, searches a fixed
 * sample of queries with it and falls back to the brute force when the tree visits more than a
 * eighth of the points on average (high intrinsic dimension); points with missing coordinates
 * always use the brute force.
 *
 * <p>Results are deterministic and independent of the method and of the number of threads:
 * neighbours are ordered by (distance, index), ties broken by the smaller index, and both methods
 * sum the squared differences in the same coordinate order, so they compute bit-identical
 * distances. Threads get fixed contiguous ranges of queries; each query's answer depends on the
 * data only.
 */
public final class ExactKnn {

  /** The search method. */
  public enum Method {
    /** KD-tree, or brute force when the tree would visit most points. */
    AUTO,
    /** Always the KD-tree (brute force for data with missing coordinates). */
    KDTREE,
    /** Always the blocked brute force. */
    BRUTE_FORCE
  }

  /** Points per KD-tree bucket. */
  public static final int LEAF_SIZE = 16;

  /** Queries probed by AUTO before deciding between tree and brute force. */
  static final int PROBE_QUERIES = 48;

  /** Points per block of the brute force (fits the accumulator in L1). */
  private static final int BLOCK = 512;

  /** The fewest query points worth a thread of their own. */
  private static final int MIN_QUERIES_PER_THREAD = 64;

  /** Query rows that share one block of points in the brute force. */
  private static final int TILE = 32;

  private final double[] m_X;
  private final int m_N;
  private final int m_D;
  private final boolean m_HasMissing;

  /** Method actually used by the last {@link #search}, for reports. */
  private volatile Method m_Used;

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
    boolean missing = false;
    for (double v : x) {
      if (Double.isNaN(v)) {
        missing = true;
        break;
      }
    }
    m_HasMissing = missing;
  }

  /** @return the method used by the last search (KDTREE or BRUTE_FORCE), null before any */
  public Method usedMethod() {
    return m_Used;
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
    if (m_HasMissing || method == Method.BRUTE_FORCE) {
      m_Used = Method.BRUTE_FORCE;
      runBrute(k, threads, result);
      return result;
    }
    KDTree tree = new KDTree(m_X, m_N, m_D);
    if (method == Method.AUTO && m_N > 4 * PROBE_QUERIES) {
      long visited = 0;
      Searcher s = tree.searcher(k);
      int probes = PROBE_QUERIES;
      for (int p = 0; p < probes; p++) {
        int q = (int) ((long) p * m_N / probes);
        result[q] = s.query(q);
      }
      visited = s.visited;
      // a visited point costs the tree about 3.5 times what a pair costs the symmetric brute force
      // (n / 2 pairs per point; measured at 30,000 x 10 Gaussian points, where both cost the same)
      if (visited * 8 > (long) probes * m_N) {
        m_Used = Method.BRUTE_FORCE;
        runBrute(k, threads, result); // all pairs again: the symmetric scan needs every row
        return result;
      }
    }
    m_Used = Method.KDTREE;
    runTree(tree, k, threads, result);
    return result;
  }

  private void runTree(final KDTree tree, final int k, int threads, final int[][] result) throws Exception {
    final int[] order = tree.perm; // queries in tree order: consecutive queries share paths
    Parallel.forRange(threads, m_N, MIN_QUERIES_PER_THREAD, (from, to) -> {
      Searcher s = tree.searcher(k);
      for (int t = from; t < to; t++) {
        int q = order[t];
        if (result[q] == null) {
          result[q] = s.query(q);
        }
      }
    });
  }

  /**
   * Brute force over the pairs i &lt; j only: each distance is computed once and offered to both
   * points' heaps. Every thread owns its query rows i and keeps its own heaps for all points; the
   * heaps are merged at the end. The k best under the (distance, index) order are unique, so the
   * merge gives the same answer whatever the partition.
   */
  private void runBrute(final int k, int threads, final int[][] result) throws Exception {
    final int n = m_N;
    final int d = m_D;
    // column blocks: cols[b][a][u] = coordinate a of point b * BLOCK + u; a zero-based index per
    // (block, attribute) array lets the JIT vectorise the inner loop
    int nb = (n + BLOCK - 1) / BLOCK;
    final double[][][] cols = new double[nb][d][];
    for (int b = 0; b < nb; b++) {
      int len = Math.min(BLOCK, n - b * BLOCK);
      for (int a = 0; a < d; a++) {
        double[] col = new double[len];
        for (int u = 0; u < len; u++) {
          col[u] = m_X[(b * BLOCK + u) * d + a];
        }
        cols[b][a] = col;
      }
    }
    int t = Parallel.ranges(threads, n, MIN_QUERIES_PER_THREAD);
    // balance the triangular work: row i costs n - i - 1
    final int[] bounds = new int[t + 1];
    for (int w = 0; w <= t; w++) {
      bounds[w] = (int) Math.round(n * (1 - Math.sqrt(1 - (double) w / t)));
    }
    bounds[t] = n;
    final Heaps[] heaps = new Heaps[t];
    Parallel.forRange(t, t, 1, (from, to) -> {
      for (int w = from; w < to; w++) {
        heaps[w] = new Heaps(n, k);
        bruteRows(bounds[w], bounds[w + 1], cols, heaps[w]);
      }
    });
    Parallel.forRange(threads, n, MIN_QUERIES_PER_THREAD, (from, to) -> {
      Heap h = new Heap(k);
      for (int i = from; i < to; i++) {
        h.clear();
        for (Heaps hs : heaps) {
          hs.drainInto(i, h);
        }
        result[i] = h.sortedIndices();
      }
    });
  }

  /**
   * Rows [from, to) against all later points, tiled: a tile of {@value #TILE} query rows runs over
   * one block of {@value #BLOCK} points (all its coordinates, column-major, stay in cache) before
   * moving to the next block.
   */
  private void bruteRows(int from, int to, double[][][] cols, Heaps heaps) {
    final int n = m_N;
    final int d = m_D;
    double[] acc = new double[BLOCK];
    double[] worst = heaps.worst;
    for (int i0 = from; i0 < to; i0 += TILE) {
      int i1 = Math.min(to, i0 + TILE);
      for (int b = (i0 + 1) / BLOCK; b * BLOCK < n; b++) {
        double[][] block = cols[b];
        int jb = b * BLOCK;
        int len = Math.min(BLOCK, n - jb);
        for (int i = i0; i < i1; i++) {
          int o = Math.max(0, i + 1 - jb); // only pairs i < j
          if (o >= len) {
            continue;
          }
          java.util.Arrays.fill(acc, o, len, 0.0);
          for (int a = 0; a < d; a++) {
            double qa = m_X[i * d + a];
            double[] col = block[a];
            if (m_HasMissing) {
              for (int u = o; u < len; u++) {
                double diff = qa - col[u];
                if (diff == diff) {
                  acc[u] += diff * diff;
                }
              }
            } else {
              for (int u = o; u < len; u++) {
                double diff = qa - col[u];
                acc[u] += diff * diff;
              }
            }
          }
          double wi = worst[i];
          for (int u = o; u < len; u++) {
            double dist = acc[u];
            int j = jb + u;
            if (dist <= wi) {
              heaps.offer(i, dist, j);
              wi = worst[i];
            }
            if (dist <= worst[j]) {
              heaps.offer(j, dist, i);
            }
          }
        }
      }
    }
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

    void drainInto(int p, Heap h) {
      for (int u = 0, o = p * k; u < size[p]; u++) {
        h.offer(dist[o + u], idx[o + u]);
      }
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

    /** @return the indices sorted by (distance, index) ascending */
    int[] sortedIndices() {
      int n = size;
      Integer[] o = new Integer[n];
      for (int i = 0; i < n; i++) {
        o[i] = i;
      }
      java.util.Arrays.sort(o, (a, b) -> greater(dist[a], idx[a], dist[b], idx[b]) ? 1
        : greater(dist[b], idx[b], dist[a], idx[a]) ? -1 : 0);
      int[] r = new int[n];
      for (int i = 0; i < n; i++) {
        r[i] = idx[o[i]];
      }
      return r;
    }
  }

  /** Searches one KD-tree, one query at a time; one per thread. */
  static final class Searcher {
    private final KDTree t;
    private final Heap heap;
    private final double[] q;
    private int self;
    long visited;

    Searcher(KDTree t, int k) {
      this.t = t;
      heap = new Heap(k);
      q = new double[t.d];
    }

    int[] query(int i) {
      System.arraycopy(t.x, i * t.d, q, 0, t.d);
      self = i;
      heap.clear();
      visit(0, 0);
      return heap.sortedIndices();
    }

    /** Relative slack on the pruning bound (rounding of the box distance). */
    private static final double SLACK = 1 + 1e-9;

    /** Squared distance from the query to the bounding box of a node, stopping above limit. */
    private double boxDistance(int node, double limit) {
      double[] lo = t.lo;
      double[] hi = t.hi;
      int d = t.d;
      int o = node * d;
      double s = 0;
      for (int a = 0; a < d; a++) {
        double v = q[a];
        double l = lo[o + a];
        if (v < l) {
          double g = l - v;
          s += g * g;
        } else {
          double h = hi[o + a];
          if (v > h) {
            double g = v - h;
            s += g * g;
          }
        }
        if (s > limit) {
          break;
        }
      }
      return s;
    }

    private void visit(int node, double rd) {
      KDTree t = this.t;
      int dim = t.dim[node];
      if (dim < 0) {
        int d = t.d;
        double[] pts = t.pts;
        for (int pos = t.start[node], end = t.end[node]; pos < end; pos++) {
          int j = t.perm[pos];
          if (j == self) {
            continue;
          }
          visited++;
          double worst = heap.worstDist;
          double s = 0;
          int base = pos * d;
          int a = 0;
          for (; a < d; a++) {
            double diff = q[a] - pts[base + a];
            s += diff * diff;
          }
          if (s <= worst) {
            heap.offer(s, j);
          }
        }
        return;
      }
      int l = t.left[node];
      int r = t.right[node];
      double dl = boxDistance(l, heap.worstDist * SLACK);
      double dr = boxDistance(r, heap.worstDist * SLACK);
      int near = dl <= dr ? l : r;
      int far = dl <= dr ? r : l;
      double dnear = Math.min(dl, dr);
      double dfar = Math.max(dl, dr);
      if (dnear <= heap.worstDist * SLACK) {
        visit(near, dnear);
      }
      if (dfar <= heap.worstDist * SLACK) {
        visit(far, dfar);
      }
    }
  }

  /** A KD-tree over the points, in flat arrays. */
  static final class KDTree {
    final double[] x;
    final int n;
    final int d;
    final int[] perm;
    double[] pts;
    /** Bounding box of each node: lo[node * d + a], hi[node * d + a]. */
    double[] lo;
    double[] hi;
    int[] dim;
    double[] split;
    int[] left;
    int[] right;
    int[] start;
    int[] end;
    int nodes;

    KDTree(double[] x, int n, int d) {
      this.x = x;
      this.n = n;
      this.d = d;
      perm = new int[n];
      for (int i = 0; i < n; i++) {
        perm[i] = i;
      }
      int cap = Math.max(1, 4 * n / LEAF_SIZE + 4);
      dim = new int[cap];
      split = new double[cap];
      left = new int[cap];
      right = new int[cap];
      start = new int[cap];
      end = new int[cap];
      build(0, n);
      pts = new double[n * d];
      for (int pos = 0; pos < n; pos++) {
        System.arraycopy(x, perm[pos] * d, pts, pos * d, d);
      }
      lo = new double[nodes * d];
      hi = new double[nodes * d];
      for (int node = 0; node < nodes; node++) {
        for (int a = 0; a < d; a++) {
          double l = Double.POSITIVE_INFINITY;
          double h = Double.NEGATIVE_INFINITY;
          for (int pos = start[node]; pos < end[node]; pos++) {
            double v = pts[pos * d + a];
            l = Math.min(l, v);
            h = Math.max(h, v);
          }
          lo[node * d + a] = l;
          hi[node * d + a] = h;
        }
      }
    }

    Searcher searcher(int k) {
      return new Searcher(this, k);
    }

    private int newNode(int from, int to) {
      if (nodes == dim.length) {
        int c = 2 * nodes;
        dim = java.util.Arrays.copyOf(dim, c);
        split = java.util.Arrays.copyOf(split, c);
        left = java.util.Arrays.copyOf(left, c);
        right = java.util.Arrays.copyOf(right, c);
        start = java.util.Arrays.copyOf(start, c);
        end = java.util.Arrays.copyOf(end, c);
      }
      int id = nodes++;
      start[id] = from;
      end[id] = to;
      dim[id] = -1;
      return id;
    }

    private int build(int from, int to) {
      int node = newNode(from, to);
      if (to - from <= LEAF_SIZE) {
        return node;
      }
      int best = -1;
      double bestSpread = 0;
      for (int a = 0; a < d; a++) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int p = from; p < to; p++) {
          double v = x[perm[p] * d + a];
          if (v < lo) {
            lo = v;
          }
          if (v > hi) {
            hi = v;
          }
        }
        if (hi - lo > bestSpread) {
          bestSpread = hi - lo;
          best = a;
        }
      }
      if (best < 0) {
        return node; // all points identical: one bucket
      }
      int mid = (from + to) >>> 1;
      select(from, to - 1, mid, best);
      dim[node] = best;
      split[node] = x[perm[mid] * d + best];
      int l = build(from, mid);
      int r = build(mid, to);
      left[node] = l;
      right[node] = r;
      return node;
    }

    private double key(int p, int a) {
      return x[perm[p] * d + a];
    }

    /** Quickselect on perm[lo..hi] so that perm[k] has rank k along coordinate a. */
    private void select(int lo, int hi, int k, int a) {
      while (hi > lo) {
        int m = (lo + hi) >>> 1;
        double pivot = key(m, a);
        int i = lo;
        int j = hi;
        while (i <= j) {
          while (key(i, a) < pivot) {
            i++;
          }
          while (key(j, a) > pivot) {
            j--;
          }
          if (i <= j) {
            int tmp = perm[i];
            perm[i] = perm[j];
            perm[j] = tmp;
            i++;
            j--;
          }
        }
        if (k <= j) {
          hi = j;
        } else if (k >= i) {
          lo = i;
        } else {
          return;
        }
      }
    }
  }
}
