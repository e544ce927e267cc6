package weka.imbalance.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

import org.junit.BeforeClass;
import org.junit.Test;

import weka.classifiers.Classifier;
import weka.core.Instances;
import weka.core.converters.ConverterUtils.DataSource;
import weka.filters.Filter;

/**
 * The package as a user gets it: the built zip installed with Weka's package manager (offline)
 * into a fresh Weka home, then Weka's own command line, Experimenter and object editor.
 */
public class PackageInstallIT {

  private static File s_home;
  private static File s_work;
  private static WekaProcess s_weka;
  private static final File DATA = new File("data").getAbsoluteFile();

  @BeforeClass
  public static void install() throws Exception {
    s_work = WekaProcess.freshDir("install");
    s_home = new File(s_work, "wekahome");
    // only the GOE lister joins Weka's class path: the test classes of the components would be
    // found by Weka's class discovery and need Weka's tests jar
    File lister = WekaProcess.isolatedClasses(new File(s_work, "lister"), ListGoeClasses.class);
    s_weka = new WekaProcess(s_home, lister.getPath());
    String out = s_weka.run(s_work, "weka.core.WekaPackageManager", "-offline", "-install-package",
      WekaProcess.packageZip().getAbsolutePath());
    assertTrue(out, new File(s_home, "packages/imbalancedLearning/imbalancedLearning.jar").isFile());
    assertTrue(out, new File(s_home, "packages/imbalancedLearning/PluginManager.props").isFile());
  }

  @Test
  public void packageManagerListsTheInstalledPackage() throws Exception {
    String out = s_weka.run(s_work, "weka.core.WekaPackageManager", "-offline", "-list-packages", "installed");
    Properties desc = new Properties();
    desc.load(Files.newBufferedReader(new File("Description.props").toPath(), StandardCharsets.UTF_8));
    assertTrue(out, out.contains(desc.getProperty("Version")) && out.contains("imbalancedLearning:"));
    assertTrue(out, out.contains("Yes")); // loaded
  }

  @Test
  public void commandLineSummaryShowsTheMetrics() throws Exception {
    String out = s_weka.run(s_work, "weka.Run", "-no-scan", "weka.classifiers.trees.J48", "-t",
      new File(DATA, "yeast.arff").getPath(), "-x", "5");
    assertFalse(out, out.contains("Exception"));
    int cv = out.indexOf("=== Stratified cross-validation ===");
    assertTrue(out, cv >= 0);
    String section = out.substring(cv, out.indexOf("Total Number of Instances", cv));
    // yeast in 5 folds: POX (20) has 16 training instances per fold, so it is few-shot there
    for (String line : Arrays.asList("Kappa statistic", "Balanced accuracy", "Balanced error rate", "G-mean",
      "Worst-class recall", "Many-shot accuracy", "(n > 100: 4 classes)", "Medium-shot accuracy",
      "(20 <= n <= 100: 4 classes)", "Few-shot accuracy", "(n < 20: 2 classes)")) {
      assertTrue(line + " missing in:\n" + section, section.contains(line));
    }
  }

  @Test
  public void experimenterHasTheMetricsAsResultColumns() throws Exception {
    File result = new File(s_work, "experiment.arff");
    String out = s_weka.run(s_work, "weka.experiment.Experiment", "-r", "-L", "1", "-U", "2", "-T",
      new File(DATA, "glass4.arff").getPath(), "-D", "weka.experiment.InstancesResultListener -O " + result.getPath(),
      "-P", "weka.experiment.CrossValidationResultProducer", "--", "-X", "3", "-W",
      "weka.experiment.ClassifierSplitEvaluator", "--", "-W", "weka.classifiers.trees.J48");
    assertTrue(out, result.isFile());
    Instances res = DataSource.read(result.getPath());
    assertEquals(6, res.numInstances()); // 2 runs x 3 folds
    for (String col : Arrays.asList("BalancedAccuracy", "BalancedErrorRate", "GMean", "WorstClassRecall",
      "ManyShotAccuracy", "MediumShotAccuracy", "FewShotAccuracy")) {
      assertTrue("column " + col + " missing: " + out, res.attribute(col) != null);
    }
    for (int i = 0; i < res.numInstances(); i++) {
      double ba = res.instance(i).value(res.attribute("BalancedAccuracy"));
      double ber = res.instance(i).value(res.attribute("BalancedErrorRate"));
      assertTrue("balanced accuracy " + ba, ba >= 0 && ba <= 1);
      assertEquals(1, ba + ber, 1e-9);
      // glass4: 201 negatives (134 per training fold: many-shot), 13 positives (few-shot)
      assertFalse(res.instance(i).isMissing(res.attribute("ManyShotAccuracy")));
      assertFalse(res.instance(i).isMissing(res.attribute("FewShotAccuracy")));
      assertTrue(res.instance(i).isMissing(res.attribute("MediumShotAccuracy")));
    }
  }

  @Test
  public void objectEditorListsEveryFilterClassifierAndClustererOfThePackage() throws Exception {
    String out = s_weka.run(s_work, "weka.imbalance.it.ListGoeClasses");
    List<String> listed = Arrays.stream(out.split("\\R")).filter(l -> l.startsWith("GOE "))
      .map(l -> l.substring(4).trim()).collect(Collectors.toList());
    TreeSet<String> expected = new TreeSet<>();
    try (JarFile jar = new JarFile(new File(s_home, "packages/imbalancedLearning/imbalancedLearning.jar"))) {
      for (String name : jar.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class") && !n.contains("$"))
        .collect(Collectors.toList())) {
        Class<?> c = Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), false, getClass().getClassLoader());
        if (java.lang.reflect.Modifier.isAbstract(c.getModifiers()) || c.isInterface()) {
          continue;
        }
        if (Filter.class.isAssignableFrom(c)) {
          expected.add("weka.filters.Filter " + c.getName());
        } else if (Classifier.class.isAssignableFrom(c)) {
          expected.add("weka.classifiers.Classifier " + c.getName());
        } else if (weka.clusterers.Clusterer.class.isAssignableFrom(c)) {
          expected.add("weka.clusterers.Clusterer " + c.getName());
        }
      }
    }
    assertFalse("the package jar holds no filter or classifier", expected.isEmpty());
    expected.add("weka.experiment.ResultProducer weka.imbalance.experiment.LongTailSplitResultProducer");
    for (String e : expected) {
      assertTrue(e + " not in the object editor's lists:\n" + out, listed.contains(e));
    }
  }

  /** The MLP's plug-in families (losses, class weightings, optimisers) are offered by the object editor. */
  @Test
  public void objectEditorOffersTheMlpsLossesWeightingsAndOptimisers() throws Exception {
    String[] types = { "weka.imbalance.loss.Loss", "weka.imbalance.weighting.ClassWeighting",
      "weka.imbalance.nn.Optimiser" };
    String out = s_weka.run(s_work, "weka.imbalance.it.ListGoeClasses", types);
    for (String e : new String[] { "weka.imbalance.loss.Loss weka.imbalance.loss.LDAMLoss",
      "weka.imbalance.loss.Loss weka.imbalance.loss.VSLoss",
      "weka.imbalance.weighting.ClassWeighting weka.imbalance.weighting.EffectiveNumberWeighting",
      "weka.imbalance.nn.Optimiser weka.imbalance.nn.SGD", "weka.imbalance.nn.Optimiser weka.imbalance.nn.Adam" }) {
      assertTrue(e + " not in the object editor's lists:\n" + out, out.contains("GOE " + e + "\n")
        || out.contains("GOE " + e + "\r"));
    }
  }
}
