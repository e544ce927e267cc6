package weka.classifiers.meta;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static weka.imbalance.meta.MetaTestData.add;
import static weka.imbalance.meta.MetaTestData.header;

import org.junit.Test;

import weka.classifiers.SingleClassifierEnhancer;
import weka.classifiers.functions.LogitAdjustedMLP;
import weka.core.Instances;
import weka.imbalance.meta.FixedDistributionClassifier;

/**
 * The meta-classifiers pass batch prediction through to a base learner that has a more efficient
 * one (issue 15), and a batch gets exactly the distributions of one-at-a-time prediction.
 */
public class MetaBatchPredictionTest {

  /** A base learner with its own batch prediction, counting how it is called. */
  public static class Batching extends FixedDistributionClassifier.Weighted {
    private static final long serialVersionUID = 1L;
    public int batches;
    public int singles;

    @Override
    public boolean implementsMoreEfficientBatchPrediction() {
      return true;
    }

    @Override
    public double[][] distributionsForInstances(Instances batch) throws Exception {
      batches++;
      double[][] out = new double[batch.numInstances()][];
      for (int i = 0; i < out.length; i++) {
        out[i] = super.distributionForInstance(batch.instance(i));
      }
      return out;
    }

    @Override
    public double[] distributionForInstance(weka.core.Instance inst) throws Exception {
      singles++;
      return super.distributionForInstance(inst);
    }
  }

  private static SingleClassifierEnhancer[] metas() {
    return new SingleClassifierEnhancer[] {new ThresholdMoving(), new PlugInEmpiricalThreshold(),
      new ClassBalancedReweighting()};
  }

  private static Instances data() {
    Instances d = header("a", "b", "c");
    add(d, 20, 0, 1, 0.7, 0.2, 0.1);
    add(d, 6, 1, 1, 0.4, 0.5, 0.1);
    add(d, 3, 2, 1, 0.5, 0.1, 0.4);
    add(d, 3, 2, 1, 0.3, 0.3, 0.4);
    return d;
  }

  @Test
  public void aBatchGoesToTheBaseLearnersBatchPredictionAndGivesTheSingleResults() throws Exception {
    Instances d = data();
    for (SingleClassifierEnhancer m : metas()) {
      m.setClassifier(new Batching());
      m.buildClassifier(d);
      Batching base = (Batching) m.getClassifier();
      String name = m.getClass().getSimpleName();
      assertTrue(name, m.implementsMoreEfficientBatchPrediction());
      int singlesBefore = base.singles;
      double[][] batch = m.distributionsForInstances(d);
      assertEquals(name + ": one batch call into the base learner", 1, base.batches);
      assertEquals(name + ": no single calls for a batch", singlesBefore, base.singles);
      for (int i = 0; i < d.numInstances(); i++) {
        assertArrayEquals(name + " instance " + i, m.distributionForInstance(d.instance(i)), batch[i], 0);
      }
    }
  }

  @Test
  public void withoutAnEfficientBatchPredictionTheWrapperSaysSo() throws Exception {
    for (SingleClassifierEnhancer m : metas()) {
      m.setClassifier(new FixedDistributionClassifier.Weighted());
      assertFalse(m.getClass().getSimpleName(), m.implementsMoreEfficientBatchPrediction());
    }
  }

  @Test
  public void wrappingLogitAdjustedMLPKeepsItsBatchPrediction() {
    for (SingleClassifierEnhancer m : metas()) {
      m.setClassifier(new LogitAdjustedMLP());
      assertTrue(m.getClass().getSimpleName(), m.implementsMoreEfficientBatchPrediction());
    }
  }
}
