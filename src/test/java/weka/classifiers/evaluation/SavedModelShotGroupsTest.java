package weka.classifiers.evaluation;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.File;

import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import weka.classifiers.Classifier;
import weka.classifiers.meta.FilteredClassifier;
import weka.classifiers.rules.ZeroR;
import weka.classifiers.trees.J48;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.SerializationHelper;
import weka.core.converters.ConverterUtils.DataSource;
import weka.filters.AllFilter;
import weka.imbalance.ModelTrainingCounts;
import weka.imbalance.TrainingClassCounts;
import weka.imbalance.testing.Plugins;

/**
 * Many/medium/few-shot accuracy of a saved model evaluated on a test file alone
 * ({@code -l model -T test}): Weka then knows no training data (its class priors stay uniform), so
 * the groups come from the model when it reports its training counts, and are "?" with the reason
 * otherwise; never every class few-shot.
 */
public class SavedModelShotGroupsTest {

  /** ZeroR that reports its training counts, as the package's classifiers do. */
  public static class CountingZeroR extends ZeroR implements TrainingClassCounts {
    private static final long serialVersionUID = 1L;
    private double[] m_counts;

    @Override
    public void buildClassifier(Instances data) throws Exception {
      super.buildClassifier(data);
      m_counts = new double[data.numClasses()];
      for (Instance i : data) {
        m_counts[(int) i.classValue()] += i.weight();
      }
    }

    @Override
    public double[] distributionForInstance(Instance instance) throws Exception {
      ModelTrainingCounts.offer(this);
      return super.distributionForInstance(instance);
    }

    @Override
    public double[] getTrainingClassCounts() {
      return m_counts.clone();
    }
  }

  @Rule
  public TemporaryFolder m_Tmp = new TemporaryFolder();

  @BeforeClass
  public static void register() {
    Plugins.register();
  }

  /** Trains on yeast, saves the model, and evaluates it with -l model -T yeast. */
  private String savedModelOutput(Classifier c) throws Exception {
    Instances yeast = DataSource.read("data/yeast.arff");
    yeast.setClassIndex(yeast.numAttributes() - 1);
    c.buildClassifier(yeast);
    File model = new File(m_Tmp.getRoot(), c.getClass().getSimpleName() + System.nanoTime() + ".model");
    SerializationHelper.writeAll(model.getPath(), new Object[] {c, new Instances(yeast, 0)});
    return Evaluation.evaluateModel(c.getClass().getName(), new String[] {"-l", model.getPath(), "-T",
      "data/yeast.arff"});
  }

  private static String line(String out, String label) {
    for (String l : out.split("\\R")) {
      if (l.startsWith(label)) {
        return l;
      }
    }
    throw new AssertionError("no line '" + label + "' in\n" + out);
  }

  @Test
  public void modelThatReportsItsCountsGivesTheirGroups() throws Exception {
    String out = savedModelOutput(new CountingZeroR());
    // yeast's class counts: 463 429 244 163 | 51 44 35 30 20 | 5; ZeroR predicts CYT (463) only,
    // so the many-shot classes have recalls 1, 0, 0, 0 and the others 0
    assertEquals("Many-shot accuracy                       0.25   (n > 100: 4 classes)",
      line(out, "Many-shot accuracy"));
    assertEquals("Medium-shot accuracy                     0      (20 <= n <= 100: 5 classes)",
      line(out, "Medium-shot accuracy"));
    assertEquals("Few-shot accuracy                        0      (n < 20: 1 class)", line(out, "Few-shot accuracy"));
  }

  @Test
  public void thePackagesClassifiersReportTheirCounts() throws Exception {
    weka.classifiers.SingleClassifierEnhancer[] wrappers = {new weka.classifiers.meta.ClassBalancedReweighting(),
      new weka.classifiers.meta.ThresholdMoving(), new weka.classifiers.meta.PlugInEmpiricalThreshold(),
      new weka.classifiers.meta.COGClassifier()};
    for (weka.classifiers.SingleClassifierEnhancer w : wrappers) {
      w.setClassifier(new ZeroR());
      String out = savedModelOutput(w);
      String name = w.getClass().getSimpleName() + ": ";
      assertTrue(name + out, line(out, "Many-shot accuracy").endsWith("(n > 100: 4 classes)"));
      assertTrue(name + out, line(out, "Medium-shot accuracy").endsWith("(20 <= n <= 100: 5 classes)"));
      assertTrue(name + out, line(out, "Few-shot accuracy").endsWith("(n < 20: 1 class)"));
      // yeast's class counts, in the order of the class values
      assertArrayEquals(name, new double[] {463, 429, 244, 163, 51, 44, 35, 30, 20, 5},
        ((TrainingClassCounts) w).getTrainingClassCounts(), 0);
    }
    String out = savedModelOutput(new weka.classifiers.functions.LogitAdjustedMLP());
    assertTrue(out, line(out, "Medium-shot accuracy").endsWith("(20 <= n <= 100: 5 classes)"));
  }

  @Test
  public void otherModelsGetAQuestionMarkWithTheReason() throws Exception {
    for (Classifier c : new Classifier[] {new J48(), wrapped(new CountingZeroR())}) {
      String out = savedModelOutput(c);
      assertTrue(out, line(out, "Many-shot accuracy").matches("Many-shot accuracy +\\? +\\(training class counts"
        + " unknown: the model was evaluated without its training data and does not report them\\)"));
      assertTrue(out, line(out, "Few-shot accuracy").matches("Few-shot accuracy +\\? *"));
      assertFalse(out, out.contains("(n < 20"));
      // the other metrics do not need training counts
      assertTrue(out, line(out, "Balanced accuracy").matches("Balanced accuracy +0\\.\\d+ *"));
    }
  }

  /** A model inside a wrapper does not answer: the wrapper may have trained it on other data. */
  private static Classifier wrapped(Classifier c) {
    FilteredClassifier fc = new FilteredClassifier();
    fc.setFilter(new AllFilter());
    fc.setClassifier(c);
    return fc;
  }
}
