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
package weka.imbalance.forest;

import java.util.Arrays;

import weka.core.Attribute;
import weka.core.Instance;
import weka.core.Instances;

/**
 * The training data of a forest in the form its trees are grown from, made once and shared by all
 * trees: per numeric attribute the rank of each instance's value among the attribute's distinct
 * values and the instances in ascending order of value (missing values last); per nominal attribute
 * each instance's value index. Instances with a missing class are not part of it.
 */
public final class ForestData {

  /** The number of instances (with a class value). */
  final int n;
  /** The number of attributes the trees split on (every attribute but the class). */
  final int d;
  final int numClasses;
  /** Per instance: the class index and the weight. */
  final int[] y;
  final double[] w;
  /** Per feature: its attribute's index in the data. */
  final int[] attribute;
  /** Per feature: nominal? */
  final boolean[] nominal;
  /** Per nominal feature: the number of values. */
  final int[] numValues;
  /**
   * Per feature and instance: the rank of the value among the distinct values of a numeric
   * feature, the value's index for a nominal one; -1 when missing.
   */
  final int[][] rank;
  /** Per numeric feature: its distinct values, ascending (null for nominal). */
  final double[][] values;
  /** Per numeric feature: the instances in ascending order of value, missing last (null for nominal). */
  final int[][] order;
  /** The numeric features, in attribute order. */
  final int[] numeric;

  /**
   * @param data training data with a nominal class; instances with a missing class are skipped
   * @throws IllegalArgumentException for an attribute neither numeric nor nominal
   */
  public ForestData(Instances data) {
    int ci = data.classIndex();
    numClasses = data.numClasses();
    int count = 0;
    for (int i = 0; i < data.numInstances(); i++) {
      if (!data.instance(i).classIsMissing()) {
        count++;
      }
    }
    n = count;
    d = data.numAttributes() - 1;
    y = new int[n];
    w = new double[n];
    attribute = new int[d];
    nominal = new boolean[d];
    numValues = new int[d];
    rank = new int[d][];
    values = new double[d][];
    order = new int[d][];
    int f = 0;
    int numNumeric = 0;
    for (int a = 0; a < data.numAttributes(); a++) {
      if (a == ci) {
        continue;
      }
      Attribute att = data.attribute(a);
      if (!att.isNumeric() && !att.isNominal()) {
        throw new IllegalArgumentException("attribute " + att.name() + " is neither numeric (or a date) nor nominal");
      }
      attribute[f] = a;
      nominal[f] = att.isNominal();
      numValues[f] = att.isNominal() ? att.numValues() : 0;
      if (!nominal[f]) {
        numNumeric++;
      }
      f++;
    }
    numeric = new int[numNumeric];
    double[][] column = new double[d][n];
    int r = 0;
    for (int i = 0; i < data.numInstances(); i++) {
      Instance inst = data.instance(i);
      if (inst.classIsMissing()) {
        continue;
      }
      y[r] = (int) inst.classValue();
      w[r] = inst.weight();
      for (int g = 0; g < d; g++) {
        column[g][r] = inst.value(attribute[g]);
      }
      r++;
    }
    int k = 0;
    for (int g = 0; g < d; g++) {
      if (nominal[g]) {
        rank[g] = new int[n];
        for (int i = 0; i < n; i++) {
          rank[g][i] = Double.isNaN(column[g][i]) ? -1 : (int) column[g][i];
        }
      } else {
        numeric[k++] = g;
        rankColumn(g, column[g]);
      }
    }
  }

  /** Ranks a numeric column and orders its instances by value, missing last (a counting sort of the ranks). */
  private void rankColumn(int g, double[] x) {
    double[] sorted = new double[n];
    int present = 0;
    for (int i = 0; i < n; i++) {
      if (!Double.isNaN(x[i])) {
        sorted[present++] = x[i];
      }
    }
    Arrays.sort(sorted, 0, present);
    int distinct = 0;
    for (int i = 0; i < present; i++) {
      // -0.0 and 0.0 are one value, as the comparison x <= threshold sees them
      if (distinct == 0 || sorted[i] != sorted[distinct - 1]) {
        sorted[distinct++] = sorted[i] == 0 ? 0.0 : sorted[i];
      }
    }
    values[g] = Arrays.copyOf(sorted, distinct);
    int[] rk = new int[n];
    int[] start = new int[distinct + 1];
    for (int i = 0; i < n; i++) {
      if (Double.isNaN(x[i])) {
        rk[i] = -1;
      } else {
        rk[i] = Arrays.binarySearch(values[g], x[i] == 0 ? 0.0 : x[i]);
        start[rk[i] + 1]++;
      }
    }
    for (int v = 0; v < distinct; v++) {
      start[v + 1] += start[v];
    }
    int[] ord = new int[n];
    int tail = present;
    for (int i = 0; i < n; i++) {
      if (rk[i] < 0) {
        ord[tail++] = i;
      } else {
        ord[start[rk[i]]++] = i;
      }
    }
    rank[g] = rk;
    order[g] = ord;
  }

  /** @return the number of instances with a class value */
  public int numInstances() {
    return n;
  }

  /** @return the number of features (attributes but the class) */
  public int numFeatures() {
    return d;
  }
}
