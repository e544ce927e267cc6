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

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Random;

import org.junit.Test;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;

/**
 * The root split of a tree trying every attribute, without bootstrap, against a brute force that
 * scores every threshold of every attribute by the weighted Gini decrease written out directly.
 */
public class GiniTreeSplitTest {

  private static Instances randomData(Random r, int n, int numeric, int nominal, int classes, boolean missing) {
    ArrayList<Attribute> atts = new ArrayList<>();
    for (int a = 0; a < numeric; a++) {
      atts.add(new Attribute("x" + a));
    }
    for (int a = 0; a < nominal; a++) {
      atts.add(new Attribute("n" + a, Arrays.asList("u", "v", "w", "z")));
    }
    ArrayList<String> labels = new ArrayList<>();
    for (int c = 0; c < classes; c++) {
      labels.add("c" + c);
    }
    atts.add(new Attribute("class", labels));
    Instances d = new Instances("random", atts, n);
    d.setClassIndex(numeric + nominal);
    for (int i = 0; i < n; i++) {
      double[] v = new double[numeric + nominal + 1];
      for (int a = 0; a < numeric; a++) {
        // few distinct values, so ties between instances are common
        v[a] = r.nextInt(12) - 6 + (a == 0 ? 0.5 * r.nextInt(2) : 0);
        if (missing && r.nextInt(8) == 0) {
          v[a] = Double.NaN;
        }
      }
      for (int a = 0; a < nominal; a++) {
        v[numeric + a] = missing && r.nextInt(8) == 0 ? Double.NaN : r.nextInt(4);
      }
      v[numeric + nominal] = r.nextInt(classes);
      DenseInstance inst = new DenseInstance(0.5 + r.nextInt(3), v);
      d.add(inst);
    }
    return d;
  }

  private static double gini(double[] w) {
    double t = Arrays.stream(w).sum();
    if (t == 0) {
      return 0;
    }
    double s = 1;
    for (double x : w) {
      s -= (x / t) * (x / t);
    }
    return s;
  }

  /** The weighted Gini decrease of a split, on the instances with a value, times their share of the weight. */
  private static double decrease(Instances d, int a, java.util.function.DoublePredicate left) {
    int c = d.numClasses();
    double[] l = new double[c];
    double[] r = new double[c];
    double total = 0;
    for (int i = 0; i < d.numInstances(); i++) {
      double w = d.instance(i).weight();
      total += w;
      double v = d.instance(i).value(a);
      if (Double.isNaN(v)) {
        continue;
      }
      (left.test(v) ? l : r)[(int) d.instance(i).classValue()] += w;
    }
    double wl = Arrays.stream(l).sum();
    double wr = Arrays.stream(r).sum();
    if (wl == 0 || wr == 0) {
      return Double.NEGATIVE_INFINITY;
    }
    double[] p = new double[c];
    for (int k = 0; k < c; k++) {
      p[k] = l[k] + r[k];
    }
    double wp = wl + wr;
    return wp / total * (gini(p) - wl / wp * gini(l) - wr / wp * gini(r));
  }

  @Test
  public void theRootSplitIsTheBestByTheWeightedGiniDecrease() throws Exception {
    Random r = new Random(11);
    for (int trial = 0; trial < 200; trial++) {
      boolean missing = trial % 2 == 1;
      Instances d = randomData(r, 5 + r.nextInt(60), 1 + r.nextInt(3), r.nextInt(2), 2 + r.nextInt(3), missing);
      ForestData data = new ForestData(d);
      GiniTree t = new TreeGrower(data, data.d, 0, false).grow(r.nextLong());
      double best = Double.NEGATIVE_INFINITY;
      for (int a = 0; a < d.numAttributes() - 1; a++) {
        if (d.attribute(a).isNominal()) {
          for (int v = 0; v < 4; v++) {
            final int value = v;
            best = Math.max(best, decrease(d, a, x -> x == value));
          }
        } else {
          double[] values = d.attributeToDoubleArray(a);
          for (double th : values) {
            if (!Double.isNaN(th)) {
              best = Math.max(best, decrease(d, a, x -> x <= th));
            }
          }
        }
      }
      if (t.attribute[0] < 0) {
        assertTrue("trial " + trial + ": a leaf only when no split separates weight", best == Double.NEGATIVE_INFINITY
          || best <= 1e-12 && pureOrConstant(d));
        continue;
      }
      int a = t.attribute[0];
      double th = t.split[0];
      double got = t.numeric[0] ? decrease(d, a, x -> x <= th) : decrease(d, a, x -> x == th);
      assertEquals("trial " + trial + ": the root's split on " + d.attribute(a).name(), best, got, 1e-12);
      if (t.numeric[0]) {
        // the threshold lies midway between two neighbouring values present at the root
        double below = Double.NEGATIVE_INFINITY;
        double above = Double.POSITIVE_INFINITY;
        for (double v : d.attributeToDoubleArray(a)) {
          if (!Double.isNaN(v)) {
            if (v <= th) {
              below = Math.max(below, v);
            } else {
              above = Math.min(above, v);
            }
          }
        }
        assertEquals("trial " + trial, (below + above) / 2, th, 1e-12);
      }
    }
  }

  private static boolean pureOrConstant(Instances d) {
    return d.attributeStats(d.classIndex()).distinctCount <= 1;
  }

  @Test
  public void missingValuesGoWhereMostWeightWent() throws Exception {
    Random r = new Random(12);
    int checked = 0;
    for (int trial = 0; trial < 100; trial++) {
      Instances d = randomData(r, 20 + r.nextInt(40), 2, 1, 2, true);
      ForestData data = new ForestData(d);
      GiniTree t = new TreeGrower(data, data.d, 0, false).grow(r.nextLong());
      if (t.attribute[0] < 0) {
        continue;
      }
      int a = t.attribute[0];
      double th = t.split[0];
      double l = 0;
      double rt = 0;
      for (int i = 0; i < d.numInstances(); i++) {
        double v = d.instance(i).value(a);
        if (!Double.isNaN(v)) {
          boolean left = t.numeric[0] ? v <= th : v == th;
          if (left) {
            l += d.instance(i).weight();
          } else {
            rt += d.instance(i).weight();
          }
        }
      }
      assertEquals("trial " + trial, l >= rt, t.missingLeft[0]);
      checked++;
    }
    assertTrue(checked > 50);
  }
}
