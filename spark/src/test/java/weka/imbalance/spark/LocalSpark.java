package weka.imbalance.spark;

import java.io.File;
import java.io.FileReader;
import java.io.Reader;
import java.util.List;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

import weka.core.Instances;
import weka.core.PluginManager;

/** The tests' one local Spark (local[2], on 127.0.0.1, no UI), shared by every test class of the JVM. */
final class LocalSpark {

  private static JavaSparkContext s_Context;

  private LocalSpark() {
  }

  static synchronized JavaSparkContext context() {
    if (s_Context == null) {
      SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("imbalancedLearningSpark-tests")
        .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
        .set("spark.driver.bindAddress", "127.0.0.1").set("spark.sql.shuffle.partitions", "2");
      s_Context = new JavaSparkContext(conf);
      s_Context.setLogLevel("ERROR");
      Runtime.getRuntime().addShutdownHook(new Thread(s_Context::stop));
    }
    return s_Context;
  }

  /** A bundled data set of the main project (data/), class last. */
  static Instances data(String name) throws Exception {
    try (Reader r = new FileReader(new File(System.getProperty("imbalanced.data", "../data"), name))) {
      Instances d = new Instances(r);
      d.setClassIndex(d.numAttributes() - 1);
      return d;
    }
  }

  /** The path of a bundled data set. */
  static String path(String name) {
    return new File(System.getProperty("imbalanced.data", "../data"), name).getAbsolutePath();
  }

  /** data as rows in p partitions, in order. */
  static JavaRDD<double[]> rows(Instances data, int p) {
    List<double[]> rows = ArffRows.toRows(data);
    return context().parallelize(rows, p);
  }

  /** Registers the main package's metric plugins from its PluginManager.props. */
  static synchronized void registerPlugins() throws Exception {
    PluginManager.addFromProperties(new File(System.getProperty("imbalanced.plugin.props",
      "../package-props/PluginManager.props")));
  }
}
