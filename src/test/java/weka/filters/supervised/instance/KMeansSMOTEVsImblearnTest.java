package weka.filters.supervised.instance;

import static org.junit.Assert.assertArrayEquals;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.junit.Test;

import weka.core.Instances;
import weka.core.Utils;
import weka.filters.Filter;
import weka.imbalance.testing.PythonReference;

/**
 * KMeansSMOTE's filter and allocation against imbalanced-learn 0.10's KMeansSMOTE
 * (src/test/python/imblearn_kmeanssmote_reference.py) where both clusterings must find the same
 * three blobs (10 apart, spreads up to 1): with the same density exponent (2), K = 2 and the 'auto'
 * threshold, the synthetic instances per blob (ceil(S w) in the two blobs the class holds at least
 * half of, none in the third) and the class counts are equal, clustered by SimpleKMeans, by
 * FastKMeans and by the default MiniBatchKMeans (imbalanced-learn's clusterer). Always against the committed output,
 * and against a live run when Debian's python3-imblearn is installed.
 */
public class KMeansSMOTEVsImblearnTest {

  static final String INPUT = "src/test/resources/weka/imbalance/imblearn-kmeanssmote-input.csv";
  static final double[][] CENTRES = {{0, 0}, {10, 0}, {0, 10}};

  /** Release 1.0.0's SimpleKMeans, the exact FastKMeans and the default MiniBatchKMeans. */
  static final String[] CLUSTERERS = {"weka.clusterers.SimpleKMeans -N 3 -init 1", "weka.clusterers.FastKMeans -N 3",
    "weka.clusterers.MiniBatchKMeans -N 3"};

  static void check(String what, List<String> ref) throws Exception {
    for (String clusterer : CLUSTERERS) {
      check(what + " with " + clusterer, ref, clusterer);
    }
  }

  static void check(String what, List<String> ref, String clusterer) throws Exception {
    Instances data = SVMSMOTEVsImblearnTest.load(INPUT);
    KMeansSMOTE f = new KMeansSMOTE();
    f.setOptions(Utils.splitOptions("-clusterer \"" + clusterer + "\" -scaling none -density-exponent 2 -K 2"));
    f.setInputFormat(data);
    Instances out = Filter.useFilter(data, f);
    int[] perBlob = new int[3];
    for (int i = data.numInstances(); i < out.numInstances(); i++) {
      int best = 0;
      for (int b = 1; b < 3; b++) {
        if (dist(out.instance(i).toDoubleArray(), CENTRES[b]) < dist(out.instance(i).toDoubleArray(), CENTRES[best])) {
          best = b;
        }
      }
      perBlob[best]++;
    }
    assertArrayEquals(what + ": synthetic instances per blob", OversamplersVsImblearnTest.ints(ref, "perblob"),
      perBlob);
    assertArrayEquals(what + ": class counts", OversamplersVsImblearnTest.ints(ref, "counts"),
      OversamplersVsImblearnTest.counts(out));
  }

  static double dist(double[] p, double[] c) {
    return Math.hypot(p[0] - c[0], p[1] - c[1]);
  }

  @Test
  public void allocationMatchesTheCommittedImbalancedLearnOutput() throws Exception {
    check("committed", Files.readAllLines(new File(
      "src/test/resources/weka/imbalance/imblearn-kmeanssmote-reference.csv").toPath(), StandardCharsets.UTF_8));
  }

  @Test
  public void allocationMatchesALiveImbalancedLearnRun() throws Exception {
    check("live", PythonReference.lines("apt-get install python3-imblearn", 300,
      "src/test/python/imblearn_kmeanssmote_reference.py", INPUT));
  }
}
