package weka.classifiers.evaluation;

import static org.junit.Assert.assertEquals;

import java.io.File;

import org.junit.BeforeClass;
import org.junit.Test;

import weka.imbalance.testing.Plugins;

/**
 * Our balanced accuracy against scikit-learn's {@code balanced_accuracy_score} on the same
 * predictions: the committed reference (written by src/test/python/sklearn_balanced_accuracy.py)
 * always, and a live run of scikit-learn when it is installed (always under CI).
 */
public class BalancedAccuracyVsSklearnTest {

  private static ReferencePredictions s_ref;

  @BeforeClass
  public static void read() throws Exception {
    Plugins.register();
    s_ref = new ReferencePredictions(new File("src/test/resources/weka/imbalance/sklearn-balanced-accuracy.csv"));
  }

  private static double ours(boolean weighted) throws Exception {
    return s_ref.ours("BalancedAccuracy", "BalancedAccuracy", 5, weighted);
  }

  @Test
  public void matchesTheCommittedScikitLearnReference() throws Exception {
    assertEquals(599, s_ref.size());
    assertEquals(s_ref.answer("balanced_accuracy"), ours(false), 1e-12);
    assertEquals(s_ref.answer("weighted_balanced_accuracy"), ours(true), 1e-12);
  }

  @Test
  public void matchesALiveScikitLearnRun() throws Exception {
    double[] v = s_ref.live("apt-get install python3-sklearn", "src/test/python/sklearn_balanced_accuracy.py");
    assertEquals(v[0], ours(false), 1e-12);
    assertEquals(v[1], ours(true), 1e-12);
  }
}
