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

import java.util.Random;

import org.junit.Test;

import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;
import weka.filters.Filter;
import weka.imbalance.cog.ClassDecomposition;
import weka.imbalance.cog.CogTestData;
import weka.imbalance.cog.DecompositionSettings;

/** Exact behaviour of {@link COGDecomposition}: first batch, later batches, options. */
public class COGDecompositionBehaviourTest {

  @Test
  public void firstBatchIsTheSharedDecomposition() throws Exception {
    Instances data = CogTestData.blobs(10, 10);
    String before = CogTestData.dump(data);
    COGDecomposition f = new COGDecomposition();
    f.setSeed(3);
    f.setInputFormat(data);
    Instances out = Filter.useFilter(data, f);
    assertEquals(before, CogTestData.dump(data));
    Instances expected = CogTestData.decomposition(DecompositionSettings.defaultClusterer(), 2, 0, 0, 10, 10)
      .fit(data, new Random(3));
    assertEquals(data.numInstances(), out.numInstances());
    for (int i = 0; i < data.numInstances(); i++) {
      assertEquals(expected.instance(i).toString(), out.instance(i).toString());
      assertEquals(data.instance(i).weight(), out.instance(i).weight(), 0);
    }
    assertEquals("class_subclass", out.classAttribute().name());
    assertEquals(4, out.numClasses());
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
}
