package weka.classifiers.meta;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import org.junit.Test;

import weka.core.Instances;
import weka.core.Utils;
import weka.imbalance.meta.FixedDistributionClassifier;
import weka.imbalance.meta.MetaTestData;

/**
 * ThresholdMoving's rules that the exact tests leave open: ties between values of tau go to the
 * one nearest -tau (the first of two equally near), the model's text says what was chosen, the
 * training counts are the weighted ones, and nothing predicts before training. Expected values are
 * worked by hand from the data below.
 */
public class ThresholdMovingRulesTest {

  /** Hard dummy distributions: every tau gives the same decisions, so every tuning score ties. */
  private static Instances hard() {
    Instances d = MetaTestData.header("neg", "pos");
    MetaTestData.add(d, 20, 0, 1, 1, 0);
    MetaTestData.add(d, 4, 0, 2, 0, 1); // 4 negatives said positive, weight 2 each
    MetaTestData.add(d, 6, 1, 1, 0, 1);
    MetaTestData.add(d, 2, 1, 3, 1, 0);
    return d;
  }

  private static ThresholdMoving tuned(String grid) throws Exception {
    ThresholdMoving tm = new ThresholdMoving();
    tm.setOptions(Utils.splitOptions("-tune -tau 1 -folds 2 -tau-grid " + grid));
    tm.setClassifier(new FixedDistributionClassifier.Weighted());
    tm.buildClassifier(hard());
    return tm;
  }

  @Test
  public void tiedScoresGoToTheTauNearestTheFixedOneAndTheFirstOfTwoEquallyNear() throws Exception {
    assertEquals(1.0, tuned("0,0.5,1,1.5,2").getLearnedTau(), 0);
    assertEquals(0.5, tuned("0.5,1.5").getLearnedTau(), 0);
    assertEquals(1.5, tuned("2,1.5,0").getLearnedTau(), 0);
  }

  @Test
  public void theModelTextMarksTheChosenTauAndTheHardBaseLearner() throws Exception {
    String text = tuned("0.5,1.5").toString();
    assertTrue(text, text.contains("tau = 0.5 (tuned)"));
    assertEquals(text, 1, text.split("<- chosen", -1).length - 1);
    assertTrue(text, text.contains("tau 0.5      0.") && text.indexOf("<- chosen") < text.indexOf("tau 1.5"));
    assertTrue(text, text.contains("every out-of-fold distribution was hard"));
    assertTrue(text, text.contains("Costs: training class priors"));
  }

  @Test
  public void trainingCountsAreWeightedAndAbsentClassesAreSaid() throws Exception {
    ThresholdMoving tm = new ThresholdMoving();
    assertNull(tm.getTrainingClassCounts());
    tm.setOptions(Utils.splitOptions("-fixed-tau -tau 1"));
    tm.setClassifier(new FixedDistributionClassifier.Weighted());
    Instances d = MetaTestData.header("neg", "pos", "none");
    MetaTestData.add(d, 20, 0, 1, 0.9, 0.1, 0);
    MetaTestData.add(d, 4, 1, 2.5, 0.3, 0.7, 0);
    tm.buildClassifier(d);
    assertArrayEquals(new double[] {20, 10, 0}, tm.getTrainingClassCounts(), 0);
    String text = tm.toString();
    assertTrue(text, text.contains("tau = 1\n") && !text.contains("(tuned)"));
    assertTrue(text, text.contains("(absent from training: probability 0)"));
    // prior costs 1 / prior: 30/20 = 1.5 and 30/10 = 3
    assertTrue(text, text.contains("1.5") && text.contains(" 3"));
  }

  @Test
  public void aCostMatrixIsSaidAndUsedOnlyWhenGiven() throws Exception {
    ThresholdMoving tm = new ThresholdMoving();
    assertFalse(tm.getUseCostMatrix());
    tm.setOptions(Utils.splitOptions("-cost-matrix \"[0 1; 4 0]\" -fixed-tau -tau 1"));
    assertTrue(tm.getUseCostMatrix());
    tm.setClassifier(new FixedDistributionClassifier.Weighted());
    tm.buildClassifier(hard());
    assertTrue(tm.toString(), tm.toString().contains("Costs: cost-matrix row sums"));
  }

  @Test
  public void nothingPredictsBeforeTrainingAndUnknownOptionsAreRefused() throws Exception {
    try {
      new ThresholdMoving().distributionForInstance(MetaTestData.query(hard(), 0.5, 0.5));
      fail("predicted without a model");
    } catch (IllegalStateException e) {
      assertTrue(e.getMessage(), e.getMessage().contains("no model built yet"));
    }
    try {
      new ThresholdMoving().setOptions(new String[] {"-tau", "1", "-no-such-option"});
      fail("accepted -no-such-option");
    } catch (Exception e) {
      assertTrue(e.getMessage(), e.getMessage().contains("no-such-option"));
    }
  }
}
