package weka.classifiers.meta;

import junit.framework.Test;
import junit.framework.TestSuite;
import weka.classifiers.AbstractClassifierTest;
import weka.classifiers.Classifier;

/** Weka's generic classifier checks and regression reference for {@link ClassBalancedReweighting}. */
public class ClassBalancedReweightingTest extends AbstractClassifierTest {

  public ClassBalancedReweightingTest(String name) {
    super(name);
  }

  @Override
  public Classifier getClassifier() {
    ClassBalancedReweighting c = new ClassBalancedReweighting();
    try {
      c.setOptions(new String[] {"-beta", "0.999"});
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return c;
  }

  public static Test suite() {
    return new TestSuite(ClassBalancedReweightingTest.class);
  }
}
