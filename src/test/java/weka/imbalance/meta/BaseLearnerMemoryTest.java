package weka.imbalance.meta;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Random;

import org.junit.Test;

import weka.classifiers.functions.Logistic;
import weka.classifiers.meta.PlugInEmpiricalThreshold;
import weka.classifiers.meta.ThresholdMoving;
import weka.classifiers.trees.J48;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.core.WekaException;

/**
 * The memory pre-check of base learners (issue 20: 10,000 attributes and 20 instances ran the
 * wrappers with their default Logistic out of a 2 GB heap after a long wait).
 */
public class BaseLearnerMemoryTest {

  private static final long MB = 1024L * 1024;

  /** numeric attributes (the first {@code constant} of them constant), a nominal one of 5 values, 3 classes */
  private static Instances data(int numeric, int constant, int rows) {
    ArrayList<Attribute> atts = new ArrayList<>();
    for (int j = 0; j < numeric; j++) {
      atts.add(new Attribute("x" + j));
    }
    atts.add(new Attribute("colour", Arrays.asList("a", "b", "c", "d", "e")));
    atts.add(new Attribute("class", Arrays.asList("c0", "c1", "c2")));
    Instances d = new Instances("memory", atts, rows);
    d.setClassIndex(d.numAttributes() - 1);
    Random r = new Random(1);
    for (int i = 0; i < rows; i++) {
      double[] v = new double[d.numAttributes()];
      for (int j = 0; j < numeric; j++) {
        v[j] = j < constant ? 7 : r.nextGaussian();
      }
      v[numeric] = i % 5;
      v[numeric + 1] = i % 3;
      d.add(new DenseInstance(1, v));
    }
    return d;
  }

  @Test
  public void logisticIsRefusedWhenItsTwoMatricesExceedTheHeap() throws Exception {
    // 1,000 numeric + 5 binaries for the 5-valued attribute = 1,005 predictors; l = 1,006 x 2 = 2,012;
    // two matrices of 2,012^2 doubles = 64,770,304 bytes, about 61.8 MB
    Instances d = data(1000, 0, 30);
    try {
      BaseLearnerMemory.check(new Logistic(), d, 60 * MB);
      fail("Logistic needs about 62 MB here; a 60 MB heap must be refused");
    } catch (WekaException e) {
      String m = e.getMessage();
      assertTrue(m, m.contains("1,005 predictors") && m.contains("3 classes") && m.contains("2,012 x 2,012"));
      assertTrue(m, m.contains("-Xmx") && m.contains("SimpleLogistic"));
    }
    BaseLearnerMemory.check(new Logistic(), d, 64 * MB); // enough: no refusal
  }

  @Test
  public void attributesLogisticRemovesAsUselessDoNotCount() throws Exception {
    // 900 of the 1,000 numeric attributes are constant: Logistic's RemoveUseless drops them, leaving
    // 105 predictors, l = 212, two matrices 719,104 bytes
    Instances d = data(1000, 900, 30);
    BaseLearnerMemory.check(new Logistic(), d, 60 * MB);
    try {
      BaseLearnerMemory.check(new Logistic(), d, 700 * 1024);
      fail("719,104 bytes exceed a 700 KB heap");
    } catch (WekaException e) {
      assertTrue(e.getMessage(), e.getMessage().contains("105 predictors"));
    }
  }

  @Test
  public void otherLearnersAreNotChecked() throws Exception {
    BaseLearnerMemory.check(new J48(), data(1000, 0, 30), 1);
  }

  @Test
  public void predictorsCountNominalValuesAsNominalToBinaryDoes() {
    assertEquals(3 + 5, BaseLearnerMemory.predictorsAfterBinarisation(data(3, 0, 1)));
  }

  /**
   * The wrappers refuse the case (10,000 attributes, 20 instances, 3 classes: two matrices
   * of 20,002^2 doubles, 6.0 GB) before training when the test JVM's heap is smaller.
   */
  @Test
  public void theWrappersRefuseTheWideCaseBeforeTraining() throws Exception {
    Instances wide = data(10000, 0, 20);
    if (BaseLearnerMemory.heapLimit() >= 7000 * MB) {
      return; // a heap this large trains it; nothing to refuse
    }
    for (weka.classifiers.Classifier c : new weka.classifiers.Classifier[] {new ThresholdMoving(),
      new PlugInEmpiricalThreshold()}) {
      try {
        c.buildClassifier(wide);
        fail(c.getClass().getSimpleName() + " trained Logistic on 10,000 attributes in a small heap");
      } catch (WekaException e) {
        assertTrue(e.getMessage(), e.getMessage().contains("10,005 predictors") && e.getMessage().contains("heap"));
      }
    }
  }
}
