package weka.classifiers.evaluation;

import static org.junit.Assert.assertEquals;

import java.io.File;

import org.junit.BeforeClass;
import org.junit.Test;

import weka.imbalance.testing.Plugins;

/**
 * Our G-mean against imbalanced-learn's {@code geometric_mean_score} on the same predictions: the
 * committed reference (written by src/test/python/imblearn_geometric_mean.py) always, and a live
 * run of imbalanced-learn when it is installed (always under CI). Some predictions name a class
 * without test instances, which our G-mean leaves out (the script tells imbalanced-learn so).
 */
public class GMeanVsImblearnTest {

  private static ReferencePredictions s_ref;

  @BeforeClass
  public static void read() throws Exception {
    Plugins.register();
    s_ref = new ReferencePredictions(new File("src/test/resources/weka/imbalance/imblearn-geometric-mean.csv"));
  }

  private static double ours(boolean weighted) throws Exception {
    return s_ref.ours("GMean", "GMean", 5, weighted);
  }

  @Test
  public void matchesTheCommittedImbalancedLearnReference() throws Exception {
    assertEquals(472, s_ref.size());
    assertEquals(s_ref.answer("geometric_mean"), ours(false), 1e-12);
    assertEquals(s_ref.answer("weighted_geometric_mean"), ours(true), 1e-12);
  }

  @Test
  public void matchesALiveImbalancedLearnRun() throws Exception {
    double[] v = s_ref.live("apt-get install python3-imblearn", "src/test/python/imblearn_geometric_mean.py");
    assertEquals(v[0], ours(false), 1e-12);
    assertEquals(v[1], ours(true), 1e-12);
  }
}
