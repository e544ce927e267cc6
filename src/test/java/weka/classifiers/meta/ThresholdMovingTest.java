package weka.classifiers.meta;

import junit.framework.Test;
import junit.framework.TestSuite;
import weka.classifiers.AbstractClassifierTest;
import weka.classifiers.Classifier;

/** Weka's generic classifier checks and regression reference for {@link ThresholdMoving}. */
public class ThresholdMovingTest extends AbstractClassifierTest {

  public ThresholdMovingTest(String name) {
    super(name);
  }

  @Override
  public Classifier getClassifier() {
    ThresholdMoving c = new ThresholdMoving();
    try {
      c.setOptions(new String[] {"-tune", "-folds", "3"});
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return c;
  }

  public static Test suite() {
    return new TestSuite(ThresholdMovingTest.class);
  }
}
