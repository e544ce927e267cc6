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

package weka.classifiers.meta;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import org.junit.Test;

import weka.classifiers.AbstractClassifier;
import weka.classifiers.functions.Logistic;
import weka.core.Capabilities;
import weka.core.Capabilities.Capability;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.SelectedTag;
import weka.core.UnsupportedAttributeTypeException;
import weka.core.Utils;
import weka.core.WeightedInstancesHandler;
import weka.imbalance.cog.ClassDecomposition;
import weka.imbalance.cog.Combination;
import weka.imbalance.cog.CogTestData;

/** Exact behaviour of {@link COGClassifier} on hand-made data and with a recording base learner. */
public class COGClassifierBehaviourTest {

  /** Records its training data; predicts a fixed distribution over whatever classes it saw. */
  public static class Recorder extends AbstractClassifier {
    private static final long serialVersionUID = 1L;
    Instances m_Seen;

    @Override
    public void buildClassifier(Instances data) {
      m_Seen = new Instances(data);
    }

    @Override
    public double[] distributionForInstance(Instance inst) {
      assertTrue("the base learner must not see the test class value", inst.classIsMissing());
      double[] d = new double[m_Seen.numClasses()];
      for (int k = 0; k < d.length; k++) {
        d[k] = k + 1;
      }
      Utils.normalize(d);
      return d;
    }

    @Override
    public Capabilities getCapabilities() {
      Capabilities c = super.getCapabilities();
      c.enable(Capability.NUMERIC_ATTRIBUTES);
      c.enable(Capability.NOMINAL_CLASS);
      c.enable(Capability.MISSING_CLASS_VALUES);
      c.enable(Capability.MISSING_VALUES);
      return c;
    }
  }

  /** The same, declared weight-aware. */
  public static class WeightedRecorder extends Recorder implements WeightedInstancesHandler {
    private static final long serialVersionUID = 1L;
  }

  private static double accuracy(weka.classifiers.Classifier c, Instances data) throws Exception {
    int ok = 0;
    for (int i = 0; i < data.numInstances(); i++) {
      if (c.classifyInstance(data.instance(i)) == data.instance(i).classValue()) {
        ok++;
      }
    }
    return ok / (double) data.numInstances();
  }

  @Test
  public void decompositionMakesTheBlobsLinearlySeparableAndPredictionsMapBack() throws Exception {
    Instances data = CogTestData.blobs(10, 10);
    String before = CogTestData.dump(data);
    COGClassifier cog = new COGClassifier();
    cog.setClassifier(new Logistic());
    cog.buildClassifier(data);
    assertEquals(before, CogTestData.dump(data));
    assertEquals(1.0, accuracy(cog, data), 0);
    Logistic plain = new Logistic();
    plain.buildClassifier(data);
    assertTrue("one line cannot separate small from the three blobs", accuracy(plain, data) < 1.0);

    for (Instance inst : data) {
      double[] p = cog.distributionForInstance(inst);
      assertEquals(1.0, p[0] + p[1], 1e-12);
    }
    // new points near each blob and near small
    for (double[] c : CogTestData.BIG_CENTRES) {
      assertEquals(0, cog.classifyInstance(CogTestData.point(data, c[0] + 0.3, c[1] + 0.3, -1)), 0);
    }
    assertEquals(1, cog.classifyInstance(CogTestData.point(data, 4.1, 3.9, -1)), 0);
  }

  @Test
  public void sumAndMaxCombinationOfAFixedBaseDistribution() throws Exception {
    Instances data = CogTestData.blobs(10, 10);
    COGClassifier cog = new COGClassifier();
    cog.setClassifier(new Recorder());
    cog.buildClassifier(data);
    // subclasses big_1..3, small: base says 0.1, 0.2, 0.3, 0.4; by default the paper's rule: the
    // class of the most probable subclass, each class weighted by its best subclass
    Instance x = CogTestData.point(data, 1, 1, 1);
    assertEquals(Combination.MAX, cog.getCombine().getSelectedTag().getID());
    assertArrayEquals(new double[] {0.3 / 0.7, 0.4 / 0.7}, cog.distributionForInstance(x), 1e-12);
    assertEquals(1, cog.classifyInstance(x), 0);
    cog.setCombine(new SelectedTag(Combination.SUM, Combination.TAGS));
    assertArrayEquals(new double[] {0.6, 0.4}, cog.distributionForInstance(x), 1e-12);
    assertEquals(0, cog.classifyInstance(x), 0);
  }

  /**
   * Issue 13: on binary data COG around SMO fell from balanced accuracy 0.89 to 0.50, every instance
   * to the majority. SMO's multi-class distribution is its pairwise votes; summing them gives the
   * decomposed majority class the K(K-1)/2 votes among its own K subclasses whatever the input, more
   * than the K votes the rare class can win. The paper's rule (class of the most probable subclass)
   * does not. Data: the majority class in four corner blobs around a rare central blob, which no
   * single line separates but each corner is linearly separable from the centre.
   */
  @Test
  public void smoOnBinaryDataKeepsTheRareClassWithThePapersRule() throws Exception {
    double[][] corners = {{0, 0}, {10, 0}, {0, 10}, {10, 10}};
    Instances data = CogTestData.blobs(corners, 10, new double[] {5, 5}, 10);
    COGClassifier cog = new COGClassifier();
    cog.setClassifier(new weka.classifiers.functions.SMO());
    cog.buildClassifier(data);
    assertEquals(4, cog.getDecomposition().subclassesOf(0).length);
    for (Instance inst : data) {
      assertEquals("instance " + inst, inst.classValue(), cog.classifyInstance(inst), 0);
    }
    assertEquals(1, cog.classifyInstance(CogTestData.point(data, 5.2, 4.9, -1)), 0);
    assertEquals(0, cog.classifyInstance(CogTestData.point(data, 9.8, 0.1, -1)), 0);
  }

  @Test
  public void weightsReachAWeightAwareBaseLearnerAndOthersGetAResample() throws Exception {
    Instances data = CogTestData.blobs(10, 10);
    for (int i = 0; i < data.numInstances(); i++) {
      data.instance(i).setWeight(i % 2 == 0 ? 1 : 2);
    }
    COGClassifier cog = new COGClassifier();
    WeightedRecorder w = new WeightedRecorder();
    cog.setClassifier(w);
    cog.buildClassifier(data);
    Instances seen = ((Recorder) cog.getClassifier()).m_Seen;
    assertEquals(data.numInstances(), seen.numInstances());
    for (int i = 0; i < data.numInstances(); i++) {
      assertEquals(data.instance(i).weight(), seen.instance(i).weight(), 0);
    }
    cog.setClassifier(new Recorder());
    cog.buildClassifier(data);
    seen = ((Recorder) cog.getClassifier()).m_Seen;
    assertEquals(data.numInstances(), seen.numInstances());
    assertTrue(seen.allInstanceWeightsIdentical());
  }

  @Test
  public void cogOsGivesTheBaseLearnerBalancedSubclassesAndDropsMissingClasses() throws Exception {
    Instances data = CogTestData.blobs(10, 4);
    data.add(CogTestData.point(data, 4, 4, -1));
    COGClassifier cog = new COGClassifier();
    cog.setClassifier(new WeightedRecorder());
    cog.setTargetSize(10);
    cog.setOversample(true);
    cog.buildClassifier(data);
    Instances seen = ((Recorder) cog.getClassifier()).m_Seen;
    assertEquals(40, seen.numInstances());
    assertArrayEquals(new double[] {10, 10, 10, 10}, CogTestData.classWeights(seen), 0);
    assertTrue(cog.toString(), cog.toString().contains("+6 copies"));
    assertTrue(cog.toString(), cog.toString().contains("COG-OS"));
  }

  /**
   * Issue 13: COG-OS replicates each original class j by its own rate r(j), all its subclasses
   * alike; release 0.1.0 replicated every subclass to the heaviest one (here 20 : 20 : 20).
   */
  @Test
  public void cogOsReplicatesEachClassByItsRate() throws Exception {
    Instances data = CogTestData.unequalBlobs();
    COGClassifier cog = new COGClassifier();
    cog.setClassifier(new WeightedRecorder());
    cog.setNumSubclasses(2);
    cog.setOversample(true);
    cog.buildClassifier(data);
    // big: subclasses of 20 and 10; small: 5 -> r = 20 / 5 = 4
    assertArrayEquals(new double[] {20, 10, 20}, seenWeights(cog), 0);
    assertTrue(cog.toString(), cog.toString().contains("small: r = 4, +15 copies"));
    cog.setOversampleRates("2, 1");
    cog.buildClassifier(data);
    assertArrayEquals(new double[] {40, 20, 5}, seenWeights(cog), 0);
    assertEquals("2,1", cog.getOversampleRates());
  }

  private static double[] seenWeights(COGClassifier cog) {
    return CogTestData.classWeights(((Recorder) cog.getClassifier()).m_Seen);
  }

  @Test
  public void oversamplingRatesAreCheckedWhenSetAndNeedCogOs() throws Exception {
    String[][] bad = {{"-oversample", "-os-rates", "1,0.5"}, {"-oversample", "-os-rates", "1,x"}, {"-os-rates", "1,2"}};
    for (String[] b : bad) {
      try {
        new COGClassifier().setOptions(b.clone());
        fail("expected an IllegalArgumentException for " + String.join(" ", b));
      } catch (IllegalArgumentException e) {
        assertTrue(e.getMessage(), e.getMessage().startsWith("-os-rates ") && e.getMessage().contains(b[b.length - 1]));
      }
    }
    COGClassifier cog = new COGClassifier();
    Instances data = CogTestData.blobs(10, 10);
    cog.setOversampleRates("1,3");
    String withoutCogOs = assertThrows(IllegalArgumentException.class, () -> cog.buildClassifier(data)).getMessage();
    assertTrue(withoutCogOs, withoutCogOs.startsWith("-os-rates must be given with -oversample only"));
    cog.setOversample(true);
    cog.setOversampleRates("1,3,1");
    String threeRates = assertThrows(IllegalArgumentException.class, () -> cog.buildClassifier(data)).getMessage();
    assertTrue(threeRates, threeRates.contains("one rate per class (2: big, small)"));
  }

  /** Issue 21: nominal-only data with missing values, which the capabilities claim, is handled. */
  @Test
  public void nominalDataWithMissingValuesIsHandledAsTheCapabilitiesClaim() throws Exception {
    Instances data = weka.imbalance.cog.ClassDecompositionTest.nominalWithFilledInMissing();
    COGClassifier cog = new COGClassifier();
    assertTrue(cog.getCapabilities().test(data));
    cog.buildClassifier(data);
    for (Instance inst : data) {
      assertEquals(1, Utils.sum(cog.distributionForInstance(inst)), 1e-12);
    }
    assertEquals(1, cog.classifyInstance(data.instance(24)), 0);
  }

  @Test
  public void sameSeedSameModel() throws Exception {
    Instances data = CogTestData.blobs(10, 10);
    COGClassifier a = new COGClassifier();
    a.setClusterer(new weka.clusterers.SimpleKMeans()); // random initialisation: seed matters
    a.setSeed(4);
    a.setOversample(true);
    COGClassifier b = (COGClassifier) AbstractClassifier.makeCopy(a);
    a.buildClassifier(data);
    b.buildClassifier(data);
    assertEquals(a.toString(), b.toString());
    for (Instance inst : data) {
      assertArrayEquals(a.distributionForInstance(inst), b.distributionForInstance(inst), 0);
    }
  }

  @Test
  public void numericClassIsRefused() throws Exception {
    Instances data = CogTestData.blobs(5, 5);
    data.setClassIndex(0);
    try {
      new COGClassifier().buildClassifier(data);
      fail("expected an UnsupportedAttributeTypeException");
    } catch (UnsupportedAttributeTypeException e) {
      assertTrue(e.getMessage(), e.getMessage().contains("numeric class"));
    }
  }

  @Test
  public void optionsRoundTripAndBadValuesNameTheOption() throws Exception {
    COGClassifier cog = new COGClassifier();
    cog.setOptions(Utils.splitOptions("-clusterer \"weka.clusterers.FarthestFirst -N 3\" -decompose-factor 1.5 "
      + "-K 3 -target-size 7 -max-subclasses 4 -oversample -combine max -S 9 -W weka.classifiers.trees.J48 -- -C 0.3"));
    COGClassifier copy = new COGClassifier();
    copy.setOptions(cog.getOptions());
    assertEquals(Utils.joinOptions(cog.getOptions()), Utils.joinOptions(copy.getOptions()));
    assertEquals(1.5, copy.getDecomposeFactor(), 0);
    assertEquals(3, copy.getNumSubclasses());
    assertEquals(7, copy.getTargetSize(), 0);
    assertEquals(4, copy.getMaxSubclasses());
    assertTrue(copy.getOversample());
    assertEquals(Combination.MAX, copy.getCombine().getSelectedTag().getID());
    assertEquals(9, copy.getSeed());
    assertEquals("weka.clusterers.FarthestFirst", copy.getClusterer().getClass().getName());
    assertEquals("weka.classifiers.trees.J48", copy.getClassifier().getClass().getName());
    // issue 14: every option is checked when it is set, and the message names the option and the value
    String[][] bad = {{"-decompose-factor", "0.5"}, {"-decompose-factor", "Infinity"}, {"-K", "-2"}, {"-K", "two"},
      {"-target-size", "-1"}, {"-max-subclasses", "0"}, {"-min-subclass-size", "0"}, {"-combine", "mean"},
      {"-clusterer", "weka.clusterers.NoSuchClusterer"}, {"-clusterer", "weka.classifiers.trees.J48"},
      {"-S", "x"}, {"-W", "weka.classifiers.trees.J49"}, {"-oversample", "-os-rates", "0.9"}};
    for (String[] b : bad) {
      try {
        new COGClassifier().setOptions(b.clone());
        fail("expected an IllegalArgumentException for " + String.join(" ", b));
      } catch (IllegalArgumentException e) {
        String option = b[b.length - 2];
        assertTrue(e.getMessage(), e.getMessage().startsWith(option) && e.getMessage().contains(b[b.length - 1]));
      }
    }
    try {
      new COGClassifier().setOptions(new String[] {"-W", "weka.classifiers.functions.Logistic", "--", "-R", "abc"});
      fail("expected an IllegalArgumentException");
    } catch (IllegalArgumentException e) {
      assertTrue(e.getMessage(), e.getMessage().startsWith("-W: cannot use 'weka.classifiers.functions.Logistic'"));
    }
    try {
      new COGClassifier().setOptions(new String[] {"-Q", "3"});
      fail("an unknown option must be refused");
    } catch (Exception e) {
      assertTrue(e.getMessage(), e.getMessage().contains("-Q 3"));
    }
    // setters refuse too, before any training
    COGClassifier fresh = new COGClassifier();
    Runnable[] setters = {() -> fresh.setDecomposeFactor(0.9), () -> fresh.setNumSubclasses(-1),
      () -> fresh.setTargetSize(-2), () -> fresh.setMaxSubclasses(0), () -> fresh.setMinSubclassSize(0),
      () -> fresh.setClusterer(null), () -> fresh.setOversampleRates("1,0"),
      () -> fresh.setCombine(new SelectedTag(1, weka.classifiers.functions.SMO.TAGS_FILTER))};
    String[] names = {"-decompose-factor", "-K", "-target-size", "-max-subclasses", "-min-subclass-size", "-clusterer",
      "-os-rates", "-combine"};
    for (int i = 0; i < setters.length; i++) {
      try {
        setters[i].run();
        fail("expected an IllegalArgumentException from the setter of " + names[i]);
      } catch (IllegalArgumentException e) {
        assertTrue(e.getMessage(), e.getMessage().startsWith(names[i]));
      }
    }
  }

  @Test
  public void toStringListsTheSubclassesAndTheBaseModel() throws Exception {
    COGClassifier cog = new COGClassifier();
    assertTrue(cog.toString().contains("no model built yet"));
    cog.buildClassifier(CogTestData.blobs(10, 10));
    String s = cog.toString();
    assertTrue(s, s.contains("big: weight 30, 30 instances, 3 subclasses"));
    assertTrue(s, s.contains("  big_2: weight 10, 10 instances"));
    assertTrue(s, s.contains("trained on the 4 subclass labels"));
    assertTrue(s, s.contains("SMO"));
    assertFalse(s, s.contains("warning"));
  }
}
