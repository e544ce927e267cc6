package weka.classifiers.meta;

import junit.framework.Test;
import junit.framework.TestSuite;
import weka.classifiers.AbstractClassifierTest;
import weka.classifiers.Classifier;

/** Weka's own classifier harness on {@link BalancedBagging}, with its committed regression reference. */
public class BalancedBaggingTest extends AbstractClassifierTest {

  public BalancedBaggingTest(String name) {
    super(name);
  }

  @Override
  public Classifier getClassifier() {
    BalancedBagging c = new BalancedBagging();
    try {
      c.setOptions(new String[0]);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return c;
  }

  public static Test suite() {
    return new TestSuite(BalancedBaggingTest.class);
  }
}
