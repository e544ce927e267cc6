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

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.Arrays;
import java.util.Random;

import org.junit.Test;

import weka.core.Instance;
import weka.core.Instances;

/**
 * COG-OS's Phase II by hand arithmetic: each class j replicated by its rate r(j), all its
 * subclasses alike. The data: class big in two blobs of 20 and 10 instances (decomposed into 2
 * subclasses, -K 2), class small one blob of 5 (not decomposed).
 */
public class ClassReplicationTest {

  private static ClassDecomposition fitted(Instances data) throws Exception {
    ClassDecomposition d = CogTestData.decomposition(DecompositionSettings.defaultClusterer(), 2, 2, 0, 10, 10);
    d.fit(data, new Random(1));
    return d;
  }

  @Test
  public void automaticRatesRaiseUndecomposedClassesToTheHeaviestSubclassAndKeepSubclassProportions() throws Exception {
    Instances data = CogTestData.unequalBlobs();
    ClassDecomposition d = fitted(data);
    Instances dec = d.fit(data, new Random(1));
    String before = CogTestData.dump(dec);
    ClassReplication rep = ClassReplication.plan(d, new double[0]);
    // big: 30 in subclasses of 20 and 10; small weighs 5: r = 20 / 5 = 4, 15 copies
    assertEquals(1, rep.rate(0), 0);
    assertEquals(4, rep.rate(1), 0);
    Instances os = rep.apply(dec, d, new Random(7));
    assertEquals(before, CogTestData.dump(dec));
    assertEquals(50, os.numInstances());
    assertEquals(0, rep.copies(0));
    assertEquals(15, rep.copies(1));
    // the subclasses of big keep 20 : 10 (release 0.1.0 raised every subclass: 20 : 20 : 20)
    assertArrayEquals(new double[] {20, 10, 20}, CogTestData.classWeights(os), 0);
    // 15 copies of 5 instances: each exactly three times
    int[] times = new int[5];
    for (int i = 35; i < 50; i++) {
      for (int j = 0; j < 5; j++) {
        if (os.instance(i).value(0) == dec.instance(30 + j).value(0)) {
          times[j]++;
        }
      }
    }
    assertArrayEquals(new int[] {3, 3, 3, 3, 3}, times);
    String s = rep.toString();
    assertTrue(s, s.contains("small: r = 4, +15 copies") && s.contains("big: r = 1, +0 copies"));
  }

  @Test
  public void givenRatesReplicateEveryClassWithItsSubclassesAndARandomRest() throws Exception {
    Instances data = CogTestData.unequalBlobs();
    ClassDecomposition d = fitted(data);
    Instances dec = d.fit(data, new Random(1));
    // big x 1.5: round(0.5 x 30) = 15 copies, drawn without replacement; small x 2.2: round(1.2 x 5) = 6 copies
    ClassReplication rep = ClassReplication.plan(d, new double[] {1.5, 2.2});
    Instances os = rep.apply(dec, d, new Random(5));
    assertEquals(35 + 15 + 6, os.numInstances());
    assertEquals(15, rep.copies(0));
    assertEquals(6, rep.copies(1));
    double[] w = CogTestData.classWeights(os);
    assertEquals(45, w[0] + w[1], 0);
    assertEquals(11, w[2], 0);
    // the 15 copies of big are 15 distinct instances
    assertEquals(15, Arrays.stream(os.toArray(new Instance[0]), 35, 50).map(i -> i.value(0) + "," + i.value(1))
      .distinct().count());
    // seeded
    assertEquals(CogTestData.dump(os), CogTestData.dump(ClassReplication.plan(d, new double[] {1.5, 2.2})
      .apply(dec, d, new Random(5))));
  }

  @Test
  public void copiesKeepTheirWeights() throws Exception {
    Instances data = CogTestData.unequalBlobs();
    for (int i = 30; i < 35; i++) {
      data.instance(i).setWeight(0.5); // small weighs 2.5: r = 20 / 2.5 = 8, round(7 x 5) = 35 copies
    }
    ClassDecomposition d = fitted(data);
    Instances dec = d.fit(data, new Random(1));
    ClassReplication rep = ClassReplication.plan(d, new double[0]);
    assertEquals(8, rep.rate(1), 1e-12);
    Instances os = rep.apply(dec, d, new Random(1));
    assertEquals(35, rep.copies(1));
    for (int i = 35; i < os.numInstances(); i++) {
      assertEquals(0.5, os.instance(i).weight(), 0);
    }
    assertEquals(20, CogTestData.classWeights(os)[2], 1e-12);
  }

  @Test
  public void withoutDecomposedClassesEveryClassIsRaisedToTheHeaviest() throws Exception {
    Instances data = CogTestData.unequalBlobs();
    ClassDecomposition d = CogTestData.decomposition(DecompositionSettings.defaultClusterer(), 1e9, 0, 0, 10, 10);
    Instances dec = d.fit(data, new Random(1));
    ClassReplication rep = ClassReplication.plan(d, new double[0]);
    assertEquals(6, rep.rate(1), 0); // 30 / 5
    assertArrayEquals(new double[] {30, 30}, CogTestData.classWeights(rep.apply(dec, d, new Random(1))), 0);
  }

  @Test
  public void badRatesNameTheOption() throws Exception {
    ClassDecomposition d = fitted(CogTestData.unequalBlobs());
    for (double[] bad : new double[][] {{1}, {1, 2, 3}, {0.5, 2}, {1, Double.POSITIVE_INFINITY}}) {
      try {
        ClassReplication.plan(d, bad);
        fail("expected an IllegalArgumentException for " + Arrays.toString(bad));
      } catch (IllegalArgumentException e) {
        assertTrue(e.getMessage(), e.getMessage().startsWith("-os-rates must be "));
      }
    }
  }
}
