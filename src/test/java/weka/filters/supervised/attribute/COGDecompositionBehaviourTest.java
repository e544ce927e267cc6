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

package weka.filters.supervised.attribute;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.Random;

import org.junit.Test;

import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;
import weka.filters.Filter;
import weka.imbalance.cog.ClassDecomposition;
import weka.imbalance.cog.CogTestData;
import weka.imbalance.cog.KMeansReference;
import weka.imbalance.cog.DecompositionSettings;

/** Exact behaviour of {@link COGDecomposition}: first batch, later batches, options. */
public class COGDecompositionBehaviourTest {

  /**
   * Class big: three overlapping blobs of 14, 10 and 6 instances (standard deviation 1.2, centres
   * 5 apart), class small: 6 instances far away; big is split into round(30 / 6) = 5, at most
   * 30 / 10 = 3 subclasses.
   */
  private static Instances overlappingBlobs() {
    Instances data = CogTestData.header();
    Random r = new Random(11);
    double[][] centres = {{0, 0}, {5, 1}, {1, 6}};
    int[] sizes = {14, 10, 6};
    for (int b = 0; b < 3; b++) {
      for (int i = 0; i < sizes[b]; i++) {
        data.add(CogTestData.point(data, centres[b][0] + 1.2 * r.nextGaussian(), centres[b][1] + 1.2 * r.nextGaussian(), 0));
      }
    }
    for (int i = 0; i < 6; i++) {
      data.add(CogTestData.point(data, 8 + 0.3 * r.nextGaussian(), 8 + 0.3 * r.nextGaussian(), 1));
    }
    return data;
  }

  /**
   * Checked against the definition of k-means, not against the code: for every seed, each
   * instance of big is nearer (range-scaled Euclidean) to the mean of its own subclass than to the
   * others, the subclasses are named by decreasing size, small is left whole, weights are kept,
   * and later instances of big go to the subclass of the nearest mean.
   */
  @Test
  public void subclassesAreAKMeansPartitionOfEachLargeClass() throws Exception {
    Instances data = overlappingBlobs();
    double[][] big = new double[30][];
    for (int i = 0; i < 30; i++) {
      big[i] = new double[] {data.instance(i).value(0), data.instance(i).value(1)};
    }
    KMeansReference kmeans = new KMeansReference(big);
    Instances test = CogTestData.header();
    double[][] probes = {{-1, 1}, {4, 2}, {2, 5}, {6, 0}, {0, 8}, {2.5, 0.5}};
    for (double[] p : probes) {
      test.add(CogTestData.point(test, p[0], p[1], 0));
    }
    for (int seed = 1; seed <= 4; seed++) {
      String before = CogTestData.dump(data);
      COGDecomposition f = new COGDecomposition();
      f.setSeed(seed);
      f.setInputFormat(data);
      Instances out = Filter.useFilter(data, f);
      assertEquals(before, CogTestData.dump(data));
      assertEquals("class_subclass", out.classAttribute().name());
      assertEquals("big_1,big_2,big_3,small", String.join(",", java.util.Collections.list(
        out.classAttribute().enumerateValues()).stream().map(Object::toString).toArray(String[]::new)));
      int[] label = new int[30];
      int[] size = new int[3];
      for (int i = 0; i < data.numInstances(); i++) {
        assertEquals(data.instance(i).weight(), out.instance(i).weight(), 0);
        if (i < 30) {
          label[i] = (int) out.instance(i).classValue();
          size[label[i]]++;
        } else {
          assertEquals("small", out.instance(i).stringValue(out.classIndex()));
        }
      }
      assertEquals("seed " + seed + ": instance nearer to another subclass's mean", -1,
        kmeans.pointNearerToAnotherMean(label, 3));
      assertTrue(java.util.Arrays.toString(size), size[0] >= size[1] && size[1] >= size[2] && size[2] > 0);
      Instances later = Filter.useFilter(test, f);
      for (int j = 0; j < probes.length; j++) {
        assertEquals("probe " + j + ", seed " + seed, kmeans.nearestCluster(probes[j], label, 3),
          (int) later.instance(j).classValue());
      }
    }
  }

  @Test
  public void laterBatchesMapToTheNearestSubclassOrMissingAndNeverFail() throws Exception {
    Instances data = CogTestData.blobs(10, 10);
    COGDecomposition f = new COGDecomposition();
    f.setInputFormat(data);
    Instances first = Filter.useFilter(data, f);
    Instances test = CogTestData.header();
    for (double[] c : CogTestData.BIG_CENTRES) {
      test.add(CogTestData.point(test, c[0] - 0.2, c[1] + 0.1, 0));
    }
    test.add(CogTestData.point(test, 9, 9, 1));
    test.add(CogTestData.point(test, 0, 0, -1));
    Instance allMissing = CogTestData.point(test, 0, 0, 0);
    allMissing.setMissing(0);
    allMissing.setMissing(1);
    test.add(allMissing);
    Instances out = Filter.useFilter(test, f);
    assertEquals(6, out.numInstances());
    for (int blob = 0; blob < 3; blob++) {
      assertEquals(first.instance(10 * blob).classValue(), out.instance(blob).classValue(), 0);
    }
    assertEquals("small", out.classAttribute().value((int) out.instance(3).classValue()));
    assertTrue(out.instance(4).classIsMissing());
    assertEquals(0, f.getDecomposition().parentOf((int) out.instance(5).classValue()));
  }

  @Test
  public void optionsRoundTrip() throws Exception {
    COGDecomposition f = new COGDecomposition();
    f.setOptions(Utils.splitOptions("-clusterer \"weka.clusterers.SimpleKMeans -init 3\" -decompose-factor 1 "
      + "-K 2 -target-size 5 -max-subclasses 3 -S 11"));
    COGDecomposition g = new COGDecomposition();
    g.setOptions(f.getOptions());
    assertEquals(Utils.joinOptions(f.getOptions()), Utils.joinOptions(g.getOptions()));
    assertEquals(2, g.getNumSubclasses());
    assertEquals(11, g.getSeed());
    assertTrue(Utils.joinOptions(g.getOptions()).contains("-init 3"));
  }

  /** Issue 14: each option is checked when set; the message names the option and the value. */
  @Test
  public void badOptionsNameTheOptionAndTheValue() throws Exception {
    String[][] bad = {{"-decompose-factor", "0"}, {"-K", "1.5"}, {"-target-size", "NaN"}, {"-max-subclasses", "-3"},
      {"-min-subclass-size", "0"}, {"-clusterer", "weka.clusterers.Nothing"}, {"-S", "one"}};
    for (String[] b : bad) {
      try {
        new COGDecomposition().setOptions(b.clone());
        fail("expected an IllegalArgumentException for " + String.join(" ", b));
      } catch (IllegalArgumentException e) {
        assertTrue(e.getMessage(), e.getMessage().startsWith(b[0]) && e.getMessage().contains(b[1]));
      }
    }
    COGDecomposition f = new COGDecomposition();
    try {
      f.setClusterer(null);
      fail("expected an IllegalArgumentException");
    } catch (IllegalArgumentException e) {
      assertEquals("-clusterer must be a clusterer, got null", e.getMessage());
    }
  }
}
