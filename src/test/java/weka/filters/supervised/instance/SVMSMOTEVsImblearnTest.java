package weka.filters.supervised.instance;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.Test;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.core.Utils;
import weka.core.converters.ConverterUtils.DataSource;
import weka.imbalance.testing.PythonReference;

/**
 * SVMSMOTE against imbalanced-learn 0.10's SVMSMOTE (src/test/python/imblearn_svmsmote_reference.py),
 * with its defaults and raw values (-scaling none): the support vectors of each raised class split
 * into danger, safe and noise must be the same rows, and the class counts the same, on the
 * over-samplers' three overlapping classes, on uniform random data and on two bundled data sets
 * (glass4, pima). Always against the committed output, and against a live run when Debian's
 * python3-imblearn is installed. The synthetic instances are checked by their geometry: from a
 * danger vector on the segment towards one of its 5 nearest same-class neighbours, from a safe one
 * on the extension beyond it, at most half the distance (neighbours by brute force here).
 */
public class SVMSMOTEVsImblearnTest {

  static final String SCRIPT = "src/test/python/imblearn_svmsmote_reference.py";
  static final String RES = "src/test/resources/weka/imbalance/";
  /** name, data file */
  static final String[][] DATA = {{"oversampling", RES + "imblearn-oversampling-input.csv"},
    {"random", RES + "imblearn-svmsmote-random-input.csv"}, {"glass4", "data/glass4.arff"},
    {"pima", "data/pima.arff"}};

  static Instances load(String path) throws Exception {
    if (path.endsWith(".arff")) {
      Instances d = DataSource.read(path);
      d.setClassIndex(d.numAttributes() - 1);
      return d;
    }
    List<double[]> rows = SMOTEWithUndersamplingVsImblearnTest.rows(Files.readAllLines(new File(path).toPath(),
      StandardCharsets.UTF_8));
    int na = rows.get(0).length;
    ArrayList<Attribute> atts = new ArrayList<>();
    for (int a = 0; a < na - 1; a++) {
      atts.add(new Attribute("x" + a));
    }
    List<String> labels = new ArrayList<>();
    for (double[] r : rows) {
      while (labels.size() <= (int) r[na - 1]) {
        labels.add("" + labels.size());
      }
    }
    atts.add(new Attribute("class", labels));
    Instances d = new Instances("ref", atts, rows.size());
    d.setClassIndex(na - 1);
    for (double[] r : rows) {
      d.add(new DenseInstance(1, r));
    }
    return d;
  }

  static SVMSMOTE filter() throws Exception {
    SVMSMOTE f = new SVMSMOTE();
    f.setOptions(Utils.splitOptions("-scaling none"));
    return f;
  }

  static void check(String what, List<String> ref, Instances data) throws Exception {
    int checked = 0;
    for (String l : ref) {
      String[] v = l.split(",", -1);
      if (v[0].equals("danger")) {
        int c = Integer.parseInt(v[1]);
        int[][] ours = filter().supportVectorKinds(data, c);
        String[] kinds = {"danger", "safe", "noise"};
        for (int k = 0; k < 3; k++) {
          assertArrayEquals(what + ": " + kinds[k] + " support vectors of class " + c,
            rows(ref, kinds[k] + "," + c), ours[k]);
        }
        checked++;
      }
    }
    assertTrue(what + ": no class in the reference", checked > 0);
    SVMSMOTE f = filter();
    f.setInputFormat(data);
    Instances out = weka.filters.Filter.useFilter(data, f);
    assertArrayEquals(what + ": class counts", OversamplersVsImblearnTest.ints(ref, "counts"),
      OversamplersVsImblearnTest.counts(out));
  }

  /** The rows of the reference line "key,r1,r2,..." (none after the key: empty). */
  static int[] rows(List<String> ref, String key) {
    for (String l : ref) {
      if (l.startsWith(key + ",")) {
        String rest = l.substring(key.length() + 1);
        return rest.isEmpty() ? new int[0] : Arrays.stream(rest.split(",")).mapToInt(Integer::parseInt).toArray();
      }
    }
    throw new AssertionError("no line " + key + " in the reference");
  }

  static List<String> committed(String name) throws Exception {
    return Files.readAllLines(new File(RES + "imblearn-svmsmote-" + name + "-reference.csv").toPath(),
      StandardCharsets.UTF_8);
  }

  @Test
  public void supportVectorsMatchTheCommittedImbalancedLearnOutput() throws Exception {
    for (String[] d : DATA) {
      check("committed " + d[0], committed(d[0]), load(d[1]));
    }
  }

  @Test
  public void supportVectorsMatchALiveImbalancedLearnRun() throws Exception {
    String[] cmd = new String[DATA.length + 1];
    cmd[0] = SCRIPT;
    for (int i = 0; i < DATA.length; i++) {
      cmd[i + 1] = DATA[i][1];
    }
    List<String> all = PythonReference.lines("apt-get install python3-imblearn", 300, cmd);
    for (String[] d : DATA) {
      int from = all.indexOf("data," + d[1]);
      assertTrue("no output for " + d[1], from >= 0);
      int to = from + 1;
      while (to < all.size() && !all.get(to).startsWith("data,")) {
        to++;
      }
      check("live " + d[0], all.subList(from + 1, to), load(d[1]));
    }
  }

  /** Every synthetic instance lies where its kind of base puts it. */
  @Test
  public void dangerVectorsInterpolateAndSafeOnesExtrapolate() throws Exception {
    Instances data = load(RES + "imblearn-svmsmote-random-input.csv");
    int[][] kinds = filter().supportVectorKinds(data, 1);
    assertTrue("both kinds occur", kinds[0].length > 0 && kinds[1].length > 0);
    SVMSMOTE f = filter();
    f.setInputFormat(data);
    Instances out = weka.filters.Filter.useFilter(data, f);
    int n = data.numInstances();
    int fromDanger = 0;
    int fromSafe = 0;
    for (int s = n; s < out.numInstances(); s++) {
      double[] z = out.instance(s).toDoubleArray();
      if (fits(data, kinds[0], z, 0, 1)) {
        fromDanger++;
      } else if (fits(data, kinds[1], z, -0.5, 0)) {
        fromSafe++;
      } else {
        fail("synthetic instance " + Arrays.toString(z) + " lies on no segment of a danger vector nor on the "
          + "extension of a safe one");
      }
    }
    assertEquals(out.numInstances() - n, fromDanger + fromSafe);
    assertTrue("both kinds generate: " + fromDanger + " and " + fromSafe, fromDanger > 0 && fromSafe > 0);
  }

  /** Whether z = x + t (y - x) with t in [lo, hi], x one of the bases, y one of its 5 nearest of class 1. */
  static boolean fits(Instances data, int[] bases, double[] z, double lo, double hi) {
    int d = data.numAttributes() - 1;
    for (int b : bases) {
      double[] x = data.instance(b).toDoubleArray();
      for (int y : nearestOfClass(data, b, 5)) {
        double[] w = data.instance(y).toDoubleArray();
        double num = 0;
        double den = 0;
        for (int a = 0; a < d; a++) {
          num += (z[a] - x[a]) * (w[a] - x[a]);
          den += (w[a] - x[a]) * (w[a] - x[a]);
        }
        double t = num / den;
        double res = 0;
        for (int a = 0; a < d; a++) {
          double e = x[a] + t * (w[a] - x[a]) - z[a];
          res += e * e;
        }
        if (res < 1e-18 && t >= lo - 1e-12 && t <= hi + 1e-12) {
          return true;
        }
      }
    }
    return false;
  }

  static int[] nearestOfClass(Instances data, int row, int k) {
    int d = data.numAttributes() - 1;
    double cls = data.instance(row).classValue();
    List<double[]> cand = new ArrayList<>();
    for (int i = 0; i < data.numInstances(); i++) {
      if (i != row && data.instance(i).classValue() == cls) {
        double s = 0;
        for (int a = 0; a < d; a++) {
          double e = data.instance(i).value(a) - data.instance(row).value(a);
          s += e * e;
        }
        cand.add(new double[] {s, i});
      }
    }
    cand.sort((p, q) -> Double.compare(p[0], q[0]));
    return cand.stream().limit(k).mapToInt(p -> (int) p[1]).toArray();
  }

  @Test
  public void gammaScaleIsScikitLearns() {
    // x = 0, 1, 2, 3 in one dimension: variance 1.25 (divisor n), gamma = 1 / (1 * 1.25) = 0.8
    assertEquals(0.8, SVMSMOTE.scaleGamma(new double[] {0, 1, 2, 3}, 1), 1e-15);
    // two dimensions: the variance over all four values 1, 1, 3, 3 is 1; gamma = 1 / 2
    assertEquals(0.5, SVMSMOTE.scaleGamma(new double[] {1, 1, 3, 3}, 2), 1e-15);
    assertEquals(1, SVMSMOTE.scaleGamma(new double[] {2, 2}, 1), 0);
  }

  @Test
  public void badValuesAreRefusedWhenSet() throws Exception {
    for (String o : new String[] {"-out-step -1", "-cost 0", "-gamma -2", "-M 0"}) {
      try {
        new SVMSMOTE().setOptions(Utils.splitOptions(o));
        fail(o + " accepted");
      } catch (IllegalArgumentException e) {
        assertTrue(e.getMessage(), e.getMessage().startsWith(o.split(" ")[0]));
      }
    }
  }
}
