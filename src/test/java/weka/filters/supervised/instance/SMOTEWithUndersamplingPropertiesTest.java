package weka.filters.supervised.instance;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.Test;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;
import weka.core.converters.ConverterUtils.DataSource;
import weka.filters.Filter;
import weka.imbalance.resampling.SamplingPlan;

/**
 * Properties of SMOTEWithUndersampling checked against brute force computed here: synthetic
 * instances lie in the hyper-rectangle (or on the segment) of a base instance and one of its true k
 * nearest same-class neighbours, counts equal the plan, weights as documented, input untouched,
 * later batches passed through, same seed same output with 1 and 2 threads; plus exact tiny cases.
 */
public class SMOTEWithUndersamplingPropertiesTest {

  private static final double TOL = 1e-9;

  /** Numeric data: classes a, b, c, d (d empty) with the given sizes, weights in (0.5, 1.5]. */
  static Instances numeric(int[] sizes, int d, long seed) {
    ArrayList<Attribute> atts = new ArrayList<>();
    for (int a = 0; a < d; a++) {
      atts.add(new Attribute("x" + a));
    }
    atts.add(new Attribute("class", Arrays.asList("a", "b", "c", "d")));
    Instances data = new Instances("rand", atts, 0);
    data.setClassIndex(d);
    Random r = new Random(seed);
    for (int c = 0; c < sizes.length; c++) {
      for (int i = 0; i < sizes[c]; i++) {
        double[] v = new double[d + 1];
        for (int a = 0; a < d; a++) {
          v[a] = r.nextGaussian() * (a + 1) + c; // different spreads: scaling matters
        }
        v[d] = c;
        data.add(new DenseInstance(0.5 + r.nextDouble(), v));
      }
    }
    // shuffle so that classes interleave
    data.randomize(new Random(seed + 1));
    return data;
  }

  static SMOTEWithUndersampling filter(String... options) throws Exception {
    SMOTEWithUndersampling f = new SMOTEWithUndersampling();
    f.setOptions(options.clone());
    return f;
  }

  static Instances run(Filter f, Instances data) throws Exception {
    f.setInputFormat(data);
    return Filter.useFilter(data, f);
  }

  /** Range-scaled squared distance as the filter documents it, computed from scratch. */
  static double dist(Instances data, double[] lo, double[] hi, Instance x, Instance y) {
    double s = 0;
    for (int a = 0; a < data.numAttributes(); a++) {
      if (a != data.classIndex()) {
        double w = hi[a] > lo[a] ? 1 / (hi[a] - lo[a]) : 1;
        double t = (x.value(a) - y.value(a)) * w;
        s += t * t;
      }
    }
    return s;
  }

  /** For each instance of class c (positions into data), its true k nearest same-class instances. */
  static List<int[]> trueNeighbours(Instances data, int c, int k, List<Integer> rows) {
    double[] lo = new double[data.numAttributes()];
    double[] hi = new double[data.numAttributes()];
    for (int a = 0; a < lo.length; a++) {
      lo[a] = data.attributeStats(a).numericStats == null ? 0 : data.attributeStats(a).numericStats.min;
      hi[a] = data.attributeStats(a).numericStats == null ? 0 : data.attributeStats(a).numericStats.max;
    }
    for (int i = 0; i < data.numInstances(); i++) {
      if ((int) data.instance(i).classValue() == c) {
        rows.add(i);
      }
    }
    List<int[]> nn = new ArrayList<>();
    for (int i : rows) {
      Integer[] o = rows.stream().filter(j -> j != i).toArray(Integer[]::new);
      Arrays.sort(o, (p, q) -> Double.compare(dist(data, lo, hi, data.instance(i), data.instance(p)),
        dist(data, lo, hi, data.instance(i), data.instance(q))));
      int[] best = new int[Math.min(k, o.length)];
      for (int t = 0; t < best.length; t++) {
        best[t] = o[t];
      }
      nn.add(best);
    }
    return nn;
  }

  /**
   * Checks every synthetic instance of class c: it lies in the box (or on the segment) of its base
   * instance (found by its weight, which is the base's) and one of the base's true k nearest
   * neighbours. Returns, per synthetic instance, the gaps g_a = (z_a - x_a) / (y_a - x_a) of the
   * attributes where x and y differ, x the base and y the first such neighbour.
   */
  static List<double[]> checkSynthetic(Instances data, Instances out, int firstSynthetic, int c, int k,
    boolean segment) {
    List<Integer> rows = new ArrayList<>();
    List<int[]> nn = trueNeighbours(data, c, k, rows);
    List<double[]> gaps = new ArrayList<>();
    for (int s = firstSynthetic; s < out.numInstances(); s++) {
      Instance syn = out.instance(s);
      if ((int) syn.classValue() != c) {
        continue;
      }
      double[] found = null;
      for (int b = 0; b < rows.size() && found == null; b++) {
        Instance base = data.instance(rows.get(b));
        if (Math.abs(base.weight() - syn.weight()) > TOL) {
          continue; // weight = base instance's weight
        }
        for (int j : nn.get(b)) {
          if (segment ? onSegment(base, data.instance(j), syn) : inBox(base, data.instance(j), syn)) {
            found = gaps(base, data.instance(j), syn);
            break;
          }
        }
      }
      assertTrue("synthetic " + syn + " is not between an instance and one of its " + k + " nearest neighbours",
        found != null);
      gaps.add(found);
    }
    return gaps;
  }

  static double[] gaps(Instance x, Instance y, Instance z) {
    double[] g = new double[z.numAttributes()];
    int n = 0;
    for (int a = 0; a < z.numAttributes(); a++) {
      double span = y.value(a) - x.value(a);
      if (a != z.classIndex() && Math.abs(span) > 1e-12) {
        g[n++] = (z.value(a) - x.value(a)) / span;
      }
    }
    return Arrays.copyOf(g, n);
  }

  /**
   * The gaps are spread as U[0, 1): the one-sample Kolmogorov-Smirnov distance of all of them to
   * the uniform distribution is below its 0.1% critical value (a filter that copied its base
   * instances, gap 0, or its neighbours, gap 1, fails). With one gap per attribute, two gaps of the
   * same instance differ by 1/3 on average, as independent uniforms do (one gap per instance: 0).
   */
  static void assertGapsUniform(List<double[]> gaps, boolean perAttribute) {
    // one gap per instance: its attributes share it, so each instance counts once
    double[] all = gaps.stream().flatMapToDouble(g -> perAttribute ? Arrays.stream(g) : Arrays.stream(g, 0, 1))
      .sorted().toArray();
    double d = 0;
    for (int i = 0; i < all.length; i++) {
      d = Math.max(d, Math.max(Math.abs((i + 1.0) / all.length - all[i]), Math.abs(all[i] - (double) i / all.length)));
    }
    assertTrue(all.length + " gaps: KS distance to U[0, 1) " + d, d < 1.95 / Math.sqrt(all.length));
    double diff = 0;
    int pairs = 0;
    for (double[] g : gaps) {
      for (int a = 1; a < g.length; a++) {
        diff += Math.abs(g[a] - g[a - 1]);
        pairs++;
      }
    }
    double mean = diff / pairs;
    assertTrue("mean difference of an instance's gaps " + mean, perAttribute ? Math.abs(mean - 1 / 3.0) < 0.05
      : mean < 1e-6);
  }

  static boolean inBox(Instance x, Instance y, Instance z) {
    for (int a = 0; a < z.numAttributes(); a++) {
      if (a == z.classIndex()) {
        continue;
      }
      double lo = Math.min(x.value(a), y.value(a));
      double hi = Math.max(x.value(a), y.value(a));
      if (z.value(a) < lo - TOL || z.value(a) > hi + TOL) {
        return false;
      }
    }
    return true;
  }

  static boolean onSegment(Instance x, Instance y, Instance z) {
    double g = Double.NaN;
    for (int a = 0; a < z.numAttributes(); a++) {
      if (a == z.classIndex()) {
        continue;
      }
      double span = y.value(a) - x.value(a);
      double off = z.value(a) - x.value(a);
      if (Math.abs(span) < 1e-12) {
        if (Math.abs(off) > TOL) {
          return false;
        }
        continue;
      }
      double ga = off / span;
      if (ga < -TOL || ga > 1 + TOL || (!Double.isNaN(g) && Math.abs(ga - g) > 1e-7)) {
        return false;
      }
      g = ga;
    }
    return true;
  }

  static int[] classCounts(Instances data) {
    int[] n = new int[data.numClasses()];
    for (Instance i : data) {
      if (!i.classIsMissing()) {
        n[(int) i.classValue()]++;
      }
    }
    return n;
  }

  @Test
  public void syntheticInstancesLieInTheBoxOfATrueNeighbour() throws Exception {
    Instances data = numeric(new int[] {120, 40, 13}, 4, 11);
    SMOTEWithUndersampling f = filter("-over", "majority", "-K", "4");
    Instances out = run(f, data);
    assertArrayEquals(new int[] {120, 120, 120, 0}, classCounts(out));
    List<double[]> b = checkSynthetic(data, out, data.numInstances(), 1, 4, false);
    List<double[]> c = checkSynthetic(data, out, data.numInstances(), 2, 4, false);
    assertEquals(80, b.size());
    assertEquals(107, c.size());
    b.addAll(c);
    assertGapsUniform(b, true);
  }

  @Test
  public void perInstanceGapLiesOnTheSegment() throws Exception {
    Instances data = numeric(new int[] {60, 25}, 3, 12);
    Instances out = run(filter("-gap", "instance", "-P", "250", "-K", "3", "-num-threads", "2"), data);
    assertArrayEquals(new int[] {60, 87, 0, 0}, classCounts(out));
    List<double[]> gaps = checkSynthetic(data, out, data.numInstances(), 1, 3, true);
    assertEquals(62, gaps.size());
    assertGapsUniform(gaps, false);
  }

  @Test
  public void countsFollowThePlanExactly() throws Exception {
    Instances data = numeric(new int[] {90, 30, 7}, 2, 13);
    String[][] configs = {
      {"-over", "ratio", "-over-ratio", "0.5"},
      {"-over", "count", "-over-count", "50", "-under", "count", "-under-count", "60"},
      {"-C", "first", "-P", "0", "-under", "ratio", "-under-ratio", "2"},
      {"-C", "2", "-P", "330", "-under", "ratio", "-under-ratio", "1.5"},
      {"-over", "explicit", "-over-targets", "40,*,21,5"},
      {"-C", "last", "-P", "100"} };
    int[][] expected = {{90, 45, 45, 0}, {60, 50, 50, 0}, {14, 14, 7, 0}, {90, 129, 7, 0}, {40, 30, 21, 0},
      {90, 30, 7, 0}};
    for (int t = 0; t < configs.length; t++) {
      SMOTEWithUndersampling f = filter(configs[t]);
      Instances out = run(f, data);
      assertArrayEquals(Arrays.toString(configs[t]), expected[t], classCounts(out));
      assertArrayEquals(f.getLastPlan().after(), classCounts(out));
    }
  }

  @Test
  public void keepClassWeightPreservesEachClassTotal() throws Exception {
    Instances data = numeric(new int[] {80, 20}, 2, 14);
    Instances out = run(filter("-W", "-P", "300", "-under", "ratio", "-under-ratio", "0.5"), data);
    assertArrayEquals(new int[] {40, 80, 0, 0}, classCounts(out));
    double[] before = weka.imbalance.ClassPriors.weightedCounts(data);
    double[] after = weka.imbalance.ClassPriors.weightedCounts(out);
    assertArrayEquals(before, after, 1e-9);
  }

  @Test
  public void inputUntouchedSecondBatchPassesThroughSeedDeterminesOutput() throws Exception {
    Instances data = numeric(new int[] {70, 15}, 3, 15);
    String before = data.toString() + Arrays.toString(weights(data));
    SMOTEWithUndersampling f = filter("-P", "200", "-num-threads", "1");
    Instances out1 = run(f, data);
    assertEquals(before, data.toString() + Arrays.toString(weights(data)));
    // a second batch through the same filter object is passed through unchanged
    Instances test = numeric(new int[] {9, 3}, 3, 16);
    for (Instance i : test) {
      f.input(i);
    }
    f.batchFinished();
    Instances passed = f.getOutputFormat();
    Instance o;
    while ((o = f.output()) != null) {
      passed.add(o);
    }
    assertEquals(test.numInstances(), passed.numInstances());
    for (int i = 0; i < test.numInstances(); i++) {
      assertEquals(test.instance(i).toString(), passed.instance(i).toString());
    }
    assertArrayEquals(weights(test), weights(passed), 0);
    // same seed, 2 threads, other search methods: identical output, order included
    for (String[] opts : new String[][] {{"-num-threads", "2"}, {"-search", "brute", "-num-threads", "2"},
      {"-search", "kdtree"}}) {
      String[] all = Utils.joinOptions(new String[] {"-P", "200"}).split(" ");
      String[] o2 = Arrays.copyOf(all, all.length + opts.length);
      System.arraycopy(opts, 0, o2, all.length, opts.length);
      Instances out2 = run(filter(o2), data);
      assertEquals(Arrays.toString(opts), body(out1), body(out2));
      assertArrayEquals(weights(out1), weights(out2), 0);
    }
    assertNotEquals(body(out1), body(run(filter("-P", "200", "-S", "2"), data)));
  }

  @Test
  public void everyClassRaisedGivesTheSameOutputWithTwoThreads() throws Exception {
    // several classes searched in one call, run whole on the threads at the same time: the output,
    // order included, is the one-thread output
    int[] sizes = {150, 60, 25, 6};
    Instances data = numeric(sizes, 5, 16);
    Instances one = run(filter("-strategy", "EqualCounts -at majority", "-num-threads", "1"), data);
    Instances two = run(filter("-strategy", "EqualCounts -at majority", "-num-threads", "2"), data);
    assertEquals(4 * 150, one.numInstances());
    assertEquals(body(one), body(two));
    for (int c = 1; c < sizes.length; c++) {
      checkSynthetic(data, one, data.numInstances(), c, Math.min(5, sizes[c] - 1), false);
    }
  }

  /** The instances and their weights, without the (renamed) header. */
  static String body(Instances d) {
    StringBuilder sb = new StringBuilder();
    for (Instance i : d) {
      sb.append(i).append(" w=").append(i.weight()).append('\n');
    }
    return sb.toString();
  }

  static double[] weights(Instances d) {
    double[] w = new double[d.numInstances()];
    for (int i = 0; i < w.length; i++) {
      w[i] = d.instance(i).weight();
    }
    return w;
  }

  // ---------------------------------------------------------------- exact tiny cases

  /** One numeric attribute x and a two-valued class; class "min" gets the given x values. */
  static Instances tiny(double[] maj, double[] min) {
    ArrayList<Attribute> atts = new ArrayList<>();
    atts.add(new Attribute("x"));
    atts.add(new Attribute("class", Arrays.asList("maj", "min")));
    Instances data = new Instances("tiny", atts, 0);
    data.setClassIndex(1);
    for (double v : maj) {
      data.add(new DenseInstance(1, new double[] {v, 0}));
    }
    for (double v : min) {
      data.add(new DenseInstance(2, new double[] {v, 1}));
    }
    return data;
  }

  @Test
  public void oneDimensionalNeighboursAreExact() throws Exception {
    // k = 1: 0 -> 1, 1 -> 0, 3 -> 1; -P 100 gives one synthetic per base, in base order
    Instances data = tiny(new double[] {10, 11, 12, 13, 14, 15}, new double[] {0, 1, 3});
    Instances out = run(filter("-K", "1"), data);
    assertEquals(12, out.numInstances());
    double[][] box = {{0, 1}, {0, 1}, {1, 3}};
    for (int s = 0; s < 3; s++) {
      double v = out.instance(9 + s).value(0);
      // strictly inside: a gap of 0 or 1 (a copy of an end point) has probability 0
      assertTrue(v + " in " + Arrays.toString(box[s]), v > box[s][0] && v < box[s][1]);
      assertEquals(2.0, out.instance(9 + s).weight(), 0);
      assertEquals(1.0, out.instance(9 + s).classValue(), 0);
    }
  }

  @Test
  public void tinyClassesDoNotCrash() throws Exception {
    // one instance: duplicated; -C naming an empty class: nothing happens; k larger than the class
    Instances one = tiny(new double[] {1, 2, 3}, new double[] {7});
    Instances out = run(filter("-P", "200"), one);
    assertEquals(6, out.numInstances());
    assertEquals(7.0, out.instance(4).value(0), 0);
    assertEquals(7.0, out.instance(5).value(0), 0);
    Instances none = tiny(new double[] {1, 2, 3}, new double[0]);
    assertEquals(body(none), body(run(filter("-C", "2"), none)));
    Instances three = tiny(new double[] {1, 2, 3, 4}, new double[] {5, 6, 8});
    assertEquals(10, run(filter("-K", "5", "-P", "100"), three).numInstances());
  }

  @Test
  public void missingClassPassesThroughAndIsNotAClass() throws Exception {
    Instances data = tiny(new double[] {1, 2, 3, 4, 5}, new double[] {8, 9});
    for (int i = 0; i < 4; i++) {
      data.add(new DenseInstance(1, new double[] {i, Utils.missingValue()}));
    }
    Instances out = run(filter("-under", "ratio", "-under-ratio", "1"), data);
    // auto class = "min" (2), raised to 4; "maj" cut to 4; the 4 missing-class instances kept
    assertEquals(4 + 4 + 4, out.numInstances());
    int missing = 0;
    for (Instance i : out) {
      missing += i.classIsMissing() ? 1 : 0;
    }
    assertEquals(4, missing);
  }

  @Test
  public void nominalValuesAreTheNeighboursVoteAndMissingValuesAreFilled() throws Exception {
    ArrayList<Attribute> atts = new ArrayList<>();
    atts.add(new Attribute("x"));
    atts.add(new Attribute("colour", Arrays.asList("red", "green")));
    atts.add(new Attribute("class", Arrays.asList("maj", "min")));
    Instances data = new Instances("nom", atts, 0);
    data.setClassIndex(2);
    double m = Utils.missingValue();
    for (int i = 0; i < 6; i++) {
      data.add(new DenseInstance(1, new double[] {i, 0, 0}));
    }
    // minority: base (x missing, red); its 2 neighbours are green with x = 5 and x = 6
    data.add(new DenseInstance(1, new double[] {m, 0, 1}));
    data.add(new DenseInstance(1, new double[] {5, 1, 1}));
    data.add(new DenseInstance(1, new double[] {6, 1, 1}));
    Instances out = run(filter("-K", "2"), data);
    Instance fromBase = out.instance(9);
    assertEquals("green", fromBase.stringValue(1));
    assertTrue(fromBase.value(0) == 5 || fromBase.value(0) == 6);
  }

  @Test
  public void planAgreesWithWekasSmotePackageCounts() throws Exception {
    Instances data = DataSource.read(new File("data/yeast4.arff").getPath());
    data.setClassIndex(data.numAttributes() - 1);
    for (String p : new String[] {"100", "250", "37"}) {
      weka.filters.supervised.instance.SMOTE anchor = new weka.filters.supervised.instance.SMOTE();
      anchor.setOptions(new String[] {"-P", p});
      int[] theirs = classCounts(run(anchor, data));
      int[] ours = classCounts(run(filter("-P", p), data));
      assertArrayEquals("-P " + p, theirs, ours);
    }
  }

  @Test
  public void withNoOptionsEveryClassEndsAtTheMeanCountBySmoteAndUndersampling() throws Exception {
    Instances data = DataSource.read(new File("data/yeast.arff").getPath());
    data.setClassIndex(data.numAttributes() - 1);
    // yeast: 463 429 244 163 51 44 35 30 20 5 = 1484 instances in 10 classes, mean 148.4 -> 148
    SMOTEWithUndersampling f = new SMOTEWithUndersampling();
    Instances out = run(f, data);
    int[] expected = new int[10];
    Arrays.fill(expected, 148);
    assertArrayEquals(expected, classCounts(out));
    // the four classes above 148 lost a random subset of their own instances, the six below kept all
    // theirs and gained synthetic ones (an instance of the output that is no input instance)
    java.util.Map<String, Integer> input = new java.util.HashMap<>();
    for (Instance i : data) {
      input.merge(i.toString(), 1, Integer::sum);
    }
    int kept = 0;
    for (Instance i : out) {
      Integer left = input.get(i.toString());
      if (left != null && left > 0) {
        input.put(i.toString(), left - 1);
        kept++;
      }
    }
    assertEquals(4 * 148 + 51 + 44 + 35 + 30 + 20 + 5, kept);
    assertEquals("EqualCounts -at mean", f.getSamplingStrategy().toString());
  }

  @Test
  public void theSmotePackagesOptionsOnTheirOwnGiveThePackagesCounts() throws Exception {
    Instances data = DataSource.read(new File("data/yeast4.arff").getPath());
    data.setClassIndex(data.numAttributes() - 1);
    for (String[] o : new String[][] {{"-K", "3"}, {"-S", "7"}, {"-C", "1", "-P", "30"}, {"-C", "first", "-P", "250"},
      {"-C", "0", "-K", "5", "-P", "100.0", "-S", "1"}}) {
      weka.filters.supervised.instance.SMOTE anchor = new weka.filters.supervised.instance.SMOTE();
      anchor.setOptions(o.clone());
      assertArrayEquals(Arrays.toString(o), classCounts(run(anchor, data)), classCounts(run(filter(o), data)));
    }
    // with no option at all the package only doubles the smallest class; this filter balances
    assertNotEquals(classCounts(run(new weka.filters.supervised.instance.SMOTE(), data))[0],
      classCounts(run(filter(), data))[0]);
  }

  @Test
  public void badOptionsNameTheOption() throws Exception {
    Instances data = tiny(new double[] {1, 2, 3}, new double[] {7, 8});
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> run(filter("-C", "9"), data));
    assertTrue(e.getMessage(), e.getMessage().startsWith("-C"));
    e = assertThrows(IllegalArgumentException.class, () -> filter("-over", "most"));
    assertTrue(e.getMessage(), e.getMessage().contains("-over") && e.getMessage().contains("most"));
    e = assertThrows(IllegalArgumentException.class, () -> filter("-K", "0"));
    assertTrue(e.getMessage(), e.getMessage().startsWith("-K"));
  }

  @Test
  public void vdmAndSmoteNcFindNeighboursOnMixedData() throws Exception {
    Instances data = DataSource.read(new File("data/cleveland-0_vs_4.arff").getPath());
    data.setClassIndex(data.numAttributes() - 1);
    for (String metric : new String[] {"smote-nc", "vdm"}) {
      SMOTEWithUndersampling f = filter("-over", "majority", "-nominal-distance", metric, "-scaling", "std");
      Instances out = run(f, data);
      int[] n = classCounts(out);
      assertEquals(n[0], n[1]);
      SamplingPlan p = f.getLastPlan();
      assertArrayEquals(p.after(), n);
    }
  }
}
