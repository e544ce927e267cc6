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
 * Our G-mean against imbalanced-learn's {@code geometric_mean_score} on the same predictions: the
 * committed reference (written by src/test/python/imblearn_geometric_mean.py) always, and a live
 * run of imbalanced-learn when it is installed (always under CI). Some predictions name a class
 * without test instances, which our G-mean leaves out (the script tells imbalanced-learn so).
 */
public class GMeanVsImblearnTest {

  private static final File REFERENCE = new File("src/test/resources/weka/imbalance/imblearn-geometric-mean.csv");

  private static double s_gm, s_wgm;
  private static List<double[]> s_rows = new ArrayList<>();

  @BeforeClass
  public static void read() throws Exception {
    Plugins.register();
    for (String line : Files.readAllLines(REFERENCE.toPath(), StandardCharsets.UTF_8)) {
      if (line.startsWith("# geometric_mean=")) {
        s_gm = Double.parseDouble(line.substring(line.indexOf('=') + 1));
      } else if (line.startsWith("# weighted_geometric_mean=")) {
        s_wgm = Double.parseDouble(line.substring(line.indexOf('=') + 1));
      } else if (!line.startsWith("#") && !line.startsWith("actual")) {
        s_rows.add(Arrays.stream(line.split(",")).mapToDouble(Double::parseDouble).toArray());
      }
    }
  }

  private static double ours(boolean weighted) throws Exception {
    ArrayList<Attribute> atts = new ArrayList<>();
    atts.add(new Attribute("class", Arrays.asList("c0", "c1", "c2", "c3", "c4")));
    Instances data = new Instances("imblearn", atts, 0);
    data.setClassIndex(0);
    Evaluation eval = new Evaluation(data);
    for (double[] r : s_rows) {
      DenseInstance inst = new DenseInstance(weighted ? r[2] : 1, new double[] {r[0]});
      inst.setDataset(data);
      double[] dist = new double[5];
      dist[(int) r[1]] = 1;
      eval.evaluateModelOnce(dist, inst);
    }
    return eval.getPluginMetric("GMean").getStatistic("GMean");
  }

  @Test
  public void matchesTheCommittedImbalancedLearnReference() throws Exception {
    assertEquals(472, s_rows.size());
    assertEquals(s_gm, ours(false), 1e-12);
    assertEquals(s_wgm, ours(true), 1e-12);
  }

  @Test
  public void matchesALiveImbalancedLearnRun() throws Exception {
    String[] v = PythonReference.firstLine("apt-get install python3-imblearn", "src/test/python/imblearn_geometric_mean.py",
      REFERENCE.getPath()).split(",");
    assertEquals(Double.parseDouble(v[0]), ours(false), 1e-12);
    assertEquals(Double.parseDouble(v[1]), ours(true), 1e-12);
  }
}
