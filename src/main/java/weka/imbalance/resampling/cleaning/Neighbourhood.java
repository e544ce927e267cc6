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

import weka.imbalance.resampling.NeighbourSearch;

/**
 * The labelled points of a first batch as the cleaning rules see them: their coordinates (the
 * {@link weka.imbalance.resampling.MixedDistance} embedding), their classes, and neighbour searches
 * among any subset of them. Positions 0 .. n-1 are the labelled instances in input order; a subset
 * is an increasing array of positions.
 *
 * <p>Neighbours follow the {@link NeighbourSearch} contract: squared Euclidean distance with missing
 * coordinates skipped, never the point itself, ties by the smaller position.
 */
public final class Neighbourhood {

  private final double[] m_X;
  private final int m_N;
  private final int m_D;
  private final int[] m_Y;
  private final int m_NumClasses;
  private final NeighbourSearch m_Search;

  /**
   * @param x the coordinates, row-major, n rows of d
   * @param d coordinates per point
   * @param y the class of each point
   * @param numClasses the number of classes
   * @param search the neighbour search
   */
  public Neighbourhood(double[] x, int d, int[] y, int numClasses, NeighbourSearch search) {
    m_X = x;
    m_N = y.length;
    m_D = d;
    m_Y = y;
    m_NumClasses = numClasses;
    m_Search = search;
  }

  /** @return the number of points */
  public int size() {
    return m_N;
  }

  /** @return the coordinates, row-major (not a copy: do not modify) */
  double[] coordinates() {
    return m_X;
  }

  /** @return coordinates per point */
  int dimensions() {
    return m_D;
  }

  /** @return the number of classes */
  public int numClasses() {
    return m_NumClasses;
  }

  /**
   * @param i a position
   * @return its class
   */
  public int label(int i) {
    return m_Y[i];
  }

  /** @return 0 .. n-1 */
  public int[] all() {
    int[] r = new int[m_N];
    for (int i = 0; i < m_N; i++) {
      r[i] = i;
    }
    return r;
  }

  /**
   * @param subset positions
   * @return the number of points of each class in the subset
   */
  public int[] counts(int[] subset) {
    int[] c = new int[m_NumClasses];
    for (int i : subset) {
      c[m_Y[i]]++;
    }
    return c;
  }

  /**
   * @param subset positions
   * @param c a class
   * @return the positions of class c in the subset, in order
   */
  public int[] ofClass(int[] subset, int c) {
    int n = 0;
    for (int i : subset) {
      n += m_Y[i] == c ? 1 : 0;
    }
    int[] r = new int[n];
    n = 0;
    for (int i : subset) {
      if (m_Y[i] == c) {
        r[n++] = i;
      }
    }
    return r;
  }

  /**
   * The k nearest other points of each point of a subset, within the subset; k is reduced to the
   * subset's size - 1.
   *
   * @param subset positions
   * @param k neighbours wanted
   * @return per subset point its neighbours as positions (not subset indices), nearest first
   * @throws Exception if the search fails
   */
  public int[][] kNearest(int[] subset, int k) throws Exception {
    int kk = Math.min(k, subset.length - 1);
    if (kk <= 0) {
      return new int[subset.length][0];
    }
    int[][] nn = m_Search.kNearest(rows(subset), subset.length, m_D, kk);
    for (int[] row : nn) {
      for (int j = 0; j < row.length; j++) {
        row[j] = subset[row[j]];
      }
    }
    return nn;
  }

  /** @return the coordinates of the subset's points, row-major */
  private double[] rows(int[] subset) {
    double[] x = new double[subset.length * m_D];
    for (int r = 0; r < subset.length; r++) {
      System.arraycopy(m_X, subset[r] * m_D, x, r * m_D, m_D);
    }
    return x;
  }

  /**
   * @param i a position
   * @param j a position
   * @return the Euclidean distance between them (missing coordinates skipped)
   */
  public double distance(int i, int j) {
    return Math.sqrt(squaredDistance(i, j));
  }

  /**
   * @param i a position
   * @param j a position
   * @return the squared Euclidean distance between them (missing coordinates skipped)
   */
  public double squaredDistance(int i, int j) {
    double s = 0;
    for (int a = 0, pi = i * m_D, pj = j * m_D; a < m_D; a++) {
      double t = m_X[pi + a] - m_X[pj + a];
      if (t == t) {
        s += t * t;
      }
    }
    return s;
  }

  /**
   * The class with most votes among the given points, the smallest class index on ties (the mode
   * of imbalanced-learn's ENN).
   *
   * @param points positions
   * @return the class, or -1 for no points
   */
  public int mode(int[] points) {
    if (points.length == 0) {
      return -1;
    }
    int[] votes = new int[m_NumClasses];
    for (int j : points) {
      votes[m_Y[j]]++;
    }
    int best = 0;
    for (int c = 1; c < m_NumClasses; c++) {
      if (votes[c] > votes[best]) {
        best = c;
      }
    }
    return best;
  }

  /**
   * The minority class as imbalanced-learn's samplers count it from the data: the smallest
   * non-empty class, on ties the one whose first instance comes first.
   *
   * @param subset positions
   * @return the class, or -1 for an empty subset
   */
  public int minorityByOccurrence(int[] subset) {
    int[] counts = counts(subset);
    int best = -1;
    for (int i : subset) {
      int c = m_Y[i];
      if (best < 0 || counts[c] < counts[best]) {
        best = c;
      }
    }
    return best;
  }
}
