package weka.imbalance.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.beans.PropertyDescriptor;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import javax.swing.DefaultListModel;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import weka.classifiers.Classifier;
import weka.classifiers.SingleClassifierEnhancer;
import weka.classifiers.functions.LogitAdjustedMLP;
import weka.classifiers.meta.ClassBalancedReweighting;
import weka.classifiers.meta.COGClassifier;
import weka.classifiers.meta.FilteredClassifier;
import weka.classifiers.meta.PlugInEmpiricalThreshold;
import weka.classifiers.meta.ThresholdMoving;
import weka.classifiers.trees.J48;
import weka.core.Attribute;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.converters.ConverterUtils.DataSource;
import weka.experiment.ClassifierSplitEvaluator;
import weka.experiment.CrossValidationResultProducer;
import weka.experiment.Experiment;
import weka.experiment.CSVResultListener;
import weka.experiment.PropertyNode;
import weka.filters.Filter;
import weka.filters.supervised.instance.LongTailSubsample;
import weka.filters.supervised.instance.SMOTEWithUndersampling;
import weka.imbalance.experiment.LongTailSplitResultProducer;

/**
 * The package on Weka's remote Experimenter engines: two {@code weka.experiment.RemoteEngine} JVMs
 * on 127.0.0.1, each with the built zip installed (offline) in a Weka home of its own and the
 * security policy of the user guide ({@code doc/remote/engine.policy}), run an experiment with
 * every classifier of the package, its filters inside FilteredClassifier and its result producer,
 * and the results (the package's metric columns included) equal those of the same experiment run
 * locally. The engines end with the test class, and with the test JVM if that is killed.
 */
public class RemoteExperimentIT {

  private static final File DATA = new File("data").getAbsoluteFile();
  private static final String[] DATASETS = { "glass4.arff", "ecoli.arff" };
  /** The package's metric columns (doc/metrics.md). */
  private static final List<String> METRICS = Arrays.asList("BalancedAccuracy", "BalancedErrorRate", "GMean",
    "WorstClassRecall", "ManyShotAccuracy", "MediumShotAccuracy", "FewShotAccuracy");

  private static File s_work;
  private static WekaProcess s_client;
  private static final List<Process> s_engines = new ArrayList<>();
  private static final List<File> s_engineDirs = new ArrayList<>();
  private static final List<String> s_hosts = new ArrayList<>();

  @BeforeClass
  public static void startEngines() throws Exception {
    s_work = WekaProcess.freshDir("remote");
    File zip = WekaProcess.packageZip();
    File client = new File(s_work, "client");
    client.mkdirs();
    s_client = new WekaProcess(new File(s_work, "client-wekahome"), null);
    install(s_client, client, zip);

    File watchdog = WekaProcess.isolatedClasses(new File(s_work, "watchdog"), EngineUntilParentExits.class);
    File policy = new File("doc/remote/engine.policy").getAbsoluteFile();
    assertTrue(policy.isFile());
    Runtime.getRuntime().addShutdownHook(new Thread(RemoteExperimentIT::stopEngines));
    for (int e = 1; e <= 2; e++) {
      File dir = new File(s_work, "engine" + e);
      dir.mkdirs();
      WekaProcess engine = new WekaProcess(new File(s_work, "engine" + e + "-wekahome"), watchdog.getPath());
      install(engine, dir, zip);
      int port = freePort();
      File log = new File(s_work, "engine" + e + ".log");
      s_engineDirs.add(dir);
      s_engines.add(engine.start(dir, log, Arrays.asList("-Xmx512m", "-Djava.security.policy=" + policy,
        "-Djava.rmi.server.hostname=127.0.0.1", "-Dweka.remote.data=" + DATA),
        EngineUntilParentExits.class.getName(), "-p", "" + port));
      s_hosts.add("127.0.0.1:" + port);
    }
    for (int e = 0; e < 2; e++) {
      awaitBound(s_engines.get(e), new File(s_work, "engine" + (e + 1) + ".log"));
    }
  }

  @AfterClass
  public static void stopEngines() {
    for (Process p : s_engines) {
      p.destroy();
      try {
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
          p.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        p.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Cross-validation of every classifier and filter of the package: same rows remotely as locally. */
  @Test
  public void crossValidationOnRemoteEnginesEqualsTheLocalRun() throws Exception {
    CrossValidationResultProducer cv = new CrossValidationResultProducer();
    cv.setNumFolds(3);
    compareRemoteWithLocal("cv", cv, 6 * methods().length);
  }

  /** The package's own result producer (the long-tail protocol) on the engines. */
  @Test
  public void longTailSplitOnRemoteEnginesEqualsTheLocalRun() throws Exception {
    LongTailSplitResultProducer lt = new LongTailSplitResultProducer();
    LongTailSubsample filter = new LongTailSubsample();
    filter.setRho(5);
    lt.setLongTailFilter(filter);
    compareRemoteWithLocal("lt", lt, 2 * methods().length);
  }

  /** Each classifier of the package; each filter inside a FilteredClassifier; J48 as a baseline. */
  private static Classifier[] methods() throws Exception {
    LogitAdjustedMLP mlp = new LogitAdjustedMLP();
    mlp.setTrainingTime(20);
    mlp.setNumThreads(2);
    List<Classifier> m = new ArrayList<>(Arrays.asList(new J48(), withJ48(new ThresholdMoving()),
      withJ48(new PlugInEmpiricalThreshold()), withJ48(new ClassBalancedReweighting()), new COGClassifier(), mlp));
    for (Filter f : new Filter[] { new SMOTEWithUndersampling(), new LongTailSubsample() }) {
      FilteredClassifier fc = new FilteredClassifier();
      fc.setFilter(f);
      fc.setClassifier(new J48());
      m.add(fc);
    }
    // COGDecomposition changes the class, which FilteredClassifier refuses: COGClassifier runs its code
    return m.toArray(new Classifier[0]);
  }

  private static Classifier withJ48(SingleClassifierEnhancer meta) {
    meta.setClassifier(new J48());
    return meta;
  }

  /**
   * Runs the experiment locally ({@code weka.experiment.Experiment}) and on the two engines
   * ({@code weka.experiment.RemoteExperiment}, one data set per engine), then compares the rows.
   */
  private static void compareRemoteWithLocal(String name, weka.experiment.ResultProducer producer, int rows)
    throws Exception {
    // relative: each JVM writes into its working directory; CSV keeps every digit (ARFF keeps 6)
    File resultFile = new File(name + "-results.csv");
    File xml = new File(s_work, name + ".xml");
    Experiment.write(xml.getPath(), experiment(producer, resultFile));
    File client = new File(s_work, "client");

    String local = s_client.run(client, "weka.experiment.Experiment", "-l", xml.getPath(), "-r");
    Instances expected = read(new File(client, resultFile.getPath()), local);
    assertEquals(local, rows, expected.numInstances());

    List<String> args = new ArrayList<>(Arrays.asList("-l", xml.getPath(), "-r"));
    for (String h : s_hosts) {
      args.add("-h");
      args.add(h);
    }
    String remote = s_client.run(client, "weka.experiment.RemoteExperiment", args.toArray(new String[0]));
    assertTrue(remote + engineLogs(), remote.contains("Experiment completed successfully")
      && remote.contains("0 failures"));
    // each engine ran one data set and wrote its rows into its own working directory
    Map<String, Instance> byKey = new TreeMap<>();
    Instances header = null;
    for (File dir : s_engineDirs) {
      Instances part = read(new File(dir, resultFile.getPath()), remote + engineLogs());
      assertTrue("an engine produced no rows: " + dir, part.numInstances() > 0);
      header = part;
      for (Instance row : part) {
        assertTrue("row twice: " + key(row), byKey.put(key(row), row) == null);
      }
    }
    assertEquals(remote, rows, byKey.size());
    for (String metric : METRICS) {
      assertNotNull(metric + " is not a result column of the engines", header.attribute(metric));
    }
    int compared = 0;
    for (Instance want : expected) {
      Instance got = byKey.get(key(want));
      assertNotNull("no remote row for " + key(want), got);
      for (int a = 0; a < expected.numAttributes(); a++) {
        Attribute att = expected.attribute(a);
        if (isTiming(att.name())) {
          continue;
        }
        Attribute remoteAtt = got.dataset().attribute(att.name());
        assertNotNull("no remote column " + att.name(), remoteAtt);
        String where = key(want) + " " + att.name();
        if (want.isMissing(att)) {
          assertTrue(where + ": remote " + got.toString(remoteAtt), got.isMissing(remoteAtt));
        } else if (att.isNumeric() && remoteAtt.isNumeric()) {
          assertEquals(where, want.value(att), got.value(remoteAtt), 0);
          compared++;
        } else {
          assertEquals(where, want.toString(att), got.toString(remoteAtt));
        }
      }
    }
    // the package's columns were among the compared values, not all missing
    for (String metric : METRICS.subList(0, 4)) {
      for (Instance want : expected) {
        assertFalse(metric + " missing in " + key(want), want.isMissing(expected.attribute(metric)));
      }
    }
    assertTrue(compared > rows * METRICS.size());
  }

  private static Experiment experiment(weka.experiment.ResultProducer producer, File resultFile) throws Exception {
    Experiment exp = new Experiment();
    exp.setRunLower(1);
    exp.setRunUpper(1);
    ClassifierSplitEvaluator se = new ClassifierSplitEvaluator();
    se.setClassifier(new J48());
    PropertyDescriptor splitEvaluator = new PropertyDescriptor("splitEvaluator", producer.getClass());
    splitEvaluator.getWriteMethod().invoke(producer, se);
    exp.setResultProducer(producer);
    // the class that declares the property: Weka 3.8.6's XMLExperiment looks the parent class up with
    // Class.forName, which cannot see a package's classes (doc/remote-engines.md)
    Class<?> parent = splitEvaluator.getReadMethod().getDeclaringClass();
    exp.setPropertyPath(new PropertyNode[] {
      new PropertyNode(se, new PropertyDescriptor("splitEvaluator", parent), parent),
      new PropertyNode(se.getClassifier(), new PropertyDescriptor("classifier", ClassifierSplitEvaluator.class),
        ClassifierSplitEvaluator.class) });
    exp.setPropertyArray(methods());
    exp.setUsePropertyIterator(true);
    DefaultListModel<File> data = new DefaultListModel<>();
    for (String d : DATASETS) {
      data.addElement(new File(DATA, d)); // absolute: the engines run in other folders
    }
    exp.setDatasets(data);
    CSVResultListener out = new CSVResultListener();
    out.setOutputFile(resultFile);
    exp.setResultListener(out);
    return exp;
  }

  /** Timing and date columns: the only values allowed to differ between two runs. */
  private static boolean isTiming(String column) {
    return column.equals("Date_time") || column.startsWith("Elapsed_Time") || column.startsWith("UserCPU_Time");
  }

  private static String key(Instance row) {
    StringBuilder k = new StringBuilder();
    for (int a = 0; a < row.numAttributes(); a++) {
      if (row.attribute(a).name().startsWith("Key_")) {
        k.append(row.toString(a)).append(' ');
      }
    }
    return k.toString().trim();
  }

  private static Instances read(File arff, String log) throws Exception {
    assertTrue("no results " + arff + ":\n" + log, arff.isFile());
    return DataSource.read(arff.getPath());
  }

  private static void install(WekaProcess weka, File dir, File zip) throws Exception {
    String out = weka.run(dir, "weka.core.WekaPackageManager", "-offline", "-install-package", zip.getPath());
    assertTrue(out, out.contains("imbalancedLearning.jar"));
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static void awaitBound(Process engine, File log) throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < end) {
      String out = new String(Files.readAllBytes(log.toPath()), StandardCharsets.UTF_8);
      if (out.contains("RemoteEngine bound in RMI registry")) {
        return;
      }
      assertTrue("engine ended:\n" + out, engine.isAlive());
      Thread.sleep(250);
    }
    throw new AssertionError("engine not bound after 120 s:\n" + engineLogs());
  }

  private static String engineLogs() {
    StringBuilder b = new StringBuilder();
    for (int e = 1; e <= 2; e++) {
      File log = new File(s_work, "engine" + e + ".log");
      try {
        b.append("\n--- engine ").append(e).append(" log:\n")
          .append(new String(Files.readAllBytes(log.toPath()), StandardCharsets.UTF_8));
      } catch (IOException ex) {
        b.append("\n--- engine ").append(e).append(": no log");
      }
    }
    return b.toString();
  }
}
