package weka.imbalance.bench;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import weka.classifiers.Classifier;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.core.OptionHandler;
import weka.core.Utils;
import weka.filters.Filter;

/**
 * Scale: every component on 1,000,000 instances x 10 numeric attributes (binary class, 10 %
 * minority), each in its own JVM with a 4 GB heap, reporting wall time and the peak heap in use.
 * A classifier is built and then predicts 100,000 instances; a filter filters the first batch.
 *
 * <pre>
 * bench/run ScaleBenchmark [instances] [doc/benchmarks/scale.md] [all|SimpleName,SimpleName,...] [rounds]
 * </pre>
 *
 * The optional third argument runs only the named components (the J48 anchor always runs); their
 * table replaces its own block of the page ({@link MarkdownBlock}: {@code scale-speed} for all,
 * {@code scale-speed-<names>} for a selection). The components run alternately over the rounds
 * (default 1, see {@link Rounds}) and the machine's load is recorded ({@link MachineLoad}).
 *
 * The anchor measured in the same run is Weka's own J48 on the same data.
 */
public class ScaleBenchmark {

  /** Component, options: the MLP and COG run for a few epochs / iterations, as the issue says. */
  static final Map<String, String> RUNS = new LinkedHashMap<>();
  static {
    RUNS.put("weka.classifiers.trees.J48", ""); // the anchor
    RUNS.put("weka.filters.supervised.instance.SMOTEWithUndersampling", "");
    RUNS.put("weka.filters.supervised.instance.LongTailSubsample", "");
    RUNS.put("weka.filters.supervised.attribute.COGDecomposition",
      "-clusterer \"weka.clusterers.SimpleKMeans -init 1 -I 10\"");
    RUNS.put("weka.classifiers.meta.ThresholdMoving", "");
    RUNS.put("weka.classifiers.meta.PlugInEmpiricalThreshold", "");
    RUNS.put("weka.classifiers.meta.ClassBalancedReweighting", "");
    RUNS.put("weka.classifiers.meta.COGClassifier",
      "-clusterer \"weka.clusterers.SimpleKMeans -init 1 -I 10\" -W weka.classifiers.functions.Logistic -- -M 20");
    RUNS.put("weka.classifiers.functions.LogitAdjustedMLP", "-N 2");
  }

  static Instances data(int n, long seed) {
    ArrayList<Attribute> atts = new ArrayList<>();
    for (int j = 0; j < 10; j++) {
      atts.add(new Attribute("a" + j));
    }
    atts.add(new Attribute("class", Arrays.asList("minority", "majority")));
    Instances d = new Instances("scale", atts, n);
    d.setClassIndex(10);
    Random r = new Random(seed);
    for (int i = 0; i < n; i++) {
      int c = r.nextDouble() < 0.1 ? 0 : 1;
      double[] v = new double[11];
      for (int j = 0; j < 10; j++) {
        v[j] = r.nextGaussian() + (c == 0 ? 0.8 : 0);
      }
      v[10] = c;
      d.add(new DenseInstance(1, v));
    }
    return d;
  }

  static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** Child JVM: one component. Prints "RESULT seconds peakMB detail". */
  public static final class One {
    public static void main(String[] args) throws Exception {
      String cls = args[0];
      int n = Integer.parseInt(args[1]);
      String options = args.length > 2 ? args[2] : "";
      Instances d = data(n, 1);
      long dataHeap = peakHeap();
      Object o = Class.forName(cls).getDeclaredConstructor().newInstance();
      if (!options.isEmpty()) {
        ((OptionHandler) o).setOptions(Utils.splitOptions(options));
      }
      double c0 = CliPathBenchmark.cpu();
      long t0 = System.nanoTime();
      String detail;
      if (o instanceof Filter) {
        Filter f = (Filter) o;
        f.setInputFormat(d);
        Instances out = Filter.useFilter(d, f);
        detail = "output " + out.numInstances() + " instances";
      } else {
        Classifier c = (Classifier) o;
        c.buildClassifier(d);
        int m = Math.min(100000, d.numInstances());
        int right = 0;
        for (int i = 0; i < m; i++) {
          if (c.classifyInstance(d.instance(i)) == d.instance(i).classValue()) {
            right++;
          }
        }
        detail = String.format(Locale.ROOT, "built, %d predictions (%.1f%% right)", m, 100.0 * right / m);
      }
      double s = (System.nanoTime() - t0) / 1e9;
      System.out.printf(Locale.ROOT, "RESULT %.2f %.2f %d %d %s%n", s, CliPathBenchmark.cpu() - c0, peakHeap() / (1 << 20),
        dataHeap / (1 << 20), detail);
    }
  }

  /** A component in its own JVM: wall seconds from inside; detail = "peakMB dataMB result". */
  static Rounds.Contender child(String cls, int n, String options) {
    return () -> {
      ChildJvm.Result r = ChildJvm.run(One.class.getName(), cls, "" + n, options);
      if (!r.ok()) {
        System.err.println(cls + " failed:\n" + r.log);
        return new Rounds.Sample(Double.NaN, Double.NaN, "FAILED: " + r.lastLogLine().replace('|', '/'));
      }
      String[] f = r.line.split(" ", 5);
      return new Rounds.Sample(Double.parseDouble(f[0]), Double.parseDouble(f[1]), f[2] + " " + f[3] + " " + f[4]);
    };
  }

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000000;
    File out = new File(args.length > 1 ? args[1] : "doc/benchmarks/scale.md");
    List<String> only = args.length > 2 && !args[2].equals("all") ? Arrays.asList(args[2].split(",")) : null;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    Rounds r = new Rounds();
    Map<String, String> names = new LinkedHashMap<>();
    List<String> rows = new ArrayList<>();
    for (Map.Entry<String, String> e : RUNS.entrySet()) {
      String simple = e.getKey().substring(e.getKey().lastIndexOf('.') + 1);
      if (only != null && !only.contains(simple) && !simple.equals("J48")) {
        continue;
      }
      String name = simple + (e.getValue().isEmpty() ? "" : " " + e.getValue());
      try {
        Class.forName(e.getKey());
      } catch (ClassNotFoundException ex) {
        rows.add("| " + name + " | | not in this build | | | |");
        continue;
      }
      r.add(name, child(e.getKey(), n, e.getValue()));
      names.put(name, e.getKey());
    }
    MachineLoad load = MachineLoad.start();
    r.run(rounds);
    load.stop();
    double anchor = r.medianWall(names.keySet().iterator().next());
    for (String name : names.keySet()) {
      Rounds.Sample first = r.samples(name).get(0);
      if (first.detail.startsWith("FAILED")) {
        rows.add("| " + name + " | | " + first.detail + " | | | |");
        continue;
      }
      String[] f = first.detail.split(" ", 3);
      rows.add(String.format(Locale.ROOT, "| %s | %s | %s | %.2f | %s | %s |", name, r.cell(name), f[2],
        r.medianWall(name) / anchor, f[0], f[1]));
    }
    StringBuilder md = new StringBuilder();
    md.append(String.format(Locale.ROOT, "Command: `bench/run ScaleBenchmark %s` (%s, %d cores; each component in its"
      + " own JVM with -Xmx4g, %d alternated round(s)). Data: %d instances, 10 Gaussian numeric attributes, binary"
      + " class with 10%% minority (seed 1). A classifier is built and predicts 100,000 instances; a filter filters"
      + " the first batch. Seconds = median wall seconds of that work (range) [median CPU seconds of the JVM],"
      + " without making the data; ratio = against Weka's J48 on the same data in the same run. Peak heap = the"
      + " JVM's peak heap use (data included); the data alone peaks at the last column.%n%n", String.join(" ",
        args), java.time.LocalDate.now(), Runtime.getRuntime().availableProcessors(), rounds, n));
    md.append("| component | seconds | result | time / J48 | peak heap MB | heap MB after making the data |\n");
    md.append("|---|---:|---|---:|---:|---:|\n");
    rows.forEach(row -> md.append(row).append('\n'));
    md.append("\n- ").append(load.summary()).append('\n');
    if (!load.quiet()) {
      md.append("\n").append(load.noVerdict()).append('\n');
    }
    System.out.print(md);
    MarkdownBlock.write(out, only == null ? "scale-speed" : "scale-speed-" + String.join("-", only), md.toString());
  }
}
