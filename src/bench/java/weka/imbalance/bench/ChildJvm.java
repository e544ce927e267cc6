package weka.imbalance.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A benchmark's work in a fresh JVM (a user's command, or a component whose peak heap is wanted
 * alone): same class path, a 4 GB heap, and the Weka home and offline package manager that
 * {@code bench/run} gives, so that no user's packages load. The child prints one line {@code
 * RESULT key=value ...} (or a free text after {@code RESULT }); everything else is its log.
 */
public final class ChildJvm {

  /** What a child reported. */
  public static final class Result {
    /** Wall seconds measured from outside, JVM start-up included. */
    public final double wall;
    /** The text after "RESULT ", null if the child printed none. */
    public final String line;
    /** Everything else it printed. */
    public final String log;
    /** Its exit code. */
    public final int exit;

    Result(double wall, String line, String log, int exit) {
      this.wall = wall;
      this.line = line;
      this.log = log;
      this.exit = exit;
    }

    /** @return whether the child exited normally with a result */
    public boolean ok() {
      return exit == 0 && line != null;
    }

    /** @return the value of key in "key=value" pairs of the result line, "NaN" if absent */
    public String get(String key) {
      return value(line, key);
    }

    /** @return the last line of the log, for a report */
    public String lastLogLine() {
      String s = log.trim();
      return s.substring(Math.max(0, s.lastIndexOf('\n') + 1));
    }
  }

  private ChildJvm() {
  }

  /** @return the value of key in a line of "key=value" pairs, "NaN" if absent */
  public static String value(String line, String key) {
    Map<String, String> m = new HashMap<>();
    for (String kv : line == null ? new String[0] : line.split(" ")) {
      int eq = kv.indexOf('=');
      if (eq > 0) {
        m.put(kv.substring(0, eq), kv.substring(eq + 1));
      }
    }
    return m.getOrDefault(key, "NaN");
  }

  /** Runs main with args in a fresh JVM and waits for it. */
  public static Result run(String main, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(Arrays.asList(new File(System.getProperty("java.home"), "bin/java").getPath(),
      "-Xmx4g", "-Djava.awt.headless=true"));
    for (String prop : new String[] {"WEKA_HOME", "weka.packageManager.offline"}) {
      if (System.getProperty(prop) != null) {
        cmd.add("-D" + prop + "=" + System.getProperty(prop));
      }
    }
    cmd.addAll(Arrays.asList("-cp", System.getProperty("java.class.path"), main));
    cmd.addAll(Arrays.asList(args));
    long t0 = System.nanoTime();
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
    int rc = p.waitFor();
    return new Result((System.nanoTime() - t0) / 1e9, result, log.toString(), rc);
  }
}
