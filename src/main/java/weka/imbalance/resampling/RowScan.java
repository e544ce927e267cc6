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

import java.util.Arrays;

/**
 * The brute force of {@link ExactKnn} for small sets of finite points (see {@link
 * ExactKnn#SMALL_SET_WORK}): each point's exact distances to all the points, summed over the
 * coordinates in {@link ExactKnn#distance}'s order (with finite coordinates no term is skipped, so
 * the sums are the same bit for bit; {@link ColumnDistances}), and the k nearest kept by (distance,
 * index). Every pair is computed twice, once per point, but there is no screen to set up and no
 * pair to confirm.
 *
 * <p>The points are visited along the neighbour graph (breadth first: a point's neighbours are
 * queried after it), so most queries have a <i>sponsor</i>, an earlier point of which they are a
 * neighbour. The sponsor, its neighbours and theirs lie near the query, and the k-th smallest of
 * their distances to it bounds its k-th distance from above (they are at least k distinct points
 * other than the query). With that bound known early, the sums over the first {@link #split}
 * coordinates are taken for all the points at once (vectorised, column by column) and only the
 * points whose partial sum is within the bound are finished, one by one, over the rest (a sum of
 * non-negative terms only grows, in floating point too, so no neighbour is lost, and the finished
 * sums are the same additions in the same order). On letter's smallest class (734 x 16, 12 of 16
 * coordinates before the bound) about 19 of the 734 points are finished per query, against the 734
 * of a plain scan. A query without a sponsor (the first of each part of the graph that its
 * predecessors do not reach, about one in twenty on letter) takes every sum in full and keeps the k
 * best with a running k-th distance. On data without structure the bound is loose ({@link
 * #loose}): the remaining queries then take every sum in full under the group bound ({@link
 * #grouped}). Either way the neighbours are exact and the same, whatever the order of the queries
 * and the number of threads.
 */
final class RowScan {

  /** Fewer points than this take the group bound (or the plain scan) only. */
  static final int MIN_BOUNDED = 64;

  /** Points per group of the group bound (8 strided slices, then 4 of those). */
  static final int GROUP = 32;

  /** Queries with a sponsor before the neighbour graph's bound may be judged loose. */
  static final int MIN_SPONSORED = 8;

  private final double[] m_X;
  private final int m_N;
  private final int m_D;
  /** cols[a][u] = coordinate a of point u. */
  private final double[][] m_Cols;
  /** Coordinates summed for every point before the bound (see {@link #split}). */
  private final int m_Split;

  RowScan(double[] x, int n, int d) {
    m_X = x;
    m_N = n;
    m_D = d;
    m_Split = split(d);
    m_Cols = new double[d][n];
    for (int i = 0; i < n; i++) {
      for (int a = 0; a < d; a++) {
        m_Cols[a][i] = x[i * d + a];
      }
    }
  }

  /**
   * The coordinates summed, column by column, for every point before the bound is applied: all of
   * them below 8; otherwise a multiple of four (the passes of {@link ColumnDistances}), about three
   * quarters and at least four short of all. On letter's smallest class (734 x 16), 12 coordinates
   * before the bound left 19 points per query to finish, 8 left 48 and 4 left 178 (with 4 the
   * search was slower than with the group bound alone).
   *
   * @param d the number of coordinates
   * @return the number of coordinates summed for every point
   */
  static int split(int d) {
    if (d < 8) {
      return d;
    }
    return 4 * Math.min((d - 4) / 4, Math.round(0.75f * d / 4));
  }

  /**
   * The k nearest other points of the points [from, to).
   *
   * @param result receives, per point, its neighbours' indices, nearest first
   * @return the number of points finished beyond the split (for a plain scan, every other point)
   */
  long rows(int from, int to, int k, int[][] result) {
    int n = m_N;
    Buffers b = new Buffers(n, k);
    long finished = 0;
    if (n >= MIN_BOUNDED && m_D >= 2) {
      finished = graphOrder(from, to, k, result, b);
    }
    for (int i = from; i < to; i++) {
      if (!b.done[i]) {
        result[i] = Arrays.copyOf(b.bestIdx, grouped(i, k, b));
        finished += n - 1;
      }
    }
    return finished;
  }

  /**
   * Answers the queries of [from, to) along the neighbour graph while its bound stays tight, and
   * leaves the rest (not done) to the group bound.
   *
   * @return the number of points finished beyond the split
   */
  private long graphOrder(int from, int to, int k, int[][] result, Buffers b) {
    int n = m_N;
    int len = to - from;
    int[] order = new int[len];
    int[] sponsor = new int[len];
    boolean[] seen = new boolean[len];
    int head = 0;
    int tail = 0;
    int next = from;
    long finished = 0;
    long sponsored = 0;
    long screened = 0;
    while (head < len) {
      if (head == tail) {
        while (seen[next - from]) {
          next++;
        }
        seen[next - from] = true;
        sponsor[next - from] = -1;
        order[tail++] = next;
      }
      int i = order[head++];
      int p = sponsor[i - from];
      int size;
      if (p < 0) {
        size = plain(i, k, b);
        finished += n - 1;
      } else {
        size = sponsored(i, p, k, result, b);
        finished += b.screened;
        sponsored++;
        screened += b.screened;
      }
      int[] r = Arrays.copyOf(b.bestIdx, size);
      result[i] = r;
      b.done[i] = true;
      for (int q : r) {
        if (q >= from && q < to && !seen[q - from]) {
          seen[q - from] = true;
          sponsor[q - from] = i;
          order[tail++] = q;
        }
      }
      if (sponsored >= MIN_SPONSORED && loose(screened, sponsored)) {
        break;
      }
    }
    return finished;
  }

  /** One thread's work space. */
  private static final class Buffers {
    /**
     * Slices of m points for the group bound: block j is the points {j, j + m, ..., j + 7m}; group g
     * the blocks g, g + m2, g + 2 m2 and g + 3 m2.
     */
    final int m;
    final int m2;
    final double[] block;
    final double[] group;
    final double[] acc;
    final int[] cand;
    /** mark[u] == stamp: point u is already among the current query's bound's points. */
    final int[] mark;
    int stamp;
    /** Points finished by the last sponsored query. */
    int screened;
    /** done[u]: this thread has answered point u. */
    final boolean[] done;
    final double[] least;
    final double[] bestDist;
    final int[] bestIdx;

    Buffers(int n, int k) {
      m = n / 8;
      m2 = m / 4;
      block = new double[Math.max(m, 1)];
      group = new double[Math.max(m2, 1)];
      acc = new double[n];
      cand = new int[n];
      mark = new int[n];
      done = new boolean[n];
      least = new double[k + 1];
      bestDist = new double[k];
      bestIdx = new int[k];
    }
  }

  /**
   * Point i's k nearest by (distance, index) into b.bestIdx from all the full sums, under the
   * group bound: the points are cut into disjoint groups of {@value #GROUP} (strided, so that the
   * groups' minima take one pass over the sums), and the (k + 1)-th smallest group minimum bounds
   * the k-th distance from above (k + 1 groups hold k + 1 distinct points at most that far, one of
   * which may be the query), so only the groups whose minimum is within it are looked at. JDK 17's
   * C2 runs that pass as scalar code ({@code Math.min} over several offsets of one array is not
   * vectorised), about a quarter of the search on letter's smallest class before the neighbour
   * graph's bound. With one coordinate, or too few groups, a plain scan with a running k-th
   * distance.
   *
   * @return the number of neighbours found
   */
  private int grouped(int i, int k, Buffers b) {
    int n = m_N;
    double[] acc = b.acc;
    ColumnDistances.sum(m_X, i * m_D, m_D, m_Cols, n, acc);
    double[] bestDist = b.bestDist;
    int[] bestIdx = b.bestIdx;
    int size = 0;
    int m = b.m;
    if (m_D >= 2 && b.m2 > k) {
      double bound = groupBound(acc, m, b.m2, k, b.block, b.group, b.least);
      double[] block = b.block;
      for (int j = 0; j < m; j++) {
        if (block[j] <= bound) {
          for (int u = j; u < 8 * m; u += m) {
            if (acc[u] <= bound && u != i) {
              size = ExactKnn.Heap.insertSorted(bestDist, bestIdx, size, k, acc[u], u);
            }
          }
        }
      }
      for (int u = 8 * m; u < n; u++) {
        if (acc[u] <= bound && u != i) {
          size = ExactKnn.Heap.insertSorted(bestDist, bestIdx, size, k, acc[u], u);
        }
      }
    } else {
      size = running(i, k, b);
    }
    return size;
  }

  /** Point i's k nearest from all the full sums, with a running k-th distance. */
  private int plain(int i, int k, Buffers b) {
    ColumnDistances.sum(m_X, i * m_D, m_D, m_Cols, m_N, b.acc);
    return running(i, k, b);
  }

  /** Point i's k nearest from the full sums in b.acc, with a running k-th distance. */
  private int running(int i, int k, Buffers b) {
    double[] acc = b.acc;
    int size = 0;
    double worst = Double.POSITIVE_INFINITY;
    for (int u = 0; u < m_N; u++) {
      if (acc[u] <= worst && u != i) {
        size = ExactKnn.Heap.insertSorted(b.bestDist, b.bestIdx, size, k, acc[u], u);
        if (size == k) {
          worst = b.bestDist[k - 1];
        }
      }
    }
    return size;
  }

  /**
   * Fills the blocks' minima and returns the (k + 1)-th smallest of the groups' minima: at least k
   * points other than the query lie within it.
   */
  private static double groupBound(double[] acc, int m, int m2, int k, double[] block, double[] group,
    double[] least) {
    for (int j = 0; j < m; j++) {
      block[j] = Math.min(Math.min(Math.min(acc[j], acc[j + m]), Math.min(acc[j + 2 * m], acc[j + 3 * m])),
          Math.min(Math.min(acc[j + 4 * m], acc[j + 5 * m]), Math.min(acc[j + 6 * m], acc[j + 7 * m])));
    }
    for (int g = 0; g < m2; g++) {
      group[g] = Math.min(Math.min(block[g], block[g + m2]), Math.min(block[g + 2 * m2], block[g + 3 * m2]));
    }
    int c = 0;
    for (int g = 0; g < m2; g++) {
      c = keep(least, c, k + 1, group[g]);
    }
    return least[k];
  }

  /**
   * The k-th smallest distance from point i to its sponsor p, p's neighbours and theirs (those of
   * the points this thread has answered, so that the work does not depend on another thread's
   * progress), or infinity when they are fewer than k points other than i.
   */
  private double bound(int i, int p, int k, int[][] result, Buffers b) {
    int stamp = ++b.stamp;
    int[] mark = b.mark;
    mark[i] = stamp;
    mark[p] = stamp;
    int c = keep(b.least, 0, k, full(i, p, b.acc));
    int[] np = result[p];
    for (int q : np) {
      if (mark[q] != stamp) {
        mark[q] = stamp;
        c = keep(b.least, c, k, full(i, q, b.acc));
      }
    }
    for (int q : np) {
      if (!b.done[q]) {
        continue;
      }
      for (int v : result[q]) {
        if (mark[v] != stamp) {
          mark[v] = stamp;
          c = keep(b.least, c, k, full(i, v, b.acc));
        }
      }
    }
    return c < k ? Double.POSITIVE_INFINITY : b.least[k - 1];
  }

  /**
   * Whether the neighbour graph's bound is too loose to pay, after the given sponsored queries
   * finished the given number of points: more than 1 / 8 of the points per query, or with a split,
   * 1 / (2 r) of them, r the coordinates finished one by one. It is loose on data without
   * structure (Gaussian or uniform points in 8 or more dimensions leave a quarter to half of the
   * points to finish), and on satimage's smallest class (626 x 36, a tenth finished) it took 1.2x
   * the group bound's time; letter's (734 x 16, r = 4) finishes 2.6% of the points, pendigits'
   * (1,055 x 16) 3.2%, segment0's (329 x 19, r = 7) 4.7%.
   */
  private boolean loose(long screened, long sponsored) {
    return screened * 2 * Math.max(4, m_D - m_Split) > sponsored * m_N;
  }

  /**
   * Point i's k nearest by (distance, index) into b.bestIdx, under the bound of its sponsor p; the
   * number of points finished goes to b.screened.
   *
   * @return the number of neighbours found
   */
  private int sponsored(int i, int p, int k, int[][] result, Buffers b) {
    int n = m_N;
    double[] acc = b.acc;
    ColumnDistances.sum(m_X, i * m_D, m_Split, m_Cols, n, acc);
    double bound = bound(i, p, k, result, b);
    int[] cand = b.cand;
    int c = 0;
    for (int u = 0; u < n; u++) {
      if (acc[u] <= bound) {
        cand[c++] = u;
      }
    }
    b.screened = c;
    double[] bestDist = b.bestDist;
    int[] bestIdx = b.bestIdx;
    int size = 0;
    for (int t = 0; t < c; t++) {
      int u = cand[t];
      if (u != i) {
        double s = full(i, u, acc);
        if (s <= bound) {
          size = ExactKnn.Heap.insertSorted(bestDist, bestIdx, size, k, s, u);
        }
      }
    }
    return size;
  }

  /** Keeps the k smallest values seen in least[0 .. c), ascending; @return the new count */
  private static int keep(double[] least, int c, int k, double v) {
    int p;
    if (c < k) {
      p = c++;
    } else if (v < least[k - 1]) {
      p = k - 1;
    } else {
      return c;
    }
    while (p > 0 && least[p - 1] > v) {
      least[p] = least[p - 1];
      p--;
    }
    least[p] = v;
    return c;
  }

  /**
   * The full sum of points i and u from acc[u], their sum over the first {@link #m_Split}
   * coordinates: the remaining passes of {@link ColumnDistances#sum} for one pair, the same
   * additions in the same order.
   */
  private double full(int i, int u, double[] acc) {
    double[] x = m_X;
    int d = m_D;
    int qo = i * d;
    int uo = u * d;
    double s = acc[u];
    int a = m_Split;
    for (; a + 4 <= d; a += 4) {
      double t0 = x[qo + a] - x[uo + a];
      double t1 = x[qo + a + 1] - x[uo + a + 1];
      double t2 = x[qo + a + 2] - x[uo + a + 2];
      double t3 = x[qo + a + 3] - x[uo + a + 3];
      s = (((s + t0 * t0) + t1 * t1) + t2 * t2) + t3 * t3;
    }
    for (; a < d; a++) {
      double t = x[qo + a] - x[uo + a];
      s += t * t;
    }
    return s;
  }
}
