package weka.imbalance.spark;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Random;

import org.apache.spark.api.java.JavaRDD;
import org.junit.BeforeClass;
import org.junit.Test;

import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.classifiers.bayes.NaiveBayes;
import weka.classifiers.evaluation.Evaluation;
import weka.classifiers.meta.Vote;
import weka.classifiers.trees.J48;
import weka.core.Instances;
import weka.filters.supervised.instance.SMOTEWithUndersampling;
import weka.imbalance.ShotGroups;

/**
 * Training and evaluation on Spark against the single JVM: the gathered model is the single-JVM
 * model, and the metrics merged over partitions equal Weka's evaluation (with the package's metric
 * plugins) of the same predictions, on a held-out test set and in cross-validation with per-fold
 * training counts.
 */
public class SparkEvaluationTest {

  @BeforeClass
  public static void plugins() throws Exception {
    LocalSpark.registerPlugins();
  }

  private static double weka(Evaluation eval, String metric, String statistic) {
    return eval.getPluginMetric(metric).getStatistic(statistic);
  }

  private static void assertSameMetrics(Evaluation eval, SparkEvaluation spark) {
    assertTrue("the test data must have predictions", eval.numInstances() > 0);
    assertEquals(weka(eval, "BalancedAccuracy", "BalancedAccuracy"), spark.balancedAccuracy(), 0.0);
    assertEquals(weka(eval, "GMean", "GMean"), spark.gMean(), 0.0);
    assertEquals(weka(eval, "GMean", "WorstClassRecall"), spark.worstClassRecall(), 0.0);
    String[] shots = {"ManyShotAccuracy", "MediumShotAccuracy", "FewShotAccuracy"};
    for (int g = 0; g < shots.length; g++) {
      assertEquals(shots[g], weka(eval, "ShotAccuracy", shots[g]), spark.groupAccuracy(g), 0.0);
    }
    double[][] cm = eval.confusionMatrix();
    double[][] merged = spark.confusionMatrix();
    for (int a = 0; a < cm.length; a++) {
      for (int p = 0; p < cm.length; p++) {
        assertEquals("confusion " + a + "," + p, cm[a][p], merged[a][p], 0.0);
      }
    }
  }

  private static double[] weightedCounts(Instances data) {
    double[] w = new double[data.numClasses()];
    data.forEach(i -> w[(int) i.classValue()] += i.weight());
    return w;
  }

  /** Held-out test set of yeast, the model trained on SMOTE-rebalanced data gathered on the driver. */
  @Test
  public void heldOutTestEqualsSingleJvmEvaluation() throws Exception {
    Instances data = LocalSpark.data("yeast.arff");
    data.randomize(new Random(1));
    data.stratify(3);
    Instances train = data.trainCV(3, 0);
    Instances test = data.testCV(3, 0);
    SMOTEWithUndersampling sampler = new SMOTEWithUndersampling();
    JavaRDD<double[]> balanced = new SparkResampler(sampler, Long.MAX_VALUE)
      .resample(LocalSpark.context(), LocalSpark.rows(train, 3), train);
    Classifier model = SparkTraining.train(balanced, train, new J48(), Long.MAX_VALUE, 0);

    // the gathered model is the one a single JVM builds from the same rows
    Instances gathered = ArffRows.toInstances(balanced.collect(), train);
    J48 single = new J48();
    single.buildClassifier(gathered);
    assertEquals(single.toString(), model.toString());

    SparkEvaluation spark = new SparkEvaluation(data.numClasses())
      .add(LocalSpark.context(), model, LocalSpark.rows(test, 3), train, weightedCounts(train));
    Evaluation eval = new Evaluation(train);
    eval.evaluateModel(model, test);
    assertSameMetrics(eval, spark);
    assertTrue("yeast's shot groups are all used", spark.recall().numClassesInGroup(ShotGroups.FEW) > 0
      && spark.recall().numClassesInGroup(ShotGroups.MANY) > 0);
  }

  /**
   * Cross-validation over partitions: per fold, the classes are grouped by that fold's training
   * counts, as Weka's cross-validation does when it sets the priors fold by fold.
   */
  @Test
  public void crossValidationEqualsSingleJvmEvaluationWithPerFoldCounts() throws Exception {
    Instances data = LocalSpark.data("yeast.arff");
    JavaRDD<double[]> rows = LocalSpark.rows(data, 3);
    int k = 3;
    double[][] foldCounts = ImbalanceSparkJob.Folds.weightedCounts(rows, data, k);
    SparkEvaluation spark = new SparkEvaluation(data.numClasses());
    Evaluation eval = new Evaluation(data);
    for (int f = 0; f < k; f++) {
      JavaRDD<double[]> train = ImbalanceSparkJob.Folds.select(rows, data, k, f, false);
      JavaRDD<double[]> test = ImbalanceSparkJob.Folds.select(rows, data, k, f, true);
      Classifier model = SparkTraining.train(train, data, new J48(), Long.MAX_VALUE, 0);
      spark.add(LocalSpark.context(), model, test, data, ImbalanceSparkJob.Folds.trainingCounts(foldCounts, f));
      Instances trainFold = ArffRows.toInstances(train.collect(), data);
      assertEquals("fold " + f + " training counts", java.util.Arrays.toString(weightedCounts(trainFold)),
        java.util.Arrays.toString(ImbalanceSparkJob.Folds.trainingCounts(foldCounts, f)));
      eval.setPriors(trainFold);
      eval.evaluateModel(model, ArffRows.toInstances(test.collect(), data));
    }
    assertEquals("every instance tested once", data.numInstances(), eval.numInstances(), 0.0);
    assertSameMetrics(eval, spark);
  }

  /**
   * Above the gathering limit: one model per partition, combined by distributedWekaBase: J48s
   * into a vote, NaiveBayes models into one.
   */
  @Test
  public void perPartitionModelsAreCombinedByDistributedWekaBase() throws Exception {
    Instances data = LocalSpark.data("yeast.arff");
    Classifier model = SparkTraining.train(LocalSpark.rows(data, 2), data, new J48(), 10, 2);
    assertTrue("a voted ensemble: " + model.getClass().getName(), model instanceof Vote);
    // the partitions' models are the vote's pre-built members (no public getter)
    java.lang.reflect.Field f = Vote.class.getDeclaredField("m_preBuiltClassifiers");
    f.setAccessible(true);
    @SuppressWarnings("unchecked")
    java.util.List<Classifier> members = (java.util.List<Classifier>) f.get(model);
    assertEquals(2, members.size());
    for (Classifier m : members) {
      assertTrue(m instanceof J48);
    }
    Evaluation eval = new Evaluation(data);
    eval.evaluateModel(AbstractClassifier.makeCopy(model), data);
    assertTrue("the ensemble predicts better than the majority class", eval.pctCorrect() > 31.2);

    // an aggregateable classifier is merged into one model of its own kind
    Classifier nb = SparkTraining.train(LocalSpark.rows(data, 2), data, new NaiveBayes(), 10, 2);
    assertTrue("one merged NaiveBayes: " + nb.getClass().getName(), nb.getClass() == NaiveBayes.class);
  }
}
