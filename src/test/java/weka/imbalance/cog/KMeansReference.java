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

package weka.imbalance.cog;

/**
 * The k-means conditions, written from the definition for the expected values of the COG tests
 * (no code shared with Weka's clusterers or the package): the attributes are scaled to [0, 1] by
 * their range over the points clustered (what Weka's EuclideanDistance does for SimpleKMeans); a
 * partition is a k-means partition (a fixed point of Lloyd's iterations) when every point is
 * nearest to the mean of its own cluster; a new point belongs to the cluster of the nearest mean.
 * Whatever initialisation the clusterer under test uses, its result must satisfy both.
 */
public final class KMeansReference {

  private final double[][] m_Scaled;

  private final double[] m_Min;

  private final double[] m_Range;

  /**
   * @param points the points clustered (rows), numeric attributes only
   */
  public KMeansReference(double[][] points) {
    int d = points[0].length;
    m_Min = new double[d];
    m_Range = new double[d];
    for (int j = 0; j < d; j++) {
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (double[] p : points) {
        lo = Math.min(lo, p[j]);
        hi = Math.max(hi, p[j]);
      }
      m_Min[j] = lo;
      m_Range[j] = hi - lo;
    }
    m_Scaled = new double[points.length][];
    for (int i = 0; i < points.length; i++) {
      m_Scaled[i] = scale(points[i]);
    }
  }

  private double[] scale(double[] p) {
    double[] s = new double[p.length];
    for (int j = 0; j < p.length; j++) {
      s[j] = m_Range[j] == 0 ? 0 : (p[j] - m_Min[j]) / m_Range[j];
    }
    return s;
  }

  /**
   * @param labels the cluster of each point, 0..k-1
   * @param k the number of clusters
   * @return the mean of each cluster's (scaled) points
   */
  public double[][] means(int[] labels, int k) {
    int d = m_Scaled[0].length;
    double[][] mean = new double[k][d];
    int[] n = new int[k];
    for (int i = 0; i < labels.length; i++) {
      n[labels[i]]++;
      for (int j = 0; j < d; j++) {
        mean[labels[i]][j] += m_Scaled[i][j];
      }
    }
    for (int c = 0; c < k; c++) {
      for (int j = 0; j < d; j++) {
        mean[c][j] /= n[c];
      }
    }
    return mean;
  }

  /**
   * @param labels the cluster of each point
   * @param k the number of clusters
   * @return the index of a point that is strictly nearer to another cluster's mean than to its
   *         own, or -1 if there is none (the partition is a k-means partition)
   */
  public int pointNearerToAnotherMean(int[] labels, int k) {
    double[][] mean = means(labels, k);
    for (int i = 0; i < labels.length; i++) {
      for (int c = 0; c < k; c++) {
        if (squared(m_Scaled[i], mean[c]) < squared(m_Scaled[i], mean[labels[i]]) - 1e-12) {
          return i;
        }
      }
    }
    return -1;
  }

  /**
   * @param point a new point (unscaled)
   * @param labels the cluster of each clustered point
   * @param k the number of clusters
   * @return the cluster with the nearest mean, in the scaling of the clustered points
   */
  public int nearestCluster(double[] point, int[] labels, int k) {
    double[] p = scale(point);
    double[][] mean = means(labels, k);
    int best = 0;
    for (int c = 1; c < k; c++) {
      if (squared(p, mean[c]) < squared(p, mean[best])) {
        best = c;
      }
    }
    return best;
  }

  private static double squared(double[] a, double[] b) {
    double s = 0;
    for (int j = 0; j < a.length; j++) {
      s += (a[j] - b[j]) * (a[j] - b[j]);
    }
    return s;
  }
}
