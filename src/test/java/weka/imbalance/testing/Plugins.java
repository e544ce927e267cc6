package weka.imbalance.testing;

import java.io.File;

import weka.core.PluginManager;

/**
 * Registers the package's plugins in this JVM from the same {@code PluginManager.props} that the
 * package zip ships, for tests and benchmarks that run the classes from the class path instead of
 * an installed package.
 */
public final class Plugins {

  private static boolean s_registered;

  private Plugins() {
  }

  /** Registers the plugins once; later calls do nothing. */
  public static synchronized void register() {
    if (s_registered) {
      return;
    }
    File props = new File("package-props/PluginManager.props");
    if (!props.isFile()) {
      throw new IllegalStateException("run from the project root: " + props.getAbsolutePath() + " not found");
    }
    try {
      PluginManager.addFromProperties(props);
    } catch (Exception e) {
      throw new IllegalStateException("could not register " + props, e);
    }
    s_registered = true;
  }
}
