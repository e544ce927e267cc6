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

import java.util.Random;

/**
 * The class counts of the long-tailed training sets of the deep long-tail papers (Cui et al.
 * 2019, Cao et al. 2019), made from a data set by keeping a random subset of each class.
 *
 * <p>With C classes in a chosen order (position i = 0..C-1) and n_max the largest class count:
 * <ul>
 * <li>exponential profile: n_i = floor(n_max * (1/rho)^(i / (C - 1))), written as in the LDAM-DRW
 * code ({@code int(img_max * (imb_factor ** (cls_idx / (cls_num - 1.0))))}) so that the published
 * counts are reproduced exactly (CIFAR-10-LT, rho = 100: 12,406 images; CIFAR-100-LT: 10,847);</li>
 * <li>step profile: the first floor(mu * C) classes keep n_max, the others floor(n_max / rho).</li>
 * </ul>
 * A class never gets more than it has. With one class, n_0 = n_max.
 */
public final class LongTailPlan {

  /** Profile of the target counts. */
  public enum Profile {
    EXPONENTIAL, STEP
  }

  /** Which class comes first (keeps the most). */
  public enum Order {
    /** Class index order (label order, the papers' convention). */
    INDEX,
    /** Most frequent class first, ties by index. */
    FREQUENCY,
    /** A seeded random permutation. */
    RANDOM
  }

  private LongTailPlan() {
  }

  /**
   * The target count at each position of the order.
   *
   * @param nMax the count of the head class
   * @param numClasses C &gt;= 1
   * @param profile the profile
   * @param rho the imbalance ratio &gt;= 1
   * @param mu the head fraction of the step profile, in [0, 1]
   * @return n_0 .. n_{C-1}
   */
  public static int[] profile(int nMax, int numClasses, Profile profile, double rho, double mu) {
    if (!(rho >= 1) || Double.isInfinite(rho)) {
      throw new IllegalArgumentException("-rho must be >= 1, got " + rho);
    }
    if (!(mu >= 0 && mu <= 1)) {
      throw new IllegalArgumentException("-mu must be in [0, 1], got " + mu);
    }
    int[] n = new int[numClasses];
    double factor = 1.0 / rho;
    int head = (int) Math.floor(mu * numClasses + 1e-9);
    for (int i = 0; i < numClasses; i++) {
      if (profile == Profile.STEP) {
        n[i] = i < head ? nMax : (int) Math.floor(nMax * factor);
      } else {
        n[i] = numClasses == 1 ? nMax : (int) (nMax * Math.pow(factor, i / (numClasses - 1.0)));
      }
    }
    return n;
  }

  /**
   * The order of the classes: position -> class index. Empty classes are left out.
   *
   * @param counts class counts
   * @param order the order rule
   * @param random the generator for {@link Order#RANDOM}
   * @return the non-empty classes in order
   */
  public static int[] order(int[] counts, Order order, Random random) {
    int n = 0;
    for (int c : counts) {
      if (c > 0) {
        n++;
      }
    }
    Integer[] o = new Integer[n];
    for (int c = 0, p = 0; c < counts.length; c++) {
      if (counts[c] > 0) {
        o[p++] = c;
      }
    }
    if (order == Order.FREQUENCY) {
      java.util.Arrays.sort(o, (a, b) -> counts[a] != counts[b] ? Integer.compare(counts[b], counts[a])
        : Integer.compare(a, b));
    } else if (order == Order.RANDOM) {
      for (int i = n - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        Integer t = o[i];
        o[i] = o[j];
        o[j] = t;
      }
    }
    int[] r = new int[n];
    for (int i = 0; i < n; i++) {
      r[i] = o[i];
    }
    return r;
  }

  /**
   * The full plan: target count per class index (never above the class's count).
   *
   * @param counts class counts
   * @param profile the profile
   * @param rho imbalance ratio
   * @param mu head fraction (step)
   * @param order the order rule
   * @param random for the random order
   * @return the plan
   */
  public static SamplingPlan plan(int[] counts, Profile profile, double rho, double mu, Order order, Random random) {
    int[] ord = order(counts, order, random);
    int[] target = new int[counts.length];
    int[] n = profile(SamplingPlan.largest(counts), ord.length, profile, rho, mu);
    for (int p = 0; p < ord.length; p++) {
      target[ord[p]] = Math.min(counts[ord[p]], n[p]);
    }
    return new SamplingPlan(counts, target);
  }
}
