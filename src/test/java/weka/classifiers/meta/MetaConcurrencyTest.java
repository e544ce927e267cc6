package weka.classifiers.meta;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static weka.imbalance.meta.MetaTestData.add;
import static weka.imbalance.meta.MetaTestData.header;
import static weka.imbalance.meta.MetaTestData.query;

import java.io.FileReader;

import org.junit.Test;

import weka.classifiers.SingleClassifierEnhancer;
import weka.classifiers.bayes.NaiveBayes;
import weka.classifiers.functions.Logistic;
import weka.classifiers.trees.J48;
import weka.core.Instance;
import weka.core.Instances;
import weka.imbalance.meta.BarrierClassifier;
import weka.imbalance.meta.ScratchClassifier;
import weka.imbalance.meta.SharedPrediction;
import weka.imbalance.testing.ConcurrentPrediction;

/**
 * Serving: one built meta-classifier, 8 threads predicting at once, gives exactly the sequential
 * predictions, with its default base learner and with one that is not safe to share (issue 20).
 */
public class MetaConcurrencyTest {

  /**
   * Weka's Logistic alone, shared by 8 threads x 30 passes over glass4, got 13,433 to 39,830 of the
   * 51,360 predictions wrong in each of 8 tries (with 10 passes some tries got none wrong).
   */
  private static Instances glass4() throws Exception {
    Instances d = new Instances(new FileReader("data/glass4.arff"));
    d.setClassIndex(d.numAttributes() - 1);
    return d;
  }

  private static SingleClassifierEnhancer[] metas() {
    return new SingleClassifierEnhancer[] {new ThresholdMoving(), new PlugInEmpiricalThreshold(),
      new ClassBalancedReweighting()};
  }

  @Test
  public void defaultBaseLearnersServeManyThreadsExactly() throws Exception {
    Instances d = glass4();
    for (SingleClassifierEnhancer m : metas()) {
      m.buildClassifier(d);
      ConcurrentPrediction.assertSafe(m.getClass().getSimpleName() + " with its default base "
        + m.getClassifier().getClass().getSimpleName(), m, d, 8, 30);
    }
  }

  /** Two-class data whose dummy distribution varies from instance to instance. */
  private static Instances graded() {
    Instances d = header("neg", "pos");
    for (int i = 0; i < 60; i++) {
      double p = (i + 0.5) / 60;
      add(d, 1, i % 5 == 0 ? 1 : 0, 1, 1 - p, p);
    }
    return d;
  }

  @Test
  public void aBaseLearnerThatIsNotSafeToShareIsCalledOneThreadAtATime() throws Exception {
    Instances d = graded();
    for (SingleClassifierEnhancer m : metas()) {
      ScratchClassifier base = new ScratchClassifier();
      m.setClassifier(base);
      m.buildClassifier(d);
      ConcurrentPrediction.assertSafe(m.getClass().getSimpleName() + " around a base with shared scratch state",
        m, d, 8, 5);
      assertEquals(m.getClass().getSimpleName(), 1, ((ScratchClassifier) m.getClassifier()).maxConcurrentCalls());
    }
  }

  @Test
  public void theScratchBaseReallyIsUnsafeAlone() throws Exception {
    // guards the test above against a dummy that would pass without the wrappers' protection
    ScratchClassifier alone = new ScratchClassifier();
    alone.buildClassifier(graded());
    assertTrue(ConcurrentPrediction.mismatches(alone, graded(), 8, 5) > 0);
  }

  @Test
  public void aBaseLearnerKnownToBeSafeIsCalledConcurrently() throws Exception {
    Instances d = graded();
    for (SingleClassifierEnhancer m : metas()) {
      BarrierClassifier base = new BarrierClassifier();
      m.setClassifier(base);
      m.buildClassifier(d);
      ((BarrierClassifier) m.getClassifier()).arm();
      Instance q = query(d, 0.3, 0.7);
      double[][] got = new double[2][];
      Thread other = new Thread(() -> {
        try {
          got[1] = m.distributionForInstance(q);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      other.start();
      got[0] = m.distributionForInstance(q); // returns only while the other call is inside the base too
      other.join();
      assertArrayEquals(m.getClass().getSimpleName(), got[0], got[1], 0);
    }
  }

  @Test
  public void whichWekaLearnersAreKnownToBeSafe() throws Exception {
    assertTrue(SharedPrediction.isKnownSafe(new J48()));
    assertTrue(SharedPrediction.isKnownSafe(new NaiveBayes()));
    NaiveBayes discretising = new NaiveBayes();
    discretising.setUseSupervisedDiscretization(true);
    assertFalse(SharedPrediction.isKnownSafe(discretising));
    assertFalse(SharedPrediction.isKnownSafe(new Logistic()));
    assertTrue(SharedPrediction.isKnownSafe(new ThresholdMoving()));
    // a subclass of a safe learner may add state: not assumed safe
    assertFalse(SharedPrediction.isKnownSafe(new J48() {
      private static final long serialVersionUID = 1L;
    }));
  }
}
