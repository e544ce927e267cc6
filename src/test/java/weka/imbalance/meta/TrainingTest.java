package weka.imbalance.meta;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.ArrayList;
import java.util.Arrays;

import org.junit.Test;

import weka.classifiers.Classifier;
import weka.classifiers.functions.Logistic;
import weka.classifiers.meta.COGClassifier;
import weka.classifiers.meta.PlugInEmpiricalThreshold;
import weka.classifiers.meta.ThresholdMoving;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;

/**
 * What the meta-classifiers promise about data their base learner cannot take: capabilities that
 * do not claim fewer instances than the base learner needs, and a failure on infinite values that
 * names the attribute instead of the base learner's internal message.
 */
public class TrainingTest {

  private static Instances data(double first) {
    Instances d = new Instances("t", new ArrayList<>(Arrays.asList(new Attribute("x"), new Attribute("y"),
      new Attribute("class", Arrays.asList("a", "b")))), 0);
    d.setClassIndex(2);
    for (int i = 0; i < 30; i++) {
      d.add(new DenseInstance(1, new double[] {i == 0 ? first : i % 7, (i * 3) % 5, i % 3 == 0 ? 1 : 0}));
    }
    return d;
  }

  @Test
  public void emptyDataIsNotClaimedWhenTheBaseLearnerNeedsAnInstance() throws Exception {
    Instances empty = new Instances(data(1), 0);
    for (Classifier c : new Classifier[] {new ThresholdMoving(), new PlugInEmpiricalThreshold(), new COGClassifier()}) {
      assertTrue("the default base learner needs an instance",
        ((weka.core.CapabilitiesHandler) ((weka.classifiers.SingleClassifierEnhancer) c).getClassifier())
          .getCapabilities().getMinimumNumberInstances() > 0);
      assertFalse(c.getClass().getSimpleName() + " claims empty data", ((weka.core.CapabilitiesHandler) c)
        .getCapabilities().test(empty));
    }
  }

  @Test
  public void anInfiniteValueThatTheBaseLearnerCannotTakeIsNamed() throws Exception {
    for (Classifier c : new Classifier[] {new ThresholdMoving(), new PlugInEmpiricalThreshold()}) {
      try {
        c.buildClassifier(data(Double.POSITIVE_INFINITY));
        fail(c.getClass().getSimpleName() + " trained Logistic on an infinite value");
      } catch (Exception e) {
        assertTrue(c.getClass().getSimpleName() + ": " + e.getMessage(), e.getMessage().contains("attribute 'x'")
          && e.getMessage().contains("infinite"));
      }
    }
  }

  @Test
  public void hugeValuesAreNamedOnlyWhenTheBaseLearnerFails() throws Exception {
    Instances huge = data(1e300);
    try {
      Training.buildWithWeights(new Logistic(), huge, new java.util.Random(1));
      fail("Logistic trained on 1e300");
    } catch (Exception e) {
      assertTrue(e.getMessage(), e.getMessage().contains("attribute 'x' holds values as large as 1.0E300"));
    }
    Training.buildWithWeights(new weka.classifiers.trees.J48(), huge, new java.util.Random(1)); // no failure, no message
    assertTrue(Training.extremeValue(data(1e149)) == null);
  }
}
