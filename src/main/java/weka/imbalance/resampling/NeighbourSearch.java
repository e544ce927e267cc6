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

import java.io.Serializable;

/**
 * The k-nearest-neighbour search of the SMOTE filters, as an object the filter is given (its
 * {@code -search} option, a drop-down in the object editor), so that another search can be used
 * without touching the filters.
 *
 * <p>The contract, which makes every exact implementation interchangeable (same neighbours, same
 * order, hence the same synthetic instances): the distance is the squared Euclidean distance over
 * the coordinates, a NaN coordinate (a missing value) contributing 0 (see
 * {@link ExactKnn#distance}); a point is never its own neighbour; neighbours are ordered by
 * distance, ties by the smaller index; the answer does not depend on the number of threads.
 */
public interface NeighbourSearch extends Serializable {

  /**
   * The k nearest other points of every point.
   *
   * @param points the points, row-major, n rows of d coordinates (not modified)
   * @param n the number of points
   * @param d the number of coordinates
   * @param k neighbours per point, 1 &lt;= k &lt;= n - 1
   * @return for each point its k neighbours' indices, nearest first
   * @throws Exception if the search fails
   */
  int[][] kNearest(double[] points, int n, int d, int k) throws Exception;

  /** @return how the last search was done, for the debug output (e.g. the method an automatic choice took) */
  String lastSearch();

  /**
   * The k nearest other points of every point of several sets, each searched on its own (a filter's
   * classes): the same answer as {@link #kNearest} set by set, which this default does. A search
   * may run the sets at the same time.
   *
   * @param points per set, its points, row-major, n[s] rows of d coordinates (not modified)
   * @param n per set, its number of points
   * @param d the number of coordinates
   * @param k per set, neighbours per point, 1 &lt;= k[s] &lt;= n[s] - 1
   * @param how if not null, receives per set how it was searched ({@link #lastSearch})
   * @return per set, for each point its k[s] neighbours' indices, nearest first
   * @throws Exception if a search fails
   */
  default int[][][] kNearestEach(double[][] points, int[] n, int d, int[] k, String[] how) throws Exception {
    int[][][] result = new int[n.length][][];
    for (int s = 0; s < n.length; s++) {
      result[s] = kNearest(points[s], n[s], d, k[s]);
      if (how != null) {
        how[s] = lastSearch();
      }
    }
    return result;
  }
}
