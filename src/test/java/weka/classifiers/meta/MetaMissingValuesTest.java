package weka.classifiers.meta;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

import weka.classifiers.Classifier;
import weka.classifiers.bayes.NaiveBayes;
import weka.classifiers.evaluation.Evaluation;
import weka.core.Instances;

/** The three meta-classifiers accept whatever attribute data their base learner accepts. */
public class MetaMissingValuesTest {

  @Test
  public void missingAttributeValuesReachTheBaseLearner() throws Exception {
    Instances d = new Instances(new java.io.FileReader("data/cleveland-0_vs_4.arff"));
    d.setClassIndex(d.numAttributes() - 1);
    int missing = 0;
    for (int i = 0; i < d.numInstances(); i++) {
      missing += d.instance(i).hasMissingValue() ? 1 : 0;
    }
    assertEquals("the data set should have missing values", true, missing > 0);
    Classifier[] metas = {new ThresholdMoving(), new PlugInEmpiricalThreshold(), new ClassBalancedReweighting()};
    for (Classifier m : metas) {
      ((weka.classifiers.SingleClassifierEnhancer) m).setClassifier(new NaiveBayes());
      m.buildClassifier(d);
      Evaluation e = new Evaluation(d);
      e.evaluateModel(m, d);
      assertEquals(m.getClass().getSimpleName(), d.numInstances(), e.numInstances(), 0);
    }
  }
}
