package weka.classifiers.evaluation;

import static org.junit.Assert.fail;
import static org.junit.Assume.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A live run of an independent Python reference (scikit-learn, imbalanced-learn) for the metric
 * tests. When the reference cannot run (no Python, the library not installed) the test is skipped
 * on a developer's machine, but fails under CI ({@code CI=true}), where a reference that cannot
 * run would otherwise turn a check into a silent pass.
 */
final class PythonReference {

  /** The system's Python, where Debian's python3-sklearn and python3-imblearn install. */
  static final String PYTHON = "/usr/bin/python3";

  private PythonReference() {
  }

  /**
   * Runs a reference script and returns the first line it prints.
   *
   * @param install how to install what the script needs, for the message
   * @param script the script and its arguments
   * @return the first line of its standard output
   * @throws Exception if waiting is interrupted
   */
  static String firstLine(String install, String... script) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(PYTHON);
    cmd.addAll(Arrays.asList(script));
    File out = File.createTempFile("python-reference-", ".out");
    File err = File.createTempFile("python-reference-", ".err");
    try {
      Process p;
      try {
        p = new ProcessBuilder(cmd).redirectOutput(out).redirectError(err).start();
      } catch (Exception e) {
        unavailable("no " + PYTHON + " (" + e.getMessage() + ")");
        return null;
      }
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        unavailable(String.join(" ", cmd) + " did not finish in 120 s");
      }
      List<String> lines = Files.readAllLines(out.toPath(), StandardCharsets.UTF_8);
      if (p.exitValue() != 0 || lines.isEmpty()) {
        unavailable(String.join(" ", cmd) + " failed (exit " + p.exitValue() + "; " + install + "?): "
          + new String(Files.readAllBytes(err.toPath()), StandardCharsets.UTF_8).trim());
      }
      return lines.get(0);
    } finally {
      out.delete();
      err.delete();
    }
  }

  private static void unavailable(String why) {
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail("the reference cannot run under CI: " + why);
    }
    assumeTrue("skipped, the reference cannot run: " + why, false);
  }
}
