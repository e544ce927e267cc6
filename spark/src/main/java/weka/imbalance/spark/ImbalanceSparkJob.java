/*
 *   This program is free software: you can redistribute it and/or modify
 *   it under the terms of the GNU General Public License as published by
 *   the Free Software Foundation, either version 3 of the License, or
 *   (at your option) any later version.
 *
 *   This program is distributed in the hope that it will be useful,
 *   but WITHOUT ANY WARRANTY; without even the implied warranty of
 *   MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 *   GNU General Public License for more details.
 *
 *   You should have received a copy of the GNU General Public License
 *   along with this program.  If not, see <http://www.gnu.org/licenses/>.
 */

package weka.imbalance.spark;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;

import weka.classifiers.Classifier;
import weka.core.Instances;
import weka.core.SerializationHelper;
import weka.core.Utils;
import weka.filters.supervised.instance.SMOTEWithUndersampling;
import weka.imbalance.OptionValues;

/**
 * The command {@code bin/imbalance-spark}: resample, train and evaluate on Spark (doc/spark.md).
 *
 * <pre>
 * -i &lt;arff&gt;          training data (local path, hdfs://, ...; required)
 * -c &lt;index&gt;        class attribute: first, last (default) or a 1-based index
 * -T &lt;arff&gt;          test data: train on -i, evaluate on -T
 * -x &lt;folds&gt;        cross-validation on -i instead (folds stratified by class, in file order)
 * -sampler &lt;spec&gt;   SMOTEWithUndersampling and its options (default: every class to the mean count),
 *                   or "none"
 * -W &lt;spec&gt;         the classifier and its options (default weka.classifiers.trees.J48)
 * -master &lt;url&gt;     Spark master (default local[*]; ignored under spark-submit, which sets it)
 * -partitions &lt;n&gt;   minimum number of input partitions (default: Spark's)
 * -smote-gather-max &lt;n&gt; largest class oversampled on the driver (default 1000000)
 * -train-gather-max &lt;n&gt; largest training set trained on the driver (default 2000000); larger:
 *                   one model per partition, combined by distributedWekaBase
 * -o &lt;dir&gt;          write the resampled training data (header.arff and part-* data files)
 * -d &lt;file&gt;         save the model trained on the whole of -i
 * </pre>
 */
public final class ImbalanceSparkJob {

  private ImbalanceSparkJob() {
  }

  /** Everything the job is told, read and checked when it starts. */
  static final class Settings implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    String m_Input;
    String m_Test;
    String m_ClassIndex;
    int m_Folds;
    SMOTEWithUndersampling m_Sampler;
    Classifier m_Classifier;
    String m_Master;
    int m_Partitions;
    long m_SmoteGatherMax;
    long m_TrainGatherMax;
    String m_Output;
    String m_ModelFile;

    static Settings parse(String[] args) throws Exception {
      String[] o = args.clone();
      Settings s = new Settings();
      s.m_Input = OptionValues.getString("i", o, "");
      OptionValues.require(!s.m_Input.isEmpty(), "i", "''", "given: the training data (an ARFF path)");
      s.m_Test = OptionValues.getString("T", o, "");
      s.m_ClassIndex = OptionValues.getString("c", o, "last");
      s.m_Folds = OptionValues.getInt("x", o, 0);
      OptionValues.require(s.m_Folds == 0 || s.m_Folds >= 2, "x", s.m_Folds, "0 (no cross-validation) or >= 2");
      OptionValues.require(s.m_Folds == 0 || s.m_Test.isEmpty(), "x", s.m_Folds, "left out when -T is given (one or the other)");
      String sampler = OptionValues.getString("sampler", o, SMOTEWithUndersampling.class.getName());
      if (!"none".equals(sampler)) {
        s.m_Sampler = OptionValues.fromSpec(SMOTEWithUndersampling.class, "sampler", sampler,
          "weka.filters.supervised.instance");
      }
      s.m_Classifier = OptionValues.fromSpec(Classifier.class, "W", OptionValues.getString("W", o,
        "weka.classifiers.trees.J48"), "weka.classifiers");
      s.m_Master = OptionValues.getString("master", o, "local[*]");
      s.m_Partitions = OptionValues.atLeast("partitions", OptionValues.getInt("partitions", o, 0), 0);
      s.m_SmoteGatherMax = OptionValues.getInt("smote-gather-max", o, (int) SparkResampler.DEFAULT_GATHER_MAX);
      s.m_TrainGatherMax = OptionValues.getInt("train-gather-max", o, (int) SparkTraining.DEFAULT_GATHER_MAX);
      OptionValues.require(s.m_SmoteGatherMax >= 0, "smote-gather-max", s.m_SmoteGatherMax, ">= 0");
      OptionValues.require(s.m_TrainGatherMax >= 0, "train-gather-max", s.m_TrainGatherMax, ">= 0");
      if (s.m_Sampler != null) {
        new SparkResampler(s.m_Sampler, s.m_SmoteGatherMax); // refuses the filter options Spark cannot honour
      }
      s.m_Output = OptionValues.getString("o", o, "");
      s.m_ModelFile = OptionValues.getString("d", o, "");
      Utils.checkForRemainingOptions(o);
      return s;
    }
  }

  /**
   * @param args the options (class comment)
   */
  public static void main(String[] args) {
    if (args.length == 0 || java.util.Arrays.asList(args).contains("-h")) {
      System.out.println(usage());
      return;
    }
    Settings s;
    try {
      s = Settings.parse(args);
    } catch (Exception e) {
      System.err.println("Error: " + e.getMessage());
      System.exit(2);
      return;
    }
    SparkConf conf = new SparkConf().setAppName("imbalancedLearning").setIfMissing("spark.master", s.m_Master);
    if (conf.get("spark.master").startsWith("local")) {
      // a local Spark listens on the loopback interface only
      conf.setIfMissing("spark.driver.host", "127.0.0.1").setIfMissing("spark.driver.bindAddress", "127.0.0.1")
        .setIfMissing("spark.ui.enabled", "false");
    }
    org.apache.logging.log4j.core.config.Configurator.setRootLevel(org.apache.logging.log4j.Level.WARN);
    try (JavaSparkContext sc = new JavaSparkContext(conf)) {
      sc.setLogLevel("WARN");
      System.out.print(run(sc, s));
    } catch (Exception e) {
      System.err.println("Error: " + e.getMessage());
      System.exit(1);
    }
  }

  static String usage() {
    return "bin/imbalance-spark -i <train.arff> [-T <test.arff> | -x <folds>] [-c last] [-sampler \"<spec>\"|none]\n"
      + "  [-W \"<classifier spec>\"] [-master local[*]] [-partitions n] [-smote-gather-max n]\n"
      + "  [-train-gather-max n] [-o <dir>] [-d <model file>]   (doc/spark.md)";
  }

  /**
   * Runs the job on a context.
   *
   * @param sc the context
   * @param s the settings
   * @return the report
   * @throws Exception if a step fails
   */
  static String run(JavaSparkContext sc, Settings s) throws Exception {
    Instances header = ArffRows.header(sc, s.m_Input, s.m_ClassIndex);
    JavaRDD<double[]> rows = ArffRows.rows(sc, s.m_Input, header, Math.max(s.m_Partitions, 1))
      .persist(StorageLevel.MEMORY_AND_DISK());
    StringBuilder report = new StringBuilder("=== imbalancedLearning on Spark (" + sc.master() + ") ===\n");
    report.append("Data: ").append(s.m_Input).append(", ").append(header.numAttributes()).append(" attributes, ")
      .append(rows.getNumPartitions()).append(" partitions\n");
    SparkEvaluation eval = new SparkEvaluation(header.numClasses());
    if (s.m_Folds >= 2) {
      double[][] foldCounts = Folds.weightedCounts(rows, header, s.m_Folds);
      for (int f = 0; f < s.m_Folds; f++) {
        JavaRDD<double[]> train = Folds.select(rows, header, s.m_Folds, f, false);
        Classifier model = fit(sc, train, header, s, null);
        eval.add(sc, model, Folds.select(rows, header, s.m_Folds, f, true), header, Folds.trainingCounts(foldCounts, f));
      }
      report.append(s.m_Folds).append("-fold cross-validation\n");
    }
    Classifier model = fit(sc, rows, header, s, report);
    if (!s.m_Test.isEmpty()) {
      Instances testHeader = ArffRows.header(sc, s.m_Test, s.m_ClassIndex);
      OptionValues.require(testHeader.equalHeaders(header), "T", s.m_Test, "the header of -i ("
        + testHeader.equalHeadersMsg(header) + ")");
      double[][] counts = Folds.weightedCounts(rows, header, 1);
      eval.add(sc, model, ArffRows.rows(sc, s.m_Test, header, Math.max(s.m_Partitions, 1)), header, counts[0]);
      report.append("Evaluated on ").append(s.m_Test).append('\n');
    }
    if (s.m_Folds >= 2 || !s.m_Test.isEmpty()) {
      report.append(eval.toSummaryString());
    }
    if (!s.m_ModelFile.isEmpty()) {
      SerializationHelper.write(s.m_ModelFile, model);
      report.append("Model saved to ").append(s.m_ModelFile).append('\n');
    }
    rows.unpersist();
    return report.toString();
  }

  /** Resamples (when a sampler is set) and trains; with a report, says the plan and writes -o. */
  private static Classifier fit(JavaSparkContext sc, JavaRDD<double[]> train, Instances header, Settings s,
    StringBuilder report) throws Exception {
    JavaRDD<double[]> data = train;
    if (s.m_Sampler != null) {
      SparkResampler resampler = new SparkResampler(s.m_Sampler, s.m_SmoteGatherMax);
      data = resampler.resample(sc, train, header).persist(StorageLevel.MEMORY_AND_DISK());
      if (report != null) {
        report.append("Sampling plan (").append(OptionValues.toSpec(s.m_Sampler)).append("):\n")
          .append(resampler.lastPlan().report(header.classAttribute()));
        boolean[] local = resampler.lastLocal();
        for (int c = 0; c < local.length; c++) {
          if (local[c]) {
            report.append("  class ").append(header.classAttribute().value(c))
              .append(": partition-local SMOTE (more than -smote-gather-max instances)\n");
          }
        }
      }
    }
    if (report != null && !s.m_Output.isEmpty()) {
      write(sc, data, header, s.m_Output);
      report.append("Resampled data written to ").append(s.m_Output).append(" (header.arff, part-*)\n");
    }
    Classifier model = SparkTraining.train(data, header, s.m_Classifier, s.m_TrainGatherMax, s.m_Partitions);
    if (report != null) {
      report.append("Classifier: ").append(OptionValues.toSpec(s.m_Classifier)).append('\n');
    }
    if (data != train) {
      data.unpersist();
    }
    return model;
  }

  /** Writes rows as an ARFF header file and data part files in dir. */
  static void write(JavaSparkContext sc, JavaRDD<double[]> rows, Instances header, String dir) throws Exception {
    Instances h = new Instances(header, 0);
    rows.map(r -> ArffRows.toInstance(r, h).toString()).saveAsTextFile(dir);
    Path p = new Path(dir, "header.arff");
    FileSystem fs = p.getFileSystem(sc.hadoopConfiguration());
    try (Writer w = new OutputStreamWriter(fs.create(p), StandardCharsets.UTF_8)) {
      w.write(h.toString());
      w.write('\n');
    }
  }

  /**
   * Cross-validation folds on an RDD: the j-th instance of class c in file order (over all
   * partitions) goes to fold j mod k, so every fold holds each class's instances within one
   * (stratified, deterministic; shuffle a sorted file first). Instances with a missing class
   * take their position among those. Needs the same partitioning on every call.
   */
  static final class Folds {
    private Folds() {
    }

    /** For each fold, the weighted class counts of its instances. */
    static double[][] weightedCounts(JavaRDD<double[]> rows, Instances header, int k) {
      int nc = header.numClasses();
      long[][] offsets = offsets(rows, header);
      int ci = header.classIndex();
      return rows.mapPartitionsWithIndex((p, it) -> {
        double[][] w = new double[k][nc];
        long[] next = offsets[p].clone();
        while (it.hasNext()) {
          double[] r = it.next();
          int c = ArffRows.classOf(r, ci);
          int slot = c < 0 ? nc : c;
          int fold = (int) (next[slot]++ % k);
          if (c >= 0) {
            w[fold][c] += r[r.length - 1];
          }
        }
        return Collections.singletonList(w).iterator();
      }, true).reduce((a, b) -> {
        for (int f = 0; f < a.length; f++) {
          for (int c = 0; c < a[f].length; c++) {
            a[f][c] += b[f][c];
          }
        }
        return a;
      });
    }

    static double[] trainingCounts(double[][] foldCounts, int f) {
      double[] t = new double[foldCounts[0].length];
      for (int g = 0; g < foldCounts.length; g++) {
        if (g != f) {
          for (int c = 0; c < t.length; c++) {
            t[c] += foldCounts[g][c];
          }
        }
      }
      return t;
    }

    /** The rows of fold f (test) or of the other folds (training). */
    static JavaRDD<double[]> select(JavaRDD<double[]> rows, Instances header, int k, int f, boolean test) {
      int nc = header.numClasses();
      long[][] offsets = offsets(rows, header);
      int ci = header.classIndex();
      return rows.mapPartitionsWithIndex((p, it) -> {
        long[] next = offsets[p].clone();
        return new Iterator<double[]>() {
          private double[] m_Next = advance();

          private double[] advance() {
            while (it.hasNext()) {
              double[] r = it.next();
              int c = ArffRows.classOf(r, ci);
              if ((next[c < 0 ? nc : c]++ % k == f) == test) {
                return r;
              }
            }
            return null;
          }

          @Override
          public boolean hasNext() {
            return m_Next != null;
          }

          @Override
          public double[] next() {
            double[] r = m_Next;
            m_Next = advance();
            return r;
          }
        };
      }, true);
    }

    /** Per partition, the number of instances of each class (and missing, last) in the partitions before it. */
    static long[][] offsets(JavaRDD<double[]> rows, Instances header) {
      int nc = header.numClasses();
      int ci = header.classIndex();
      List<long[]> perPartition = rows.mapPartitionsWithIndex((p, it) -> {
        long[] n = new long[nc + 2];
        n[nc + 1] = p;
        while (it.hasNext()) {
          int c = ArffRows.classOf(it.next(), ci);
          n[c < 0 ? nc : c]++;
        }
        return Collections.singletonList(n).iterator();
      }, true).collect();
      long[][] offsets = new long[perPartition.size()][nc + 1];
      long[] sum = new long[nc + 1];
      for (long[] n : perPartition) {
        int p = (int) n[nc + 1];
        offsets[p] = sum.clone();
        for (int c = 0; c <= nc; c++) {
          sum[c] += n[c];
        }
      }
      return offsets;
    }
  }
}
