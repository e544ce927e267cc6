package weka.imbalance.experiment;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.Test;

import weka.core.Instance;
import weka.core.Instances;
import weka.filters.supervised.instance.LongTailSubsample;
import weka.imbalance.ClassPriors;

public class LongTailSplitResultProducerTest {

  /** Four balanced classes of 150 instances, one numeric attribute. */
  private static Instances balanced() {
    java.util.ArrayList<weka.core.Attribute> atts = new java.util.ArrayList<>();
    atts.add(new weka.core.Attribute("x"));
    atts.add(new weka.core.Attribute("class", java.util.Arrays.asList("a", "b", "c", "d")));
    Instances d = new Instances("balanced", atts, 600);
    d.setClassIndex(1);
    java.util.Random r = new java.util.Random(1);
    for (int k = 0; k < 4; k++) {
      for (int i = 0; i < 150; i++) {
        d.add(new weka.core.DenseInstance(1, new double[] {k + r.nextGaussian(), k}));
      }
    }
    return d;
  }

  @Test
  public void trainingPartIsLongTailedAndTestPartBalancedAndDisjoint() throws Exception {
    Instances data = balanced();
    LongTailSplitResultProducer p = new LongTailSplitResultProducer();
    LongTailSubsample lt = new LongTailSubsample();
    lt.setOptions(new String[] {"-rho", "10"});
    p.setLongTailFilter(lt);
    Instances[] parts = p.split(data, 1);
    double[] train = ClassPriors.weightedCounts(parts[0]);
    double[] test = ClassPriors.weightedCounts(parts[1]);
    // 70% of 150 = 105 per class for training, then n_i = floor(105 * 10^(-i/3))
    assertArrayEquals(new double[] {105, Math.floor(105 * Math.pow(10, -1.0 / 3)), Math.floor(105 * Math.pow(10, -2.0 / 3)),
      10}, train, 0);
    assertArrayEquals(new double[] {45, 45, 45, 45}, test, 0);
    Set<String> seen = new HashSet<>();
    for (Instance i : parts[0]) {
      seen.add(i.toString());
    }
    int overlap = 0;
    for (Instance i : parts[1]) {
      overlap += seen.contains(i.toString()) ? 1 : 0;
    }
    assertEquals("test instances also in training", 0, overlap);
    // another run, another subset; the same run, the same subset
    assertTrue(!parts[0].toString().equals(p.split(data, 2)[0].toString()));
    assertEquals(parts[0].toString(), p.split(data, 1)[0].toString());
  }

  @Test
  public void optionsRoundTrip() throws Exception {
    LongTailSplitResultProducer p = new LongTailSplitResultProducer();
    p.setOptions(new String[] {"-lt", "weka.filters.supervised.instance.LongTailSubsample -rho 50", "-P", "80", "-W",
      "weka.experiment.ClassifierSplitEvaluator", "--", "-W", "weka.classifiers.rules.ZeroR"});
    assertEquals(80, p.getTrainPercent(), 0);
    LongTailSplitResultProducer q = new LongTailSplitResultProducer();
    q.setOptions(p.getOptions());
    assertEquals(weka.core.Utils.joinOptions(p.getOptions()), weka.core.Utils.joinOptions(q.getOptions()));
    assertTrue(weka.core.Utils.joinOptions(q.getOptions()).contains("-rho 50"));
  }
}
