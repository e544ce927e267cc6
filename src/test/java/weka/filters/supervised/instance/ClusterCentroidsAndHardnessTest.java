package weka.filters.supervised.instance;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.Test;

import weka.core.Instance;
import weka.core.Instances;
import weka.filters.Filter;

/**
 * Cluster centroids: every replaced class ends with the smallest class's count, and each centroid is
 * the weighted mean of the class's instances nearest to it (the k-means fixed point, computed here); hard voting
 * keeps original instances. Instance hardness threshold: the kept instances are those at or above the
 * quantile of their class's probabilities (numpy's linear rule, written here), and the probabilities
 * are out of fold.
 */
public class ClusterCentroidsAndHardnessTest {

  static Instances blobs() throws Exception {
    return CleaningRulesVsImblearnTest.load("blobs3");
  }

  static Instances run(Filter f, Instances data) throws Exception {
    f.setInputFormat(data);
    return Filter.useFilter(data, f);
  }

  static int count(Instances d, int c) {
    int n = 0;
    for (Instance i : d) {
      n += (int) i.classValue() == c ? 1 : 0;
    }
    return n;
  }

  @Test
  public void centroidsAreTheMeansOfTheirNearestInstances() throws Exception {
    Instances data = blobs();
    Instances out = run(new ClusterCentroids(), data);
    for (int c = 0; c < 3; c++) {
      assertEquals("class " + c, 25, count(out, c));
    }
    for (int i = 0; i < data.numInstances(); i++) {
      if (data.instance(i).classValue() == 2) {
        assertEquals("the minority is kept as it was", data.instance(i).toString(), out.instance(i - 210).toString());
      }
    }
    int d = data.numAttributes() - 1;
    for (int c = 0; c < 2; c++) {
      List<double[]> centroids = new ArrayList<>();
      for (Instance i : out) {
        if ((int) i.classValue() == c) {
          centroids.add(i.toDoubleArray());
        }
      }
      double[] lo = new double[d];
      double[] hi = new double[d];
      java.util.Arrays.fill(lo, Double.POSITIVE_INFINITY);
      java.util.Arrays.fill(hi, Double.NEGATIVE_INFINITY);
      List<double[]> members = new ArrayList<>();
      List<Double> weights = new ArrayList<>();
      for (Instance i : data) {
        if ((int) i.classValue() == c) {
          double[] x = i.toDoubleArray();
          members.add(x);
          weights.add(i.weight());
          for (int a = 0; a < d; a++) {
            lo[a] = Math.min(lo[a], x[a]);
            hi[a] = Math.max(hi[a], x[a]);
          }
        }
      }
      double[][] sum = new double[centroids.size()][d];
      double[] n = new double[centroids.size()];
      for (int m = 0; m < members.size(); m++) {
        double[] x = members.get(m);
        int best = -1;
        double bd = Double.POSITIVE_INFINITY;
        for (int j = 0; j < centroids.size(); j++) {
          double s = 0;
          for (int a = 0; a < d; a++) {
            double t = (x[a] - centroids.get(j)[a]) / (hi[a] - lo[a]);
            s += t * t;
          }
          if (s < bd) {
            bd = s;
            best = j;
          }
        }
        n[best] += weights.get(m);
        for (int a = 0; a < d; a++) {
          sum[best][a] += weights.get(m) * x[a];
        }
      }
      for (int j = 0; j < centroids.size(); j++) {
        assertTrue("class " + c + " centroid " + j + " has members", n[j] > 0);
        for (int a = 0; a < d; a++) {
          assertEquals("class " + c + " centroid " + j + " attribute " + a, sum[j][a] / n[j], centroids.get(j)[a],
            1e-9);
        }
      }
    }
  }

  @Test
  public void hardVotingKeepsOriginalInstances() throws Exception {
    Instances data = blobs();
    ClusterCentroids f = new ClusterCentroids();
    f.setOptions(new String[] {"-voting", "hard"});
    Instances out = run(f, data);
    Set<String> original = new HashSet<>();
    for (Instance i : data) {
      original.add(i.toString() + "/" + i.weight());
    }
    Set<String> seen = new HashSet<>();
    for (Instance i : out) {
      assertTrue("an original instance with its weight: " + i, original.contains(i.toString() + "/" + i.weight()));
      assertTrue("kept once: " + i, seen.add(i.toString()));
    }
    assertEquals(75, out.numInstances());
  }

  /** numpy.percentile's default (linear) rule, for the check. */
  static double quantile(List<Double> values, double q) {
    List<Double> v = new ArrayList<>(values);
    java.util.Collections.sort(v);
    double h = (v.size() - 1) * q / 100;
    int f = (int) h;
    return f + 1 < v.size() ? v.get(f) + (h - f) * (v.get(f + 1) - v.get(f)) : v.get(f);
  }

  @Test
  public void hardnessThresholdKeepsTheEasiestByOutOfFoldProbabilities() throws Exception {
    Instances data = blobs();
    InstanceHardnessThreshold f = new InstanceHardnessThreshold();
    f.setOptions(new String[] {"-W", "weka.classifiers.lazy.IBk -K 1"});
    Instances out = run(f, data);
    double[] p = f.getLastProbabilities();
    Set<Integer> kept = new HashSet<>();
    for (Instance i : out) {
      kept.add((int) i.weight() - 1);
    }
    boolean outOfFold = false;
    for (int c = 0; c < 2; c++) {
      List<Double> pc = new ArrayList<>();
      for (int i = 0; i < data.numInstances(); i++) {
        if ((int) data.instance(i).classValue() == c) {
          pc.add(p[i]);
          outOfFold |= p[i] < 0.5; // 1-NN in-sample would give every instance its own class
        }
      }
      double t = quantile(pc, (1 - 25.0 / pc.size()) * 100);
      for (int i = 0; i < data.numInstances(); i++) {
        if ((int) data.instance(i).classValue() == c) {
          assertEquals("class " + c + " row " + i + " (p = " + p[i] + ", threshold " + t + ")", p[i] >= t,
            kept.contains(i));
        }
      }
      assertTrue("class " + c + " keeps at least the minority's count", count(out, c) >= 25);
    }
    assertTrue("the probabilities are out of fold", outOfFold);
    assertEquals("the minority is kept", 25, count(out, 2));
  }
}
