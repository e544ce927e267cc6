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

package weka.imbalance;

import java.io.BufferedReader;
import java.io.FileReader;
import java.io.StringReader;
import java.io.StringWriter;

import weka.classifiers.CostMatrix;

/**
 * Multiplicative class costs for threshold moving (Zhou and Liu, TKDE 2006): the cost of a class
 * is the row sum {@code sum_k' Cost[k][k']} of a Weka cost matrix (rows = actual class, columns =
 * predicted class, as in {@link CostMatrix}), and a distribution is corrected to
 * {@code p*_k = eta * p_k * cost_k}. Prior costs {@code cost_k = pi_k^(-tau)} turn this into
 * {@link ClassPriors#adjustDistribution(double[], double[], double)}, which callers use directly
 * for that case; this class adds the general cost vector, computed through the same
 * {@link ClassPriors#adjustLogits(double[], double[])} and {@link ClassPriors#softmax(double[])},
 * and reads and checks the cost matrices that options give.
 */
public final class ClassCosts {

  private ClassCosts() {
  }

  /**
   * @param option the option's name without the dash, for the message
   * @param matlab a matrix in Matlab's single-line format, e.g. {@code [0 1; 10 0]}
   * @return the cost matrix
   * @throws IllegalArgumentException naming the option and the text if it is not such a matrix
   */
  public static CostMatrix parseMatlab(String option, String matlab) {
    try {
      StringWriter w = new StringWriter();
      CostMatrix.parseMatlab(matlab).write(w);
      return new CostMatrix(new StringReader(w.toString()));
    } catch (Exception e) {
      throw new IllegalArgumentException("-" + option + " must be a matrix in Matlab format such as "
        + "\"[0 1; 10 0]\", got '" + matlab + "'", e);
    }
  }

  /**
   * @param option the option's name without the dash, for the message
   * @param file a cost matrix file in Weka's format (as {@code CostSensitiveClassifier -C} reads)
   * @return the cost matrix
   * @throws IllegalArgumentException naming the option and the file if it cannot be read
   */
  public static CostMatrix read(String option, String file) {
    try (BufferedReader r = new BufferedReader(new FileReader(file))) {
      return new CostMatrix(r);
    } catch (Exception e) {
      throw new IllegalArgumentException("-" + option + ": cannot read a cost matrix from '" + file + "': "
        + e.getMessage(), e);
    }
  }

  /**
   * The misclassification cost of each class, {@code cost_k = sum_k' Cost[k][k']} (the row sums of
   * the matrix, i.e. the total cost of misclassifying an instance of class k).
   *
   * @param matrix a cost matrix with plain numbers (no expressions)
   * @param numClasses the number of classes of the data
   * @return the cost of each class
   * @throws IllegalArgumentException if the matrix has the wrong size, an expression cell, a
   *           negative or non-finite entry, or no positive row sum
   */
  public static double[] rowSums(CostMatrix matrix, int numClasses) {
    if (matrix.numRows() != numClasses || matrix.numColumns() != numClasses) {
      throw new IllegalArgumentException("cost matrix is " + matrix.numRows() + "x" + matrix.numColumns()
        + " but the data has " + numClasses + " classes");
    }
    double[][] cells = checkEntries(matrix);
    double[] cost = new double[numClasses];
    boolean positive = false;
    for (int i = 0; i < numClasses; i++) {
      for (int j = 0; j < numClasses; j++) {
        cost[i] += cells[i][j];
      }
      positive |= cost[i] > 0;
    }
    if (!positive) {
      throw new IllegalArgumentException("cost matrix has no positive entry: every class costs 0");
    }
    return cost;
  }

  /**
   * Checks that every cell of a cost matrix is a plain number, finite and &gt;= 0 (a 1x1 zero matrix,
   * the "no matrix yet" placeholder of the object editor, passes).
   *
   * @param matrix a cost matrix
   * @return its cells, [actual][predicted]
   * @throws IllegalArgumentException naming the first cell that is an expression, negative or not finite
   */
  public static double[][] checkEntries(CostMatrix matrix) {
    if (matrix == null) {
      throw new IllegalArgumentException("cost matrix must be given, got null");
    }
    double[][] cells = new double[matrix.numRows()][matrix.numColumns()];
    for (int i = 0; i < cells.length; i++) {
      for (int j = 0; j < cells[i].length; j++) {
        double c;
        try {
          c = matrix.getElement(i, j);
        } catch (Exception e) {
          throw new IllegalArgumentException("cost matrix cell (" + i + "," + j
            + ") is an expression; threshold moving needs plain numbers", e);
        }
        if (!(c >= 0) || Double.isInfinite(c)) {
          throw new IllegalArgumentException("cost matrix cell (" + i + "," + j + ") must be finite and >= 0, got " + c);
        }
        cells[i][j] = c;
      }
    }
    return cells;
  }

  /**
   * The class costs to a power, {@code cost_k^tau} (tau = 0 gives equal costs, 1 the costs
   * themselves). A zero cost stays zero for tau &gt; 0.
   *
   * @param cost class costs, &gt;= 0
   * @param tau the scaling, &gt;= 0
   * @return a new array
   */
  public static double[] power(double[] cost, double tau) {
    if (!(tau >= 0) || Double.isInfinite(tau)) {
      throw new IllegalArgumentException("tau must be finite and >= 0, got " + tau);
    }
    double[] out = new double[cost.length];
    for (int k = 0; k < cost.length; k++) {
      out[k] = tau == 0 ? 1 : Math.pow(cost[k], tau);
    }
    return out;
  }

  /**
   * The prior costs {@code cost_k = pi_k^(-tau)} whose threshold moving equals post-hoc logit
   * adjustment; given for display. Computed from the same offset as
   * {@link ClassPriors#adjustDistribution(double[], double[], double)}.
   *
   * @param priors class priors
   * @param tau the scaling, &gt;= 0
   * @return {@code exp(-tau * log(pi_k + 1e-12))}
   */
  public static double[] priorCosts(double[] priors, double tau) {
    double[] offset = ClassPriors.logPriorOffset(priors, tau);
    double[] out = new double[priors.length];
    for (int k = 0; k < out.length; k++) {
      out[k] = Math.exp(-offset[k]);
    }
    return out;
  }

  /**
   * Threshold moving with class costs: {@code p*_k = eta * p_k * cost_k}, eta renormalising. A zero
   * probability or a zero cost gives zero; an all-zero result (no prediction) stays all zero.
   *
   * @param dist a probability distribution (not modified)
   * @param cost the class costs, &gt;= 0
   * @return a new, normalised distribution
   */
  public static double[] adjustDistribution(double[] dist, double[] cost) {
    if (dist.length != cost.length) {
      throw new IllegalArgumentException("expected " + cost.length + " classes, got a vector of length " + dist.length);
    }
    double[] logp = ClassPriors.logProbabilities(dist);
    double[] offset = new double[dist.length];
    for (int k = 0; k < dist.length; k++) {
      if (!(cost[k] >= 0) || Double.isInfinite(cost[k])) {
        throw new IllegalArgumentException("cost " + k + " must be finite and >= 0, got " + cost[k]);
      }
      // subtracting -log(cost) multiplies by the cost; a zero cost removes the class
      offset[k] = cost[k] > 0 ? -Math.log(cost[k]) : Double.POSITIVE_INFINITY;
    }
    return ClassPriors.softmax(ClassPriors.adjustLogits(logp, offset));
  }
}
