package weka.imbalance.spark;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.File;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import weka.core.Instances;
import weka.filters.supervised.instance.SMOTEWithUndersampling;
import weka.imbalance.resampling.SamplingPlan;

/** The command's pieces: ARFF read in partitions, the resampled data written back, options refused when read. */
public class ImbalanceSparkJobTest {

  @Rule
  public TemporaryFolder tmp = new TemporaryFolder();

  /** Every line parsed in three partitions equals what Weka's ARFF reader reads (numeric and nominal data). */
  @Test
  public void partitionsParseAsWekaReads() throws Exception {
    for (String file : new String[] {"ecoli.arff", "car-vgood.arff"}) {
      Instances expected = LocalSpark.data(file);
      Instances header = ArffRows.header(LocalSpark.context(), LocalSpark.path(file), "last");
      assertTrue(header.equalHeaders(expected));
      List<double[]> rows = ArffRows.rows(LocalSpark.context(), LocalSpark.path(file), header, 3).collect();
      List<double[]> reference = ArffRows.toRows(expected);
      assertEquals(file, reference.size(), rows.size());
      for (int i = 0; i < rows.size(); i++) {
        assertArrayEquals(file + " row " + i, reference.get(i), rows.get(i), 0.0);
      }
    }
  }

  /** The job on ecoli: the report, and the written data read back with the planned class counts. */
  @Test
  public void jobWritesTheResampledData() throws Exception {
    File out = new File(tmp.getRoot(), "balanced");
    String ecoli = LocalSpark.path("ecoli.arff");
    ImbalanceSparkJob.Settings s = ImbalanceSparkJob.Settings.parse(new String[] {"-i", ecoli, "-T", ecoli,
      "-W", "weka.classifiers.bayes.NaiveBayes", "-o", out.getPath(), "-partitions", "2"});
    String report = ImbalanceSparkJob.run(LocalSpark.context(), s);
    assertTrue(report, report.contains("Balanced accuracy") && report.contains("Few-shot accuracy"));

    StringBuilder arff = new StringBuilder(new String(Files.readAllBytes(new File(out, "header.arff").toPath()),
      StandardCharsets.UTF_8));
    File[] parts = out.listFiles((d, n) -> n.startsWith("part-"));
    java.util.Arrays.sort(parts);
    for (File p : parts) {
      arff.append(new String(Files.readAllBytes(p.toPath()), StandardCharsets.UTF_8));
    }
    Instances written = new Instances(new StringReader(arff.toString()));
    written.setClassIndex(written.numAttributes() - 1);
    SamplingPlan plan = new SMOTEWithUndersampling().computePlan(LocalSpark.data("ecoli.arff"));
    int[] counts = new int[written.numClasses()];
    written.forEach(i -> counts[(int) i.classValue()]++);
    assertArrayEquals(plan.after(), counts);
  }

  /** Wrong options are refused when read, before any Spark work. */
  @Test
  public void badOptionsRefusedWhenRead() throws Exception {
    String[][] bad = {{"-i", "x.arff", "-x", "1"}, {"-x", "3"}, {"-i", "x.arff", "-sampler", "SMOTEWithUndersampling -W"},
      {"-i", "x.arff", "-sampler", "SMOTEWithUndersampling -scaling std"}, {"-i", "x.arff", "-T", "y.arff", "-x", "3"},
      {"-i", "x.arff", "-unknown"}};
    for (String[] args : bad) {
      try {
        ImbalanceSparkJob.Settings.parse(args);
        fail("accepted " + String.join(" ", args));
      } catch (Exception e) {
        assertTrue(String.join(" ", args) + ": " + e.getMessage(), e.getMessage() != null && !e.getMessage().isEmpty());
      }
    }
  }
}
