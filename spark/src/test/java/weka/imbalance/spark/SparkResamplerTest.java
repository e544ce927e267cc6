package weka.imbalance.spark;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.api.java.JavaRDD;
import org.junit.Test;

import weka.core.Instances;
import weka.filters.Filter;
import weka.filters.supervised.instance.SMOTEWithUndersampling;
import weka.imbalance.resampling.SamplingPlan;
import weka.imbalance.resampling.strategy.EqualCounts;
import weka.imbalance.resampling.strategy.ExplicitTargets;

/**
 * The Spark resampler against the single-JVM filter on the bundled data: the same plan, the same
 * synthetic instances, exact undersampled counts.
 */
public class SparkResamplerTest {

  private static List<double[]> singleJvm(SMOTEWithUndersampling filter, Instances data) throws Exception {
    filter.setInputFormat(data);
    return ArffRows.toRows(Filter.useFilter(data, filter));
  }

  private static List<double[]> spark(SMOTEWithUndersampling filter, Instances data, int partitions, long gatherMax,
    SparkResampler[] out) throws Exception {
    SparkResampler r = new SparkResampler(filter, gatherMax);
    JavaRDD<double[]> rows = r.resample(LocalSpark.context(), LocalSpark.rows(data, partitions), data);
    if (out != null) {
      out[0] = r;
    }
    return rows.collect();
  }

  private static void assertSameRows(List<double[]> expected, List<double[]> actual) {
    assertEquals("number of rows", expected.size(), actual.size());
    for (int i = 0; i < expected.size(); i++) {
      assertArrayEquals("row " + i, expected.get(i), actual.get(i), 0.0);
    }
  }

  /** A plan that only raises classes: the output is the filter's, instance for instance. */
  @Test
  public void raisingOnlyEqualsTheSingleJvmFilter() throws Exception {
    for (String file : new String[] {"ecoli.arff", "car-vgood.arff"}) {
      Instances data = LocalSpark.data(file);
      SMOTEWithUndersampling f = new SMOTEWithUndersampling();
      f.setSamplingStrategy(EqualCounts.at(EqualCounts.MAJORITY));
      f.setSeed(7);
      assertSameRows(singleJvm(f, data), spark(f, data, 3, Long.MAX_VALUE, null));
    }
  }

  /**
   * The default plan (every class to the mean) lowers the large classes: exactly the planned count
   * of each, drawn from the input without repetition, and the synthetic instances those of the
   * filter raising the same classes.
   */
  @Test
  public void undersamplingKeepsExactCountsAndSmoteMatches() throws Exception {
    Instances data = LocalSpark.data("ecoli.arff");
    SMOTEWithUndersampling f = new SMOTEWithUndersampling();
    f.setSeed(3);
    SparkResampler[] r = new SparkResampler[1];
    List<double[]> out = spark(f, data, 4, Long.MAX_VALUE, r);
    SamplingPlan plan = r[0].lastPlan();
    SamplingPlan expectedPlan = new SMOTEWithUndersampling().computePlan(data);
    assertArrayEquals(expectedPlan.after(), plan.after());
    assertArrayEquals(expectedPlan.before(), plan.before());

    int ci = data.classIndex();
    int[] counts = new int[data.numClasses()];
    for (double[] row : out) {
      counts[(int) row[ci]]++;
    }
    assertArrayEquals("exact per-class counts", plan.after(), counts);

    // the synthetic rows: those of the filter asked to raise the same classes to the same counts
    StringBuilder targets = new StringBuilder();
    for (int c = 0; c < plan.numClasses(); c++) {
      targets.append(c == 0 ? "" : ",").append(plan.after(c) > plan.before(c) ? String.valueOf(plan.after(c)) : "*");
    }
    SMOTEWithUndersampling raise = new SMOTEWithUndersampling();
    raise.setSeed(3);
    raise.setSamplingStrategy(ExplicitTargets.of(targets.toString()));
    List<double[]> reference = singleJvm(raise, data);
    List<double[]> expectedSynthetic = reference.subList(data.numInstances(), reference.size());
    List<double[]> actualSynthetic = out.subList(out.size() - expectedSynthetic.size(), out.size());
    assertSameRows(expectedSynthetic, actualSynthetic);

    // the rows before them: drawn from the input, none twice
    Map<String, Integer> input = new HashMap<>();
    for (double[] row : ArffRows.toRows(data)) {
      input.merge(Arrays.toString(row), 1, Integer::sum);
    }
    for (double[] row : out.subList(0, out.size() - expectedSynthetic.size())) {
      Integer left = input.get(Arrays.toString(row));
      assertTrue("kept row not in the input, or kept twice: " + Arrays.toString(row), left != null && left > 0);
      input.put(Arrays.toString(row), left - 1);
    }
  }
  /** A class above the gathering limit is oversampled in the partitions: exact total per class. */
  @Test
  public void partitionLocalSmoteReachesTheTargets() throws Exception {
    Instances data = LocalSpark.data("ecoli.arff");
    SMOTEWithUndersampling f = new SMOTEWithUndersampling();
    f.setSamplingStrategy(EqualCounts.at(EqualCounts.MAJORITY));
    SparkResampler[] r = new SparkResampler[1];
    List<double[]> out = spark(f, data, 3, 10, r);
    SamplingPlan plan = r[0].lastPlan();
    int ci = data.classIndex();
    int[] counts = new int[data.numClasses()];
    for (double[] row : out) {
      counts[(int) row[ci]]++;
    }
    assertArrayEquals(plan.after(), counts);
    boolean[] local = r[0].lastLocal();
    for (int c = 0; c < local.length; c++) {
      assertEquals("class " + c + " local iff raised and above 10", plan.after(c) > plan.before(c)
        && plan.before(c) > 10, local[c]);
    }
  }

  /** Options the Spark path cannot honour are refused when the resampler is made. */
  @Test(expected = IllegalArgumentException.class)
  public void refusesKeepClassWeight() {
    SMOTEWithUndersampling f = new SMOTEWithUndersampling();
    f.setKeepClassWeight(true);
    new SparkResampler(f, 10);
  }
}
