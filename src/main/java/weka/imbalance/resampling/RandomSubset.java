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
 * The one random-subset draw of the resampling code: which instances an undersampled class loses,
 * which base instances of SMOTE get one synthetic instance more. A partial Fisher-Yates shuffle:
 * position i (i = 0 .. count-1) swaps with a uniformly drawn position of [i, n), so the first
 * {@code count} items become a uniformly random subset, drawn with exactly {@code count} calls of
 * {@code random.nextInt}.
 */
public final class RandomSubset {

  private RandomSubset() {
  }

  /**
   * Moves a uniformly random subset of {@code count} items to the front, in place.
   *
   * @param items the items (reordered)
   * @param count how many to choose, 0 &lt;= count &lt;= items.length
   * @param random the generator
   * @return items, whose first {@code count} entries are the chosen ones, in the order drawn
   */
  public static int[] chooseFirst(int[] items, int count, Random random) {
    for (int i = 0; i < count; i++) {
      int j = i + random.nextInt(items.length - i);
      int t = items[i];
      items[i] = items[j];
      items[j] = t;
    }
    return items;
  }

  /**
   * @param n the size
   * @return 0 .. n-1
   */
  public static int[] identity(int n) {
    int[] r = new int[n];
    for (int i = 0; i < n; i++) {
      r[i] = i;
    }
    return r;
  }
}
