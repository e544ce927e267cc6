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
package weka.imbalance.bench;

/**
 * Balanced accuracy and many/medium/few-shot accuracy, computed here for the benchmarks (the
 * classes are grouped by training count: many &gt; 100, medium 20..100, few &lt; 20, each group the
 * mean of its per-class recalls).
 */
public final class BalancedScores {

  /** balanced accuracy, many, medium, few (NaN for an empty group) */
  public final double balanced;
  public final double many;
  public final double medium;
  public final double few;

  /**
   * @param actual true classes
   * @param predicted predicted classes
   * @param trainCounts training count per class
   */
  public BalancedScores(int[] actual, int[] predicted, int[] trainCounts) {
    int c = trainCounts.length;
    double[] hit = new double[c];
    double[] tot = new double[c];
    for (int i = 0; i < actual.length; i++) {
      tot[actual[i]]++;
      if (actual[i] == predicted[i]) {
        hit[actual[i]]++;
      }
    }
    double[] s = new double[4];
    int[] n = new int[4];
    for (int k = 0; k < c; k++) {
      if (tot[k] == 0) {
        continue;
      }
      double r = hit[k] / tot[k];
      s[0] += r;
      n[0]++;
      int g = trainCounts[k] > 100 ? 1 : trainCounts[k] >= 20 ? 2 : 3;
      s[g] += r;
      n[g]++;
    }
    balanced = s[0] / n[0];
    many = n[1] == 0 ? Double.NaN : s[1] / n[1];
    medium = n[2] == 0 ? Double.NaN : s[2] / n[2];
    few = n[3] == 0 ? Double.NaN : s[3] / n[3];
  }
}
