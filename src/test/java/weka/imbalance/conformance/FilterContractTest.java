package weka.imbalance.conformance;

import static org.junit.Assert.assertEquals;

import java.util.Collection;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

import weka.core.Instances;
import weka.filters.Filter;

/**
 * The contract of every filter of the package: the first batch is the training data; every later
 * batch (test data inside FilteredClassifier) passes through unchanged, instance for instance and
 * weight for weight (a filter that rewrites the class attribute maps only the class).
 */
@RunWith(Parameterized.class)
public class FilterContractTest {

  @Parameters(name = "{0}")
  public static Collection<Object[]> filters() {
    return Components.parameters(Filter.class);
  }

  private final String m_simple;
  private final String m_class;

  public FilterContractTest(String simpleName, String className) {
    m_simple = simpleName;
    m_class = className;
  }

  @Test
  public void secondBatchPassesThrough() throws Exception {
    Instances test = Data.make("contract", 13, new int[] {10, 10, 10}, 3, 1);
    Instances train = Data.withMissing(Data.make("contract", 11, new int[] {60, 15, 7}, 3, 1), 0, 0.1, 12);
    Filter filter = (Filter) Components.create(m_class);
    // an unsupervised attribute filter (ContrastiveRepresentation) transforms every batch with what
    // it learned from the first; its own tests check that
    org.junit.Assume.assumeFalse(m_simple + " transforms every batch", filter instanceof weka.filters.UnsupervisedFilter);
    Instances[] out = Probe.filter(filter, train, test);
    Instances second = out[1];
    assertEquals(m_simple + ": second batch size", test.numInstances(), second.numInstances());
    boolean sameHeader = test.equalHeaders(second);
    for (int i = 0; i < test.numInstances(); i++) {
      assertEquals(m_simple + ": weight", test.instance(i).weight(), second.instance(i).weight(), 0.0);
      for (int a = 0; a < test.numAttributes(); a++) {
        if (!sameHeader && a == test.classIndex()) {
          continue; // a filter that rewrites the class maps it (documented per filter)
        }
        assertEquals(m_simple + ": instance " + i + " attribute " + a, Double.doubleToLongBits(test.instance(i).value(a)),
          Double.doubleToLongBits(second.instance(i).value(a)));
      }
    }
  }
}
