package weka.imbalance.resampling.cleaning;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.Test;

/**
 * NearMiss's blocked scan gives what a full scan gives: the same k nearest reference points by
 * (distance, index), the same bits, on data full of ties (integer grids, duplicates), missing and
 * infinite coordinates (in reference points and queries), blocks of more than one size, and no or
 * one coordinate; and NearMiss 1-3 built on it select exactly what the method's definition, computed here
 * by sorting every list of distances, selects.
 */
public class NearestScanTest {

  /** Random points: an integer grid (many equal distances) or continuous, some coordinates missing. */
  private static double[] points(Random r, int n, int d, boolean grid, double missing) {
    double[] x = new double[n * d];
    for (int i = 0; i < x.length; i++) {
      double u = r.nextDouble();
      x[i] = u < missing ? Double.NaN : u < missing * 1.1 ? Double.POSITIVE_INFINITY : grid ? r.nextInt(3)
        : r.nextGaussian();
    }
    if (n > 3 && d > 0) {
      System.arraycopy(x, 0, x, d, d); // a duplicate point
    }
    return x;
  }

  @Test
  public void theNearestAreThoseOfAFullScan() {
    Random r = new Random(11);
    for (int trial = 0; trial < 800; trial++) {
      int n = 2 + r.nextInt(trial % 100 == 0 ? 600 : 60);
      int d = r.nextInt(6);
      double[] x = points(r, n, d, r.nextBoolean(), r.nextInt(3) == 0 ? 0.2 : 0);
      Neighbourhood nb = new Neighbourhood(x, d, new int[n], 1, null);
      List<Integer> pos = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (r.nextBoolean()) {
          pos.add(i);
        }
      }
      if (pos.isEmpty()) {
        continue;
      }
      int[] ref = pos.stream().mapToInt(Integer::intValue).toArray();
      int k = 1 + r.nextInt(ref.length);
      NearestScan scan = new NearestScan(nb, ref);
      NearestScan.Nearest near = new NearestScan.Nearest(k);
      double[] work = new double[NearestScan.workSize()];
      for (int q = 0; q < n; q++) {
        final int query = q;
        Integer[] all = new Integer[ref.length];
        for (int i = 0; i < all.length; i++) {
          all[i] = i;
        }
        Arrays.sort(all, Comparator.<Integer>comparingDouble(i -> nb.distance(query, ref[i])).thenComparing(i -> i));
        double[] dist = new double[k];
        int[] index = new int[k];
        for (int i = 0; i < k; i++) {
          index[i] = all[i];
          dist[i] = nb.distance(query, ref[all[i]]);
        }
        scan.nearest(q, near, work);
        String what = "trial " + trial + " query " + q + " k " + k;
        assertEquals(what, k, near.m_Count);
        assertArrayEquals(what, index, near.m_Index);
        assertArrayEquals(what, dist, near.m_Dist, 0.0);
      }
    }
  }

  @Test
  public void nearMissSelectsWhatItsDefinitionSelects() {
    Random r = new Random(5);
    for (int trial = 0; trial < 300; trial++) {
      int n = 6 + r.nextInt(80);
      int d = 1 + r.nextInt(5);
      double[] x = points(r, n, d, r.nextBoolean(), r.nextInt(4) == 0 ? 0.15 : 0);
      int classes = 2 + r.nextInt(2);
      int[] y = new int[n];
      for (int i = 0; i < n; i++) {
        y[i] = r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(classes - 1);
      }
      Neighbourhood nb = new Neighbourhood(x, d, y, classes, null);
      int k = 1 + r.nextInt(4);
      int k3 = 1 + r.nextInt(4);
      for (int version = 1; version <= 3; version++) {
        boolean[] expected = definition(nb, version, k, k3);
        boolean[] got = CleaningRules.nearMiss(nb, version, k, k3, CleaningRules.NOT_MINORITY);
        assertEquals("trial " + trial + " version " + version, Arrays.toString(expected), Arrays.toString(got));
      }
    }
  }

  /** NearMiss by its definition: every list of distances sorted in full, candidates ordered by a stable sort. */
  private static boolean[] definition(Neighbourhood nb, int version, int k, int k3) {
    int[] all = nb.all();
    int[] counts = nb.counts(all);
    int minority = nb.minorityByOccurrence(all);
    boolean[] clean = CleaningRules.cleanable(counts, CleaningRules.NOT_MINORITY);
    boolean[] removed = new boolean[nb.size()];
    int[] min = nb.ofClass(all, minority);
    for (int c = 0; c < counts.length; c++) {
      if (!clean[c]) {
        continue;
      }
      int[] members = nb.ofClass(all, c);
      int[] candidates = members;
      if (version == 3) {
        boolean[] in = new boolean[members.length];
        for (int m : min) {
          Integer[] o = new Integer[members.length];
          for (int i = 0; i < o.length; i++) {
            o[i] = i;
          }
          Arrays.sort(o, Comparator.comparingDouble(i -> nb.distance(m, members[i])));
          for (int i = 0; i < Math.min(k3, o.length); i++) {
            in[o[i]] = true;
          }
        }
        candidates = java.util.stream.IntStream.range(0, members.length).filter(i -> in[i]).map(i -> members[i])
          .toArray();
      }
      int kk = Math.min(k, min.length);
      double[] score = new double[candidates.length];
      for (int r = 0; r < candidates.length; r++) {
        double[] dist = new double[min.length];
        for (int m = 0; m < min.length; m++) {
          dist[m] = nb.distance(candidates[r], min[m]);
        }
        Arrays.sort(dist);
        for (int m = 0; m < kk; m++) {
          score[r] += version == 2 ? dist[min.length - kk + m] : dist[m];
        }
      }
      Integer[] order = new Integer[candidates.length];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> version == 3 ? Double.compare(score[b], score[a]) : Double.compare(score[a],
        score[b]));
      boolean[] kept = new boolean[nb.size()];
      for (int i = 0; i < Math.min(counts[minority], order.length); i++) {
        kept[candidates[order[i]]] = true;
      }
      for (int i : members) {
        removed[i] = !kept[i];
      }
    }
    return removed;
  }
}
