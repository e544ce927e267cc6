package weka.clusterers;

import junit.framework.Test;
import junit.framework.TestSuite;

/**
 * Weka's clusterer harness (options, serialisation, the same results on rebuilding, capabilities,
 * regression output against the committed .ref) for {@link MiniBatchKMeans}.
 */
public class MiniBatchKMeansHarnessTest extends AbstractClustererTest {

  public MiniBatchKMeansHarnessTest(String name) {
    super(name);
  }

  @Override
  public Clusterer getClusterer() {
    return new MiniBatchKMeans();
  }

  public static Test suite() {
    return new TestSuite(MiniBatchKMeansHarnessTest.class);
  }
}
