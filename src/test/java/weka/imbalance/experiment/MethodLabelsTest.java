package weka.imbalance.experiment;

import static org.junit.Assert.assertEquals;

import java.util.Arrays;

import org.junit.Test;

import weka.classifiers.Classifier;
import weka.classifiers.bayes.NaiveBayes;
import weka.classifiers.functions.SMO;
import weka.classifiers.meta.ClassBalancedReweighting;
import weka.classifiers.meta.FilteredClassifier;
import weka.classifiers.meta.ThresholdMoving;
import weka.classifiers.trees.J48;
import weka.core.Utils;
import weka.filters.supervised.instance.ClassBalancer;
import weka.filters.supervised.instance.Resample;

public class MethodLabelsTest {

  private static Classifier parse(String spec) throws Exception {
    String[] o = Utils.splitOptions(spec);
    String name = o[0];
    o[0] = "";
    return (Classifier) Utils.forName(Classifier.class, name, o);
  }

  @Test
  public void defaultsAreLeftOutAndOtherOptionsShown() throws Exception {
    assertEquals("J48", MethodLabels.label(new J48()));
    assertEquals("J48[-U]", MethodLabels.label(parse("weka.classifiers.trees.J48 -U")));
    assertEquals("J48[-C 0.1 -M 5]", MethodLabels.label(parse("weka.classifiers.trees.J48 -M 5 -C 0.1")));
  }

  @Test
  public void metaClassifiersShowTheirBaseAndFilteredClassifiersTheirFilter() throws Exception {
    ThresholdMoving tm = new ThresholdMoving();
    tm.setClassifier(new J48());
    assertEquals("ThresholdMoving(J48)", MethodLabels.label(tm));
    ClassBalancedReweighting cbr = new ClassBalancedReweighting();
    cbr.setClassifier(parse("weka.classifiers.trees.J48 -U"));
    assertEquals("ClassBalancedReweighting(J48[-U])", MethodLabels.label(cbr));
    FilteredClassifier fc = new FilteredClassifier();
    fc.setFilter(new ClassBalancer());
    fc.setClassifier(new J48());
    assertEquals("ClassBalancer + J48", MethodLabels.label(fc));
    Resample half = new Resample();
    half.setSampleSizePercent(50);
    fc.setFilter(half);
    assertEquals("Resample[-Z 50.0] + J48", MethodLabels.label(fc));
    fc.setSeed(7);
    assertEquals("FilteredClassifier[-S 7](Resample[-Z 50.0] + J48)", MethodLabels.label(fc));
  }

  @Test
  public void optionsHoldingObjectsAreLabelledTheSameWay() throws Exception {
    SMO smo = (SMO) parse("weka.classifiers.functions.SMO -K \"weka.classifiers.functions.supportVector.RBFKernel -G 0.1\"");
    assertEquals("SMO[-K RBFKernel[-G 0.1]]", MethodLabels.label(smo));
  }

  @Test
  public void labelsThatWouldReadTheSameAreNumbered() {
    assertEquals(Arrays.asList("J48 #1", "NaiveBayes", "J48 #2"),
      MethodLabels.labels(Arrays.<Classifier>asList(new J48(), new NaiveBayes(), new J48())));
  }
}
