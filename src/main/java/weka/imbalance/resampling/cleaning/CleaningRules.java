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
package weka.imbalance.resampling.cleaning;

import java.util.Arrays;
import java.util.Random;

import weka.core.Tag;

/**
 * The under-sampling and cleaning rules themselves, on a {@link Neighbourhood}: each returns which
 * points it removes. The Weka-facing filters (Tomek links, ENN, ...) only read options and call one
 * of these. Classes, ties and stopping rules follow imbalanced-learn 0.10 unless a method's
 * javadoc says otherwise.
 */
public final class CleaningRules {

  /** Which classes a rule may remove from (imbalanced-learn's {@code sampling_strategy} of cleaning). */
  public static final int NOT_MINORITY = 0, MAJORITY = 1, NOT_MAJORITY = 2, ALL = 3;

  public static final Tag[] TAGS_CLASSES = {
    new Tag(NOT_MINORITY, "not-minority", "every class but the smallest (imbalanced-learn's 'auto')", false),
    new Tag(MAJORITY, "majority", "the largest class only", false),
    new Tag(NOT_MAJORITY, "not-majority", "every class but the largest", false),
    new Tag(ALL, "all", "every class", false) };

  private CleaningRules() {
  }

  /**
   * The classes a rule may remove from. The smallest (largest) class is the first non-empty class
   * with the fewest (most) instances, as imbalanced-learn picks it among its sorted labels.
   *
   * @param counts the class counts
   * @param which NOT_MINORITY, MAJORITY, NOT_MAJORITY or ALL
   * @return per class, whether it may lose instances
   */
  public static boolean[] cleanable(int[] counts, int which) {
    int min = -1;
    int max = -1;
    for (int c = 0; c < counts.length; c++) {
      if (counts[c] > 0) {
        min = min < 0 || counts[c] < counts[min] ? c : min;
        max = max < 0 || counts[c] > counts[max] ? c : max;
      }
    }
    boolean[] clean = new boolean[counts.length];
    for (int c = 0; c < counts.length; c++) {
      clean[c] = counts[c] > 0 && (which == ALL || which == NOT_MINORITY && c != min || which == MAJORITY && c == max
        || which == NOT_MAJORITY && c != max);
    }
    return clean;
  }

  /**
   * Tomek links (Tomek 1976): a point of a cleanable class is removed when its nearest neighbour
   * belongs to another class and has it as its own nearest neighbour.
   *
   * @param nb the points
   * @param subset the points considered
   * @param clean the cleanable classes
   * @return per position, whether it is removed
   * @throws Exception if the search fails
   */
  public static boolean[] tomekLinks(Neighbourhood nb, int[] subset, boolean[] clean) throws Exception {
    boolean[] removed = new boolean[nb.size()];
    int[][] nn = nb.kNearest(subset, 1);
    int[] nearest = new int[nb.size()];
    Arrays.fill(nearest, -1);
    for (int r = 0; r < subset.length; r++) {
      nearest[subset[r]] = nn[r].length > 0 ? nn[r][0] : -1;
    }
    for (int i : subset) {
      int j = nearest[i];
      removed[i] = clean[nb.label(i)] && j >= 0 && nb.label(j) != nb.label(i) && nearest[j] == i;
    }
    return removed;
  }

  /**
   * Edited nearest neighbours (Wilson 1972): a point of a cleanable class is removed when its k
   * nearest neighbours in the subset do not all share its class ({@code mode} false) or when their
   * most common class (the smallest index on ties) is not its class ({@code mode} true).
   *
   * @param nb the points
   * @param subset the points considered (neighbours are searched among them)
   * @param k the number of neighbours (reduced to the subset's size - 1)
   * @param mode the majority vote instead of unanimity
   * @param clean the cleanable classes
   * @return per position, whether it is removed
   * @throws Exception if the search fails
   */
  public static boolean[] edited(Neighbourhood nb, int[] subset, int k, boolean mode, boolean[] clean)
    throws Exception {
    boolean[] removed = new boolean[nb.size()];
    int[][] nn = nb.kNearest(subset, k);
    for (int r = 0; r < subset.length; r++) {
      int i = subset[r];
      int c = nb.label(i);
      if (!clean[c] || nn[r].length == 0) {
        continue;
      }
      if (mode) {
        removed[i] = nb.mode(nn[r]) != c;
      } else {
        for (int j : nn[r]) {
          removed[i] |= nb.label(j) != c;
        }
      }
    }
    return removed;
  }

  /**
   * Repeated ENN (Tomek 1976) and All-kNN (Tomek 1976), as imbalanced-learn runs them: ENN is
   * applied again and again to what is left (the cleanable classes recounted each time), with k
   * fixed for repeated ENN and k = 1, 2, ..., K for All-kNN. It stops after the round in which a
   * class other than the original minority falls below the original minority's count (unless
   * {@code allowMinority}), a class disappears, or (repeated ENN) nothing is removed, and after
   * {@code rounds} rounds in any case.
   *
   * @param nb the points
   * @param k ENN's k (repeated ENN), or the largest k (All-kNN)
   * @param growing true for All-kNN
   * @param rounds the most rounds of repeated ENN (ignored for All-kNN, which makes k rounds)
   * @param mode ENN's majority vote
   * @param which the cleanable classes, as in {@link #cleanable}
   * @param allowMinority whether a class may fall below the original minority's count
   * @param done receives the number of rounds made (may be null)
   * @return per position, whether it is removed
   * @throws Exception if the search fails
   */
  public static boolean[] repeatedEdited(Neighbourhood nb, int k, boolean growing, int rounds, boolean mode,
    int which, boolean allowMinority, int[] done) throws Exception {
    int[] left = nb.all();
    int[] original = nb.counts(left);
    int minority = nb.minorityByOccurrence(left);
    int present = present(original);
    int maxRounds = growing ? k : rounds;
    int round = 0;
    while (round < maxRounds) {
      int kk = growing ? round + 1 : k;
      round++;
      boolean[] removed = edited(nb, left, kk, mode, cleanable(nb.counts(left), which));
      int[] next = keep(left, removed);
      boolean unchanged = next.length == left.length;
      left = next;
      int[] counts = nb.counts(left);
      boolean belowMinority = false;
      for (int c = 0; c < counts.length; c++) {
        belowMinority |= c != minority && counts[c] > 0 && counts[c] < original[minority];
      }
      if (!growing && unchanged || !allowMinority && belowMinority || present(counts) < present) {
        break;
      }
    }
    if (done != null) {
      done[0] = round;
    }
    return removedOutside(nb.size(), left);
  }

  /**
   * The neighbourhood cleaning rule (Laurikkala 2001): the points of cleanable classes that ENN
   * (majority vote of k) removes, plus the k nearest neighbours of every minority point that its k
   * nearest neighbours' majority vote misclassifies, when they belong to a cleanable class of at
   * least {@code threshold} times the minority's size (the paper's rule; imbalanced-learn 0.10
   * compares with the data size instead, 0.12 requires strictly more).
   *
   * @param nb the points
   * @param k the neighbours (3 in the paper)
   * @param threshold the class size rule (0.5 in the paper)
   * @param which the cleanable classes
   * @return per position, whether it is removed
   * @throws Exception if the search fails
   */
  public static boolean[] neighbourhoodCleaning(Neighbourhood nb, int k, double threshold, int which)
    throws Exception {
    int[] all = nb.all();
    int[] counts = nb.counts(all);
    boolean[] clean = cleanable(counts, which);
    boolean[] removed = edited(nb, all, k, true, clean);
    int minority = nb.minorityByOccurrence(all);
    if (minority < 0) {
      return removed;
    }
    int[][] nn = nb.kNearest(all, k);
    for (int i : all) {
      if (nb.label(i) == minority && nn[i].length > 0 && nb.mode(nn[i]) != minority) {
        for (int j : nn[i]) {
          int c = nb.label(j);
          removed[j] |= clean[c] && counts[c] >= threshold * counts[minority];
        }
      }
    }
    return removed;
  }

  /**
   * NearMiss (Mani and Zhang 2003), as imbalanced-learn: each cleanable class keeps as many points
   * as the minority class has (fewer if version 3 offers fewer). Version 1 keeps the points with the
   * smallest sum of distances to their k nearest minority points, version 2 those with the smallest
   * sum of distances to their k farthest minority points, version 3 first shortlists the
   * {@code k3} nearest points of the class of every minority point, then keeps those whose sum of
   * distances to their k nearest minority points is largest. Ties go to the earlier point;
   * distances are Euclidean; k is reduced to the minority's size.
   *
   * @param nb the points
   * @param version 1, 2 or 3
   * @param k the minority neighbours of the sums
   * @param k3 version 3's shortlist neighbours
   * @param which the classes to under-sample
   * @return per position, whether it is removed
   */
  public static boolean[] nearMiss(Neighbourhood nb, int version, int k, int k3, int which) {
    int[] all = nb.all();
    int[] counts = nb.counts(all);
    boolean[] clean = cleanable(counts, which);
    int minority = nb.minorityByOccurrence(all);
    boolean[] removed = new boolean[nb.size()];
    if (minority < 0) {
      return removed;
    }
    int[] min = nb.ofClass(all, minority);
    int kk = Math.min(k, min.length);
    for (int c = 0; c < counts.length; c++) {
      if (!clean[c]) {
        continue;
      }
      int[] members = nb.ofClass(all, c);
      int[] candidates = version == 3 ? shortlist(nb, members, min, k3) : members;
      double[] score = version == 2 ? farthestSums(nb, candidates, min, kk) : nearestSums(nb, candidates, min, kk);
      Integer[] order = new Integer[candidates.length];
      for (int r = 0; r < order.length; r++) {
        order[r] = r;
      }
      // a stable sort: ties keep the earlier point first, in both directions
      Arrays.sort(order, (a, b) -> version == 3 ? Double.compare(score[b], score[a]) : Double.compare(score[a],
        score[b]));
      boolean[] kept = new boolean[nb.size()];
      for (int r = 0; r < Math.min(counts[minority], order.length); r++) {
        kept[candidates[order[r]]] = true;
      }
      for (int i : members) {
        removed[i] = !kept[i];
      }
    }
    return removed;
  }

  /** @return per candidate, the sum of its distances to its k nearest minority points, ascending */
  private static double[] nearestSums(Neighbourhood nb, int[] candidates, int[] min, int k) {
    NearestScan scan = new NearestScan(nb, min);
    NearestScan.Nearest near = new NearestScan.Nearest(k);
    double[] work = new double[NearestScan.workSize()];
    double[] score = new double[candidates.length];
    for (int r = 0; r < candidates.length; r++) {
      scan.nearest(candidates[r], near, work);
      for (int m = 0; m < k; m++) { // ascending, as in the sorted list of all distances
        score[r] += near.m_Dist[m];
      }
    }
    return score;
  }

  /** @return per candidate, the sum of its distances to its k farthest minority points, ascending */
  private static double[] farthestSums(Neighbourhood nb, int[] candidates, int[] min, int k) {
    double[] score = new double[candidates.length];
    double[] chosen = new double[k];
    for (int r = 0; r < candidates.length; r++) {
      int n = 0;
      for (int m = 0; m < min.length; m++) { // the square root is monotone: the same k, rooted once
        n = keepLargest(chosen, n, nb.squaredDistance(candidates[r], min[m]));
      }
      for (int m = 0; m < k; m++) {
        score[r] += Math.sqrt(chosen[m]);
      }
    }
    return score;
  }

  /**
   * Adds a value to the k largest seen so far, kept ascending in {@code kept[0..n)} (k =
   * kept.length), in the order of {@link Double#compare}.
   *
   * @return the new count
   */
  static int keepLargest(double[] kept, int n, double v) {
    int k = kept.length;
    if (n == k) {
      if (Double.compare(v, kept[0]) <= 0) {
        return n;
      }
      System.arraycopy(kept, 1, kept, 0, k - 1); // drop the smallest
      n--;
    }
    int at = n++;
    while (at > 0 && Double.compare(kept[at - 1], v) > 0) {
      kept[at] = kept[at - 1];
      at--;
    }
    kept[at] = v;
    return n;
  }

  /** NearMiss-3's shortlist: the union of the k3 nearest members of every minority point, in order. */
  private static int[] shortlist(Neighbourhood nb, int[] members, int[] min, int k3) {
    boolean[] in = new boolean[members.length];
    NearestScan scan = new NearestScan(nb, members);
    NearestScan.Nearest near = new NearestScan.Nearest(Math.min(k3, members.length));
    double[] work = new double[NearestScan.workSize()];
    for (int m : min) {
      scan.nearest(m, near, work); // ties keep the earlier member, as a stable sort by distance
      for (int r = 0; r < near.m_Count; r++) {
        in[near.m_Index[r]] = true;
      }
    }
    int n = 0;
    for (boolean b : in) {
      n += b ? 1 : 0;
    }
    int[] s = new int[n];
    n = 0;
    for (int r = 0; r < members.length; r++) {
      if (in[r]) {
        s[n++] = members[r];
      }
    }
    return s;
  }

  /**
   * Hart's condensed nearest neighbour (1968), per cleanable class as imbalanced-learn: the store
   * starts with the minority class and one random point of the class; the class's points are
   * visited in order and every point the store's 1-NN misclassifies joins the store; the passes
   * repeat until one adds nothing (Hart's rule; imbalanced-learn makes one pass), so every removed
   * point is classified correctly by 1-NN on the minority and the kept points of its class.
   *
   * @param nb the points
   * @param which the classes to condense
   * @param random the generator (the seed points)
   * @return per position, whether it is removed
   */
  public static boolean[] condensed(Neighbourhood nb, int which, Random random) {
    return storeRule(nb, which, random, true);
  }

  /**
   * One-sided selection (Kubat and Matwin 1997): per cleanable class, the store is the minority
   * class and one random point of the class; the class keeps that point and the points the store's
   * 1-NN misclassifies; then the Tomek links of the cleanable classes are removed from what is left.
   *
   * @param nb the points
   * @param which the classes to under-sample
   * @param random the generator (the seed points)
   * @return per position, whether it is removed
   * @throws Exception if the search fails
   */
  public static boolean[] oneSided(Neighbourhood nb, int which, Random random) throws Exception {
    boolean[] removed = storeRule(nb, which, random, false);
    int[] left = keep(nb.all(), removed);
    boolean[] tomek = tomekLinks(nb, left, cleanable(nb.counts(nb.all()), which));
    for (int i = 0; i < removed.length; i++) {
      removed[i] |= tomek[i];
    }
    return removed;
  }

  /** CNN (repeated passes, growing store) or OSS's one classification by minority + seed. */
  private static boolean[] storeRule(Neighbourhood nb, int which, Random random, boolean grow) {
    int[] all = nb.all();
    int[] counts = nb.counts(all);
    boolean[] clean = cleanable(counts, which);
    int minority = nb.minorityByOccurrence(all);
    boolean[] removed = new boolean[nb.size()];
    if (minority < 0) {
      return removed;
    }
    int[] min = nb.ofClass(all, minority);
    for (int c = 0; c < counts.length; c++) {
      if (!clean[c] || c == minority) {
        continue;
      }
      int[] s = nb.ofClass(all, c);
      boolean[] stored = new boolean[s.length];
      int seed = random.nextInt(s.length);
      stored[seed] = true;
      // each point's nearest stored point: distance and class, ties to the earlier position
      double[] best = new double[s.length];
      int[] bestAt = new int[s.length];
      for (int r = 0; r < s.length; r++) {
        best[r] = Double.POSITIVE_INFINITY;
        bestAt[r] = Integer.MAX_VALUE;
        for (int m : min) {
          offer(nb, s, r, m, best, bestAt);
        }
        offer(nb, s, r, s[seed], best, bestAt);
      }
      boolean added = grow;
      while (added) {
        added = false;
        for (int r = 0; r < s.length; r++) {
          if (!stored[r] && nb.label(bestAt[r]) != c) {
            stored[r] = true;
            added = true;
            for (int q = 0; q < s.length; q++) {
              offer(nb, s, q, s[r], best, bestAt);
            }
          }
        }
      }
      for (int r = 0; r < s.length; r++) {
        removed[s[r]] = !stored[r] && nb.label(bestAt[r]) == c;
      }
    }
    return removed;
  }

  private static void offer(Neighbourhood nb, int[] s, int r, int p, double[] best, int[] bestAt) {
    if (p == s[r]) {
      return;
    }
    double d = nb.distance(s[r], p);
    if (d < best[r] || d == best[r] && p < bestAt[r]) {
      best[r] = d;
      bestAt[r] = p;
    }
  }

  /** @return the subset's points that are not removed */
  static int[] keep(int[] subset, boolean[] removed) {
    int n = 0;
    for (int i : subset) {
      n += removed[i] ? 0 : 1;
    }
    int[] r = new int[n];
    n = 0;
    for (int i : subset) {
      if (!removed[i]) {
        r[n++] = i;
      }
    }
    return r;
  }

  private static boolean[] removedOutside(int n, int[] left) {
    boolean[] removed = new boolean[n];
    Arrays.fill(removed, true);
    for (int i : left) {
      removed[i] = false;
    }
    return removed;
  }

  private static int present(int[] counts) {
    int n = 0;
    for (int c : counts) {
      n += c > 0 ? 1 : 0;
    }
    return n;
  }
}
