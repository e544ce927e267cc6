package weka.classifiers.meta;

import junit.framework.Test;
import junit.framework.TestSuite;
import weka.classifiers.AbstractClassifierTest;
import weka.classifiers.Classifier;

/** Weka's generic classifier checks and regression reference for {@link PlugInEmpiricalThreshold}. */
public class PlugInEmpiricalThresholdTest extends AbstractClassifierTest {

  public PlugInEmpiricalThresholdTest(String name) {
    super(name);
  }

  @Override
  public Classifier getClassifier() {
    PlugInEmpiricalThreshold c = new PlugInEmpiricalThreshold();
    try {
      c.setOptions(new String[] {"-cv-threshold", "-folds", "3"});
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return c;
  }

  public static Test suite() {
    return new TestSuite(PlugInEmpiricalThresholdTest.class);
  }
}
