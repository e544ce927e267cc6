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
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.Test;

import weka.clusterers.AbstractClusterer;
import weka.clusterers.Clusterer;
import weka.clusterers.FarthestFirst;
import weka.clusterers.NumberOfClustersRequestable;
import weka.clusterers.SimpleKMeans;
import weka.core.Capabilities;
import weka.core.Capabilities.Capability;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.UnsupportedAttributeTypeException;
import weka.core.WekaException;

/** Exact tests of the shared COG decomposition on hand-made data with obvious clusters. */
public class ClassDecompositionTest {

  private static ClassDecomposition auto() {
    return CogTestData.decomposition(DecompositionSettings.defaultClusterer(), 2, 0, 0, 10, 10);
  }

  @Test
  public void recoversTheBlobsOfTheLargeClassForEverySeed() throws Exception {
    Instances data = CogTestData.blobs(10, 10);
    for (int seed = 1; seed <= 5; seed++) {
      ClassDecomposition d = auto();
      Instances out = d.fit(data, new Random(seed));
      // big: weight 30 = 3 x smallest (10) -> decomposed into round(30/10) = 3 subclasses
      assertEquals(4, d.numSubclasses());
      assertTrue(d.isDecomposed(0));
      assertFalse(d.isDecomposed(1));
      assertArrayEquals(new int[] {3}, d.subclassesOf(1));
      assertEquals("small", out.classAttribute().value(3));
      assertEquals("class_subclass", out.classAttribute().name());
      Set<Integer> seen = new HashSet<>();
      for (int blob = 0; blob < 3; blob++) {
        int s = (int) out.instance(10 * blob).classValue();
        assertEquals(0, d.parentOf(s));
        assertTrue("two blobs share a subclass (seed " + seed + ")", seen.add(s));
        for (int i = 10 * blob; i < 10 * blob + 10; i++) {
          assertEquals("blob " + blob + ", instance " + i + ", seed " + seed, s, (int) out.instance(i).classValue(), 0);
        }
        assertEquals(10, d.subclassCount(s));
        assertEquals(10.0, d.subclassWeight(s), 0);
        assertTrue(out.classAttribute().value(s).startsWith("big_"));
      }
      for (int i = 30; i < 40; i++) {
        assertEquals(3, (int) out.instance(i).classValue());
      }
    }
  }

  @Test
  public void keepsInstancesOrderValuesAndWeightsAndDoesNotModifyTheInput() throws Exception {
    Instances data = CogTestData.blobs(10, 10);
    for (int i = 0; i < data.numInstances(); i++) {
      data.instance(i).setWeight(1 + i % 3);
    }
    String before = CogTestData.dump(data);
    Instances out = auto().fit(data, new Random(1));
    assertEquals(before, CogTestData.dump(data));
    assertEquals(data.numInstances(), out.numInstances());
    for (int i = 0; i < data.numInstances(); i++) {
      assertEquals(data.instance(i).value(0), out.instance(i).value(0), 0);
      assertEquals(data.instance(i).value(1), out.instance(i).value(1), 0);
      assertEquals(data.instance(i).weight(), out.instance(i).weight(), 0);
    }
  }

  @Test
  public void sameSeedSameResultAndTheClustererSeedIsDrawnFromIt() throws Exception {
    Instances data = CogTestData.blobs(10, 10);
    // random initialisation: depends on the seed, which COG draws for the clusterer
    SimpleKMeans a = new SimpleKMeans();
    a.setSeed(5);
    SimpleKMeans b = new SimpleKMeans();
    b.setSeed(77);
    ClassDecomposition d1 = CogTestData.decomposition(a, 1, 2, 0, 10, 10);
    ClassDecomposition d2 = CogTestData.decomposition(b, 1, 2, 0, 10, 10);
    String r1 = CogTestData.dump(d1.fit(data, new Random(3)));
    String r2 = CogTestData.dump(d2.fit(data, new Random(3)));
    assertEquals(r1, r2);
    assertEquals(d1.toString().replace("-S 5", "-S 77"), d2.toString());
    assertEquals(5, a.getSeed());
  }

  @Test
  public void weightsDecideSelectionAndNumberOfSubclasses() throws Exception {
    Instances data = CogTestData.blobs(10, 10);
    // small instances weigh 3: small = 30 = big, nothing is decomposed at factor 2
    for (int i = 30; i < 40; i++) {
      data.instance(i).setWeight(3);
    }
    ClassDecomposition d = auto();
    d.fit(data, new Random(1));
    assertEquals(2, d.numSubclasses());
    // big instances of blob 0 weigh 4: big = 60, small 30 -> round(60/30) = 2 subclasses
    for (int i = 0; i < 10; i++) {
      data.instance(i).setWeight(4);
    }
    d = auto();
    Instances out = d.fit(data, new Random(1));
    assertEquals(3, d.numSubclasses());
    double total = 0;
    for (int s : d.subclassesOf(0)) {
      total += d.subclassWeight(s);
    }
    assertEquals(60, total, 1e-12);
    assertEquals(60 + 30, out.sumOfWeights(), 1e-12);
  }

  @Test
  public void clustererWithoutWeightsIsBuiltOnAWeightedResample() throws Exception {
    Instances data = CogTestData.blobs(10, 10);
    for (int i = 0; i < 30; i++) {
      data.instance(i).setWeight(i < 10 ? 3 : 1);
    }
    FarthestFirst ff = new FarthestFirst();
    ClassDecomposition d = CogTestData.decomposition(ff, 2, 3, 0, 10, 10);
    Instances out = d.fit(data, new Random(1));
    assertTrue(d.toString(), d.toString().contains("weighted resample"));
    assertEquals(3, d.subclassesOf(0).length);
    // every instance keeps its weight and gets a subclass of its own class
    for (int i = 0; i < 30; i++) {
      assertEquals(0, d.parentOf((int) out.instance(i).classValue()));
      assertEquals(data.instance(i).weight(), out.instance(i).weight(), 0);
    }
    // equal weights: built on the data itself
    d = CogTestData.decomposition(ff, 2, 3, 0, 10, 10);
    d.fit(CogTestData.blobs(10, 10), new Random(1));
    assertFalse(d.toString().contains("weighted resample"));
  }

  @Test
  public void fixedNumberOfSubclassesLargerThanAClassIsAClearError() throws Exception {
    Instances data = CogTestData.blobs(2, 3); // big: 6 instances
    ClassDecomposition d = CogTestData.decomposition(DecompositionSettings.defaultClusterer(), 1, 4, 0, 10, 10);
    try {
      d.fit(data, new Random(1));
      fail("expected an IllegalArgumentException");
    } catch (IllegalArgumentException e) {
      assertTrue(e.getMessage(), e.getMessage().contains("-K 4") && e.getMessage().contains("'small'")
        && e.getMessage().contains("3 training instance"));
    }
    // automatic: capped by the class size, never an error
    d = CogTestData.decomposition(DecompositionSettings.defaultClusterer(), 1, 0, 1, 10, 10);
    d.fit(data, new Random(1));
    assertTrue(d.subclassesOf(1).length <= 3);
  }

  @Test
  public void optionValuesAreChecked() {
    Clusterer km = DecompositionSettings.defaultClusterer();
    String[] expected = {"-decompose-factor", "-K", "-target-size", "-max-subclasses", "-min-subclass-size"};
    Runnable[] bad = {
      () -> CogTestData.decomposition(km, 0.5, 0, 0, 10, 10), () -> CogTestData.decomposition(km, 2, -1, 0, 10, 10),
      () -> CogTestData.decomposition(km, 2, 0, -1, 10, 10), () -> CogTestData.decomposition(km, 2, 0, 0, 0, 10),
      () -> CogTestData.decomposition(km, 2, 0, 0, 10, 0)};
    for (int i = 0; i < bad.length; i++) {
      try {
        bad[i].run();
        fail("expected an IllegalArgumentException for " + expected[i]);
      } catch (IllegalArgumentException e) {
        assertTrue(e.getMessage(), e.getMessage().startsWith(expected[i]));
      }
    }
  }

  @Test
  public void aTinySmallestClassDoesNotShatterTheOthers() throws Exception {
    Instances data = CogTestData.blobs(10, 1);
    // target = 1 instance: round(30 / 1) = 30, but at most 30 / 10 = 3 subclasses of 10 on average
    ClassDecomposition d = auto();
    d.fit(data, new Random(1));
    assertEquals(3, d.subclassesOf(0).length);
    // with a minimum subclass size of 1 the cap of 10 applies
    d = CogTestData.decomposition(DecompositionSettings.defaultClusterer(), 2, 0, 0, 10, 1);
    d.fit(data, new Random(1));
    assertEquals(10, d.subclassesOf(0).length);
  }

  @Test
  public void infiniteValuesAndMalformedNumbersAreNamed() throws Exception {
    Instances data = CogTestData.blobs(10, 10);
    data.instance(4).setValue(1, Double.NEGATIVE_INFINITY);
    try {
      auto().fit(data, new Random(1));
      fail("expected an IllegalArgumentException");
    } catch (IllegalArgumentException e) {
      assertTrue(e.getMessage(), e.getMessage().contains("attribute 'y' of instance 5 is -Infinity"));
    }
    try {
      new weka.classifiers.meta.COGClassifier().setOptions(new String[] {"-K", "two"});
      fail("expected an IllegalArgumentException");
    } catch (IllegalArgumentException e) {
      assertEquals("-K takes a whole number, got 'two'", e.getMessage());
    }
  }

  @Test(expected = UnsupportedAttributeTypeException.class)
  public void numericClassIsRefused() throws Exception {
    Instances data = CogTestData.blobs(5, 5);
    data.setClassIndex(0);
    auto().fit(data, new Random(1));
  }

  @Test
  public void missingValuesAndMissingClassesAreHandledAsDocumented() throws Exception {
    Instances data = CogTestData.blobs(10, 10);
    data.instance(3).setMissing(0);
    data.instance(15).setMissing(1);
    data.add(CogTestData.point(data, 10, 0, -1));
    ClassDecomposition d = auto();
    Instances out = d.fit(data, new Random(1));
    assertEquals(41, out.numInstances());
    assertTrue(out.instance(40).classIsMissing());
    assertEquals(3, d.subclassesOf(0).length);
    for (int i = 0; i < 30; i++) {
      assertFalse(out.instance(i).classIsMissing());
      assertEquals(0, d.parentOf((int) out.instance(i).classValue()));
    }
    assertTrue(out.instance(3).isMissing(0));
  }

  /**
   * One nominal attribute; class big: 18 x 'a' and 2 missing, class small: 5 x 'b'. Two distinct
   * vectors as stored, but SimpleKMeans replaces a missing value by the mode before clustering, so
   * it sees one: k-means++ then failed ("Can't normalize array. Sum is zero.") on data whose
   * capabilities COG claims (issue 21). Distinct instances are counted as the clusterer sees them.
   */
  public static Instances nominalWithFilledInMissing() {
    java.util.ArrayList<weka.core.Attribute> atts = new java.util.ArrayList<>();
    atts.add(new weka.core.Attribute("n", java.util.Arrays.asList("a", "b", "c")));
    atts.add(new weka.core.Attribute("class", java.util.Arrays.asList("big", "small")));
    Instances data = new Instances("nominal", atts, 0);
    data.setClassIndex(1);
    for (int i = 0; i < 25; i++) {
      double v = i < 18 ? 0 : i < 20 ? weka.core.Utils.missingValue() : 1;
      data.add(new weka.core.DenseInstance(1, new double[] {v, i < 20 ? 0 : 1}));
    }
    return data;
  }

  @Test
  public void missingValuesTheClustererFillsInDoNotMakeInstancesDistinct() throws Exception {
    Instances data = nominalWithFilledInMissing();
    ClassDecomposition d = auto();
    Instances out = d.fit(data, new Random(1));
    assertEquals(2, d.numSubclasses());
    assertTrue(d.toString(), d.toString().contains("big: weight 20, 20 instances, not decomposed"));
    assertEquals(25, out.numInstances());
    // with a third value among them, two distinct instances remain: two subclasses
    data.instance(0).setValue(0, 2);
    d = auto();
    d.fit(data, new Random(1));
    assertEquals(3, d.numSubclasses());
    assertEquals(19, d.subclassCount(0));
    assertEquals(1, d.subclassCount(1));
  }

  @Test
  public void aWeightedResampleOfIdenticalInstancesIsNotClustered() throws Exception {
    Instances data = CogTestData.blobs(10, 10);
    for (int i = 0; i < 30; i++) {
      data.instance(i).setWeight(i == 0 ? 1e6 : 1e-9); // the resample of big is instance 0, 30 times
    }
    weka.clusterers.FilteredClusterer noWeights = new weka.clusterers.FilteredClusterer();
    noWeights.setClusterer(DecompositionSettings.defaultClusterer());
    assertFalse(noWeights instanceof weka.core.WeightedInstancesHandler);
    ClassDecomposition d = CogTestData.decomposition(noWeights, 1, 3, 0, 10, 10);
    d.fit(data, new Random(1));
    assertFalse(d.toString(), d.isDecomposed(0));
  }

  @Test
  public void laterInstancesGoToTheSubclassOfTheirNearestCluster() throws Exception {
    Instances data = CogTestData.blobs(10, 10);
    ClassDecomposition d = auto();
    Instances out = d.fit(data, new Random(1));
    for (int blob = 0; blob < 3; blob++) {
      double[] c = CogTestData.BIG_CENTRES[blob];
      Instance near = CogTestData.point(data, c[0] + 0.2, c[1] - 0.1, 0);
      assertEquals((int) out.instance(10 * blob).classValue(), d.subclassOf(near));
    }
    assertEquals(3, d.subclassOf(CogTestData.point(data, 0, 0, 1)));
    assertEquals(-1, d.subclassOf(CogTestData.point(data, 0, 0, -1)));
  }

  /** Puts x &lt; 5 in cluster 0 and the rest in cluster 2 of 4; cluster 1 and 3 stay empty. */
  public static class GappyClusterer extends AbstractClusterer implements NumberOfClustersRequestable {
    private static final long serialVersionUID = 1L;
    int m_Requested;
    int m_Out = 2;

    @Override
    public void setNumClusters(int n) {
      m_Requested = n;
    }

    @Override
    public void buildClusterer(Instances data) {
    }

    @Override
    public int clusterInstance(Instance inst) {
      return inst.value(0) < 5 ? 0 : inst.value(0) > 50 ? 1 : m_Out;
    }

    @Override
    public double[] distributionForInstance(Instance inst) {
      // prefers the empty cluster 1, then cluster 2
      return new double[] {0.1, 0.6, 0.3, 0};
    }

    @Override
    public int numberOfClusters() {
      return 4;
    }

    @Override
    public Capabilities getCapabilities() {
      Capabilities c = super.getCapabilities();
      c.enable(Capability.NUMERIC_ATTRIBUTES);
      c.enable(Capability.NO_CLASS);
      return c;
    }
  }

  @Test
  public void emptyClustersAreDroppedAndLaterInstancesAvoidThem() throws Exception {
    Instances data = CogTestData.blobs(10, 10);
    ClassDecomposition d = CogTestData.decomposition(new GappyClusterer(), 2, 0, 0, 10, 10);
    Instances out = d.fit(data, new Random(1));
    // blobs 0 and 2 have x < 5, blob 1 has x near 10: 20 + 10 instances
    assertEquals(3, d.numSubclasses());
    assertEquals("big_1", out.classAttribute().value((int) out.instance(0).classValue()));
    assertEquals("big_2", out.classAttribute().value((int) out.instance(10).classValue()));
    assertEquals(20, d.subclassCount(0));
    assertEquals(10, d.subclassCount(1));
    assertTrue(d.toString(), d.toString().contains("2 subclasses (3 requested, 4 returned)"));
    // an instance the clusterer puts into the (empty) cluster 1 goes to the most likely non-empty cluster, 2
    assertEquals(1, d.subclassOf(CogTestData.point(data, 60, 0, 0)));
  }

  @Test
  public void aClassInOneClusterStaysOneSubclass() throws Exception {
    Instances data = CogTestData.blobs(10, 10);
    GappyClusterer g = new GappyClusterer();
    g.m_Out = 0;
    ClassDecomposition d = CogTestData.decomposition(g, 2, 0, 0, 10, 10);
    Instances out = d.fit(data, new Random(1));
    assertEquals(2, d.numSubclasses());
    assertEquals("big", out.classAttribute().value(0));
    assertTrue(d.toString(), d.toString().contains("all in one cluster"));
  }

  @Test
  public void clusterIndexOutOfRangeIsAnError() throws Exception {
    Instances data = CogTestData.blobs(10, 10);
    data.instance(0).setValue(0, 100); // cluster 1 of GappyClusterer... in range
    GappyClusterer g = new GappyClusterer();
    g.m_Out = 7;
    try {
      CogTestData.decomposition(g, 2, 0, 0, 10, 10).fit(data, new Random(1));
      fail("expected a WekaException");
    } catch (WekaException e) {
      assertTrue(e.getMessage(), e.getMessage().contains("cluster 7, outside 0..3"));
    }
  }

  @Test
  public void subclassProbabilitiesAddUpToTheirClass() throws Exception {
    ClassDecomposition d = auto();
    d.fit(CogTestData.blobs(10, 10), new Random(1));
    double[] sub = {0.1, 0.2, 0.3, 0.4};
    double[] before = sub.clone();
    assertArrayEquals(new double[] {0.6, 0.4}, d.toParentDistribution(sub, Combination.SUM), 1e-12);
    assertArrayEquals(new double[] {0.3 / 0.7, 0.4 / 0.7}, d.toParentDistribution(sub, Combination.MAX), 1e-12);
    assertArrayEquals(before, sub, 0);
    assertArrayEquals(new double[] {0, 0}, d.toParentDistribution(new double[4], Combination.SUM), 0);
  }

  @Test
  public void dataWithoutAttributesOrInstancesIsNotDecomposed() throws Exception {
    Instances data = CogTestData.blobs(10, 10);
    ClassDecomposition d = auto();
    d.fit(new Instances(data, 0), new Random(1));
    assertEquals(2, d.numSubclasses());
    data.setClassIndex(-1);
    data.deleteAttributeAt(0);
    data.deleteAttributeAt(0);
    data.setClassIndex(0);
    d = auto();
    d.fit(data, new Random(1));
    assertEquals(2, d.numSubclasses());
  }

  @Test
  public void toStringListsSubclassesWithSizes() throws Exception {
    ClassDecomposition d = auto();
    d.fit(CogTestData.blobs(10, 10), new Random(1));
    String s = d.toString();
    assertTrue(s, s.contains("big: weight 30, 30 instances, 3 subclasses (3 requested, 3 returned)"));
    assertTrue(s, s.contains("  big_1: weight 10, 10 instances"));
    assertTrue(s, s.contains("  big_3: weight 10, 10 instances"));
    assertTrue(s, s.contains("small: weight 10, 10 instances, not decomposed"));
  }
}
