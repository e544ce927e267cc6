package weka.clusterers;

import junit.framework.Test;
import junit.framework.TestSuite;

/**
 * Weka's clusterer harness (options, serialisation, the same results on rebuilding, capabilities,
 * regression output against the committed .ref) for {@link FastKMeans}.
 */
public class FastKMeansHarnessTest extends AbstractClustererTest {

  public FastKMeansHarnessTest(String name) {
    super(name);
  }

  @Override
  public Clusterer getClusterer() {
    return new FastKMeans();
  }

  public static Test suite() {
    return new TestSuite(FastKMeansHarnessTest.class);
  }
}
