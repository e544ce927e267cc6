package weka.filters.supervised.instance;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static weka.filters.supervised.instance.ResamplingOptionsTest.refused;
import static weka.filters.supervised.instance.ResamplingOptionsTest.refusedOptions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Random;

import org.junit.Test;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.SelectedTag;
import weka.core.Utils;
import weka.filters.Filter;
import weka.imbalance.resampling.ExactSearch;
import weka.imbalance.resampling.Oversampler;

/**
 * ADASYN, BorderlineSMOTE and RandomOverSampler: options checked when set, Borderline-SMOTE2's
 * geometry, the corner cases (no danger set, no neighbour of another class), weights, nominal
 * attributes, missing classes. Their agreement with imbalanced-learn is in OversamplersVsImblearnTest.
 */
public class OversamplersTest {

  @Test
  public void everyBadValueIsRefusedWhenSet() {
    String[][] common = {
      {"-strategy Nope", "-strategy: cannot use 'Nope'"},
      {"-S x", "-S takes a whole number, got 'x'"}};
    String[][] neighbours = {
      {"-K 0", "-K must be >= 1, got 0"},
      {"-scaling minmax", "-scaling must be one of range, std, none, got 'minmax'"},
      {"-nominal-distance hamming", "-nominal-distance must be one of smote-nc, vdm, got 'hamming'"},
      {"-search fast", "-search: cannot use 'fast'"}};
    for (Oversampler f : new Oversampler[] {new ADASYN(), new BorderlineSMOTE(), new RandomOverSampler()}) {
      for (String[] c : common) {
        refusedOptions(f, c[0], c[1]);
      }
      refused("-strategy must be a sampling strategy, got null", () -> f.setSamplingStrategy(null));
    }
    for (Oversampler f : new Oversampler[] {new ADASYN(), new BorderlineSMOTE()}) {
      for (String[] c : neighbours) {
        refusedOptions(f, c[0], c[1]);
      }
    }
    refusedOptions(new BorderlineSMOTE(), "-M 0", "-M must be >= 1, got 0");
    refusedOptions(new BorderlineSMOTE(), "-kind borderline-3", "-kind must be one of borderline-1, borderline-2, "
      + "got 'borderline-3'");
    refused("-M must be >= 1, got -1", () -> new BorderlineSMOTE().setDangerNeighbors(-1));
    refused("-kind must be one of", () -> new BorderlineSMOTE().setKind(new SelectedTag(0,
      weka.imbalance.resampling.MixedDistance.TAGS_SCALING)));
    refused("-K must be >= 1, got 0", () -> new ADASYN().setNearestNeighbors(0));
    refusedOptions(new RandomOverSampler(), "-shrinkage -1", "-shrinkage must be finite and >= 0, got -1.0");
    refused("-shrinkage must be finite and >= 0, got NaN", () -> new RandomOverSampler().setShrinkage(Double.NaN));
  }

  @Test
  public void optionsSurviveARoundTrip() throws Exception {
    String[] lines = {"-kind borderline-2 -M 7 -K 3 -scaling std -strategy \"RaiseToRatio -ratio 0.5\" -W -S 4",
      "-shrinkage 0.5 -strategy \"RaiseToCount -count 9\" -S 2", "-K 2 -nominal-distance vdm -S 3"};
    Filter[] filters = {new BorderlineSMOTE(), new RandomOverSampler(), new ADASYN()};
    for (int i = 0; i < filters.length; i++) {
      ((weka.core.OptionHandler) filters[i]).setOptions(Utils.splitOptions(lines[i]));
      String[] once = ((weka.core.OptionHandler) filters[i]).getOptions();
      Filter copy = filters[i].getClass().newInstance();
      ((weka.core.OptionHandler) copy).setOptions(once.clone());
      assertArrayEquals(((weka.core.OptionHandler) copy).getOptions(), once);
    }
    assertTrue(Utils.joinOptions(filters[0].getOptions()).contains("-kind borderline-2 -M 7 -K 3"));
  }

  /** Two Gaussian classes in 2-d: class 0 (n0 points at the origin), class 1 (n1 points at (d, 0)). */
  static Instances twoBlobs(int n0, int n1, double d, long seed) {
    ArrayList<Attribute> atts = new ArrayList<>();
    atts.add(new Attribute("x"));
    atts.add(new Attribute("y"));
    atts.add(new Attribute("class", Arrays.asList("a", "b")));
    Instances data = new Instances("blobs", atts, 0);
    data.setClassIndex(2);
    Random r = new Random(seed);
    for (int i = 0; i < n0 + n1; i++) {
      int c = i < n0 ? 0 : 1;
      data.add(new DenseInstance(1, new double[] {r.nextGaussian() + c * d, r.nextGaussian(), c}));
    }
    return data;
  }

  static int[] counts(Instances data) {
    int[] n = new int[data.numClasses()];
    for (Instance i : data) {
      if (!i.classIsMissing()) {
        n[(int) i.classValue()]++;
      }
    }
    return n;
  }

  static double sq(double[] a, double[] b) {
    return (a[0] - b[0]) * (a[0] - b[0]) + (a[1] - b[1]) * (a[1] - b[1]);
  }

  @Test
  public void borderline2InterpolatesTowardsAnyNeighbourAtMostHalfWayToAnotherClass() throws Exception {
    Instances data = twoBlobs(200, 40, 1.5, 3);
    BorderlineSMOTE f = new BorderlineSMOTE();
    f.setOptions(Utils.splitOptions("-kind borderline-2 -K 5 -scaling none"));
    int[] danger = f.dangerSet(data, 1);
    assertTrue("a danger set to work with: " + danger.length, danger.length >= 5);
    f.setInputFormat(data);
    Instances out = Filter.useFilter(data, f);
    assertArrayEquals(new int[] {200, 200}, counts(out));
    int towardsOther = 0;
    for (int s = data.numInstances(); s < out.numInstances(); s++) {
      double[] z = out.instance(s).toDoubleArray();
      boolean found = false;
      for (int b : danger) {
        double[] x = data.instance(b).toDoubleArray();
        // the base's 5 nearest among all other instances, by brute force
        Integer[] order = new Integer[data.numInstances()];
        for (int i = 0; i < order.length; i++) {
          order[i] = i;
        }
        Arrays.sort(order, (i, j) -> Double.compare(sq(x, data.instance(i).toDoubleArray()),
          sq(x, data.instance(j).toDoubleArray())));
        for (int j = 1; j <= 5 && !found; j++) {
          double[] y = data.instance(order[j]).toDoubleArray();
          double t = ((z[0] - x[0]) * (y[0] - x[0]) + (z[1] - x[1]) * (y[1] - x[1])) / sq(x, y);
          double[] p = {x[0] + t * (y[0] - x[0]), x[1] + t * (y[1] - x[1])};
          double limit = y[2] == 1 ? 1 : 0.5;
          if (sq(p, z) < 1e-18 && t >= 0 && t <= limit) {
            found = true;
            towardsOther += y[2] == 1 ? 0 : 1;
          }
        }
        if (found) {
          break;
        }
      }
      assertTrue("synthetic instance " + Arrays.toString(z) + " on no allowed segment", found);
    }
    assertTrue("some instances lie towards the other class: " + towardsOther, towardsOther > 10);
  }

  @Test
  public void aClassWithoutDangerIsNotRaisedAndThePlanSaysSo() throws Exception {
    Instances data = twoBlobs(100, 20, 50, 1);
    BorderlineSMOTE f = new BorderlineSMOTE();
    f.setInputFormat(data);
    Instances out = Filter.useFilter(data, f);
    assertEquals(0, f.dangerSet(data, 1).length);
    assertArrayEquals(new int[] {100, 20}, counts(out));
    assertEquals(20, f.getLastPlan().after(1));
  }

  @Test
  public void adasynWithoutNeighboursOfAnotherClassSpreadsEvenly() throws Exception {
    Instances data = twoBlobs(100, 20, 50, 1);
    ADASYN f = new ADASYN();
    assertNull(f.syntheticPerInstance(data, 1));
    f.setInputFormat(data);
    Instances out = Filter.useFilter(data, f);
    assertArrayEquals(new int[] {100, 100}, counts(out));
  }

  @Test
  public void adasynSearchesItsClassesInOneCallWithTheSameOutput() throws Exception {
    // every class raised: ADASYN searches the classes' own neighbours in one call before preparing
    // them (two threads: classes at the same time); the output, order included, is that of the
    // class-by-class search on one thread
    Instances data = SMOTEWithUndersamplingPropertiesTest.numeric(new int[] {150, 60, 25, 6}, 5, 17);
    int[] calls = new int[2];
    ExactSearch counting = new ExactSearch() {
      @Override
      public int[][] kNearest(double[] points, int n, int d, int k) throws Exception {
        calls[0]++;
        return super.kNearest(points, n, d, k);
      }

      @Override
      public int[][][] kNearestEach(double[][] points, int[] n, int d, int[] k, String[] how) throws Exception {
        calls[1]++;
        return super.kNearestEach(points, n, d, k, how);
      }
    };
    counting.setNumThreads(2);
    ADASYN together = new ADASYN();
    together.setOptions(new String[] {"-strategy", "EqualCounts -at majority"});
    together.setNeighbourSearch(counting);
    ADASYN oneByOne = new ADASYN() {
      @Override
      protected boolean searchesEveryRaisedClass() {
        return false;
      }
    };
    oneByOne.setOptions(new String[] {"-strategy", "EqualCounts -at majority"});
    Instances a = SMOTEWithUndersamplingPropertiesTest.run(together, data);
    Instances b = SMOTEWithUndersamplingPropertiesTest.run(oneByOne, data);
    assertTrue(a.numInstances() > data.numInstances());
    assertEquals(SMOTEWithUndersamplingPropertiesTest.body(b), SMOTEWithUndersamplingPropertiesTest.body(a));
    assertArrayEquals("class-by-class searches, calls with every class", new int[] {0, 1}, calls);
  }

  @Test
  public void theSearchAmongAllInstancesIsDoneOncePerBatch() throws Exception {
    // ADASYN raising two classes of a set too large for the direct comparison (800 x 3,000 pairs)
    // searches the neighbours of every instance once: the same points for both classes (no nominal
    // attribute), so the second class takes the first one's search
    Instances data = SMOTEWithUndersamplingPropertiesTest.numeric(new int[] {1500, 800, 700}, 5, 18);
    int[] calls = new int[1];
    ExactSearch counting = new ExactSearch() {
      @Override
      public int[][] kNearest(double[] points, int n, int d, int k) throws Exception {
        calls[0] += n == data.numInstances() ? 1 : 0;
        return super.kNearest(points, n, d, k);
      }
    };
    ADASYN f = new ADASYN();
    f.setOptions(new String[] {"-strategy", "EqualCounts -at majority"});
    f.setNeighbourSearch(counting);
    Instances out = SMOTEWithUndersamplingPropertiesTest.run(f, data);
    assertTrue(out.numInstances() > data.numInstances());
    assertEquals("searches of all the instances", 1, calls[0]);
  }

  @Test
  public void adasynAmountsFollowTheDensityRatioByHand() {
    // r = (1, 0, 3) of K: shares 1/4, 0, 3/4 of G = 10: 2.5 -> 2 (half to even), 0, 7.5 -> 8
    assertArrayEquals(new int[] {2, 0, 8}, ADASYN.amounts(new int[] {1, 0, 3}, 10));
    // 3.5 -> 4 and 3.5 -> 4: the rounding may exceed G, as in the paper and imbalanced-learn
    assertArrayEquals(new int[] {4, 4}, ADASYN.amounts(new int[] {1, 1}, 7));
    assertNull(ADASYN.amounts(new int[] {0, 0}, 7));
  }

  @Test
  public void weightsNominalValuesAndMissingClassesAreKept() throws Exception {
    ArrayList<Attribute> atts = new ArrayList<>();
    atts.add(new Attribute("x"));
    atts.add(new Attribute("colour", Arrays.asList("red", "green", "blue")));
    atts.add(new Attribute("class", Arrays.asList("a", "b")));
    Instances data = new Instances("mixed", atts, 0);
    data.setClassIndex(2);
    Random r = new Random(5);
    for (int i = 0; i < 60; i++) {
      int c = i < 45 ? 0 : 1;
      // class b only ever green or blue
      double colour = c == 0 ? r.nextInt(3) : 1 + r.nextInt(2);
      data.add(new DenseInstance(c == 1 ? 2.0 : 1.0, new double[] {r.nextGaussian() + c, colour, c}));
    }
    Instance unlabelled = new DenseInstance(1, new double[] {0, 0, Utils.missingValue()});
    data.add(unlabelled);
    for (Filter f : new Filter[] {new ADASYN(), new BorderlineSMOTE(), new RandomOverSampler()}) {
      Instances copy = new Instances(data);
      f.setInputFormat(copy);
      Instances out = Filter.useFilter(copy, f);
      String what = f.getClass().getSimpleName();
      assertEquals(what + ": the unlabelled instance passes through", 1,
        out.stream().filter(Instance::classIsMissing).count());
      for (int i = data.numInstances(); i < out.numInstances(); i++) {
        Instance s = out.instance(i);
        assertEquals(what + ": weight of the base", 2.0, s.weight(), 0);
        assertTrue(what + ": a colour of class b", s.value(1) == 1 || s.value(1) == 2);
      }
      assertTrue(what + ": raised", out.numInstances() > data.numInstances());
      assertEquals(what + ": input untouched", 61, copy.numInstances());
      Instances second = Filter.useFilter(copy, f);
      assertEquals(what + ": a second batch passes through", 61, second.numInstances());
    }
  }

  @Test
  public void keepClassWeightRestoresEachClassTotal() throws Exception {
    Instances data = twoBlobs(50, 10, 1, 7);
    RandomOverSampler f = new RandomOverSampler();
    f.setOptions(new String[] {"-W"});
    f.setInputFormat(data);
    Instances out = Filter.useFilter(data, f);
    double b = out.stream().filter(i -> i.classValue() == 1).mapToDouble(Instance::weight).sum();
    assertEquals(10.0, b, 1e-9);
    assertEquals(100, out.numInstances());
  }
}
