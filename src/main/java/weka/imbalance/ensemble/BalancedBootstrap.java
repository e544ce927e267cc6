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


package weka.imbalance.ensemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import weka.core.Instance;
import weka.core.Instances;

/**
 * The balanced bootstrap of Chen, Liaw and Breiman's balanced random forest: for each tree, a
 * bootstrap sample (with replacement) of n_min instances from <b>every</b> class, where n_min is
 * the number of instances of the smallest class present. The paper states it for two classes
 * ("draw a bootstrap sample from the minority class; randomly draw the same number of cases, with
 * replacement, from the majority class"); every class is treated as the majority class is, as
 * imbalanced-learn's {@code BalancedRandomForestClassifier(sampling_strategy="all",
 * replacement=True, bootstrap=False)} does, the defaults it announces for release 0.13.
 *
 * <p>Within a class an instance is drawn with probability proportional to its weight (as Weka's
 * Bagging draws its bootstrap); the drawn instances have weight 1. Instances with a missing class
 * are never drawn.
 */
public final class BalancedBootstrap {

  private BalancedBootstrap() {
  }

  /**
   * Draws one balanced bootstrap sample.
   *
   * @param data the training data (not modified)
   * @param random the source of randomness
   * @param inBag if not null, set to true for each instance drawn at least once
   * @return the sample: n_min instances of each class present, in class order
   */
  public static Instances draw(Instances data, Random random, boolean[] inBag) {
    int numClasses = data.numClasses();
    List<List<Integer>> members = new ArrayList<>();
    for (int k = 0; k < numClasses; k++) {
      members.add(new ArrayList<>());
    }
    for (int i = 0; i < data.numInstances(); i++) {
      if (!data.instance(i).classIsMissing()) {
        members.get((int) data.instance(i).classValue()).add(i);
      }
    }
    int nMin = Integer.MAX_VALUE;
    for (List<Integer> m : members) {
      if (!m.isEmpty()) {
        nMin = Math.min(nMin, m.size());
      }
    }
    Instances out = new Instances(data, nMin == Integer.MAX_VALUE ? 0 : nMin * numClasses);
    for (List<Integer> m : members) {
      if (m.isEmpty()) {
        continue;
      }
      double[] cumulative = new double[m.size()];
      double total = 0;
      for (int j = 0; j < m.size(); j++) {
        total += data.instance(m.get(j)).weight();
        cumulative[j] = total;
      }
      for (int d = 0; d < nMin; d++) {
        int j = total > 0 ? pick(cumulative, random.nextDouble() * total) : random.nextInt(m.size());
        int index = m.get(j);
        Instance copy = (Instance) data.instance(index).copy();
        copy.setWeight(1);
        out.add(copy);
        if (inBag != null) {
          inBag[index] = true;
        }
      }
    }
    return out;
  }

  /** @return the first index whose cumulative weight exceeds u */
  private static int pick(double[] cumulative, double u) {
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > u) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }
}
