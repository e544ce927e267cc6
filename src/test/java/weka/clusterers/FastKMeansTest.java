package weka.clusterers;

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
import java.util.Random;

import org.junit.Test;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;
import weka.core.converters.ConverterUtils.DataSource;
import weka.imbalance.testing.PythonReference;

/**
 * FastKMeans: Hamerly's accelerated Lloyd against a plain brute-force Lloyd written here from the
 * same initial centres; the k-means++ draw against its distribution; one thread against two;
 * missing values, nominal attributes and duplicates; bad options; the sum of squares against
 * scikit-learn's KMeans (committed output of src/test/python/sklearn_kmeans_reference.py, and a
 * live run when python3-sklearn is installed).
 */
public class FastKMeansTest {

  static final String REFERENCE = "src/test/resources/weka/clusterers/sklearn-kmeans-reference.txt";
  static final String[] DATA_SETS = {"data/pima.arff:3", "data/pima.arff:8", "data/glass4.arff:5",
    "data/ecoli.arff:8", "data/yeast.arff:10"};

  /** Blobs in dim dimensions with noise, and random weights in (0, 2). */
  static double[][] blobs(int n, int dim, int centres, long seed) {
    Random r = new Random(seed);
    double[][] c = new double[centres][dim];
    for (double[] row : c) {
      for (int a = 0; a < dim; a++) {
        row[a] = r.nextDouble() * 10;
      }
    }
    double[] x = new double[n * dim];
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      int b = r.nextInt(centres);
      for (int a = 0; a < dim; a++) {
        x[i * dim + a] = c[b][a] + r.nextGaussian() * (0.5 + b % 3);
      }
      w[i] = 2 * r.nextDouble();
    }
    return new double[][] {x, w};
  }

  /** Plain Lloyd, every distance computed: assign; then (update, reassign) until nothing changes. */
  static Object[] bruteForce(double[] x, double[] w, int n, int dim, double[] init, int maxIter) {
    int k = init.length / dim;
    double[] c = init.clone();
    int[] a = assign(x, n, dim, c, k);
    int iter = 0;
    while (iter < maxIter) {
      double[] next = c.clone();
      for (int j = 0; j < k; j++) {
        double sw = 0;
        double[] s = new double[dim];
        for (int i = 0; i < n; i++) {
          if (a[i] == j) {
            sw += w[i];
            for (int d = 0; d < dim; d++) {
              s[d] += w[i] * x[i * dim + d];
            }
          }
        }
        if (sw > 0) {
          for (int d = 0; d < dim; d++) {
            next[j * dim + d] = s[d] / sw;
          }
        }
      }
      c = next;
      iter++;
      if (iter == maxIter) {
        break;
      }
      int[] b = assign(x, n, dim, c, k);
      if (Arrays.equals(a, b)) {
        break;
      }
      a = b;
    }
    double inertia = 0;
    for (int i = 0; i < n; i++) {
      inertia += w[i] * sq(x, i, c, a[i], dim);
    }
    return new Object[] {c, a, inertia, iter};
  }

  static int[] assign(double[] x, int n, int dim, double[] c, int k) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      double best = Double.POSITIVE_INFINITY;
      for (int j = 0; j < k; j++) {
        double d = sq(x, i, c, j, dim);
        if (d < best) {
          best = d;
          a[i] = j;
        }
      }
    }
    return a;
  }

  static double sq(double[] x, int i, double[] c, int j, int dim) {
    double s = 0;
    for (int d = 0; d < dim; d++) {
      s += (x[i * dim + d] - c[j * dim + d]) * (x[i * dim + d] - c[j * dim + d]);
    }
    return s;
  }

  @Test
  public void hamerlyGivesPlainLloydsClusteringFromTheSameCentres() throws Exception {
    int[][] cases = {{3000, 5, 7, 2}, {1500, 2, 30, 1}, {800, 8, 1, 1}, {5000, 3, 12, 2}};
    for (int[] cs : cases) {
      int n = cs[0], dim = cs[1], k = cs[2];
      double[][] xw = blobs(n, dim, 6, 7 + n);
      double[] init = KMeansLloyd.seed(xw[0], xw[1], n, dim, k, 0, new Random(3), 1);
      assertEquals(k * dim, init.length);
      KMeansLloyd.Result fast = KMeansLloyd.run(xw[0], xw[1], n, dim, init, 300, cs[3]);
      Object[] ref = bruteForce(xw[0], xw[1], n, dim, init, 300);
      String what = n + " x " + dim + ", k = " + k;
      assertArrayEquals(what + ": assignments", (int[]) ref[1], fast.assignment);
      assertArrayEquals(what + ": centres", (double[]) ref[0], fast.centres, 1e-9);
      assertEquals(what + ": inertia", (double) ref[2], fast.inertia, 1e-9 * (double) ref[2]);
      assertEquals(what + ": iterations", (int) ref[3], fast.iterations);
      assertTrue(what + ": more than one iteration, or the check is empty", k == 1 || fast.iterations > 2);
    }
    // an iteration cap stops both at the same point
    double[][] xw = blobs(2000, 4, 6, 11);
    double[] init = KMeansLloyd.seed(xw[0], xw[1], 2000, 4, 9, 0, new Random(5), 1);
    KMeansLloyd.Result fast = KMeansLloyd.run(xw[0], xw[1], 2000, 4, init, 2, 1);
    assertArrayEquals((double[]) bruteForce(xw[0], xw[1], 2000, 4, init, 2)[0], fast.centres, 1e-9);
    assertEquals(2, fast.iterations);
  }

  @Test
  public void aToleranceStopsAtTheFirstUpdateThatMovesTheCentresLessAsScikitLearn() throws Exception {
    int n = 3000, dim = 4, k = 8;
    double[][] xw = blobs(n, dim, 3, 21);
    double[] x = xw[0];
    double[] init = KMeansLloyd.seed(x, xw[1], n, dim, k, 0, new Random(4), 1);
    double var = 0; // scikit-learn's scale: the mean over the coordinates of their variances
    for (int d = 0; d < dim; d++) {
      double m = 0, v = 0;
      for (int i = 0; i < n; i++) {
        m += x[i * dim + d] / n;
      }
      for (int i = 0; i < n; i++) {
        v += (x[i * dim + d] - m) * (x[i * dim + d] - m) / n;
      }
      var += v / dim;
    }
    double shift = 1e-4 * var;
    double[] prev = init;
    double[] expected = null;
    int stop = -1;
    for (int m = 1; m <= 300 && stop < 0; m++) {
      Object[] r = bruteForce(x, xw[1], n, dim, init, m);
      assertEquals("the exact iterations outlast the tolerance here", m, (int) r[3]);
      double[] c = (double[]) r[0];
      double total = 0;
      for (int j = 0; j < c.length; j++) {
        total += (c[j] - prev[j]) * (c[j] - prev[j]);
      }
      if (total <= shift) {
        stop = m;
        expected = c;
      }
      prev = c;
    }
    assertTrue("the tolerance stops after several updates: " + stop, stop > 2);
    KMeansLloyd.Result tol = KMeansLloyd.run(x, xw[1], n, dim, init, 300, shift, 1);
    assertEquals(stop, tol.iterations);
    assertArrayEquals(expected, tol.centres, 1e-9);
    for (int i = 0; i < n; i++) { // every point with its nearest final centre
      int best = 0;
      for (int j = 1; j < k; j++) {
        if (sq(x, i, expected, j, dim) < sq(x, i, expected, best, dim)) {
          best = j;
        }
      }
      assertEquals("point " + i, best, tol.assignment[i]);
    }
    assertTrue(KMeansLloyd.run(x, xw[1], n, dim, init, 300, 1).iterations > stop);
    try {
      new FastKMeans().setTolerance(-1e-4);
      fail("a negative -tol is refused");
    } catch (IllegalArgumentException e) {
      assertTrue(e.getMessage(), e.getMessage().contains("-tol"));
    }
  }

  @Test
  public void plainKMeansPlusPlusDrawsByWeightTimesSquaredDistance() throws Exception {
    // points 0, 1 and 3 on a line with weights 2, 1, 1; two centres, one candidate each
    double[] x = {0, 1, 3};
    double[] w = {2, 1, 1};
    double[][] pair = new double[3][3];
    for (int f = 0; f < 3; f++) {
      double[] mass = new double[3];
      double total = 0;
      for (int i = 0; i < 3; i++) {
        mass[i] = w[i] * (x[i] - x[f]) * (x[i] - x[f]);
        total += mass[i];
      }
      for (int s = 0; s < 3; s++) {
        pair[Math.min(f, s)][Math.max(f, s)] += w[f] / 4 * mass[s] / total;
      }
    }
    int runs = 20000;
    double[][] seen = new double[3][3];
    // one random stream (java.util.Random's first draws of neighbouring seeds are correlated)
    Random random = new Random(1);
    for (int r = 0; r < runs; r++) {
      double[] c = KMeansLloyd.seed(x, w, 3, 1, 2, 1, random, 1);
      int a = (int) c[0] == 3 ? 2 : (int) c[0];
      int b = (int) c[1] == 3 ? 2 : (int) c[1];
      assertTrue("two different points", a != b);
      seen[Math.min(a, b)][Math.max(a, b)]++;
    }
    for (int a = 0; a < 3; a++) {
      for (int b = a + 1; b < 3; b++) {
        double p = pair[a][b];
        double sd = Math.sqrt(p * (1 - p) / runs);
        assertEquals("pair " + a + "," + b, p, seen[a][b] / runs, 4 * sd);
      }
    }
  }

  @Test
  public void greedyKMeansPlusPlusFindsSeparatedBlobs() throws Exception {
    // four tight blobs far apart: the greedy seeding puts one centre in each, for every seed
    int n = 400;
    double[] x = new double[n * 2];
    double[] w = new double[n];
    Random r = new Random(1);
    for (int i = 0; i < n; i++) {
      x[2 * i] = (i % 4) * 100 + r.nextGaussian();
      x[2 * i + 1] = (i % 4 >= 2 ? 100 : 0) + r.nextGaussian();
      w[i] = 1;
    }
    for (int s = 0; s < 200; s++) {
      double[] c = KMeansLloyd.seed(x, w, n, 2, 4, 0, new Random(s), 1);
      boolean[] blob = new boolean[4];
      for (int j = 0; j < 4; j++) {
        blob[(int) Math.round(c[2 * j] / 100)] = true;
      }
      assertArrayEquals("seed " + s, new boolean[] {true, true, true, true}, blob);
    }
  }

  static Instances numeric(double[] x, int n, int dim) {
    ArrayList<Attribute> atts = new ArrayList<>();
    for (int a = 0; a < dim; a++) {
      atts.add(new Attribute("a" + a));
    }
    Instances d = new Instances("blobs", atts, n);
    for (int i = 0; i < n; i++) {
      d.add(new DenseInstance(1, Arrays.copyOfRange(x, i * dim, (i + 1) * dim)));
    }
    return d;
  }

  @Test
  public void oneAndTwoThreadsGiveTheSameClustering() throws Exception {
    double[][] xw = blobs(12000, 4, 8, 3);
    Instances data = numeric(xw[0], 12000, 4);
    FastKMeans[] km = new FastKMeans[2];
    for (int t = 0; t < 2; t++) {
      km[t] = new FastKMeans();
      km[t].setOptions(Utils.splitOptions("-N 9 -n-init 2 -S 4 -num-slots " + (t + 1)));
      km[t].buildClusterer(data);
    }
    assertArrayEquals(km[0].getAssignments(), km[1].getAssignments());
    assertEquals(km[0].getSquaredError(), km[1].getSquaredError(), 0);
    for (int j = 0; j < 9; j++) {
      assertArrayEquals(km[0].getClusterCentroids().instance(j).toDoubleArray(),
        km[1].getClusterCentroids().instance(j).toDoubleArray(), 0);
    }
  }

  @Test
  public void missingNominalAndDuplicatesKeepEveryInstance() throws Exception {
    ArrayList<Attribute> atts = new ArrayList<>();
    atts.add(new Attribute("x"));
    atts.add(new Attribute("colour", Arrays.asList("red", "green", "blue")));
    Instances d = new Instances("mixed", atts, 0);
    double[][] rows = {{0, 0}, {0, 0}, {0.2, 0}, {10, 1}, {10.4, 2}, {10, 2}, {Double.NaN, 2}, {0.1, Double.NaN}};
    for (double[] v : rows) {
      d.add(new DenseInstance(1, v));
    }
    FastKMeans km = new FastKMeans();
    km.setNumClusters(2);
    km.buildClusterer(d);
    int[] a = km.getAssignments();
    assertEquals("no instance lost", d.numInstances(), a.length);
    assertEquals(a[0], a[2]);
    assertTrue(a[0] != a[3]);
    assertEquals(a[3], a[5]);
    // a missing value is replaced by the mean or the mode
    Instance filled = new DenseInstance(1, new double[] {d.meanOrMode(0), 2});
    filled.setDataset(d);
    assertEquals(km.clusterInstance(filled), a[6]);
    Instances c = km.getClusterCentroids();
    assertEquals("the low cluster's most common colour", "red", c.instance(a[0]).stringValue(1));
    assertEquals("blue", c.instance(a[3]).stringValue(1));
    // four identical points and one other: two clusters though five are asked for
    Instances dup = numeric(new double[] {1, 1, 1, 1, 2}, 5, 1);
    km.setNumClusters(5);
    km.buildClusterer(dup);
    assertEquals(2, km.numberOfClusters());
    a = km.getAssignments();
    assertTrue(a[0] == a[1] && a[0] == a[2] && a[0] == a[3] && a[0] != a[4]);
  }

  @Test
  public void badOptionsAreRefusedWhenSet() throws Exception {
    refusedWhenSet(FastKMeans::new, "-N 0", "-I 0", "-n-init 0", "-trials -1", "-num-slots -1", "-N five");
    try {
      new FastKMeans().setNumClusters(0);
      fail("0 clusters accepted");
    } catch (IllegalArgumentException e) {
      assertEquals("-N must be >= 1, got 0", e.getMessage());
    }
    FastKMeans km = new FastKMeans();
    km.setOptions(Utils.splitOptions("-N 4 -I 50 -n-init 3 -trials 1 -no-normalize -num-slots 2 -S 9"));
    FastKMeans back = new FastKMeans();
    back.setOptions(km.getOptions());
    assertArrayEquals(km.getOptions(), back.getOptions());
    assertEquals(9, back.getSeed());
    assertTrue(back.getDontNormalize());
  }

  /** Each option string is refused by setOptions with a message that starts with the option's name. */
  static void refusedWhenSet(java.util.function.Supplier<weka.core.OptionHandler> make, String... bad)
    throws Exception {
    for (String o : bad) {
      try {
        make.get().setOptions(Utils.splitOptions(o));
        fail(o + " accepted");
      } catch (IllegalArgumentException e) {
        assertTrue(o + ": " + e.getMessage(), e.getMessage().startsWith(o.split(" ")[0]));
      }
    }
  }

  /** Our sum of squares with the options of the reference script, per "file k". */
  static void check(String what, List<String> ref) throws Exception {
    assertEquals(what + ": lines", DATA_SETS.length, ref.size());
    for (String line : ref) {
      String[] f = line.trim().split(" ");
      Instances data = withoutClass(f[0]);
      FastKMeans km = new FastKMeans();
      km.setOptions(Utils.splitOptions("-N " + f[1] + " -n-init 10 -no-normalize -S 1"));
      km.buildClusterer(data);
      double theirs = Double.parseDouble(f[2]);
      // different random draws may end in different local minima: ours within 1% of theirs
      assertEquals(what + ": " + line, theirs, km.getSquaredError(), 0.01 * theirs);
    }
  }

  @Test
  public void sumOfSquaresMatchesTheCommittedScikitLearnOutput() throws Exception {
    check("committed", Files.readAllLines(new File(REFERENCE).toPath(), StandardCharsets.UTF_8));
  }

  @Test
  public void sumOfSquaresMatchesALiveScikitLearnRun() throws Exception {
    check("live", liveReference("src/test/python/sklearn_kmeans_reference.py", DATA_SETS));
  }

  /** @return the lines a scikit-learn reference script prints for the data sets (see PythonReference) */
  static List<String> liveReference(String script, String[] dataSets) throws Exception {
    List<String> args = new ArrayList<>();
    args.add(script);
    args.addAll(Arrays.asList(dataSets));
    return PythonReference.lines("apt-get install python3-sklearn python3-scipy", 300, args.toArray(new String[0]));
  }

  /** @return the data set without its last attribute (the class), no class set */
  static Instances withoutClass(String path) throws Exception {
    Instances data = DataSource.read(path);
    data.setClassIndex(-1);
    data.deleteAttributeAt(data.numAttributes() - 1);
    return data;
  }
}
