package weka.classifiers.meta;

import junit.framework.Test;
import junit.framework.TestSuite;
import weka.classifiers.AbstractClassifierTest;
import weka.classifiers.Classifier;

/** Weka's own classifier harness on {@link RUSBoost}, with its committed regression reference. */
public class RUSBoostTest extends AbstractClassifierTest {

  public RUSBoostTest(String name) {
    super(name);
  }

  @Override
  public Classifier getClassifier() {
    RUSBoost c = new RUSBoost();
    try {
      c.setOptions(new String[0]);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return c;
  }

  public static Test suite() {
    return new TestSuite(RUSBoostTest.class);
  }
}
