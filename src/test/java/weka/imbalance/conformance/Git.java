package weka.imbalance.conformance;

import java.io.File;
import java.util.concurrent.TimeUnit;

/** Whether a file is committed, asked of git (the tests run in a git checkout, on CI too). */
final class Git {

  private Git() {
  }

  /**
   * @param f a file of the project
   * @return true if git tracks it
   * @throws IllegalStateException if git cannot answer (no git, or not a checkout)
   */
  static boolean tracks(File f) throws Exception {
    Process p;
    try {
      p = new ProcessBuilder("git", "ls-files", "--error-unmatch", "--", f.getPath()).redirectErrorStream(true)
        .start();
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot run git to check that " + f + " is committed: " + e.getMessage(), e);
    }
    p.getInputStream().readAllBytes();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("git ls-files did not answer for " + f);
    }
    if (p.exitValue() != 0 && !new File(".git").exists() && !isWorkTree()) {
      throw new IllegalStateException("not a git checkout: cannot check that " + f + " is committed");
    }
    return p.exitValue() == 0;
  }

  private static boolean isWorkTree() throws Exception {
    Process p = new ProcessBuilder("git", "rev-parse", "--is-inside-work-tree").redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes()).trim();
    p.waitFor(60, TimeUnit.SECONDS);
    return p.exitValue() == 0 && out.equals("true");
  }
}
