package weka.imbalance.spark;

import java.io.File;
import java.io.FileWriter;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;

import weka.classifiers.Classifier;
import weka.classifiers.bayes.NaiveBayes;
import weka.classifiers.evaluation.Evaluation;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.core.PluginManager;
import weka.filters.Filter;
import weka.filters.supervised.instance.SMOTEWithUndersampling;
import weka.imbalance.resampling.strategy.ExplicitTargets;

/**
 * Issue 18's scale benchmark: generated data, n instances x 10 numeric attributes, 1% minority
 * (every 100th instance), the same pipeline on a single JVM and on Spark: SMOTE doubling the
 * minority, random undersampling of the majority to four times the minority, NaiveBayes, and
 * balanced accuracy on a generated test set of n / 10 instances. One mode and size per JVM (run by
 * spark/bench/run-scale), so that the peak memory is that run's.
 *
 * <pre>
 * SparkScaleBenchmark &lt;n&gt; single|spark &lt;results.tsv&gt; [master, default local[2]]
 * </pre>
 * Appends one line: n, mode, status (ok, or the error, e.g. OutOfMemoryError), seconds (wall, data
 * generation included), peak heap MB (sum of the heap pools' peaks), peak resident MB (VmHWM),
 * balanced accuracy, the load averages before and after.
 */
public final class SparkScaleBenchmark {

  static final int ATTRIBUTES = 10;
  static final int ROWS_PER_PARTITION = 250_000;

  private SparkScaleBenchmark() {
  }

  static Instances header() {
    ArrayList<Attribute> atts = new ArrayList<>();
    for (int a = 0; a < ATTRIBUTES; a++) {
      atts.add(new Attribute("x" + a));
    }
    List<String> classes = new ArrayList<>();
    classes.add("majority");
    classes.add("minority");
    atts.add(new Attribute("class", classes));
    Instances h = new Instances("generated", atts, 0);
    h.setClassIndex(ATTRIBUTES);
    return h;
  }

  /** Rows [from, to) of the generated data: the same values whichever side makes them. */
  static List<double[]> generate(long seed, long from, long to) {
    List<double[]> rows = new ArrayList<>((int) (to - from));
    Random r = new Random(seed * 1_000_003L + from);
    for (long i = from; i < to; i++) {
      double[] row = new double[ATTRIBUTES + 2];
      boolean minority = i % 100 == 0;
      for (int a = 0; a < ATTRIBUTES; a++) {
        row[a] = r.nextGaussian() + (minority && a < 3 ? 1.5 : 0);
      }
      row[ATTRIBUTES] = minority ? 1 : 0;
      row[ATTRIBUTES + 1] = 1;
      rows.add(row);
    }
    return rows;
  }

  static JavaRDD<double[]> generate(JavaSparkContext sc, long seed, long n) {
    List<long[]> ranges = new ArrayList<>();
    for (long from = 0; from < n; from += ROWS_PER_PARTITION) {
      ranges.add(new long[] {from, Math.min(n, from + ROWS_PER_PARTITION)});
    }
    return sc.parallelize(ranges, ranges.size()).flatMap(rg -> generate(seed, rg[0], rg[1]).iterator());
  }

  static Instances generateInstances(long seed, long n, Instances header) {
    Instances data = new Instances(header, (int) n);
    for (long from = 0; from < n; from += ROWS_PER_PARTITION) {
      for (double[] row : generate(seed, from, Math.min(n, from + ROWS_PER_PARTITION))) {
        data.add(new DenseInstance(1, java.util.Arrays.copyOf(row, ATTRIBUTES + 1)));
      }
    }
    return data;
  }

  /** SMOTE doubling the minority, the majority undersampled to four times the minority. */
  static SMOTEWithUndersampling sampler(long n) {
    long minority = (n + 99) / 100;
    SMOTEWithUndersampling f = new SMOTEWithUndersampling();
    f.setSamplingStrategy(ExplicitTargets.of(4 * minority + "," + 2 * minority));
    return f;
  }

  public static void main(String[] args) throws Exception {
    long n = Long.parseLong(args[0]);
    String mode = args[1];
    String out = args[2];
    String master = args.length > 3 ? args[3] : "local[2]";
    String loadBefore = load();
    long start = System.nanoTime();
    String status = "ok";
    double balanced = Double.NaN;
    try {
      balanced = "spark".equals(mode) ? spark(n, master) : single(n);
    } catch (Throwable t) {
      status = t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage().split("\n")[0]);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    String line = String.format(Locale.ROOT, "%d\t%s\t%s\t%.1f\t%.0f\t%.0f\t%.4f\t%s\t%s", n, mode, status, seconds,
      peakHeapMb(), residentPeakMb(), balanced, loadBefore, load());
    System.out.println(line);
    new File(out).getAbsoluteFile().getParentFile().mkdirs();
    try (PrintWriter w = new PrintWriter(new FileWriter(out, true))) {
      w.println(line);
    }
    System.exit(0);
  }

  static double single(long n) throws Exception {
    PluginManager.addFromProperties(new File(System.getProperty("imbalanced.plugin.props",
      "../package-props/PluginManager.props")));
    Instances header = header();
    Instances train = generateInstances(1, n, header);
    SMOTEWithUndersampling f = sampler(n);
    f.setInputFormat(train);
    Instances balanced = Filter.useFilter(train, f);
    Classifier model = new NaiveBayes();
    model.buildClassifier(balanced);
    balanced = null;
    Instances test = generateInstances(2, n / 10, header);
    Evaluation eval = new Evaluation(train);
    train = null;
    eval.evaluateModel(model, test);
    return eval.getPluginMetric("BalancedAccuracy").getStatistic("BalancedAccuracy");
  }

  static double spark(long n, String master) throws Exception {
    SparkConf conf = new SparkConf().setMaster(master).setAppName("SparkScaleBenchmark")
      .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
      .set("spark.driver.bindAddress", "127.0.0.1");
    try (JavaSparkContext sc = new JavaSparkContext(conf)) {
      sc.setLogLevel("ERROR");
      Instances header = header();
      JavaRDD<double[]> train = generate(sc, 1, n).persist(StorageLevel.MEMORY_AND_DISK());
      JavaRDD<double[]> balanced = new SparkResampler(sampler(n), SparkResampler.DEFAULT_GATHER_MAX)
        .resample(sc, train, header).persist(StorageLevel.MEMORY_AND_DISK());
      Classifier model = SparkTraining.train(balanced, header, new NaiveBayes(), SparkTraining.DEFAULT_GATHER_MAX, 0);
      double[] counts = ImbalanceSparkJob.Folds.weightedCounts(train, header, 1)[0];
      SparkEvaluation eval = new SparkEvaluation(2).add(sc, model, generate(sc, 2, n / 10), header, counts);
      return eval.balancedAccuracy();
    }
  }

  static double peakHeapMb() {
    double b = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
        b += p.getPeakUsage().getUsed();
      }
    }
    return b / (1 << 20);
  }

  static double residentPeakMb() {
    try {
      for (String l : Files.readAllLines(Paths.get("/proc/self/status"))) {
        if (l.startsWith("VmHWM:")) {
          return Double.parseDouble(l.replaceAll("[^0-9]", "")) / 1024;
        }
      }
    } catch (Exception e) {
      // not Linux: no figure
    }
    return Double.NaN;
  }

  static String load() {
    try {
      String[] f = new String(Files.readAllBytes(Paths.get("/proc/loadavg"))).trim().split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (Exception e) {
      return "?";
    }
  }
}
