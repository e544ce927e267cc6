package weka.imbalance.testing;

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
 * A live run of an independent Python reference (scikit-learn, imbalanced-learn) for the tests that
 * check our results against them (their committed reference outputs are checked by those tests in
 * any case). When the reference cannot run (no Python, the library not installed, the script
 * failing) the test fails where the reference is required, and is skipped with the reason
 * elsewhere. It is required when {@code IMBALANCE_PYTHON_REFERENCES=required}, which {@code .ci/run}
 * sets once the libraries are installed, and under CI ({@code CI=true}) unless {@code .ci/run} found
 * the libraries impossible to install on that machine ({@code IMBALANCE_PYTHON_REFERENCES=unavailable},
 * which it says loudly): so a broken script or a missing library never turns a check into a silent
 * pass on CI.
 */
public final class PythonReference {

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
  public static String firstLine(String install, String... script) throws Exception {
    return lines(install, 120, script).get(0);
  }

  /**
   * Runs a reference script and returns what it prints.
   *
   * @param install how to install what the script needs, for the message
   * @param timeoutSeconds how long it may take
   * @param script the script and its arguments
   * @return the lines of its standard output (at least one)
   * @throws Exception if waiting is interrupted
   */
  public static List<String> lines(String install, int timeoutSeconds, String... script) throws Exception {
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
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        unavailable(String.join(" ", cmd) + " did not finish in " + timeoutSeconds + " s");
      }
      List<String> lines = Files.readAllLines(out.toPath(), StandardCharsets.UTF_8);
      if (p.exitValue() != 0 || lines.isEmpty()) {
        unavailable(String.join(" ", cmd) + " failed (exit " + p.exitValue() + "; " + install + "?): "
          + new String(Files.readAllBytes(err.toPath()), StandardCharsets.UTF_8).trim());
      }
      return lines;
    } finally {
      out.delete();
      err.delete();
    }
  }

  /** @return whether a reference that cannot run fails its test (see the class comment) */
  public static boolean required() {
    String policy = String.valueOf(System.getenv("IMBALANCE_PYTHON_REFERENCES"));
    return policy.equals("required")
      || "true".equalsIgnoreCase(System.getenv("CI")) && !policy.equals("unavailable");
  }

  private static void unavailable(String why) {
    if (required()) {
      fail("the reference is required here (CI) but cannot run: " + why);
    }
    assumeTrue("skipped, the reference cannot run: " + why, false);
  }
}
