package weka.imbalance.it;

import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs Weka in a child JVM the way a user does: Weka's own class path (weka-stable and its
 * dependencies, without this project's classes), a private Weka home, the package manager
 * offline. The package reaches that JVM only by being installed into the Weka home.
 */
final class WekaProcess {

  /** Weka's class path, written by the Maven build (target/weka.classpath). */
  static String wekaClasspath() throws IOException {
    String file = System.getProperty("imbalanced.weka.classpath", "target/weka.classpath");
    return new String(Files.readAllBytes(new File(file).toPath()), StandardCharsets.UTF_8).trim();
  }

  /** The built package zip. */
  static File packageZip() {
    File zip = new File(System.getProperty("imbalanced.package.zip", "target/imbalancedLearning.zip"));
    assertTrue("package zip not built: " + zip, zip.isFile());
    return zip;
  }

  /** A new, empty folder under target/it. */
  static File freshDir(String name) throws IOException {
    File dir = new File(System.getProperty("imbalanced.work.dir", "target/it"), name + "-" + System.nanoTime());
    if (!dir.mkdirs()) {
      throw new IOException("cannot create " + dir);
    }
    return dir.getAbsoluteFile();
  }

  /**
   * Copies compiled test classes into a folder of their own, so that a child JVM gets them without
   * the other test classes (Weka's class discovery would find those and need Weka's tests jar).
   */
  static File isolatedClasses(File dir, Class<?>... classes) throws IOException {
    for (Class<?> c : classes) {
      String rel = c.getName().replace('.', '/') + ".class";
      File target = new File(dir, rel);
      target.getParentFile().mkdirs();
      Files.copy(new File("target/test-classes", rel).toPath(), target.toPath());
    }
    return dir.getAbsoluteFile();
  }

  private final File m_wekaHome;
  private final String m_classpath;

  WekaProcess(File wekaHome, String extraClasspath) throws IOException {
    m_wekaHome = wekaHome;
    m_classpath = extraClasspath == null ? wekaClasspath() : wekaClasspath() + File.pathSeparator + extraClasspath;
  }

  /** Runs a main class with arguments in the given working directory; returns stdout + stderr. */
  String run(File workDir, String mainClass, String... args) throws Exception {
    File log = File.createTempFile("weka-", ".log", workDir);
    List<String> cmd = command(Arrays.asList("-Xmx1g"), mainClass, args);
    Process p = new ProcessBuilder(cmd).directory(workDir).redirectErrorStream(true)
      .redirectOutput(log).start();
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("timed out: " + cmd);
    }
    String out = new String(Files.readAllBytes(log.toPath()), StandardCharsets.UTF_8);
    // Weka's command-line tools exit 0 on errors, so the callers check the output as well.
    assertTrue("exit code " + p.exitValue() + " of " + cmd + "\n" + out, p.exitValue() == 0);
    return out;
  }

  /**
   * Starts a main class without waiting for it; stdout and stderr go to the log file, stdin stays a
   * pipe from this JVM.
   */
  Process start(File workDir, File log, List<String> jvmOptions, String mainClass, String... args)
    throws IOException {
    return new ProcessBuilder(command(jvmOptions, mainClass, args)).directory(workDir).redirectErrorStream(true)
      .redirectOutput(log).start();
  }

  private List<String> command(List<String> jvmOptions, String mainClass, String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(new File(System.getProperty("java.home"), "bin/java").getPath());
    cmd.addAll(jvmOptions);
    cmd.addAll(Arrays.asList("-Djava.awt.headless=true", "-Dweka.packageManager.offline=true",
      "-DWEKA_HOME=" + m_wekaHome.getPath(), "-cp", m_classpath, mainClass));
    cmd.addAll(Arrays.asList(args));
    return cmd;
  }
}
