package weka.imbalance.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.File;
import java.io.FileInputStream;
import java.io.InputStreamReader;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import weka.core.Instances;
import weka.core.converters.AbstractFileSaver;
import weka.core.converters.ArffSaver;
import weka.core.converters.CSVSaver;
import weka.core.converters.ConverterUtils.DataSource;
import weka.core.converters.SerializedInstancesSaver;
import weka.filters.Filter;
import weka.filters.supervised.instance.SMOTEWithUndersampling;
import weka.imbalance.resampling.ArffOutput;

/**
 * The whole command-line path of a user who filters a file with SMOTEWithUndersampling: how much
 * of the command's time is Weka's reading and writing of ARFF, and what the faster inputs Weka
 * reads (CSV, its binary serialized instances {@code .bsi}) and {@code -decimal} (fewer digits
 * written, values rounded) change. Synthetic Gaussian data (binary class, 1 in 6 minority at
 * 120,000 x 20, 1 in 10 at 1,000,000 x 10), written once in each format under {@code target/}.
 *
 * <p>Contenders, each a fresh JVM (as the user's command is), alternated over {@code --rounds}
 * (see {@link Rounds}); wall seconds measured from outside, JVM start-up included:
 * <ul>
 * <li>the command itself, {@code -i data.X -o out.arff -c last [-decimal 4]}, run through the
 * filter's own {@code main} (our {@code ResamplingFilter.runFilter}: Weka's loop with the faster
 * writer {@link ArffOutput}, the same bytes), for X = arff, csv, bsi;</li>
 * <li>the same work in phases (read with {@code DataSource}, filter, write the ARFF rows as
 * {@link ArffOutput} does), each phase timed inside the JVM: the share of reading and writing.</li>
 * </ul>
 * The machine's load is recorded ({@link MachineLoad}); the report replaces the block {@code
 * cli-speed} of {@code --out} ({@link MarkdownBlock}).
 *
 * <p>Usage: {@code bench/run CliPathBenchmark [--sizes 120000x20,1000000x10] [--rounds 3]
 * [--rounds-large 2] [--out doc/benchmarks/cli.md]}; sizes of 1,000,000 instances and more use
 * {@code --rounds-large}.
 */
public final class CliPathBenchmark {

  private static final String FILTER = SMOTEWithUndersampling.class.getName();

  private CliPathBenchmark() {
  }

  /** Child JVM: the user's command, then "CPU seconds" of this JVM on the last line. */
  public static final class Command {
    public static void main(String[] args) throws Exception {
      SMOTEWithUndersampling.main(args); // the user's command: the filter's own main
      System.out.printf(Locale.ROOT, "RESULT cpu=%.3f%n", cpu());
    }
  }

  /** Child JVM: read, filter, write, each timed; args: input, output, decimals. */
  public static final class Phases {
    public static void main(String[] args) throws Exception {
      long t0 = System.nanoTime();
      Instances data = DataSource.read(args[0]);
      data.setClassIndex(data.numAttributes() - 1);
      long t1 = System.nanoTime();
      SMOTEWithUndersampling f = new SMOTEWithUndersampling();
      f.setInputFormat(data);
      Instances out = Filter.useFilter(data, f);
      long t2 = System.nanoTime();
      int decimals = Integer.parseInt(args[2]);
      try (PrintWriter w = new PrintWriter(new BufferedWriter(new OutputStreamWriter(new FileOutputStream(args[1]),
        StandardCharsets.UTF_8)))) {
        w.println(new Instances(out, 0));
        StringBuilder row = new StringBuilder(256);
        for (int i = 0; i < out.numInstances(); i++) {
          row.setLength(0);
          ArffOutput.appendInstance(out.instance(i), decimals, row);
          w.println(row);
        }
      }
      long t3 = System.nanoTime();
      System.out.printf(Locale.ROOT, "RESULT read=%.3f filter=%.3f write=%.3f rows=%d cpu=%.3f%n", (t1 - t0) / 1e9,
        (t2 - t1) / 1e9, (t3 - t2) / 1e9, out.numInstances(), cpu());
    }
  }

  static double cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
      .getProcessCpuTime() / 1e9;
  }

  /**
   * The child's command as a contender: wall seconds from outside; detail = its RESULT line, with
   * {@code rows=} the instances of the output file it wrote (counted after the wall time). A child
   * that exits with an error, prints no result, or leaves an output file without the expected
   * instances is an error, never a figure: Weka's {@code Filter.runFilter} prints a failure and
   * still exits with status 0 (it did so for the CSV input, see {@link #shuffled}).
   *
   * @param expectedRows the instances the output must hold
   * @param outFile the output file the child writes
   */
  private static Rounds.Contender child(int expectedRows, String outFile, String main, String... args) {
    return () -> {
      File out = new File(outFile);
      out.delete();
      ChildJvm.Result r = ChildJvm.run(main, args);
      String what = main + " " + String.join(" ", args);
      if (!r.ok()) {
        throw new IllegalStateException(what + " failed (exit " + r.exit + "):\n" + r.log);
      }
      int rows = out.isFile() ? dataRows(out) : -1;
      if (rows != expectedRows) {
        throw new IllegalStateException(what + " wrote " + (rows < 0 ? "no output file" : rows + " instances")
          + " instead of " + expectedRows + " (exit status " + r.exit + "); its output:\n" + r.log);
      }
      String line = r.line.replaceAll(" ?rows=\\S*", "") + " rows=" + rows;
      return new Rounds.Sample(r.wall, Double.parseDouble(r.get("cpu")), line);
    };
  }

  /** @return the instances of an ARFF file: the non-empty, non-comment lines after @data */
  static int dataRows(File arff) throws Exception {
    int rows = 0;
    boolean data = false;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(new FileInputStream(arff),
      StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null;) {
        String t = line.trim();
        if (data) {
          rows += t.isEmpty() || t.startsWith("%") ? 0 : 1;
        } else if (t.toLowerCase(Locale.ROOT).startsWith("@data")) {
          data = true;
        }
      }
    }
    return data ? rows : -1;
  }

  /**
   * The data in a random order (seed 42), the same for every format. Generated data lists the
   * majority class first, and Weka's CSV loader, which the command line uses incrementally, takes
   * the nominal values from its first 100 rows ({@code -B}): the class came out unary and the
   * filter refused the file after 1.5 s ("Cannot handle unary class!", exit status 0), which the
   * first run of this benchmark reported as the command's time. A user with a CSV file sorted by
   * class meets the same refusal (see doc/benchmarks/cli.md).
   */
  static Instances shuffled(Instances data) {
    Instances s = new Instances(data);
    s.randomize(new Random(42));
    return s;
  }

  /** The instances SMOTEWithUndersampling's default plan outputs for data (computed once, untimed). */
  private static int expectedRows(Instances data) throws Exception {
    SMOTEWithUndersampling f = new SMOTEWithUndersampling();
    f.setInputFormat(data);
    return Filter.useFilter(data, f).numInstances();
  }

  private static double median(Rounds r, String name, String key) {
    return Rounds.median(r.samples(name).stream().mapToDouble(s -> Double.parseDouble(ChildJvm.value(s.detail, key)))
      .toArray());
  }

  private static File save(Instances data, AbstractFileSaver saver, File f) throws Exception {
    saver.setInstances(data);
    saver.setFile(f);
    saver.writeBatch();
    return f;
  }

  public static void main(String[] args) throws Exception {
    BenchArgs opts = new BenchArgs(args, "--sizes", "--rounds", "--rounds-large", "--out");
    String[] sizes = opts.get("--sizes", "120000x20,1000000x10").split(",");
    int rounds = opts.getInt("--rounds", 3);
    int roundsLarge = opts.getInt("--rounds-large", 2);
    String out = opts.get("--out", "doc/benchmarks/cli.md");
    File dir = new File("target/cli-bench");
    dir.mkdirs();
    StringBuilder md = new StringBuilder();
    MachineLoad load = MachineLoad.start();
    md.append("- Command: `bench/run CliPathBenchmark ").append(String.join(" ", args)).append("`\n");
    md.append("- Date: ").append(ZonedDateTime.now().withNano(0)).append("; ").append(Runtime.getRuntime()
      .availableProcessors()).append(" cores, Java ").append(System.getProperty("java.version")).append(
        ", -Xmx4g per command. Each cell: median wall seconds of the whole command, JVM start-up included, over "
          + "the rounds (range) [median CPU seconds of the JVM]; the contenders run alternately. Reading, "
          + "filtering, writing: medians of the phases timed inside one JVM that does the command's work step "
          + "by step.\n\n");
    md.append("| data | input | output | command | read | filter | write | read + write share | output rows |\n");
    md.append("|---|---|---|---:|---:|---:|---:|---:|---:|\n");
    for (String size : sizes) {
      String[] nd = size.split("x");
      int n = Integer.parseInt(nd[0]);
      int d = Integer.parseInt(nd[1]);
      int minority = n >= 1000000 ? n / 10 : n / 6;
      Instances data = shuffled(SmoteData.gaussian(minority, n - minority, d, 42));
      data.setClassIndex(data.numAttributes() - 1);
      int expected = expectedRows(data);
      Map<String, File> inputs = new LinkedHashMap<>();
      inputs.put("ARFF", save(data, new ArffSaver(), new File(dir, size + ".arff")));
      inputs.put("CSV", save(data, new CSVSaver(), new File(dir, size + ".csv")));
      inputs.put("binary (.bsi)", save(data, new SerializedInstancesSaver(), new File(dir, size + ".bsi")));
      data = null;
      String outFile = new File(dir, size + "-out.arff").getPath();
      Rounds r = new Rounds();
      List<String[]> rows = new ArrayList<>();
      for (Map.Entry<String, File> in : inputs.entrySet()) {
        String name = in.getKey() + " -> ARFF";
        String path = in.getValue().getPath();
        r.add(name, child(expected, outFile, Command.class.getName(), "-i", path, "-o", outFile, "-c", "last"));
        r.add(name + " phases", child(expected, outFile, Phases.class.getName(), path, outFile, "6"));
        rows.add(new String[] {name, in.getKey(), "ARFF"});
        if (in.getKey().equals("ARFF")) {
          String dec = "ARFF -> ARFF -decimal 4";
          r.add(dec, child(expected, outFile, Command.class.getName(), "-i", path, "-o", outFile, "-c", "last",
            "-decimal", "4"));
          r.add(dec + " phases", child(expected, outFile, Phases.class.getName(), path, outFile, "4"));
          rows.add(new String[] {dec, "ARFF", "ARFF, `-decimal 4` (values rounded to 4 digits)"});
        }
      }
      System.err.println("CliPathBenchmark: " + size + ", " + (n >= 1000000 ? roundsLarge : rounds) + " rounds");
      r.run(n >= 1000000 ? roundsLarge : rounds);
      for (String[] row : rows) {
        String ph = row[0] + " phases";
        double read = median(r, ph, "read");
        double filter = median(r, ph, "filter");
        double write = median(r, ph, "write");
        md.append(String.format(Locale.ROOT, "| %,d x %d | %s | %s | %s | %.2f | %.2f | %.2f | %.0f%% | %s |%n", n, d,
          row[1], row[2], r.cell(row[0]), read, filter, write, 100 * (read + write) / (read + filter + write),
          ChildJvm.value(r.samples(row[0]).get(0).detail, "rows")));
      }
      for (File f : inputs.values()) {
        f.delete();
      }
      new File(outFile).delete();
    }
    load.stop();
    md.append("\n- ").append(load.summary()).append('\n');
    if (!load.quiet()) {
      md.append("\n").append(load.noVerdict()).append('\n');
    }
    System.out.print(md);
    MarkdownBlock.write(new File(out), "cli-speed", md.toString());
  }
}
