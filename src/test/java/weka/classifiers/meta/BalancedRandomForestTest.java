package weka.classifiers.meta;

import junit.framework.Test;
import junit.framework.TestSuite;
import weka.classifiers.AbstractClassifierTest;
import weka.classifiers.Classifier;

/** Weka's own classifier harness on {@link BalancedRandomForest}, with its committed regression reference. */
public class BalancedRandomForestTest extends AbstractClassifierTest {

  public BalancedRandomForestTest(String name) {
    super(name);
  }

  @Override
  public Classifier getClassifier() {
    BalancedRandomForest c = new BalancedRandomForest();
    try {
      c.setOptions(new String[] {"-I", "10"});
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return c;
  }

  public static Test suite() {
    return new TestSuite(BalancedRandomForestTest.class);
  }
}
