package weka.imbalance.bench;

import java.io.File;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

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
 * {@code NearestNeighbourSearch} implementations (LinearNNSearch, KDTree, CoverTree), and
 * scikit-learn's {@code NearestNeighbors} (what imbalanced-learn's SMOTE runs) through {@link
 * ImblearnWorker}. Gaussian points; the contenders of a size run alternately ({@link Rounds}) with
 * the machine's load recorded ({@link MachineLoad}); checks that every method finds the reference's
 * neighbours in the same order (the full sort, or scikit-learn above {@code --max-slow}). The
 * report replaces the block {@code knn-speed-<d>} of {@code --out}.
 *
 * <p>Usage: {@code bench/run KnnBenchmark [--sizes 1000,5000,20000] [--d 20] [--max-slow 5000]
 * [--methods KDTREE,BRUTE_FORCE,AUTO] [--rounds 3] [--out doc/benchmarks/knn.md] [--py-fresh true]}
 * (scikit-learn in a fresh Python process per call, {@link ImblearnWorker#setFresh}); the full sort
 * and Weka's searches are skipped above {@code --max-slow} points.
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

  /** @return the share of points whose neighbours, in order, are the same in both */
  static String same(int[][] a, int[][] b) {
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      same += Arrays.equals(a[i], b[i]) ? 1 : 0;
    }
    return same == a.length ? "all" : String.format(Locale.ROOT, "%.2f%%", 100.0 * same / a.length);
  }

  /** Weka's search: every point's k nearest others (k + 1 asked: the point itself comes first). */
  static Object weka(NearestNeighbourSearch nns, Instances data, int k) throws Exception {
    nns.setInstances(data);
    for (int i = 0; i < data.numInstances(); i++) {
      nns.kNearestNeighbours(data.instance(i), k + 1);
    }
    return "";
  }

  public static void main(String[] args) throws Exception {
    BenchArgs opts = new BenchArgs(args, "--sizes", "--d", "--max-slow", "--methods", "--rounds", "--out",
      "--python", "--py-fresh");
    int[] sizes = opts.getInts("--sizes", new int[] {1000, 5000, 20000});
    int dims = opts.getInt("--d", 20);
    int maxSlow = opts.getInt("--max-slow", 5000);
    String methods = opts.get("--methods", "KDTREE,BRUTE_FORCE,AUTO");
    int rounds = opts.getInt("--rounds", 3);
    String out = opts.get("--out", "doc/benchmarks/knn.md");
    String python = opts.get("--python", "/usr/bin/python3");
    final int d = dims;
    int k = 5;
    double[] w = points(3000, d, 7);
    // the load average is read before our own warm-up, which would count in it
    MachineLoad load = MachineLoad.start();
    for (int rep = 0; rep < 3; rep++) { // warm-up of our code paths (JIT), not reported
      new ExactKnn(w, 3000, d).search(k, ExactKnn.Method.KDTREE, 1);
      new ExactKnn(w, 3000, d).search(k, ExactKnn.Method.BRUTE_FORCE, 2);
    }
    StringBuilder md = new StringBuilder();
    try (ImblearnWorker py = new ImblearnWorker(python)) {
      py.setFresh(Boolean.parseBoolean(opts.get("--py-fresh", "true")));
      md.append("- Command: `bench/run KnnBenchmark ").append(String.join(" ", args)).append("`\n");
      md.append("- Date: ").append(ZonedDateTime.now().withNano(0)).append("; ").append(Runtime.getRuntime()
        .availableProcessors()).append(" cores, Java ").append(System.getProperty("java.version")).append("; ")
        .append(py.versions()).append(". Gaussian points, k = ").append(k).append(", every point queried against "
          + "the others. Ours warmed up on each row's data first (untimed calls until "
          + Rounds.WARM_UP_CALLS + " or " + Rounds.WARM_UP + " s). Each cell: median wall seconds over ").append(rounds)
          .append(" alternated rounds (range) "
          + "[median CPU seconds, all threads of the process]; ratio: median of the per-round ratios of "
          + "scikit-learn's wall time to ours with the same threads. The full sort and Weka's searches run up to "
          + maxSlow + " points.\n\n");
      md.append("| n | d | method | threads | seconds | scikit-learn / this | same neighbours as the reference |\n");
      md.append("|---:|---:|---|---:|---:|---:|---|\n");
      for (int n : sizes) {
        double[] x = points(n, d, 42);
        Rounds r = new Rounds();
        Map<String, int[][]> found = new LinkedHashMap<>();
        Map<String, Integer> threadsOf = new LinkedHashMap<>();
        if (n <= maxSlow) {
          r.add("brute force + full sort (SMOTE 1.0.3 style)", Rounds.inJvm(() -> {
            found.put("brute force + full sort (SMOTE 1.0.3 style)", fullSort(x, n, d, k));
            return "";
          }));
          threadsOf.put("brute force + full sort (SMOTE 1.0.3 style)", 1);
        }
        for (String name : methods.split(",")) {
          ExactKnn.Method m = ExactKnn.Method.valueOf(name);
          for (int threads : new int[] {1, 2}) {
            String label = "ExactKnn " + m;
            String key = label + "|" + threads;
            Rounds.Contender ours = Rounds.inJvm(() -> {
              ExactKnn knn = new ExactKnn(x, n, d);
              found.put(key, knn.search(k, m, threads));
              return m == ExactKnn.Method.AUTO ? " (chose " + knn.usedMethod() + ")" : "";
            });
            // on this row's own data: a small set takes a path (the row scan) the start-up warm-up never runs
            Rounds.warmUp(ours);
            r.add(key, ours);
            threadsOf.put(key, threads);
          }
        }
        ImblearnWorker.Data file = py.available() ? py.write(x, n, d) : null;
        if (file != null) {
          for (int threads : new int[] {1, 2}) {
            final int t = threads;
            r.add("scikit-learn NearestNeighbors|" + t, () -> py.knn(file, k, t, null));
            threadsOf.put("scikit-learn NearestNeighbors|" + t, t);
          }
        }
        if (n <= maxSlow) {
          Instances data = SmoteData.gaussian(n, 0, d, 42);
          Remove rm = new Remove();
          rm.setAttributeIndices("last");
          rm.setInputFormat(data);
          Instances plain = Filter.useFilter(data, rm);
          for (NearestNeighbourSearch nns : new NearestNeighbourSearch[] {new LinearNNSearch(), new KDTree(),
            new CoverTree()}) {
            EuclideanDistance dist = new EuclideanDistance();
            dist.setDontNormalize(true);
            nns.setDistanceFunction(dist);
            String key = "Weka " + nns.getClass().getSimpleName();
            r.add(key, Rounds.inJvm(() -> weka(nns, plain, k)));
            threadsOf.put(key, 1);
          }
        }
        System.err.println("KnnBenchmark: n = " + n);
        r.run(rounds);
        int[][] ref = found.get("brute force + full sort (SMOTE 1.0.3 style)");
        String refName = "the full sort";
        if (ref == null && file != null) {
          File f = py.tempFile(".bin");
          py.knn(file, k, 1, f);
          ref = ImblearnWorker.readNeighbours(f, n, k);
          refName = "scikit-learn";
        }
        for (String key : threadsOf.keySet()) {
          int t = threadsOf.get(key);
          String label = key.contains("|") ? key.substring(0, key.indexOf('|')) : key;
          String sk = "scikit-learn NearestNeighbors|" + t;
          boolean ours = key.startsWith("ExactKnn");
          String agree = !found.containsKey(key) ? "not checked" : ref == null ? "no reference"
            : found.get(key) == ref ? "reference" : same(ref, found.get(key)) + " of the points (" + refName + ")";
          String chose = r.samples(key).isEmpty() ? "" : r.samples(key).get(0).detail;
          md.append(String.format(Locale.ROOT, "| %d | %d | %s | %d | %s | %s | %s |%n", n, d, label
            + (ours ? chose : key.startsWith("scikit") ? " (" + chose + ")" : ""), t, r.cell(key), ours && file != null
              ? r.ratio(sk, key) : "", agree));
        }
      }
      load.stop();
      md.append("\n- ").append(load.summary()).append('\n');
      if (!load.quiet()) {
        md.append("\n").append(load.noVerdict()).append('\n');
      }
    }
    System.out.print(md);
    MarkdownBlock.write(new File(out), "knn-speed-" + d, md.toString());
  }
}
