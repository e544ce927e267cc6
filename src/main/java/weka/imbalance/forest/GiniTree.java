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

import java.io.Serializable;

import weka.core.Instance;

/**
 * One grown tree, stored as arrays in pre-order: an inner node's left child is the next node, its
 * right child is {@code right[node]}; a numeric split sends a value at most the threshold left, a
 * nominal split sends the one value equal to it left; a missing value goes the way most of the
 * node's training weight went. A leaf holds its class distribution.
 */
public final class GiniTree implements Serializable {

  private static final long serialVersionUID = 6064219916536049411L;

  /** Per node: the attribute index tested, or -1 for a leaf. */
  final int[] attribute;
  /** Per inner node: numeric split? (else nominal) */
  final boolean[] numeric;
  /** Per inner node: the threshold (numeric) or the value index sent left (nominal). */
  final double[] split;
  /** Per inner node: does a missing value go left? */
  final boolean[] missingLeft;
  /** Per inner node: the right child; per leaf: the offset of its distribution in {@link #dist}. */
  final int[] right;
  /** The leaves' class distributions, numClasses each. */
  final double[] dist;
  final int numClasses;
  final int depth;

  GiniTree(int[] attribute, boolean[] numeric, double[] split, boolean[] missingLeft, int[] right, double[] dist,
    int numClasses, int depth) {
    this.attribute = attribute;
    this.numeric = numeric;
    this.split = split;
    this.missingLeft = missingLeft;
    this.right = right;
    this.dist = dist;
    this.numClasses = numClasses;
    this.depth = depth;
  }

  /**
   * Adds the distribution of the leaf the instance reaches to {@code sum}.
   *
   * @param inst an instance of the training format
   * @param sum per class, added to
   */
  public void addDistribution(Instance inst, double[] sum) {
    int node = 0;
    int a;
    while ((a = attribute[node]) >= 0) {
      double v = inst.value(a);
      boolean left;
      if (Double.isNaN(v)) {
        left = missingLeft[node];
      } else if (numeric[node]) {
        left = v <= split[node];
      } else {
        left = v == split[node];
      }
      node = left ? node + 1 : right[node];
    }
    int off = right[node];
    for (int c = 0; c < numClasses; c++) {
      sum[c] += dist[off + c];
    }
  }

  /** @return the number of nodes */
  public int numNodes() {
    return attribute.length;
  }

  /** @return the number of leaves */
  public int numLeaves() {
    return dist.length / numClasses;
  }

  /** @return the longest path from the root to a leaf, in splits */
  public int depth() {
    return depth;
  }
}
