package weka.classifiers.meta;

import junit.framework.Test;
import junit.framework.TestSuite;
import weka.classifiers.AbstractClassifierTest;
import weka.classifiers.Classifier;

/** Weka's own classifier harness on {@link EasyEnsemble}, with its committed regression reference. */
public class EasyEnsembleTest extends AbstractClassifierTest {

  public EasyEnsembleTest(String name) {
    super(name);
  }

  @Override
  public Classifier getClassifier() {
    EasyEnsemble c = new EasyEnsemble();
    try {
      c.setOptions(new String[0]);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return c;
  }

  public static Test suite() {
    return new TestSuite(EasyEnsembleTest.class);
  }
}
