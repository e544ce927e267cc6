package weka.imbalance.doc;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.File;

import javax.swing.DefaultListModel;

import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import weka.core.Attribute;
import weka.core.Instances;
import weka.experiment.CrossValidationResultProducer;
import weka.experiment.Experiment;
import weka.experiment.PairedCorrectedTTester;
import weka.experiment.ResultMatrixPlainText;
import weka.imbalance.testing.Experiments;
import weka.imbalance.testing.Plugins;
import weka.core.Range;

/**
 * The saved experiment of the Experimenter walk-through loads, runs (shrunk to 1 run of 2 folds
 * here) with the package's metrics as result columns, and Weka's corrected paired t-test runs on
 * its BalancedAccuracy column.
 */
public class ExperimenterExampleTest {

  @Rule
  public TemporaryFolder m_Tmp = new TemporaryFolder();

  @BeforeClass
  public static void registerMetrics() {
    Plugins.register();
  }

  @Test
  public void savedExperimentRunsWithTheMetricColumns() throws Exception {
    java.io.ByteArrayOutputStream said = new java.io.ByteArrayOutputStream();
    java.io.PrintStream out = System.out;
    System.setOut(new java.io.PrintStream(said, true, "UTF-8"));
    Experiment exp;
    try {
      exp = Experiment.read(ExperimenterExample.FILE);
    } finally {
      System.setOut(out);
    }
    assertFalse("loads without Weka's warnings: " + said, said.toString("UTF-8").contains("WARNING"));
    DefaultListModel<?> data = exp.getDatasets();
    assertEquals(ExperimenterExample.DATASETS.length, data.size());
    for (int i = 0; i < data.size(); i++) {
      File f = (File) data.get(i);
      assertFalse("data paths are relative to the repository root: " + f, f.isAbsolute());
      assertTrue("missing data set " + f, f.isFile());
    }
    int methods = ((Object[]) exp.getPropertyArray()).length;
    assertTrue("at least J48 and ClassBalancer + J48", methods >= 2);

    // small: one run of 2-fold cross-validation, results in a temporary file
    ((CrossValidationResultProducer) exp.getResultProducer()).setNumFolds(2);
    Instances r = Experiments.runOnce(exp, m_Tmp.newFile("results.arff"));
    assertEquals("rows = data sets x methods x folds", data.size() * methods * 2, r.numInstances());
    for (String column : new String[] {"BalancedAccuracy", "GMean", "FewShotAccuracy"}) {
      assertNotNull("result column " + column, r.attribute(column));
    }
    Attribute ba = r.attribute("BalancedAccuracy");
    Attribute acc = r.attribute("Percent_correct");
    for (int i = 0; i < r.numInstances(); i++) {
      double v = r.instance(i).value(ba);
      assertTrue("balanced accuracy in [0,1]: " + v, v >= 0 && v <= 1);
      assertFalse(Double.isNaN(r.instance(i).value(acc)));
    }

    // the walk-through's analysis: corrected paired t-test on BalancedAccuracy, J48 the baseline
    PairedCorrectedTTester tt = new PairedCorrectedTTester();
    tt.setInstances(r);
    tt.setDatasetKeyColumns(new Range("first"));
    tt.setRunColumn(r.attribute("Key_Run").index());
    tt.setFoldColumn(r.attribute("Key_Fold").index());
    tt.setResultsetKeyColumns(new Range((r.attribute("Key_Scheme").index() + 1) + ","
      + (r.attribute("Key_Scheme_options").index() + 1)));
    tt.setResultMatrix(new ResultMatrixPlainText());
    String table = tt.multiResultsetFull(0, ba.index());
    assertTrue(table, table.contains("glass4") && table.contains("ecoli"));
    assertEquals(methods, tt.getNumResultsets());
  }
}
