package weka.filters.supervised.instance;

import junit.framework.Test;
import junit.framework.TestSuite;
import weka.core.Attribute;
import weka.filters.AbstractFilterTest;
import weka.filters.Filter;

/**
 * Weka's filter harness (options, GOE, buffered/incremental use, FilteredClassifier, regression
 * output against the committed .ref) for {@link InstanceHardnessThreshold}. The harness data's string and date attributes
 * are removed (the filter refuses them through its capabilities) and NominalAtt1 (r/g/b) is made the
 * class, as in Weka's SpreadSubsampleTest.
 */
public class InstanceHardnessThresholdTest extends AbstractFilterTest {

  public InstanceHardnessThresholdTest(String name) {
    super(name);
  }

  @Override
  protected void setUp() throws Exception {
    super.setUp();
    m_Instances.deleteAttributeType(Attribute.STRING);
    m_Instances.deleteAttributeType(Attribute.DATE);
    m_Instances.setClassIndex(m_Instances.attribute("NominalAtt1").index());
  }

  @Override
  public Filter getFilter() {
    return new InstanceHardnessThreshold();
  }

  public static Test suite() {
    return new TestSuite(InstanceHardnessThresholdTest.class);
  }
}
