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

/**
 * The KD-tree of {@link ExactKnn}: median splits on the widest coordinate, buckets of
 * {@value ExactKnn#LEAF_SIZE} points, tight bounding boxes per node. A {@link Searcher} visits the
 * nearer child first and skips a node whose box is farther than the k-th best distance so far; its
 * leaf distances are summed in coordinate order, as {@link ExactKnn#distance} does, so they are the
 * same numbers (the tree is used for finite coordinates only).
 */
final class KDTree {

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

  /** Scratch of the build: the split coordinate of the points being partitioned. */
  private double[] m_Keys;

  KDTree(double[] x, int n, int d) {
    this.x = x;
    this.n = n;
    this.d = d;
    perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    int cap = Math.max(1, 4 * n / ExactKnn.LEAF_SIZE + 4);
    dim = new int[cap];
    split = new double[cap];
    left = new int[cap];
    right = new int[cap];
    start = new int[cap];
    end = new int[cap];
    lo = new double[cap * d];
    hi = new double[cap * d];
    m_Keys = new double[n];
    build(0, n);
    m_Keys = null;
    pts = new double[n * d];
    for (int pos = 0; pos < n; pos++) {
      System.arraycopy(x, perm[pos] * d, pts, pos * d, d);
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
      lo = java.util.Arrays.copyOf(lo, c * d);
      hi = java.util.Arrays.copyOf(hi, c * d);
    }
    int id = nodes++;
    start[id] = from;
    end[id] = to;
    dim[id] = -1;
    return id;
  }

  /** Builds the node of points perm[from .. to): its bounding box, then its children split at the median of its widest coordinate. */
  private int build(int from, int to) {
    int node = newNode(from, to);
    int o = node * d;
    java.util.Arrays.fill(lo, o, o + d, Double.POSITIVE_INFINITY);
    java.util.Arrays.fill(hi, o, o + d, Double.NEGATIVE_INFINITY);
    for (int p = from; p < to; p++) {
      for (int a = 0, base = perm[p] * d; a < d; a++) {
        double v = x[base + a];
        lo[o + a] = Math.min(lo[o + a], v);
        hi[o + a] = Math.max(hi[o + a], v);
      }
    }
    if (to - from <= ExactKnn.LEAF_SIZE) {
      return node;
    }
    int best = -1;
    double bestSpread = 0;
    for (int a = 0; a < d; a++) {
      if (hi[o + a] - lo[o + a] > bestSpread) {
        bestSpread = hi[o + a] - lo[o + a];
        best = a;
      }
    }
    if (best < 0) {
      return node; // all points identical: one bucket
    }
    for (int p = from; p < to; p++) {
      m_Keys[p] = x[perm[p] * d + best];
    }
    int mid = (from + to) >>> 1;
    select(from, to - 1, mid);
    dim[node] = best;
    split[node] = m_Keys[mid];
    int l = build(from, mid);
    int r = build(mid, to);
    left[node] = l;
    right[node] = r;
    return node;
  }

  /** Quickselect on perm[lo..hi] (keys alongside) so that perm[k] has rank k by key. */
  private void select(int lo, int hi, int k) {
    double[] key = m_Keys;
    while (hi > lo) {
      double pivot = key[(lo + hi) >>> 1];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (key[i] < pivot) {
          i++;
        }
        while (key[j] > pivot) {
          j--;
        }
        if (i <= j) {
          int tp = perm[i];
          perm[i] = perm[j];
          perm[j] = tp;
          double tk = key[i];
          key[i] = key[j];
          key[j] = tk;
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

  /** Searches one KD-tree, one query at a time; one per thread. */
  static final class Searcher {
    private final KDTree t;
    private final ExactKnn.Heap heap;
    private final double[] q;
    private int self;
    long visited;

    Searcher(KDTree t, int k) {
      this.t = t;
      heap = new ExactKnn.Heap(k);
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
}
