package weka.classifiers.evaluation;

import static org.junit.Assert.assertEquals;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.BeforeClass;
import org.junit.Test;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.imbalance.testing.Plugins;

/**
 * Our balanced accuracy against scikit-learn's {@code balanced_accuracy_score} on the same
 * predictions: the committed reference (written by src/test/python/sklearn_balanced_accuracy.py)
 * always, and a live run of scikit-learn when it is installed (always under CI).
 */
public class BalancedAccuracyVsSklearnTest {

  private static final File REFERENCE = new File("src/test/resources/weka/imbalance/sklearn-balanced-accuracy.csv");

  private static double s_ba, s_wba;
  private static List<double[]> s_rows = new ArrayList<>();

  @BeforeClass
  public static void read() throws Exception {
    Plugins.register();
    for (String line : Files.readAllLines(REFERENCE.toPath(), StandardCharsets.UTF_8)) {
      if (line.startsWith("# balanced_accuracy=")) {
        s_ba = Double.parseDouble(line.substring(line.indexOf('=') + 1));
      } else if (line.startsWith("# weighted_balanced_accuracy=")) {
        s_wba = Double.parseDouble(line.substring(line.indexOf('=') + 1));
      } else if (!line.startsWith("#") && !line.startsWith("actual")) {
        s_rows.add(Arrays.stream(line.split(",")).mapToDouble(Double::parseDouble).toArray());
      }
    }
  }

  private static double ours(boolean weighted) throws Exception {
    ArrayList<Attribute> atts = new ArrayList<>();
    atts.add(new Attribute("class", Arrays.asList("c0", "c1", "c2", "c3", "c4")));
    Instances data = new Instances("sklearn", atts, 0);
    data.setClassIndex(0);
    Evaluation eval = new Evaluation(data);
    for (double[] r : s_rows) {
      DenseInstance inst = new DenseInstance(weighted ? r[2] : 1, new double[] {r[0]});
      inst.setDataset(data);
      double[] dist = new double[5];
      dist[(int) r[1]] = 1;
      eval.evaluateModelOnce(dist, inst);
    }
    return eval.getPluginMetric("BalancedAccuracy").getStatistic("BalancedAccuracy");
  }

  @Test
  public void matchesTheCommittedScikitLearnReference() throws Exception {
    assertEquals(599, s_rows.size());
    assertEquals(s_ba, ours(false), 1e-12);
    assertEquals(s_wba, ours(true), 1e-12);
  }

  /** A live run of scikit-learn; skipped when it is not installed, except under CI (CI=true). */
  @Test
  public void matchesALiveScikitLearnRun() throws Exception {
    String[] v = PythonReference.firstLine("apt-get install python3-sklearn", "src/test/python/sklearn_balanced_accuracy.py",
      REFERENCE.getPath()).split(",");
    assertEquals(Double.parseDouble(v[0]), ours(false), 1e-12);
    assertEquals(Double.parseDouble(v[1]), ours(true), 1e-12);
  }
}
