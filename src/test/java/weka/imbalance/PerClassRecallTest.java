package weka.imbalance;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

/**
 * Table-driven checks of the class-balanced statistics on hand-made confusion matrices, with an
 * independent computation written out in each row.
 */
public class PerClassRecallTest {

  private static final double EPS = 1e-12;
  private static final double NaN = Double.NaN;

  /** One row: a confusion matrix (rows actual, columns predicted) and the expected statistics. */
  private static final class Row {
    final String name;
    final double[][] cm;
    final double ba, gmean, worst;

    Row(String name, double[][] cm, double ba, double gmean, double worst) {
      this.name = name;
      this.cm = cm;
      this.ba = ba;
      this.gmean = gmean;
      this.worst = worst;
    }
  }

  private static final Row[] ROWS = {
    new Row("perfect binary", new double[][] {{5, 0}, {0, 3}}, 1, 1, 1),
    new Row("binary 90/10 majority vote", new double[][] {{90, 0}, {10, 0}}, 0.5, 0, 0),
    new Row("binary", new double[][] {{40, 10}, {2, 8}}, (0.8 + 0.8) / 2, Math.sqrt(0.8 * 0.8), 0.8),
    new Row("three classes, one never predicted", new double[][] {{8, 2, 0}, {1, 4, 0}, {1, 1, 0}},
      (0.8 + 0.8 + 0) / 3, 0, 0),
    new Row("class absent from the test data is left out", new double[][] {{6, 2, 2}, {0, 0, 0}, {1, 0, 3}},
      (0.6 + 0.75) / 2, Math.sqrt(0.6 * 0.75), 0.6),
    new Row("weighted counts", new double[][] {{2.5, 0.5}, {0.25, 0.75}}, (2.5 / 3 + 0.75) / 2,
      Math.sqrt(2.5 / 3 * 0.75), 0.75),
    new Row("single class", new double[][] {{7}}, 1, 1, 1),
    new Row("single class present of three", new double[][] {{0, 0, 0}, {1, 3, 0}, {0, 0, 0}}, 0.75, 0.75, 0.75),
    new Row("no test instances at all", new double[][] {{0, 0}, {0, 0}}, NaN, NaN, NaN),
  };

  @Test
  public void statisticsOfEachRow() {
    for (Row r : ROWS) {
      PerClassRecall pcr = new PerClassRecall(r.cm.length).addConfusionMatrix(r.cm, -1);
      assertSame(r.name + ": balanced accuracy", r.ba, pcr.balancedAccuracy());
      assertSame(r.name + ": G-mean", r.gmean, pcr.gMean());
      assertSame(r.name + ": worst-class recall", r.worst, pcr.worstClassRecall());
    }
  }

  private static void assertSame(String what, double expected, double actual) {
    if (Double.isNaN(expected)) {
      assertTrue(what + " should be missing, got " + actual, Double.isNaN(actual));
    } else {
      assertEquals(what, expected, actual, EPS);
    }
  }

  @Test
  public void unclassifiedPredictionIsAMissForItsClass() {
    PerClassRecall pcr = new PerClassRecall(2);
    pcr.add(0, PerClassRecall.predictedClass(new double[] {0, 0}), 1, -1);
    pcr.add(0, PerClassRecall.predictedClass(new double[] {0.9, 0.1}), 1, -1);
    pcr.add(1, PerClassRecall.predictedClass(new double[] {0.2, 0.8}), 1, -1);
    assertEquals(0.5, pcr.recall(0), EPS);
    assertEquals(0.75, pcr.balancedAccuracy(), EPS);
  }

  @Test
  public void tiesGoToTheFirstClassAsInWekaEvaluation() {
    assertEquals(1, PerClassRecall.predictedClass(new double[] {0.2, 0.4, 0.4}));
    assertEquals(-1, PerClassRecall.predictedClass(new double[] {0, 0, 0}));
  }

  @Test
  public void groupAccuracyIsTheMeanOfPerClassRecallsNotPooled() {
    PerClassRecall pcr = new PerClassRecall(3);
    // class 0 many-shot: 90 of 100 right; class 1 many-shot: 1 of 10 right; class 2 few-shot: 1 of 2
    pcr.addConfusionMatrix(new double[][] {{90, 10, 0}, {9, 1, 0}, {0, 0, 0}}, ShotGroups.MANY);
    pcr.add(2, 2, 1, ShotGroups.FEW);
    pcr.add(2, 0, 1, ShotGroups.FEW);
    assertEquals((0.9 + 0.1) / 2, pcr.groupAccuracy(ShotGroups.MANY), EPS); // pooled would be 91/110
    assertEquals(0.5, pcr.groupAccuracy(ShotGroups.FEW), EPS);
    assertTrue(Double.isNaN(pcr.groupAccuracy(ShotGroups.MEDIUM)));
    assertEquals(2, pcr.numClassesInGroup(ShotGroups.MANY));
    assertEquals(0, pcr.numClassesInGroup(ShotGroups.MEDIUM));
  }

  @Test
  public void aClassCanChangeGroupBetweenFolds() {
    PerClassRecall pcr = new PerClassRecall(1);
    pcr.add(0, 0, 1, ShotGroups.MEDIUM);
    pcr.add(0, 0, 1, ShotGroups.MEDIUM);
    pcr.add(0, -1, 1, ShotGroups.FEW);
    assertEquals(1.0, pcr.groupAccuracy(ShotGroups.MEDIUM), EPS);
    assertEquals(0.0, pcr.groupAccuracy(ShotGroups.FEW), EPS);
    assertEquals(2.0 / 3, pcr.balancedAccuracy(), EPS);
  }

  @Test
  public void regroupFilesEachClassUnderTheGroupOfItsTrainingCount() {
    PerClassRecall pcr = new PerClassRecall(3);
    // added without groups: class 0 2 of 4 right, class 1 1 of 1, class 2 0 of 2
    pcr.addConfusionMatrix(new double[][] {{2, 2, 0}, {0, 1, 0}, {1, 1, 0}}, -1);
    assertEquals(0, pcr.numClassesInGroup(ShotGroups.MANY));
    PerClassRecall g = pcr.regroup(new double[] {150, 50, 5}, new ShotGroups(100, 20));
    assertEquals(0.5, g.groupAccuracy(ShotGroups.MANY), EPS);
    assertEquals(1.0, g.groupAccuracy(ShotGroups.MEDIUM), EPS);
    assertEquals(0.0, g.groupAccuracy(ShotGroups.FEW), EPS);
    assertEquals(1, g.numClassesInGroup(ShotGroups.FEW));
    assertEquals(pcr.balancedAccuracy(), g.balancedAccuracy(), EPS);
    assertEquals(0, pcr.numClassesInGroup(ShotGroups.MANY)); // the original is left alone
  }
}
