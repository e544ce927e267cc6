package weka.classifiers.evaluation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;

import org.junit.BeforeClass;
import org.junit.Test;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;

/**
 * The metric plugins on a hand-made confusion matrix where no recall is 0 (so the G-mean and the
 * worst-class recall differ), and the texts Weka's Evaluation and the Experimenter show.
 * Class a: 3 of 4 right (recall 0.75), class b: 1 of 2 right (0.5).
 */
public class MetricTextsTest {

  @BeforeClass
  public static void registerPlugins() {
    weka.imbalance.testing.Plugins.register();
  }

  private static Evaluation evaluation() throws Exception {
    Instances d = new Instances("m", new ArrayList<>(Arrays.asList(new Attribute("x"), new Attribute("class",
      Arrays.asList("a", "b")))), 0);
    d.setClassIndex(1);
    Evaluation eval = new Evaluation(d);
    int[][] truthAndPrediction = {{0, 0}, {0, 0}, {0, 0}, {0, 1}, {1, 1}, {1, 0}};
    for (int[] tp : truthAndPrediction) {
      Instance inst = new DenseInstance(1, new double[] {0, tp[0]});
      inst.setDataset(d);
      eval.evaluateModelOnce(tp[1] == 0 ? new double[] {0.8, 0.2} : new double[] {0.3, 0.7}, inst);
    }
    return eval;
  }

  @Test
  public void gMeanAndWorstClassRecallDifferWhenNoRecallIsZero() throws Exception {
    Evaluation eval = evaluation();
    AbstractEvaluationMetric g = eval.getPluginMetric("GMean");
    assertEquals(Math.sqrt(0.75 * 0.5), g.getStatistic("GMean"), 1e-12);
    assertEquals(0.5, g.getStatistic("WorstClassRecall"), 1e-12);
    assertEquals(0.625, eval.getPluginMetric("BalancedAccuracy").getStatistic("BalancedAccuracy"), 1e-12);
    String summary = ((AbstractPerClassRecallMetric) g).toSummaryString();
    assertTrue(summary, summary.contains("G-mean") && summary.contains("Worst-class recall"));
    assertTrue(summary, summary.indexOf("0.61") > summary.indexOf("G-mean")
      && summary.indexOf("0.5") > summary.indexOf("Worst-class recall"));
  }

  @Test
  public void everyMetricDescribesItself() throws Exception {
    Evaluation eval = evaluation();
    for (String name : new String[] {"GMean", "BalancedAccuracy", "ShotAccuracy"}) {
      String description = eval.getPluginMetric(name).getMetricDescription();
      assertTrue(name + ": " + description, description != null && description.length() > 15);
    }
  }
}
