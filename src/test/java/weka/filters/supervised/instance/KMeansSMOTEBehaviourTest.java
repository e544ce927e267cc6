package weka.filters.supervised.instance;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.Test;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.core.Utils;
import weka.filters.Filter;

/**
 * k-means SMOTE's rules by hand arithmetic (which clusters take part, the sparsity, the allocation)
 * and end to end on three well-separated blobs, where the clustering is certain: the class is
 * raised in the two blobs where it holds at least half of the instances, in proportion to its
 * sparsity there (computed here independently), and not at all in the third.
 */
public class KMeansSMOTEBehaviourTest {

  @Test
  public void aClusterTakesPartWithEnoughShareAndInstances() {
    assertTrue(KMeansSMOTE.eligible(10, 5, 0.5, 2));
    assertFalse("share 0.4 < 0.5", KMeansSMOTE.eligible(10, 4, 0.5, 2));
    assertFalse("2 instances of the class, K + 1 = 3 needed", KMeansSMOTE.eligible(4, 2, 0, 2));
    assertTrue(KMeansSMOTE.eligible(3, 3, 0.5, 2));
    assertFalse("empty cluster", KMeansSMOTE.eligible(0, 0, Double.NEGATIVE_INFINITY, 0));
  }

  @Test
  public void sparsityIsTheMeanDistanceToTheExponentOverTheCount() {
    // (0,0), (3,0), (0,4): distances 3, 4, 5, mean 4; 4^2 / 3
    assertEquals(16.0 / 3, KMeansSMOTE.sparsity(new double[] {0, 0, 3, 0, 0, 4}, 3, 2, 2), 1e-12);
    // exponent 1: 4 / 3
    assertEquals(4.0 / 3, KMeansSMOTE.sparsity(new double[] {0, 0, 3, 0, 0, 4}, 3, 2, 1), 1e-12);
  }

  @Test
  public void allocationRoundsEachShareUp() {
    // weights 1/4 and 3/4 of 10: ceil(2.5) = 3, ceil(7.5) = 8 (11 in all, as imbalanced-learn)
    assertArrayEquals(new int[] {3, 8}, KMeansSMOTE.allocate(new double[] {1, 3}, 10));
    // no sparsity at all: equal shares
    assertArrayEquals(new int[] {3, 3}, KMeansSMOTE.allocate(new double[] {0, 0}, 5));
  }

  static final double[][] CENTRES = {{0, 0}, {10, 0}, {0, 10}};

  /** Blob 0: 30 + 30 (class tight), blob 1: 30 + 40 (class wide), blob 2: 50 + 5. */
  static Instances blobs() {
    ArrayList<Attribute> atts = new ArrayList<>();
    atts.add(new Attribute("x"));
    atts.add(new Attribute("y"));
    atts.add(new Attribute("class", Arrays.asList("maj", "min")));
    Instances d = new Instances("blobs", atts, 0);
    d.setClassIndex(2);
    Random r = new Random(7);
    int[][] n = {{30, 30}, {30, 40}, {50, 5}};
    double[] minSd = {0.3, 1.0, 0.5};
    for (int b = 0; b < 3; b++) {
      for (int c = 0; c < 2; c++) {
        double sd = c == 0 ? 0.5 : minSd[b];
        for (int i = 0; i < n[b][c]; i++) {
          d.add(new DenseInstance(1, new double[] {CENTRES[b][0] + sd * r.nextGaussian(),
            CENTRES[b][1] + sd * r.nextGaussian(), c}));
        }
      }
    }
    return d;
  }

  static int blobOf(double x, double y) {
    for (int b = 0; b < 3; b++) {
      if (Math.hypot(x - CENTRES[b][0], y - CENTRES[b][1]) < 4.5) {
        return b;
      }
    }
    fail("a point (" + x + ", " + y + ") far from every blob");
    return -1;
  }

  /** Mean distance between the class's instances in a blob, squared, over their number. */
  static double sparsityByHand(Instances d, int blob) {
    List<double[]> p = new ArrayList<>();
    for (int i = 0; i < d.numInstances(); i++) {
      if (d.instance(i).classValue() == 1 && blobOf(d.instance(i).value(0), d.instance(i).value(1)) == blob) {
        p.add(new double[] {d.instance(i).value(0), d.instance(i).value(1)});
      }
    }
    double sum = 0;
    int pairs = 0;
    for (int i = 0; i < p.size(); i++) {
      for (int j = 0; j < p.size(); j++) {
        if (i != j) {
          sum += Math.hypot(p.get(i)[0] - p.get(j)[0], p.get(i)[1] - p.get(j)[1]);
          pairs++;
        }
      }
    }
    double mean = sum / pairs;
    return mean * mean / p.size();
  }

  @Test
  public void theClassIsRaisedWhereItIsDenseEnoughAndSparse() throws Exception {
    Instances data = blobs();
    KMeansSMOTE f = new KMeansSMOTE();
    f.setOptions(Utils.splitOptions("-clusterer \"weka.clusterers.SimpleKMeans -N 3 -init 1\" -scaling none "
      + "-density-exponent 2"));
    f.setInputFormat(data);
    Instances out = Filter.useFilter(data, f);
    // majority 110, minority 75: S = 35, threshold S / T / 2 = 0.5: blobs 0 (30 / 60) and 1 (40 / 70)
    double s0 = sparsityByHand(data, 0);
    double s1 = sparsityByHand(data, 1);
    assertTrue("the wide blob is sparser", s1 > s0);
    int[] expected = {(int) Math.ceil(35 * s0 / (s0 + s1)), (int) Math.ceil(35 * s1 / (s0 + s1)), 0};
    int[] got = new int[3];
    for (int i = data.numInstances(); i < out.numInstances(); i++) {
      assertEquals("only the minority is raised", 1, out.instance(i).classValue(), 0);
      got[blobOf(out.instance(i).value(0), out.instance(i).value(1))]++;
    }
    assertArrayEquals("synthetic instances per blob", expected, got);
    assertEquals(75 + expected[0] + expected[1], f.getLastPlan().after()[1]);
  }

  @Test
  public void aClassWithNoUsableClusterIsNotRaised() throws Exception {
    Instances data = blobs();
    KMeansSMOTE f = new KMeansSMOTE();
    f.setOptions(Utils.splitOptions("-clusterer \"weka.clusterers.SimpleKMeans -N 3 -init 1\" -balance-threshold 0.9"));
    f.setInputFormat(data);
    Instances out = Filter.useFilter(data, f);
    assertEquals(data.numInstances(), out.numInstances());
  }

  @Test
  public void badValuesAreRefusedWhenSet() throws Exception {
    for (String o : new String[] {"-balance-threshold 1.5", "-density-exponent -1", "-K 0"}) {
      try {
        new KMeansSMOTE().setOptions(Utils.splitOptions(o));
        fail(o + " accepted");
      } catch (IllegalArgumentException e) {
        assertTrue(e.getMessage(), e.getMessage().startsWith(o.split(" ")[0]));
      }
    }
    assertEquals("imbalanced-learn's k_neighbors", 2, new KMeansSMOTE().getNearestNeighbors());
    KMeansSMOTE f = new KMeansSMOTE();
    f.setOptions(new String[0]);
    assertEquals(2, f.getNearestNeighbors());
  }

  @Test
  public void sparsityEqualsThePairByPairSumBitForBit() {
    Random r = new Random(6);
    for (int n : new int[] {2, 3, 17, 300}) {
      for (int dim : new int[] {1, 4, 10}) {
        for (boolean missing : new boolean[] {false, true}) {
          double[] x = new double[n * dim];
          for (int v = 0; v < x.length; v++) {
            x[v] = missing && r.nextInt(7) == 0 ? Double.NaN : r.nextGaussian() * 3;
          }
          // one pair at a time, in the order (i, j), missing coordinates skipped
          double sum = 0;
          for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
              double sq = 0;
              for (int a = 0; a < dim; a++) {
                double d = x[i * dim + a] - x[j * dim + a];
                sq += Double.isNaN(d) ? 0 : d * d;
              }
              sum += Math.sqrt(sq);
            }
          }
          double expected = Math.pow(sum / (n * (n - 1) / 2.0), 1.5) / n;
          assertEquals(n + " x " + dim + (missing ? " with missing values" : ""), expected,
            KMeansSMOTE.sparsity(x, n, dim, 1.5), 0);
        }
      }
    }
  }

  @Test
  public void theDefaultIsMiniBatchKMeansAndASavedFilterKeepsItsClusterer() throws Exception {
    KMeansSMOTE d = new KMeansSMOTE();
    assertTrue(d.getClusterer() instanceof weka.clusterers.MiniBatchKMeans);
    assertEquals("imbalanced-learn's n_clusters", 8, ((weka.clusterers.MiniBatchKMeans) d.getClusterer())
      .getNumClusters());
    d.setOptions(new String[0]);
    assertTrue("setOptions restores the default", d.getClusterer() instanceof weka.clusterers.MiniBatchKMeans);
    // a filter saved with FastKMeans (the default before) is read back with FastKMeans, same output
    Instances data = blobs();
    KMeansSMOTE f = new KMeansSMOTE();
    f.setOptions(Utils.splitOptions("-clusterer \"weka.clusterers.FastKMeans -N 3\" -S 4"));
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(f);
    }
    KMeansSMOTE back;
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
      new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      back = (KMeansSMOTE) in.readObject();
    }
    assertTrue(back.getClusterer() instanceof weka.clusterers.FastKMeans);
    f.setInputFormat(data);
    back.setInputFormat(data);
    assertEquals(Filter.useFilter(data, f).toString(), Filter.useFilter(data, back).toString());
  }
}
