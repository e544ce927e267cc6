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

import java.util.Arrays;
import java.util.Random;

import weka.imbalance.Parallel;

/**
 * The arithmetic of {@link MiniBatchKMeans} on n points of dim coordinates in one row-major
 * {@code double[]}: Sculley's mini-batch k-means as scikit-learn 1.2's {@code MiniBatchKMeans}
 * computes it. Seeding: {@code nInit} k-means++ seedings ({@link KMeansLloyd#seed}), each on
 * {@code initSize} points drawn with replacement, the one with the smallest sum of squares on one
 * further such sample kept. Then up to {@code maxIter x n / batch} steps, each on {@code batch}
 * points drawn with replacement ({@link #step}); stopping when the centres' total squared shift in
 * a step is at most {@code tol} (scaled by the mean variance; 0: never), or when the exponentially
 * weighted average of the batch's mean squared distance has not improved for
 * {@code maxNoImprovement} steps (0: never). Finally every point goes to its nearest centre. Only
 * the seeding's sums and the final labelling run on several threads, in fixed chunks: the result
 * does not depend on the number of threads.
 */
final class KMeansMiniBatch {

  int k;
  int batch;
  int initSize;
  int nInit;
  int maxIter;
  int maxNoImprovement;
  double tol;
  double reassignmentRatio;

  /** What the last {@link #run} did: steps taken, centres reassigned, why it stopped. */
  int steps, reassigned;
  String stopped;

  /**
   * One mini-batch step (scikit-learn's {@code _mini_batch_step}): each batch point goes to its
   * nearest centre (the first of equals); each centre j that received weight W_j moves to
   * (c_j N_j + sum of w x over its batch points) / (N_j + W_j), and N_j += W_j, so that its
   * learning rate is its points' share of all the weight it has received. With {@code reassign}
   * and a ratio above 0, the centres whose N_j is below ratio x max N (at most half the batch size,
   * the smallest N first) jump to batch points drawn uniformly without replacement, and take the
   * smallest N of the others.
   *
   * @param x the points
   * @param w their weights
   * @param dim coordinates per point
   * @param idx the batch: indices into the points
   * @param centres the centres, row-major (updated)
   * @param counts N, the weight each centre has received (updated)
   * @param reassign whether to reassign small centres in this step
   * @param ratio the reassignment ratio
   * @param random the source of the reassignment's draws
   * @param moved if not null, moved[0] grows by the number of centres reassigned
   * @return the batch's weighted sum of squared distances to the centres before the step
   */
  static double step(double[] x, double[] w, int dim, int[] idx, double[] centres, double[] counts,
    boolean reassign, double ratio, Random random, int[] moved) {
    int k = counts.length;
    int b = idx.length;
    int[] label = new int[b];
    double inertia = 0;
    for (int t = 0; t < b; t++) {
      int i = idx[t];
      label[t] = KMeansLloyd.nearest(x, i * dim, centres, k, dim);
      inertia += w[i] * KMeansLloyd.squaredDistance(x, i * dim, centres, label[t] * dim, dim);
    }
    double[] sum = new double[k * dim];
    double[] wsum = new double[k];
    for (int t = 0; t < b; t++) {
      int i = idx[t];
      int j = label[t];
      wsum[j] += w[i];
      for (int d = 0; d < dim; d++) {
        sum[j * dim + d] += x[i * dim + d] * w[i];
      }
    }
    for (int j = 0; j < k; j++) {
      if (wsum[j] > 0) {
        double old = counts[j];
        counts[j] += wsum[j];
        for (int d = 0; d < dim; d++) {
          centres[j * dim + d] = (centres[j * dim + d] * old + sum[j * dim + d]) / counts[j];
        }
      }
    }
    if (reassign && ratio > 0) {
      int r = reassignSmall(x, dim, idx, centres, counts, ratio, random);
      if (moved != null) {
        moved[0] += r;
      }
    }
    return inertia;
  }

  /** The reassignment of {@link #step}; @return the number of centres moved */
  private static int reassignSmall(double[] x, int dim, int[] idx, double[] centres, double[] counts, double ratio,
    Random random) {
    int k = counts.length;
    double max = 0;
    for (double c : counts) {
      max = Math.max(max, c);
    }
    Integer[] order = new Integer[k];
    for (int j = 0; j < k; j++) {
      order[j] = j;
    }
    Arrays.sort(order, (p, q) -> Double.compare(counts[p], counts[q])); // stable: ties by index
    boolean[] small = new boolean[k];
    int many = 0, cap = idx.length / 2;
    for (int r = 0; r < k && many < cap; r++) {
      int j = order[r];
      if (counts[j] < ratio * max) {
        small[j] = true;
        many++;
      }
    }
    if (many == 0) {
      return 0;
    }
    // distinct batch positions: a partial Fisher-Yates shuffle
    int[] pos = new int[idx.length];
    for (int t = 0; t < pos.length; t++) {
      pos[t] = t;
    }
    double floor = Double.POSITIVE_INFINITY;
    for (int j = 0; j < k; j++) {
      if (!small[j]) {
        floor = Math.min(floor, counts[j]);
      }
    }
    int drawn = 0;
    for (int j = 0; j < k; j++) {
      if (small[j]) {
        int s = drawn + random.nextInt(pos.length - drawn);
        int tmp = pos[drawn];
        pos[drawn] = pos[s];
        pos[s] = tmp;
        System.arraycopy(x, idx[pos[drawn]] * dim, centres, j * dim, dim);
        counts[j] = floor;
        drawn++;
      }
    }
    return many;
  }

  /**
   * @return indices drawn uniformly with replacement from [0, n)
   */
  private static int[] sample(int n, int size, Random random) {
    int[] s = new int[size];
    for (int t = 0; t < size; t++) {
      s[t] = random.nextInt(n);
    }
    return s;
  }

  private static double[][] gather(double[] x, double[] w, int dim, int[] idx) {
    double[] xs = new double[idx.length * dim];
    double[] ws = new double[idx.length];
    for (int t = 0; t < idx.length; t++) {
      System.arraycopy(x, idx[t] * dim, xs, t * dim, dim);
      ws[t] = w[idx[t]];
    }
    return new double[][] {xs, ws};
  }

  /** @return the weighted sum of squared distances of the points to their nearest centres */
  private static double inertia(double[] x, double[] w, int n, int dim, double[] centres, int k) {
    double s = 0;
    for (int i = 0; i < n; i++) {
      int j = KMeansLloyd.nearest(x, i * dim, centres, k, dim);
      s += w[i] * KMeansLloyd.squaredDistance(x, i * dim, centres, j * dim, dim);
    }
    return s;
  }

  /**
   * Mini-batch k-means with this object's settings (see the class comment).
   *
   * @param x the points
   * @param w their weights (positive sum)
   * @param n the number of points
   * @param dim coordinates per point
   * @param random the random source
   * @param threads the threads of the seeding and the final labelling (0: one per processor)
   * @return the clustering (iterations: the mini-batch steps)
   * @throws Exception if a thread fails
   */
  KMeansLloyd.Result run(double[] x, double[] w, int n, int dim, Random random, int threads) throws Exception {
    int b = Math.min(batch, n);
    int init = initSize > 0 ? initSize : 3 * b;
    if (init < k) {
      init = 3 * k;
    }
    init = Math.min(init, n);
    double[][] valid = gather(x, w, dim, sample(n, init, random));
    double[] centres = null;
    double best = Double.POSITIVE_INFINITY;
    for (int r = 0; r < nInit; r++) {
      double[][] s = gather(x, w, dim, sample(n, init, random));
      double[] c = KMeansLloyd.seed(s[0], s[1], init, dim, k, 0, random, threads);
      double e = inertia(valid[0], valid[1], init, dim, c, c.length / dim);
      if (centres == null || e < best) {
        centres = c;
        best = e;
      }
    }
    int kk = centres.length / dim;
    double[] counts = new double[kk];
    double shiftTol = tol * KMeansLloyd.meanVariance(x, n, dim);
    long nSteps = (long) maxIter * n / b;
    double ewa = Double.NaN, ewaMin = Double.NaN;
    int noImprovement = 0;
    long sinceReassign = 0;
    double alpha = Math.min(1, b * 2.0 / (n + 1));
    int[] moved = {0};
    double[] before = tol > 0 ? new double[centres.length] : null;
    stopped = "the most steps";
    steps = 0;
    for (long i = 0; i < nSteps; i++) {
      int[] idx = sample(n, b, random);
      sinceReassign += b;
      boolean reassign = false;
      if (sinceReassign >= 10L * kk || Arrays.stream(counts).anyMatch(c -> c == 0)) {
        sinceReassign = 0;
        reassign = true;
      }
      if (before != null) {
        System.arraycopy(centres, 0, before, 0, centres.length);
      }
      double batchInertia = step(x, w, dim, idx, centres, counts, reassign, reassignmentRatio, random, moved) / b;
      steps++;
      if (i == 0) {
        continue; // its inertia is the seeding's
      }
      ewa = Double.isNaN(ewa) ? batchInertia : ewa * (1 - alpha) + batchInertia * alpha;
      if (before != null && KMeansLloyd.squaredDistance(before, 0, centres, 0, centres.length) <= shiftTol) {
        stopped = "small centre shift";
        break;
      }
      if (Double.isNaN(ewaMin) || ewa < ewaMin) {
        noImprovement = 0;
        ewaMin = ewa;
      } else {
        noImprovement++;
      }
      if (maxNoImprovement > 0 && noImprovement >= maxNoImprovement) {
        stopped = "no improvement of the smoothed inertia in " + maxNoImprovement + " steps";
        break;
      }
    }
    reassigned = moved[0];
    final double[] c = centres;
    int[] a = new int[n];
    double[] d = new double[n];
    Parallel.forRange(threads, n, KMeansLloyd.MIN_PER_THREAD, (lo, hi) -> {
      for (int i = lo; i < hi; i++) {
        a[i] = KMeansLloyd.nearest(x, i * dim, c, kk, dim);
        d[i] = w[i] * KMeansLloyd.squaredDistance(x, i * dim, c, a[i] * dim, dim);
      }
    });
    double total = 0;
    for (double v : d) {
      total += v;
    }
    return new KMeansLloyd.Result(c, kk, a, total, steps);
  }
}
