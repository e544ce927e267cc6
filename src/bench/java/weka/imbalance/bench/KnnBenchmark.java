package weka.imbalance.bench;

import java.util.Arrays;
import java.util.Locale;

import weka.core.EuclideanDistance;
import weka.core.Instances;
import weka.core.neighboursearch.CoverTree;
import weka.core.neighboursearch.KDTree;
import weka.core.neighboursearch.LinearNNSearch;
import weka.core.neighboursearch.NearestNeighbourSearch;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.Remove;
import weka.imbalance.resampling.ExactKnn;

/**
 * Candidates for SMOTE's within-class exact k-NN (k = 5, every point queried against the others):
 * {@link ExactKnn} (KD-tree, blocked brute force, auto; 1 and 2 threads), brute force with a full
 * sort of each distance row (what Weka's SMOTE package 1.0.3 does), and Weka's own
 * {@code NearestNeighbourSearch} implementations (LinearNNSearch, KDTree, CoverTree). Gaussian
 * points, wall-clock seconds, one run each after a warm-up; checks that the exact methods agree
 * with the full sort.
 *
 * <p>Usage: {@code bench/run KnnBenchmark [n1,n2,...] [d] [maxSlow] [methods]}; the full sort and
 * Weka's searches are skipped above maxSlow points (default 20000); methods is a comma-separated
 * list of {@link ExactKnn.Method} names (default all).
 */
public final class KnnBenchmark {

  private KnnBenchmark() {
  }

  static double[] points(int n, int d, long seed) {
    java.util.Random r = new java.util.Random(seed);
    double[] x = new double[n * d];
    for (int i = 0; i < x.length; i++) {
      x[i] = r.nextGaussian();
    }
    return x;
  }

  /** Brute force with a full sort of every distance row (the SMOTE package's approach). */
  static int[][] fullSort(double[] x, int n, int d, int k) {
    int[][] res = new int[n][];
    Integer[] order = new Integer[n];
    double[] dist = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        dist[j] = j == i ? Double.POSITIVE_INFINITY : ExactKnn.distance(x, d, i, j);
        order[j] = j;
      }
      Arrays.sort(order, (a, b) -> dist[a] != dist[b] ? Double.compare(dist[a], dist[b]) : Integer.compare(a, b));
      res[i] = new int[k];
      for (int t = 0; t < k; t++) {
        res[i][t] = order[t];
      }
    }
    return res;
  }

  /** CPU seconds of the last {@link #time} call (all threads of the process). */
  static double lastCpu;

  static double processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
      .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
  }

  static double time(Runnable r) {
    double c0 = processCpu();
    long t0 = System.nanoTime();
    r.run();
    double s = (System.nanoTime() - t0) / 1e9;
    lastCpu = processCpu() - c0;
    return s;
  }

  static double weka(NearestNeighbourSearch nns, Instances data, int k) throws Exception {
    return time(() -> {
      try {
        nns.setInstances(data);
        for (int i = 0; i < data.numInstances(); i++) {
          nns.kNearestNeighbours(data.instance(i), k + 1);
        }
      } catch (Exception e) {
        throw new RuntimeException(e);
      }
    });
  }

  public static void main(String[] args) throws Exception {
    int[] sizes = Arrays.stream((args.length > 0 ? args[0] : "1000,5000,20000").split(","))
      .mapToInt(Integer::parseInt).toArray();
    int d = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int maxSlow = args.length > 2 ? Integer.parseInt(args[2]) : 20000;
    String methods = args.length > 3 ? args[3] : "KDTREE,BRUTE_FORCE,AUTO";
    int k = 5;
    // warm-up
    double[] w = points(3000, d, 7);
    new ExactKnn(w, 3000, d).search(k, ExactKnn.Method.KDTREE, 1);
    new ExactKnn(w, 3000, d).search(k, ExactKnn.Method.BRUTE_FORCE, 1);
    System.out.println("| n | d | method | threads | wall s | CPU s | agrees with full sort |");
    System.out.println("|---:|---:|---|---:|---:|---:|---|");
    for (int n : sizes) {
      double[] x = points(n, d, 42);
      int[][] ref = null;
      if (n <= maxSlow) {
        final int[][][] box = new int[1][][];
        double t = time(() -> box[0] = fullSort(x, n, d, k));
        ref = box[0];
        row(n, d, "brute force + full sort (SMOTE 1.0.3 style)", 1, t, "reference");
      }
      for (String name : methods.split(",")) {
        ExactKnn.Method m = ExactKnn.Method.valueOf(name);
        for (int threads : new int[] {1, 2}) {
          ExactKnn knn = new ExactKnn(x, n, d);
          final int[][][] box = new int[1][][];
          double t = time(() -> {
            try {
              box[0] = knn.search(k, m, threads);
            } catch (Exception e) {
              throw new RuntimeException(e);
            }
          });
          String agree = ref == null ? "n/a" : Boolean.toString(Arrays.deepEquals(ref, box[0]));
          row(n, d, "ExactKnn " + m + (m == ExactKnn.Method.AUTO ? " (chose " + knn.usedMethod() + ")" : ""),
            threads, t, agree);
        }
      }
      if (n <= maxSlow) {
        Instances data = SmoteData.gaussian(n, 0, d, 42);
        Remove rm = new Remove();
        rm.setAttributeIndices("last");
        rm.setInputFormat(data);
        data = Filter.useFilter(data, rm);
        for (NearestNeighbourSearch nns : new NearestNeighbourSearch[] {new LinearNNSearch(), new KDTree(),
          new CoverTree()}) {
          EuclideanDistance dist = new EuclideanDistance();
          dist.setDontNormalize(true);
          nns.setDistanceFunction(dist);
          row(n, d, "Weka " + nns.getClass().getSimpleName(), 1, weka(nns, data, k), "not checked");
        }
      }
    }
  }

  static void row(int n, int d, String method, int threads, double s, String agree) {
    System.out.println(String.format(Locale.ROOT, "| %d | %d | %s | %d | %.3f | %.3f | %s |", n, d, method, threads, s,
      lastCpu, agree));
  }
}
