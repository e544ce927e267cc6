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

import java.util.Random;

import weka.imbalance.Parallel;

/**
 * The arithmetic of {@link FastKMeans} on n points of dim coordinates in one row-major
 * {@code double[]}: greedy k-means++ seeding and Lloyd's iterations with Hamerly's bounds (an
 * upper bound on each point's distance to its centre, a lower bound on its distance to every other
 * centre; a point whose upper bound is below both its lower bound and half the distance from its
 * centre to the nearest other centre cannot change cluster). The centres' sums are formed afresh
 * every few iterations, each centre over its points in index order, and in between updated by the
 * points that change centre, in index order; the seeding's potentials are summed over fixed chunks,
 * combined in chunk order: so the result does not depend on the number of threads.
 */
final class KMeansLloyd {

  /** A nominal value's indicator: two different values are at squared distance 1. */
  static final double NOMINAL = Math.sqrt(0.5);

  /** Points per chunk of the seeding's sums (fixed: the sums do not depend on the threads). */
  static final int CHUNK = 4096;

  /** Iterations between two fresh sums of the centres (in between, the points that move update them). */
  static final int REFRESH = 16;

  /** Points per thread worth starting one for. */
  static final int MIN_PER_THREAD = 2048;

  private KMeansLloyd() {
  }

  /** A clustering: k centres, each point's centre, the weighted sum of squared distances. */
  static final class Result implements java.io.Serializable {
    private static final long serialVersionUID = -1460707937236565124L;
    final double[] centres;
    final int k;
    final int[] assignment;
    final double inertia;
    final int iterations;

    Result(double[] centres, int k, int[] assignment, double inertia, int iterations) {
      this.centres = centres;
      this.k = k;
      this.assignment = assignment;
      this.inertia = inertia;
      this.iterations = iterations;
    }
  }

  static double squaredDistance(double[] x, int i, double[] c, int j, int dim) {
    double s = 0;
    for (int a = 0; a < dim; a++) {
      double d = x[i + a] - c[j + a];
      s += d * d;
    }
    return s;
  }

  /** @return the centre nearest to the point at x[off ..] (the first of equals) */
  static int nearest(double[] x, int off, double[] centres, int k, int dim) {
    int best = 0;
    double bd = Double.POSITIVE_INFINITY;
    for (int j = 0; j < k; j++) {
      double d = squaredDistance(x, off, centres, j * dim, dim);
      if (d < bd) {
        bd = d;
        best = j;
      }
    }
    return best;
  }

  /**
   * Greedy k-means++ (scikit-learn's): the first centre drawn with probability proportional to the
   * weight, each next one the best, by the weighted sum of squared distances to the nearest
   * centre, of {@code trials} candidates drawn proportional to weight x that squared distance.
   * Stops early when every point coincides with a centre.
   *
   * @param x the points
   * @param w their weights (sum &gt; 0)
   * @param n the number of points
   * @param dim coordinates per point
   * @param k the number of centres wanted
   * @param trials candidates per centre (0: 2 + ln k)
   * @param random the random source
   * @param threads the threads (0: one per processor)
   * @return the centres, row-major (k or fewer rows)
   * @throws Exception if a thread fails
   */
  static double[] seed(double[] x, double[] w, int n, int dim, int k, int trials, Random random, int threads)
    throws Exception {
    int t = trials > 0 ? trials : 2 + (int) Math.log(k);
    double[] centres = new double[k * dim];
    int first = draw(w, n, random.nextDouble());
    System.arraycopy(x, first * dim, centres, 0, dim);
    double[] closest = new double[n];
    java.util.Arrays.fill(closest, Double.POSITIVE_INFINITY);
    double pot = potentials(x, w, n, dim, closest, new int[] {first * dim}, true, threads)[0];
    double[] mass = new double[n];
    int made = 1;
    for (; made < k && pot > 0; made++) {
      for (int i = 0; i < n; i++) {
        mass[i] = w[i] * closest[i];
      }
      int[] off = new int[t];
      for (int c = 0; c < t; c++) {
        off[c] = draw(mass, n, random.nextDouble()) * dim;
      }
      double[] pots = potentials(x, w, n, dim, closest, off, false, threads);
      int best = 0;
      for (int c = 1; c < t; c++) {
        best = pots[c] < pots[best] ? c : best;
      }
      System.arraycopy(x, off[best], centres, made * dim, dim);
      pot = potentials(x, w, n, dim, closest, new int[] {off[best]}, true, threads)[0];
    }
    return made == k ? centres : java.util.Arrays.copyOf(centres, made * dim);
  }

  /** @return the first index whose cumulative mass exceeds u times the total (the last positive one if none) */
  private static int draw(double[] mass, int n, double u) {
    double total = 0;
    for (int i = 0; i < n; i++) {
      total += mass[i];
    }
    double target = u * total;
    double cum = 0;
    int last = 0;
    for (int i = 0; i < n; i++) {
      if (mass[i] > 0) {
        cum += mass[i];
        last = i;
        if (cum > target) {
          return i;
        }
      }
    }
    return last;
  }

  /**
   * For each candidate centre (the point at x[off[c] ..]), the weighted sum over the points of
   * min(closest, squared distance to it); with {@code update} (one candidate) closest takes those
   * minima.
   */
  private static double[] potentials(double[] x, double[] w, int n, int dim, double[] closest, int[] off,
    boolean update, int threads) throws Exception {
    int chunks = (n + CHUNK - 1) / CHUNK;
    int t = off.length;
    double[][] part = new double[chunks][t];
    Parallel.forRange(threads, chunks, Math.max(1, MIN_PER_THREAD / CHUNK), (lo, hi) -> {
      for (int ch = lo; ch < hi; ch++) {
        for (int i = ch * CHUNK, end = Math.min(n, i + CHUNK); i < end; i++) {
          for (int c = 0; c < t; c++) {
            double m = Math.min(closest[i], squaredDistance(x, i * dim, x, off[c], dim));
            part[ch][c] += w[i] * m;
            if (update) {
              closest[i] = m;
            }
          }
        }
      }
    });
    double[] sum = new double[t];
    for (int ch = 0; ch < chunks; ch++) {
      for (int c = 0; c < t; c++) {
        sum[c] += part[ch][c];
      }
    }
    return sum;
  }

  /** @return the mean over the coordinates of their variances over the points (scikit-learn's tolerance scale) */
  static double meanVariance(double[] x, int n, int dim) {
    double total = 0;
    for (int a = 0; a < dim; a++) {
      double mean = 0;
      for (int i = 0; i < n; i++) {
        mean += x[i * dim + a];
      }
      mean /= n;
      double var = 0;
      for (int i = 0; i < n; i++) {
        double t = x[i * dim + a] - mean;
        var += t * t;
      }
      total += var / n;
    }
    return dim == 0 ? 0 : total / dim;
  }

  /**
   * Lloyd's algorithm from the given centres: assign, then (update the centres, reassign) until no
   * point changes centre or maxIter updates, with Hamerly's bounds. A centre that loses all its
   * points stays where it is; one whose points all have weight 0 takes their plain mean.
   *
   * @param x the points
   * @param w their weights
   * @param n the number of points
   * @param dim coordinates per point
   * @param init the initial centres, row-major (not changed)
   * @param maxIter the most centre updates
   * @param threads the threads (0: one per processor)
   * @return the clustering
   * @throws Exception if a thread fails
   */
  static Result run(double[] x, double[] w, int n, int dim, double[] init, int maxIter, int threads)
    throws Exception {
    return run(x, w, n, dim, init, maxIter, 0, threads);
  }

  /**
   * As {@link #run(double[], double[], int, int, double[], int, int)}, but also stopping, as
   * scikit-learn's KMeans does, once an update moves the centres by a total squared distance of at
   * most {@code shift}; the points are then assigned to their nearest final centre.
   *
   * @param shift the total squared centre shift at which to stop (0: only when no point changes)
   */
  static Result run(double[] x, double[] w, int n, int dim, double[] init, int maxIter, double shift, int threads)
    throws Exception {
    int k = init.length / dim;
    double[] c = init.clone();
    int[] a = new int[n];
    double[] upper = new double[n];
    double[] lower = new double[n];
    double[] half = new double[k];
    Parallel.forRange(threads, n, MIN_PER_THREAD, (lo, hi) -> {
      for (int i = lo; i < hi; i++) {
        scan(x, i, c, k, dim, a, upper, lower);
      }
    });
    // each centre's weighted sum, weight and size, kept up to date as points move (in index order),
    // and summed afresh every REFRESH iterations so that rounding cannot build up
    double[] sum = new double[k * dim];
    double[] wsum = new double[k];
    int[] size = new int[k];
    int[] was = new int[n];
    boolean[] moved = new boolean[n];
    double[] move = new double[k];
    int iter = 0;
    while (iter < maxIter) {
      if (iter % REFRESH == 0) {
        java.util.Arrays.fill(sum, 0);
        java.util.Arrays.fill(wsum, 0);
        java.util.Arrays.fill(size, 0);
        for (int i = 0; i < n; i++) {
          move(x, w, i, -1, a[i], dim, sum, wsum, size);
        }
      }
      double[] next = means(x, w, n, dim, a, c, k, sum, wsum, size);
      iter++;
      int far = 0;
      double maxMove = 0, secondMove = 0;
      for (int j = 0; j < k; j++) {
        move[j] = Math.sqrt(squaredDistance(c, j * dim, next, j * dim, dim));
        if (move[j] > maxMove) {
          secondMove = maxMove;
          maxMove = move[j];
          far = j;
        } else if (move[j] > secondMove) {
          secondMove = move[j];
        }
      }
      System.arraycopy(next, 0, c, 0, c.length);
      if (iter == maxIter || maxMove == 0) {
        break;
      }
      double total = 0;
      for (int j = 0; j < k; j++) {
        total += move[j] * move[j];
      }
      if (total <= shift) {
        Parallel.forRange(threads, n, MIN_PER_THREAD, (lo, hi) -> {
          for (int i = lo; i < hi; i++) {
            scan(x, i, c, k, dim, a, upper, lower);
          }
        });
        break;
      }
      for (int j = 0; j < k; j++) {
        double m = Double.POSITIVE_INFINITY;
        for (int l = 0; l < k; l++) {
          if (l != j) {
            m = Math.min(m, squaredDistance(c, j * dim, c, l * dim, dim));
          }
        }
        half[j] = Math.sqrt(m) / 2;
      }
      final int farthest = far;
      final double mm = maxMove, sm = secondMove;
      java.util.concurrent.atomic.AtomicInteger changed = new java.util.concurrent.atomic.AtomicInteger();
      Parallel.forRange(threads, n, MIN_PER_THREAD, (lo, hi) -> {
        int count = 0;
        for (int i = lo; i < hi; i++) {
          upper[i] += move[a[i]];
          lower[i] -= a[i] == farthest ? sm : mm;
          double bound = Math.max(half[a[i]], lower[i]);
          if (upper[i] <= bound) {
            continue;
          }
          upper[i] = Math.sqrt(squaredDistance(x, i * dim, c, a[i] * dim, dim));
          if (upper[i] <= bound) {
            continue;
          }
          int before = a[i];
          scan(x, i, c, k, dim, a, upper, lower);
          if (a[i] != before) {
            was[i] = before;
            moved[i] = true;
            count++;
          }
        }
        changed.addAndGet(count);
      });
      if (changed.get() == 0) {
        break;
      }
      for (int i = 0; i < n; i++) {
        if (moved[i]) {
          moved[i] = false;
          move(x, w, i, was[i], a[i], dim, sum, wsum, size);
        }
      }
    }
    double inertia = 0;
    for (int i = 0; i < n; i++) {
      inertia += w[i] * squaredDistance(x, i * dim, c, a[i] * dim, dim);
    }
    return new Result(c, k, a, inertia, iter);
  }

  /** Full scan of point i: its nearest centre (the first of equals), the distances to it and to the second. */
  private static void scan(double[] x, int i, double[] c, int k, int dim, int[] a, double[] upper, double[] lower) {
    double d1 = Double.POSITIVE_INFINITY, d2 = Double.POSITIVE_INFINITY;
    int best = 0;
    for (int j = 0; j < k; j++) {
      double d = squaredDistance(x, i * dim, c, j * dim, dim);
      if (d < d1) {
        d2 = d1;
        d1 = d;
        best = j;
      } else if (d < d2) {
        d2 = d;
      }
    }
    a[i] = best;
    upper[i] = Math.sqrt(d1);
    lower[i] = Math.sqrt(d2);
  }

  /** Moves point i's weight and coordinates from centre {@code from} (-1: none) to centre {@code to}. */
  private static void move(double[] x, double[] w, int i, int from, int to, int dim, double[] sum, double[] wsum,
    int[] size) {
    if (from >= 0) {
      wsum[from] -= w[i];
      size[from]--;
      for (int d = 0; d < dim; d++) {
        sum[from * dim + d] -= w[i] * x[i * dim + d];
      }
    }
    wsum[to] += w[i];
    size[to]++;
    for (int d = 0; d < dim; d++) {
      sum[to * dim + d] += w[i] * x[i * dim + d];
    }
  }

  /**
   * Each centre's weighted mean from its running sums; an empty centre stays where it is; a centre
   * whose points all have weight 0 takes their plain mean (summed afresh, in index order). Weights
   * too small to be told from rounding are summed afresh first.
   */
  private static double[] means(double[] x, double[] w, int n, int dim, int[] a, double[] old, int k, double[] sum,
    double[] wsum, int[] size) {
    double[] next = old.clone();
    double total = 0;
    for (double v : wsum) {
      total += Math.abs(v);
    }
    for (int j = 0; j < k; j++) {
      if (size[j] == 0) {
        continue;
      }
      if (!(wsum[j] > 1e-9 * total)) {
        wsum[j] = 0;
        java.util.Arrays.fill(sum, j * dim, (j + 1) * dim, 0);
        for (int i = 0; i < n; i++) {
          if (a[i] == j) {
            wsum[j] += w[i];
            for (int d = 0; d < dim; d++) {
              sum[j * dim + d] += w[i] * x[i * dim + d];
            }
          }
        }
      }
      boolean plain = !(wsum[j] > 0);
      if (plain) {
        java.util.Arrays.fill(next, j * dim, (j + 1) * dim, 0);
        for (int i = 0; i < n; i++) {
          if (a[i] == j) {
            for (int d = 0; d < dim; d++) {
              next[j * dim + d] += x[i * dim + d];
            }
          }
        }
      }
      for (int d = 0; d < dim; d++) {
        next[j * dim + d] = plain ? next[j * dim + d] / size[j] : sum[j * dim + d] / wsum[j];
      }
    }
    return next;
  }
}
