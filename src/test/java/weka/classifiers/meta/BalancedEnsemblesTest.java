package weka.classifiers.meta;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.FileReader;
import java.util.Random;

import org.junit.Test;

import weka.classifiers.Classifier;
import weka.classifiers.IteratedSingleClassifierEnhancer;
import weka.core.Instances;
import weka.core.Utils;
import weka.imbalance.ensemble.Recording;
import weka.classifiers.meta.RUSBoost.SampledLearner;
import weka.imbalance.meta.ScratchClassifier;
import weka.imbalance.testing.ConcurrentPrediction;

/**
 * What each member of the balanced ensembles is trained on, with the expected class counts
 * computed here from the rule (not read from the ensemble): BalancedBagging's bags are their
 * bootstrap with every class cut to the bootstrap's smallest class; EasyEnsemble's subsets have
 * every class at the training data's smallest class count; BalancedRandomForest's trees get n_min
 * instances of every class drawn with replacement; RUSBoost's rounds get a balanced undersample of
 * the weighted training data. Also: the same model for 1 and 2 execution slots, serving from many
 * threads, options checked when set.
 */
public class BalancedEnsemblesTest {

  private static Instances read(String file) throws Exception {
    Instances d = new Instances(new FileReader(file));
    d.setClassIndex(d.numAttributes() - 1);
    return d;
  }

  private static Classifier[] members(IteratedSingleClassifierEnhancer e) throws Exception {
    java.lang.reflect.Field f = IteratedSingleClassifierEnhancer.class.getDeclaredField("m_Classifiers");
    f.setAccessible(true);
    return (Classifier[]) f.get(e);
  }

  private static double[] counts(Instances d) {
    double[] c = new double[d.numClasses()];
    for (int i = 0; i < d.numInstances(); i++) {
      c[(int) d.instance(i).classValue()]++;
    }
    return c;
  }

  /** Every present class cut to the smallest present count. */
  private static double[] cutToSmallest(double[] c) {
    double min = Double.MAX_VALUE;
    for (double v : c) {
      if (v > 0) {
        min = Math.min(min, v);
      }
    }
    double[] out = new double[c.length];
    for (int k = 0; k < c.length; k++) {
      out[k] = c[k] > 0 ? min : 0;
    }
    return out;
  }

  @Test
  public void balancedBaggingCutsEveryClassOfEachBootstrapToItsSmallestClass() throws Exception {
    Instances d = read("data/ecoli.arff");
    BalancedBagging b = new BalancedBagging();
    b.setClassifier(new Recording.Stump());
    b.setSeed(3);
    b.buildClassifier(d);
    Classifier[] m = members(b);
    assertEquals(10, m.length);
    for (int i = 0; i < m.length; i++) {
      // Weka's Bagging bootstrap of member i, drawn here again
      Instances boot = d.resampleWithWeights(new Random(3 + i), null, false, 100);
      double[] expected = cutToSmallest(counts(boot));
      assertArrayEquals("bag " + i, expected, ((Recording.Stump) m[i]).seen.counts, 0);
      assertArrayEquals("bag " + i + " as reported", expected, b.getMemberClassCounts()[i], 0);
    }
  }

  @Test
  public void easyEnsembleSubsetsHaveEveryClassAtTheSmallestClassCountAndDiffer() throws Exception {
    Instances d = read("data/glass4.arff");
    EasyEnsemble e = new EasyEnsemble();
    AdaBoostM1 boost = new AdaBoostM1();
    boost.setClassifier(new Recording.Stump());
    e.setClassifier(boost);
    e.buildClassifier(d);
    double[] expected = cutToSmallest(counts(d));
    assertEquals(13, expected[0], 0); // glass4: 13 positives against 201
    java.util.Set<String> subsets = new java.util.HashSet<>();
    for (Classifier c : members(e)) {
      Recording.Seen seen = ((Recording.Stump) members((AdaBoostM1) c)[0]).seen;
      assertArrayEquals(expected, seen.counts, 0);
      assertArrayEquals("drawn without replacement", expected, new double[] {seen.distinct[0], seen.distinct[1]}, 0);
      subsets.add(java.util.Arrays.toString(seen.weights) + c.toString());
    }
    assertEquals("10 different subsets", 10, subsets.size());
  }

  @Test
  public void balancedRandomForestDrawsTheSmallestClassCountFromEveryClassWithReplacement() throws Exception {
    Instances d = read("data/ecoli.arff");
    BalancedRandomForest f = new BalancedRandomForest();
    f.setClassifier(new Recording.Tree());
    f.setNumIterations(30);
    f.buildClassifier(d);
    double[] expected = cutToSmallest(counts(d));
    int repeats = 0;
    for (Classifier c : members(f)) {
      Recording.Seen seen = ((Recording.Tree) c).seen;
      assertArrayEquals(expected, seen.counts, 0);
      for (int k = 0; k < expected.length; k++) {
        repeats += seen.distinct[k] < seen.counts[k] ? 1 : 0;
      }
    }
    assertTrue("drawn with replacement: some bag repeats an instance", repeats > 0);
  }

  @Test
  public void rusBoostUndersamplesTheWeightedTrainingSetInEveryRound() throws Exception {
    Instances d = read("data/glass4.arff");
    RUSBoost r = new RUSBoost();
    r.setClassifier(new weka.classifiers.trees.J48());
    r.buildClassifier(d);
    RUSBoost s = new RUSBoost();
    s.setClassifier(new Recording.Stump());
    s.buildClassifier(d);
    double[] expected = cutToSmallest(counts(d));
    Classifier[] m = members(s);
    double[][] reported = s.getMemberClassCounts();
    assertTrue("more than one round", reported.length > 1);
    for (int i = 0; i < reported.length; i++) {
      Recording.Seen seen = ((Recording.Stump) ((SampledLearner) m[i]).getBase()).seen;
      assertArrayEquals("round " + i, expected, seen.counts, 0);
      assertArrayEquals("round " + i + " as reported", expected, reported[i], 0);
      if (i == 0) {
        // AdaBoostM1 starts from the given weights (all 1): the kept instances carry them
        assertArrayEquals(expected, seen.weights, 1e-12);
      }
    }
    Recording.Seen second = ((Recording.Stump) ((SampledLearner) m[1]).getBase()).seen;
    assertTrue("round 2 carries the boosting weights", Math.abs(second.weights[0] - 13) > 1e-6);
  }

  private static double[][] predict(Classifier c, Instances test) throws Exception {
    double[][] p = new double[test.numInstances()][];
    for (int i = 0; i < p.length; i++) {
      p[i] = c.distributionForInstance(test.instance(i));
    }
    return p;
  }

  @Test
  public void theSameModelForOneAndTwoExecutionSlots() throws Exception {
    Instances d = read("data/ecoli.arff");
    for (String name : new String[] {"BalancedBagging", "EasyEnsemble", "BalancedRandomForest"}) {
      double[][][] out = new double[2][][];
      for (int slots = 1; slots <= 2; slots++) {
        Bagging b = (Bagging) Class.forName("weka.classifiers.meta." + name).getDeclaredConstructor().newInstance();
        b.setNumExecutionSlots(slots);
        b.setNumIterations(8);
        b.buildClassifier(d);
        out[slots - 1] = predict(b, d);
      }
      for (int i = 0; i < out[0].length; i++) {
        assertArrayEquals(name + " instance " + i, out[0][i], out[1][i], 0);
      }
    }
  }

  @Test
  public void serveManyThreadsExactlyWhateverTheBaseLearner() throws Exception {
    Instances d = read("data/glass4.arff");
    for (Classifier c : new Classifier[] {new BalancedBagging(), new EasyEnsemble(), new BalancedRandomForest(),
      new RUSBoost()}) {
      c.buildClassifier(d);
      ConcurrentPrediction.assertSafe(c.getClass().getSimpleName(), c, d, 8, 3);
    }
    // a base learner that is not safe to share: called one thread at a time
    Instances graded = weka.imbalance.meta.MetaTestData.header("neg", "pos");
    for (int i = 0; i < 60; i++) {
      double p = (i + 0.5) / 60;
      weka.imbalance.meta.MetaTestData.add(graded, 1, i % 5 == 0 ? 1 : 0, 1, 1 - p, p);
    }
    BalancedBagging b = new BalancedBagging();
    b.setClassifier(new ScratchClassifier());
    RUSBoost r = new RUSBoost();
    r.setClassifier(new ScratchClassifier());
    for (Classifier c : new Classifier[] {b, r}) {
      c.buildClassifier(graded);
      ConcurrentPrediction.assertSafe(c.getClass().getSimpleName() + " around an unsafe base", c, graded, 8, 3);
    }
  }

  private static void refused(Classifier c, String options, String mention) throws Exception {
    try {
      ((weka.core.OptionHandler) c).setOptions(Utils.splitOptions(options));
      fail(options + " accepted");
    } catch (IllegalArgumentException e) {
      assertTrue(e.getMessage(), e.getMessage().contains(mention));
    }
  }

  @Test
  public void badOptionsAreRefusedWhenSet() throws Exception {
    refused(new BalancedBagging(), "-sampler NoSuchFilter", "-sampler");
    refused(new BalancedBagging(), "-no-bootstrap -O", "-O");
    refused(new EasyEnsemble(), "-O", "-O");
    refused(new BalancedRandomForest(), "-P 50", "-P");
    refused(new BalancedBagging(), "-represent-copies-using-weights", "-represent-copies-using-weights");
    BalancedBagging b = new BalancedBagging();
    b.setOptions(Utils.splitOptions("-num-slots 2 -sampler \"weka.filters.unsupervised.attribute.Remove -R 1\""));
    try {
      b.buildClassifier(read("data/glass4.arff"));
      fail("a sampler that removes an attribute was accepted (in a parallel build)");
    } catch (IllegalArgumentException e) {
      assertTrue(e.getMessage(), e.getMessage().contains("-sampler") && e.getMessage().contains("attributes"));
    }
  }
}
