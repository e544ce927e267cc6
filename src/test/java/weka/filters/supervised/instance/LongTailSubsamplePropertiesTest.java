package weka.filters.supervised.instance;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.Test;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;
import weka.filters.Filter;

/** Exact counts of LongTailSubsample, subset semantics, first batch only. */
public class LongTailSubsamplePropertiesTest {

  /** One numeric attribute holding the row number, C classes of n each (interleaved). */
  static Instances balanced(int classes, int n) {
    ArrayList<Attribute> atts = new ArrayList<>();
    atts.add(new Attribute("id"));
    List<String> labels = new ArrayList<>();
    for (int c = 0; c < classes; c++) {
      labels.add("c" + c);
    }
    atts.add(new Attribute("class", labels));
    Instances data = new Instances("balanced", atts, classes * n);
    data.setClassIndex(1);
    for (int i = 0; i < classes * n; i++) {
      data.add(new DenseInstance(1 + (i % 3), new double[] {i, i % classes}));
    }
    return data;
  }

  static LongTailSubsample filter(String... opts) throws Exception {
    LongTailSubsample f = new LongTailSubsample();
    f.setOptions(opts.clone());
    return f;
  }

  static Instances run(Filter f, Instances data) throws Exception {
    f.setInputFormat(data);
    return Filter.useFilter(data, f);
  }

  static int[] counts(Instances d) {
    int[] n = new int[d.numClasses()];
    for (Instance i : d) {
      if (!i.classIsMissing()) {
        n[(int) i.classValue()]++;
      }
    }
    return n;
  }

  @Test
  public void fashionMnistSizedDataGetsThePublishedCounts() throws Exception {
    Instances data = balanced(10, 6000);
    Instances out = run(filter(), data);
    assertArrayEquals(new int[] {6000, 3596, 2156, 1292, 774, 464, 278, 166, 100, 60}, counts(out));
    // a subset: every kept row exists in the input, once, in input order, with its weight
    Set<Double> seen = new HashSet<>();
    double last = -1;
    for (Instance i : out) {
      double id = i.value(0);
      assertTrue(seen.add(id));
      assertTrue(id > last);
      last = id;
      assertEquals(1 + ((int) id % 3), i.weight(), 0);
      assertEquals((int) id % 10, (int) i.classValue());
    }
  }

  @Test
  public void stepAndOrders() throws Exception {
    Instances data = balanced(4, 100);
    assertArrayEquals(new int[] {100, 100, 10, 10}, counts(run(filter("-profile", "step", "-rho", "10"), data)));
    // unequal classes, frequency order: the largest class keeps all and heads the tail
    Instances skew = balanced(3, 50);
    for (int i = 0; i < 30; i++) {
      skew.add(new DenseInstance(1, new double[] {1000 + i, 2}));
    }
    assertArrayEquals(new int[] {50, 50, 80}, counts(skew));
    int[] byFreq = counts(run(filter("-order", "frequency", "-rho", "16"), skew));
    assertArrayEquals(new int[] {20, 5, 80}, byFreq); // n_max 80: 80, 80/4 = 20, 80/16 = 5
    int[] r1 = counts(run(filter("-order", "random", "-S", "3"), data));
    assertArrayEquals(r1, counts(run(filter("-order", "random", "-S", "3"), data)));
    int[] sorted = r1.clone();
    Arrays.sort(sorted);
    assertArrayEquals(new int[] {1, 4, 21, 100}, sorted);
  }

  @Test
  public void missingClassPassesThroughSecondBatchUntouchedInputUnchanged() throws Exception {
    Instances data = balanced(3, 40);
    data.add(new DenseInstance(1, new double[] {-1, Utils.missingValue()}));
    String before = data.toString();
    LongTailSubsample f = filter("-rho", "4");
    Instances out = run(f, data);
    assertEquals(before, data.toString());
    assertArrayEquals(new int[] {40, 20, 10}, counts(out));
    assertEquals(71, out.numInstances());
    assertArrayEquals(new int[] {40, 40, 40}, f.getLastPlan().before());
    Instances test = balanced(3, 5);
    for (Instance i : test) {
      f.input(i);
    }
    f.batchFinished();
    int n = 0;
    Instance o;
    while ((o = f.output()) != null) {
      assertEquals(test.instance(n).toString(), o.toString());
      assertEquals(test.instance(n).weight(), o.weight(), 0);
      n++;
    }
    assertEquals(15, n);
    assertNotEquals(run(filter("-rho", "4", "-S", "2"), data).toString(), out.toString());
  }

  @Test
  public void badOptionsNameTheOption() throws Exception {
    Instances data = balanced(3, 10);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> run(filter("-rho", "0.5"), data));
    assertTrue(e.getMessage(), e.getMessage().startsWith("-rho"));
    e = assertThrows(IllegalArgumentException.class, () -> filter("-profile", "linear"));
    assertTrue(e.getMessage(), e.getMessage().contains("-profile") && e.getMessage().contains("linear"));
  }
}
