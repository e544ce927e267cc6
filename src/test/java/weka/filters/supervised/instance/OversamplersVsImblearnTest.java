package weka.filters.supervised.instance;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

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
import weka.filters.Filter;
import weka.imbalance.testing.PythonReference;

/**
 * ADASYN, BorderlineSMOTE and RandomOverSampler against imbalanced-learn 0.10's samplers, an
 * independent implementation, on the same data (src/test/python/imblearn_oversampling_reference.py:
 * three overlapping classes in 3 numeric dimensions, raw Euclidean distances, imbalanced-learn's
 * defaults). What is deterministic must be equal: the class counts, ADASYN's number of synthetic
 * instances per instance, Borderline-SMOTE's danger set. What is random is compared by two-sample
 * Kolmogorov-Smirnov tests (alpha = 0.001) on each attribute of the synthetic instances and their
 * distance to the nearest original instance of their class. Always against the committed
 * imbalanced-learn output, and against a live run when Debian's python3-imblearn is installed.
 */
public class OversamplersVsImblearnTest {

  static final File INPUT = new File("src/test/resources/weka/imbalance/imblearn-oversampling-input.csv");
  static final String SCRIPT = "src/test/python/imblearn_oversampling_reference.py";

  static Instances input() throws Exception {
    ArrayList<Attribute> atts = new ArrayList<>();
    for (int a = 0; a < 3; a++) {
      atts.add(new Attribute("x" + a));
    }
    atts.add(new Attribute("class", Arrays.asList("0", "1", "2")));
    Instances data = new Instances("imblearn", atts, 0);
    data.setClassIndex(3);
    List<String> lines = Files.readAllLines(INPUT.toPath(), StandardCharsets.UTF_8);
    for (double[] r : SMOTEWithUndersamplingVsImblearnTest.rows(lines)) {
      data.add(new DenseInstance(1, r));
    }
    return data;
  }

  static List<String> committed(String mode) throws Exception {
    return Files.readAllLines(new File("src/test/resources/weka/imbalance/imblearn-" + mode + "-reference.csv")
      .toPath(), StandardCharsets.UTF_8);
  }

  static List<String> live(String mode) throws Exception {
    return PythonReference.lines("apt-get install python3-imblearn", 300, SCRIPT, mode, INPUT.getPath());
  }

  /** The integers of the reference line "key,..." (after the key and, for per-class lines, the class). */
  static int[] ints(List<String> ref, String key) {
    for (String l : ref) {
      if (l.startsWith(key + ",")) {
        return Arrays.stream(l.substring(key.length() + 1).split(",")).mapToInt(Integer::parseInt).toArray();
      }
    }
    throw new AssertionError("no line " + key + " in the reference");
  }

  /** The reference's synthetic instances of class c. */
  static List<double[]> synthetic(List<String> ref, int c) {
    List<double[]> r = new ArrayList<>();
    for (String l : ref) {
      if (l.startsWith("synthetic," + c + ",")) {
        r.add(Arrays.stream(l.split(",")).skip(2).mapToDouble(Double::parseDouble).toArray());
      }
    }
    return r;
  }

  static Instances run(Filter f, Instances data) throws Exception {
    f.setInputFormat(data);
    return Filter.useFilter(data, f);
  }

  static int[] counts(Instances out) {
    int[] n = new int[out.numClasses()];
    for (int i = 0; i < out.numInstances(); i++) {
      n[(int) out.instance(i).classValue()]++;
    }
    return n;
  }

  /** Our synthetic instances of class c: the rows after the input's. */
  static List<double[]> synthetic(Instances out, int inputSize, int c) {
    List<double[]> r = new ArrayList<>();
    for (int i = inputSize; i < out.numInstances(); i++) {
      if (out.instance(i).classValue() == c) {
        r.add(Arrays.copyOf(out.instance(i).toDoubleArray(), 3));
      }
    }
    return r;
  }

  /** Each attribute, and the distance to the nearest original instance of class c. */
  static double[][] features(List<double[]> synthetic, Instances data, int c) {
    double[][] f = new double[4][synthetic.size()];
    for (int s = 0; s < synthetic.size(); s++) {
      double[] z = synthetic.get(s);
      double best = Double.POSITIVE_INFINITY;
      for (int i = 0; i < data.numInstances(); i++) {
        if (data.instance(i).classValue() == c) {
          double d = 0;
          for (int a = 0; a < 3; a++) {
            double t = z[a] - data.instance(i).value(a);
            d += t * t;
          }
          best = Math.min(best, d);
        }
      }
      for (int a = 0; a < 3; a++) {
        f[a][s] = z[a];
      }
      f[3][s] = Math.sqrt(best);
    }
    return f;
  }

  static void sameDistribution(String what, List<double[]> theirs, List<double[]> ours, Instances data, int c) {
    assertTrue(what + ": too few synthetic instances to compare", theirs.size() >= 100 && ours.size() >= 100);
    double[][] ft = features(theirs, data, c);
    double[][] fo = features(ours, data, c);
    double n = theirs.size();
    double m = ours.size();
    double critical = 1.95 * Math.sqrt((n + m) / (n * m));
    String[] names = {"x0", "x1", "x2", "distance to the nearest original"};
    for (int k = 0; k < names.length; k++) {
      double d = SMOTEWithUndersamplingVsImblearnTest.ks(ft[k], fo[k]);
      assertTrue(what + ", class " + c + ", " + names[k] + ": KS distance " + d + " >= " + critical, d < critical);
    }
  }

  /** The class counts equal, the synthetic instances of classes 1 and 2 of the same distribution. */
  static void sameOutput(String what, List<String> ref, Instances out, Instances data) {
    assertArrayEquals(what + ": class counts", ints(ref, "counts"), counts(out));
    for (int c = 1; c <= 2; c++) {
      sameDistribution(what, synthetic(ref, c), synthetic(out, data.numInstances(), c), data, c);
    }
  }

  // ------------------------------------------------------------ ADASYN

  static ADASYN adasyn() throws Exception {
    ADASYN f = new ADASYN();
    f.setOptions(Utils.splitOptions("-K 5 -scaling none"));
    return f;
  }

  static void checkAdasyn(String what, List<String> ref) throws Exception {
    Instances data = input();
    ADASYN f = adasyn();
    for (int c = 1; c <= 2; c++) {
      assertArrayEquals(what + ": synthetic instances per instance of class " + c, ints(ref, "perbase," + c),
        f.syntheticPerInstance(data, c));
    }
    Instances out = run(adasyn(), data);
    sameOutput(what, ref, out, data);
  }

  @Test
  public void adasynMatchesTheCommittedImbalancedLearnOutput() throws Exception {
    checkAdasyn("committed ADASYN", committed("adasyn"));
  }

  @Test
  public void adasynMatchesALiveImbalancedLearnRun() throws Exception {
    checkAdasyn("live ADASYN", live("adasyn"));
  }

  // ------------------------------------------------------------ Borderline-SMOTE

  static BorderlineSMOTE borderline(String kind) throws Exception {
    BorderlineSMOTE f = new BorderlineSMOTE();
    f.setOptions(Utils.splitOptions("-kind " + kind + " -K 5 -M 10 -scaling none"));
    return f;
  }

  static void checkBorderline(String what, List<String> ref) throws Exception {
    Instances data = input();
    for (int c = 1; c <= 2; c++) {
      assertArrayEquals(what + ": danger set of class " + c, ints(ref, "danger," + c),
        borderline("borderline-1").dangerSet(data, c));
    }
    Instances out = run(borderline("borderline-1"), data);
    sameOutput(what, ref, out, data);
  }

  @Test
  public void borderlineMatchesTheCommittedImbalancedLearnOutput() throws Exception {
    checkBorderline("committed Borderline-SMOTE", committed("borderline"));
  }

  @Test
  public void borderlineMatchesALiveImbalancedLearnRun() throws Exception {
    checkBorderline("live Borderline-SMOTE", live("borderline"));
  }

  // ------------------------------------------------------------ random over-sampling, smoothed bootstrap

  /**
   * imbalanced-learn's kernel is narrower than ROSE's, which we follow: its bandwidth constant takes
   * n = all instances where ROSE takes the class's, and its standard deviation divides by n where
   * ROSE's (R's sd) divides by n - 1. The shrinkage that gives our filter imbalanced-learn's kernel
   * for class c is therefore (n_c / N)^(1 / (d + 4)) sqrt((n_c - 1) / n_c); with it both must draw from
   * the same distribution.
   */
  static void checkRos(String what, List<String> ref) throws Exception {
    Instances data = input();
    int[] n = counts(data);
    int total = data.numInstances();
    for (int c = 1; c <= 2; c++) {
      double shrinkage = Math.pow((double) n[c] / total, 1.0 / (3 + 4)) * Math.sqrt((n[c] - 1.0) / n[c]);
      RandomOverSampler f = new RandomOverSampler();
      f.setOptions(Utils.splitOptions("-shrinkage " + shrinkage));
      Instances out = run(f, data);
      assertArrayEquals(what + ": class counts", ints(ref, "counts"), counts(out));
      sameDistribution(what, synthetic(ref, c), synthetic(out, data.numInstances(), c), data, c);
    }
  }

  @Test
  public void smoothedBootstrapBandwidthIsRosesOwn() {
    // ROSE's rose.real: (4 / ((q + 2) n))^(1 / (q + 4)); for q = 3, n = 150: (4 / 750)^(1/7), by hand
    // 4/750 = 0.00533333, ln = -5.233779, / 7 = -0.747683, exp = 0.473462
    assertEquals(0.473462, RandomOverSampler.bandwidthFactor(3, 150), 1e-6);
    // one attribute, n = 4: (4 / 12)^(1/5) = 0.802742
    assertEquals(0.802742, RandomOverSampler.bandwidthFactor(1, 4), 1e-6);
  }

  @Test
  public void smoothedBootstrapMatchesTheCommittedImbalancedLearnOutput() throws Exception {
    checkRos("committed RandomOverSampler", committed("ros"));
  }

  @Test
  public void smoothedBootstrapMatchesALiveImbalancedLearnRun() throws Exception {
    checkRos("live RandomOverSampler", live("ros"));
  }

  @Test
  public void theComparisonTellsAPlainBootstrapFromTheSmoothedOne() throws Exception {
    // the KS comparison is sharp enough to see the noise the shrinkage adds
    Instances data = input();
    Instances out = run(new RandomOverSampler(), data);
    List<double[]> ours = synthetic(out, data.numInstances(), 1);
    List<double[]> theirs = synthetic(committed("ros"), 1);
    double[][] fo = features(ours, data, 1);
    double[][] ft = features(theirs, data, 1);
    assertEquals("plain copies are at distance 0 from an original", 0, Arrays.stream(fo[3]).max().getAsDouble(), 0);
    double critical = 1.95 * Math.sqrt((ours.size() + theirs.size()) / ((double) ours.size() * theirs.size()));
    assertTrue(SMOTEWithUndersamplingVsImblearnTest.ks(fo[3], ft[3]) > critical);
  }
}
