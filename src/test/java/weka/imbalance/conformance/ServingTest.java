package weka.imbalance.conformance;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.Collection;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

import weka.classifiers.Classifier;
import weka.core.Instances;
import weka.imbalance.testing.ConcurrentPrediction;

/**
 * Serving (issue 20), for every classifier of the package with each of its option sets: one built
 * model, 8 threads predicting the same instances at once, gives exactly the sequential predictions
 * (no shared scratch state), leaves no thread running, and keeps no trace of the calls (its
 * serialized form is byte for byte the same before and after them: nothing grows per call). The
 * default run predicts 200 instances twice per thread; the full size, 10,000 instances:
 * {@code mvn -B test -Dtest=ServingTest -Dimbalance.serving.full=true}.
 */
@RunWith(Parameterized.class)
public class ServingTest {

  @Parameters(name = "{0}")
  public static Collection<Object[]> classifiers() {
    return Components.parameters(Classifier.class);
  }

  private final String m_class;

  public ServingTest(String simpleName, String className) {
    m_class = className;
  }

  @Test
  public void eightThreadsPredictExactlyAsOneAndTheModelKeepsNoTraceOfTheCalls() throws Exception {
    boolean full = Boolean.getBoolean("imbalance.serving.full");
    Instances train = Data.withMissing(Data.make("serving", 21, new int[] {60, 15, 7}, 3, 1), 1, 0.1, 22);
    int n = full ? 10000 : 200;
    Instances queries = Data.withMissing(Data.make("queries", 23, new int[] {n / 2, n * 3 / 10, n - n / 2 - n * 3 / 10},
      3, 1), 0, 0.05, 24);
    for (String options : Components.variants(m_class)) {
      String what = m_class + " [" + options + "]";
      Classifier model = (Classifier) Components.create(m_class, options);
      model.buildClassifier(train);
      model.distributionForInstance(queries.instance(0)); // anything made on the first call is made now
      byte[] before = Probe.serialized(model);
      ConcurrentPrediction.assertSafe(what, model, queries, 8, full ? 1 : 2);
      byte[] after = Probe.serialized(model);
      assertEquals(what + ": serialized size after " + 8 * n + " predictions", before.length, after.length);
      assertTrue(what + ": the model changed while predicting", Arrays.equals(before, after));
    }
  }
}
