package weka.imbalance.it;

import java.io.IOException;
import java.io.InputStream;

/**
 * Runs Weka's {@code weka.experiment.RemoteEngine} (same arguments) in a child JVM of
 * {@link RemoteExperimentIT}, and ends that JVM when its standard input closes: the test JVM holds
 * the other end of the pipe, so the engine goes away with it even when the test JVM is killed
 * before its clean-up runs. Only this class joins Weka's class path in the engine's JVM.
 */
public final class EngineUntilParentExits {

  private EngineUntilParentExits() {
  }

  public static void main(String[] args) throws Exception {
    Thread watchdog = new Thread(() -> {
      try (InputStream in = System.in) {
        while (in.read() >= 0) {
          // nothing is sent: read until the parent closes the pipe or dies
        }
      } catch (IOException e) {
        // the pipe broke: the parent is gone
      }
      System.err.println("parent gone: stopping the engine");
      Runtime.getRuntime().halt(0);
    }, "engine-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
    weka.experiment.RemoteEngine.main(args);
  }
}
