package weka.imbalance.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * bench/run ScaleBenchmark [instances] [doc/benchmarks/scale.md] [SimpleName,SimpleName,...]
 * </pre>
 *
 * The optional third argument runs only the named components (the J48 anchor always runs) and
 * appends their rows to the file instead of rewriting it.
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
      System.out.printf(Locale.ROOT, "RESULT %.2f %d %d %s%n", s, peakHeap() / (1 << 20), dataHeap / (1 << 20), detail);
    }
  }

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000000;
    File out = new File(args.length > 1 ? args[1] : "doc/benchmarks/scale.md");
    List<String> only = args.length > 2 ? Arrays.asList(args[2].split(",")) : null;
    String javaBin = new File(System.getProperty("java.home"), "bin/java").getPath();
    String cp = System.getProperty("java.class.path");
    List<String> rows = new ArrayList<>();
    double anchor = Double.NaN;
    for (Map.Entry<String, String> e : RUNS.entrySet()) {
      String simple = e.getKey().substring(e.getKey().lastIndexOf('.') + 1);
      if (only != null && !only.contains(simple) && !simple.equals("J48")) {
        continue;
      }
      try {
        Class.forName(e.getKey());
      } catch (ClassNotFoundException ex) {
        rows.add("| " + e.getKey() + " | | not in this build | | | |");
        continue;
      }
      List<String> cmd = new ArrayList<>(Arrays.asList(javaBin, "-Xmx4g", "-Djava.awt.headless=true", "-cp", cp,
        One.class.getName(), e.getKey(), "" + n, e.getValue()));
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      String result = null;
      StringBuilder log = new StringBuilder();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null;) {
          if (line.startsWith("RESULT ")) {
            result = line.substring(7);
          } else {
            log.append(line).append('\n');
          }
        }
      }
      p.waitFor();
      String name = e.getKey().substring(e.getKey().lastIndexOf('.') + 1) + (e.getValue().isEmpty() ? "" : " " + e.getValue());
      if (result == null) {
        String last = log.toString().trim();
        last = last.substring(Math.max(0, last.lastIndexOf('\n') + 1));
        rows.add("| " + name + " | | FAILED: " + last.replace('|', '/') + " | | | |");
        System.err.println(name + " failed:\n" + log);
        continue;
      }
      String[] f = result.split(" ", 4);
      double s = Double.parseDouble(f[0]);
      if (Double.isNaN(anchor)) {
        anchor = s;
      }
      rows.add(String.format(Locale.ROOT, "| %s | %.1f | %s | %.2f | %s | %s |", name, s, f[3], s / anchor, f[1], f[2]));
      System.err.println(rows.get(rows.size() - 1));
    }
    out.getParentFile().mkdirs();
    if (only != null && out.isFile()) {
      try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.toPath(), StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND))) {
        w.printf(Locale.ROOT, "%nAppended by `bench/run ScaleBenchmark %d %s %s` (%s; J48 measured again as the anchor"
          + " of these rows):%n%n", n, out.getPath(), args[2], java.time.LocalDateTime.now().withNano(0));
        w.println("| component | seconds | result | time / J48 | peak heap MB | heap MB after making the data |");
        w.println("|---|---:|---|---:|---:|---:|");
        rows.forEach(w::println);
      }
      System.err.println("appended to " + out);
      return;
    }
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.toPath(), StandardCharsets.UTF_8))) {
      w.println("# Scale: 1,000,000 instances x 10 numeric attributes, 4 GB heap");
      w.println();
      w.printf(Locale.ROOT, "Command: `bench/run ScaleBenchmark %d %s` (%s, %d cores; each component in its own JVM"
        + " with -Xmx4g). Data: %d instances, 10 Gaussian numeric attributes, binary class with 10%% minority"
        + " (seed 1). A classifier is built and predicts 100,000 instances; a filter filters the first batch."
        + " Time = wall seconds of that work, without making the data; ratio = against Weka's J48 on the same"
        + " data in the same run. Peak heap = the JVM's peak heap use (data included); the data alone peaks at"
        + " the last column.%n%n", n, out.getPath(), java.time.LocalDate.now(), Runtime.getRuntime().availableProcessors(), n);
      w.println("| component | seconds | result | time / J48 | peak heap MB | heap MB after making the data |");
      w.println("|---|---:|---|---:|---:|---:|");
      rows.forEach(w::println);
    }
    System.err.println("written " + out);
  }
}
