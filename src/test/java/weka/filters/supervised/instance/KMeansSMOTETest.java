package weka.filters.supervised.instance;

import junit.framework.Test;
import junit.framework.TestSuite;
import weka.filters.AbstractFilterTest;
import weka.filters.Filter;

/**
 * Weka's filter harness (options, GOE, buffered/incremental use, FilteredClassifier, regression
 * output against the committed .ref) for {@link KMeansSMOTE}. The harness data has no class index, so
 * the nominal attribute 2 (r/g/b) is made the class, as in Weka's SpreadSubsampleTest.
 */
public class KMeansSMOTETest extends AbstractFilterTest {

  public KMeansSMOTETest(String name) {
    super(name);
  }

  @Override
  protected void setUp() throws Exception {
    super.setUp();
    m_Instances.setClassIndex(1);
  }

  @Override
  public Filter getFilter() {
    return new KMeansSMOTE();
  }

  public static Test suite() {
    return new TestSuite(KMeansSMOTETest.class);
  }
}
