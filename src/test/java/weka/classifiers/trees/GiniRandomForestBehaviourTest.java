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
package weka.classifiers.trees;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.FileReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Random;

import org.junit.Test;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;

/** What GiniRandomForest promises its users: thread-independent models, weights, missing values, options. */
public class GiniRandomForestBehaviourTest {

  private static Instances read(String name) throws Exception {
    Instances d = new Instances(new FileReader("data/" + name + ".arff"));
    d.setClassIndex(d.numAttributes() - 1);
    return d;
  }

  private static GiniRandomForest forest(String options) throws Exception {
    GiniRandomForest f = new GiniRandomForest();
    f.setOptions(Utils.splitOptions(options));
    return f;
  }

  private static double[][] distributions(GiniRandomForest f, Instances train, Instances test) throws Exception {
    f.buildClassifier(train);
    double[][] out = new double[test.numInstances()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = f.distributionForInstance(test.instance(i));
      assertEquals(1.0, Arrays.stream(out[i]).sum(), 1e-9);
    }
    return out;
  }

  /** Nominal and numeric attributes with a tenth of the values missing. */
  private static Instances withMissing(Instances d, long seed) {
    Instances out = new Instances(d);
    Random r = new Random(seed);
    for (Instance inst : out) {
      for (int a = 0; a < out.numAttributes(); a++) {
        if (a != out.classIndex() && r.nextDouble() < 0.1) {
          inst.setMissing(a);
        }
      }
    }
    return out;
  }

  @Test
  public void theModelIsTheSameForAnyNumberOfThreads() throws Exception {
    for (String name : new String[] {"car-vgood", "cleveland-0_vs_4", "yeast"}) {
      Instances d = withMissing(read(name), 3);
      double[][] one = distributions(forest("-I 20 -num-slots 1 -S 7"), d, d);
      double[][] two = distributions(forest("-I 20 -num-slots 2 -S 7"), d, d);
      double[][] all = distributions(forest("-I 20 -num-slots 0 -S 7"), d, d);
      for (int i = 0; i < one.length; i++) {
        assertArrayEquals(name, one[i], two[i], 0);
        assertArrayEquals(name, one[i], all[i], 0);
      }
      double[][] other = distributions(forest("-I 20 -num-slots 2 -S 8"), d, d);
      assertTrue(name + ": another seed gives another forest", !Arrays.deepEquals(one, other));
    }
  }

  @Test
  public void fullyGrownTreesFitDistinctTrainingInstances() throws Exception {
    Instances d = read("yeast");
    GiniRandomForest f = forest("-I 1 -no-bootstrap");
    double[][] p = distributions(f, d, d);
    int wrong = 0;
    for (int i = 0; i < p.length; i++) {
      if (p[i][(int) d.instance(i).classValue()] < 1) {
        wrong++;
      }
    }
    int duplicatesWithOtherClass = 0;
    for (int i = 0; i < d.numInstances(); i++) {
      for (int j = 0; j < d.numInstances(); j++) {
        if (sameAttributes(d.instance(i), d.instance(j)) && d.instance(i).classValue() != d.instance(j).classValue()) {
          duplicatesWithOtherClass++;
          break;
        }
      }
    }
    assertEquals("only instances with a twin of another class are not fitted", duplicatesWithOtherClass, wrong);
  }

  private static boolean sameAttributes(Instance a, Instance b) {
    for (int k = 0; k < a.numAttributes(); k++) {
      if (k != a.classIndex() && a.value(k) != b.value(k)) {
        return false;
      }
    }
    return true;
  }

  @Test
  public void aWeightOfTwoIsTheInstanceTwice() throws Exception {
    Instances d = read("ecoli");
    Instances weighted = new Instances(d);
    Instances doubled = new Instances(d);
    Random r = new Random(5);
    for (int i = 0; i < d.numInstances(); i++) {
      if (r.nextInt(4) == 0) {
        weighted.instance(i).setWeight(2);
        doubled.add((Instance) d.instance(i).copy());
      }
    }
    // without the bootstrap the only randomness is the attributes drawn, the same in both
    double[][] a = distributions(forest("-I 5 -no-bootstrap -K 3"), weighted, d);
    double[][] b = distributions(forest("-I 5 -no-bootstrap -K 3"), doubled, d);
    for (int i = 0; i < a.length; i++) {
      assertArrayEquals(a[i], b[i], 1e-12);
    }
  }

  @Test
  public void anInstanceMissingTheSplitValueIsKeptAndRoutedAsAtTraining() throws Exception {
    ArrayList<Attribute> atts = new ArrayList<>();
    atts.add(new Attribute("x"));
    atts.add(new Attribute("class", Arrays.asList("a", "b", "c")));
    Instances d = new Instances("missing", atts, 0);
    d.setClassIndex(1);
    double[][] rows = {{-3, 0}, {-2, 0}, {-1, 0}, {1, 1}, {2, 1}, {Double.NaN, 2}};
    for (double[] row : rows) {
      d.add(new DenseInstance(1, row));
    }
    GiniRandomForest f = forest("-I 3");
    f.buildClassifier(d);
    Instance q = new DenseInstance(1, new double[] {Double.NaN, Double.NaN});
    q.setDataset(d);
    double[] p = f.distributionForInstance(q);
    assertTrue("the only instance of class c, missing x, took the way of the missing values: " + Arrays.toString(p),
      p[2] > 0);
    q.setValue(0, 1.5);
    assertEquals(0, f.distributionForInstance(q)[2], 0);
  }

  @Test
  public void instancesWithAMissingClassAreNotUsed() throws Exception {
    Instances d = read("ecoli");
    Instances more = new Instances(d);
    for (int i = 0; i < 30; i++) {
      Instance inst = (Instance) d.instance(i).copy();
      inst.setClassMissing();
      more.add(inst);
    }
    double[][] a = distributions(forest("-I 10"), d, d);
    double[][] b = distributions(forest("-I 10"), more, d);
    assertTrue(Arrays.deepEquals(a, b));
  }

  @Test
  public void badOptionsAreRefusedNamingTheOption() throws Exception {
    String[][] bad = {{"-I", "0"}, {"-K", "-1"}, {"-depth", "-2"}, {"-num-slots", "-1"}};
    for (String[] o : bad) {
      try {
        forest(Utils.joinOptions(o));
        fail(Arrays.toString(o));
      } catch (IllegalArgumentException e) {
        assertTrue(e.getMessage(), e.getMessage().contains(o[0].substring(1)) && e.getMessage().contains(o[1]));
      }
    }
  }

  @Test
  public void optionsRoundTrip() throws Exception {
    GiniRandomForest f = forest("-I 7 -K 2 -depth 4 -no-bootstrap -num-slots 2 -S 9");
    GiniRandomForest g = forest(Utils.joinOptions(f.getOptions()));
    assertEquals(Utils.joinOptions(f.getOptions()), Utils.joinOptions(g.getOptions()));
    assertEquals(7, g.getNumTrees());
    assertEquals(2, g.getNumFeatures());
    assertEquals(4, g.getMaxDepth());
    assertTrue(g.getNoBootstrap());
    assertEquals(9, g.getSeed());
  }

  @Test
  public void theDepthLimitHolds() throws Exception {
    Instances d = read("yeast");
    GiniRandomForest f = forest("-I 5 -depth 3");
    f.buildClassifier(d);
    assertTrue(f.toString(), f.toString().contains("deepest tree: 3"));
  }
}
