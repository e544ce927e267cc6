package weka.imbalance.conformance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.core.Utils;

/**
 * The bad-input matrix, run over every component of the package: each case either works (a
 * well-formed result) or raises a clear error (a message, never a NullPointerException or an index
 * error, never a hang); data that a component's capabilities claim must work.
 */
@RunWith(Parameterized.class)
public class BadInputMatrixTest {

  @Parameters(name = "{0}")
  public static Collection<Object[]> components() {
    return Components.parameters();
  }

  private final String m_class;

  public BadInputMatrixTest(String simpleName, String className) {
    m_class = className;
  }

  private static final String HUNDRED_SINGLETONS = "100 classes of one instance each";
  private static final String WIDE = "10,000 attributes and 20 instances";

  /** The cases: a name and the training data (the test data is the same data). */
  static List<Object[]> cases() {
    List<Object[]> c = new ArrayList<>();
    c.add(new Object[] {"standard", (Supplier<Instances>) () -> Data.standard("standard")});
    c.add(new Object[] {"numeric class", (Supplier<Instances>) () -> {
      Instances d = Data.standard("numeric-class");
      d.setClassIndex(0);
      return d;
    }});
    c.add(new Object[] {"no class attribute", (Supplier<Instances>) () -> {
      Instances d = Data.standard("no-class");
      d.setClassIndex(-1);
      return d;
    }});
    c.add(new Object[] {"string attribute", (Supplier<Instances>) () -> withExtra("string",
      new Attribute("text", (List<String>) null), "some words")});
    c.add(new Object[] {"date attribute", (Supplier<Instances>) () -> withExtra("date",
      new Attribute("when", "yyyy-MM-dd"), null)});
    c.add(new Object[] {"relational attribute", (Supplier<Instances>) () -> {
      ArrayList<Attribute> inner = new ArrayList<>();
      inner.add(new Attribute("r"));
      return withExtra("relational", new Attribute("bag", new Instances("bag", inner, 0)), null);
    }});
    c.add(new Object[] {"missing class values", (Supplier<Instances>) () -> {
      Instances d = Data.standard("missing-class");
      return Data.withMissing(d, d.classIndex(), 0.2, 3);
    }});
    c.add(new Object[] {"missing attribute values", (Supplier<Instances>) () -> {
      Instances d = Data.withMissing(Data.standard("missing-values"), 0, 0.3, 4);
      return Data.withMissing(d, 3, 0.3, 5);
    }});
    c.add(new Object[] {"empty data", (Supplier<Instances>) () -> new Instances(Data.standard("empty"), 0)});
    c.add(new Object[] {"one instance", (Supplier<Instances>) () -> {
      Instances d = Data.standard("one-instance");
      Instances one = new Instances(d, 0);
      one.add(d.instance(0));
      return one;
    }});
    c.add(new Object[] {"one class", (Supplier<Instances>) () -> Data.make("one-class", 2, new int[] {30, 0}, 3, 1)});
    c.add(new Object[] {"a class with no instances", (Supplier<Instances>) () ->
      Data.make("empty-class", 3, new int[] {30, 0, 8}, 3, 1)});
    c.add(new Object[] {"a class of one instance", (Supplier<Instances>) () ->
      Data.make("singleton-class", 4, new int[] {30, 10, 1}, 3, 1)});
    c.add(new Object[] {"a class of two instances", (Supplier<Instances>) () ->
      Data.make("pair-class", 4, new int[] {30, 10, 2}, 3, 1)});
    c.add(new Object[] {"all weights zero", (Supplier<Instances>) () -> {
      Instances d = Data.standard("zero-weights");
      for (int i = 0; i < d.numInstances(); i++) {
        d.instance(i).setWeight(0);
      }
      return d;
    }});
    c.add(new Object[] {"fractional weights", (Supplier<Instances>) () -> {
      Instances d = Data.standard("fractional-weights");
      for (int i = 0; i < d.numInstances(); i++) {
        d.instance(i).setWeight(0.25 + (i % 4));
      }
      return d;
    }});
    c.add(new Object[] {"infinite values", (Supplier<Instances>) () -> {
      Instances d = Data.standard("infinite");
      d.instance(0).setValue(0, Double.POSITIVE_INFINITY);
      d.instance(1).setValue(1, Double.NEGATIVE_INFINITY);
      return d;
    }});
    c.add(new Object[] {"huge values", (Supplier<Instances>) () -> {
      Instances d = Data.standard("huge");
      for (int i = 0; i < d.numInstances(); i++) {
        d.instance(i).setValue(0, d.instance(i).value(0) * 1e300);
      }
      return d;
    }});
    c.add(new Object[] {"nominal attributes only", (Supplier<Instances>) () ->
      Data.make("nominal-only", 5, new int[] {40, 12, 6}, 0, 3)});
    c.add(new Object[] {"numeric attributes only", (Supplier<Instances>) () ->
      Data.make("numeric-only", 6, new int[] {40, 12, 6}, 3, 0)});
    c.add(new Object[] {"class not last", (Supplier<Instances>) () -> {
      Instances d = Data.standard("class-first");
      Instances moved = new Instances(d);
      moved.setClassIndex(-1);
      try {
        weka.filters.unsupervised.attribute.Reorder r = new weka.filters.unsupervised.attribute.Reorder();
        r.setAttributeIndices("last,first-4");
        r.setInputFormat(moved);
        moved = weka.filters.Filter.useFilter(moved, r);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
      moved.setClassIndex(0);
      return moved;
    }});
    c.add(new Object[] {"an attribute missing everywhere", (Supplier<Instances>) () ->
      Data.withMissing(Data.standard("all-missing"), 1, 1.0, 6)});
    c.add(new Object[] {"some weights zero", (Supplier<Instances>) () -> weighted("some-zero", 0)});
    c.add(new Object[] {"tiny weights (1e-300)", (Supplier<Instances>) () -> weighted("tiny-weights", 1e-300)});
    c.add(new Object[] {"huge weights (1e300)", (Supplier<Instances>) () -> weighted("huge-weights", 1e300)});
    c.add(new Object[] {"many exact duplicates", (Supplier<Instances>) () -> {
      Instances d = Data.standard("duplicates");
      Instances dup = new Instances(d, 0);
      for (int i = 0; i < d.numInstances(); i++) {
        dup.add(d.instance(i % 3 == 0 ? i : (int) d.instance(i).classValue())); // many copies of three rows
      }
      for (int i = 0; i < dup.numInstances(); i++) {
        for (int j = 0; j < d.numInstances(); j++) {
          if (d.instance(j).classValue() == dup.instance(i).classValue()) {
            double[] v = d.instance(j).toDoubleArray(); // every instance of a class one point
            dup.set(i, new DenseInstance(1, v));
            break;
          }
        }
      }
      return dup;
    }});
    c.add(new Object[] {"a single attribute", (Supplier<Instances>) () -> Data.make("one-attribute", 8,
      new int[] {40, 12, 6}, 1, 0)});
    c.add(new Object[] {"class values with spaces and quotes", (Supplier<Instances>) () -> {
      Instances d = Data.standard("quoted-classes");
      d.renameAttributeValue(d.classAttribute(), "c0", "majority class, 'common'");
      d.renameAttributeValue(d.classAttribute(), "c1", "the \"rare\" one");
      d.renameAttributeValue(d.classAttribute(), "c2", "   ");
      return d;
    }});
    if (Boolean.getBoolean("imbalance.heavyInputs")) { // minutes with Logistic as the base: see doc/quality.md
      c.add(new Object[] {HUNDRED_SINGLETONS, (Supplier<Instances>) () -> {
        int[] ones = new int[100];
        Arrays.fill(ones, 1);
        return Data.make("hundred-singletons", 7, ones, 2, 1);
      }});
      c.add(new Object[] {WIDE, (Supplier<Instances>) () -> Data.make("wide", 9,
        new int[] {12, 5, 3}, 10000, 0)});
    }
    return c;
  }

  /** The standard data with the given weight on every third instance. */
  private static Instances weighted(String name, double w) {
    Instances d = Data.standard(name);
    for (int i = 0; i < d.numInstances(); i += 3) {
      d.instance(i).setWeight(w);
    }
    return d;
  }

  private static Instances withExtra(String name, Attribute extra, String value) {
    Instances d = Data.standard(name);
    d.setClassIndex(-1);
    d.insertAttributeAt(extra, 0);
    for (int i = 0; i < d.numInstances(); i++) {
      if (extra.isString()) {
        d.instance(i).setValue(0, value + " " + (i % 5));
      } else if (extra.isDate()) {
        d.instance(i).setValue(0, 1.6e12 + i * 8.64e7);
      } else if (extra.isRelationValued()) {
        Instances bag = new Instances(extra.relation(), 1);
        bag.add(new DenseInstance(1, new double[] {i}));
        d.instance(i).setValue(0, d.attribute(0).addRelation(bag));
      }
    }
    d.setClassIndex(d.numAttributes() - 1);
    return d;
  }

  @Test
  public void everyCaseWorksOrFailsClearly() throws Exception {
    for (Object[] c : cases()) {
      @SuppressWarnings("unchecked")
      Instances data = ((Supplier<Instances>) c[1]).get();
      Object component = Components.create(m_class);
      boolean heavy = c[0].equals(HUNDRED_SINGLETONS) || c[0].equals(WIDE);
      Probe.Outcome o = Probe.run(component, data, new Instances(data),
        heavy ? Probe.HEAVY_TIMEOUT_SECONDS : Probe.TIMEOUT_SECONDS);
      Probe.judge(m_class + " on '" + c[0] + "'", component, data, o);
    }
  }

  @Test
  public void unknownOptionsAreRefusedByName() throws Exception {
    weka.core.OptionHandler h = (weka.core.OptionHandler) Components.create(m_class);
    try {
      h.setOptions(new String[] {"-no-such-option", "42"});
    } catch (Exception e) {
      org.junit.Assert.assertTrue(m_class + ": " + e.getMessage(),
        e.getMessage() != null && e.getMessage().contains("no-such-option"));
      return;
    }
    org.junit.Assert.fail(m_class + " accepted an unknown option -no-such-option");
  }

  /**
   * Options that the package's components inherit from Weka's own base classes, which parse them
   * (a NumberFormatException naming the value); the package's own options must name the option too.
   */
  private static final List<String> INHERITED = Arrays.asList("S", "num-decimal-places", "batch-size");

  @Test
  public void malformedOptionValuesAreRefusedWithTheOptionAndTheValue() throws Exception {
    weka.core.OptionHandler h = (weka.core.OptionHandler) Components.create(m_class);
    for (java.util.Enumeration<weka.core.Option> e = h.listOptions(); e.hasMoreElements();) {
      weka.core.Option o = e.nextElement();
      if (o.numArguments() != 1 || o.name().isEmpty() || o.name().equals("W") || o.synopsis().contains("<class")
        || o.synopsis().contains("spec") || o.synopsis().contains("\"")) {
        continue; // object-valued options take class names: checked by the option handler tests
      }
      weka.core.OptionHandler fresh = (weka.core.OptionHandler) Components.create(m_class);
      String bad = "not-a-number-xyz";
      try {
        fresh.setOptions(new String[] {"-" + o.name(), bad});
      } catch (Exception ex) {
        String msg = String.valueOf(ex.getMessage());
        if (ex instanceof NullPointerException || ex instanceof IndexOutOfBoundsException) {
          throw new AssertionError(m_class + " -" + o.name() + " " + bad + ": crashed: " + ex, ex);
        }
        boolean named = INHERITED.contains(o.name()) || msg.contains("-" + o.name());
        org.junit.Assert.assertTrue(m_class + " -" + o.name() + " " + bad + ": the message does not name the option"
          + " and the value: " + msg, msg.contains(bad) && named);
        continue;
      }
      // accepted: it must then be a text-valued option that keeps the value
      String[] back = fresh.getOptions();
      org.junit.Assert.assertTrue(m_class + " accepted -" + o.name() + " " + bad + " but lost it: "
        + Arrays.toString(back), Arrays.asList(back).contains(bad) || Utils.joinOptions(back).contains(bad));
    }
  }

  /**
   * Option validation when set (issue 21): every numeric option of the component's own (its
   * current value parses as a number) refuses NaN and infinity at once, naming the option and the
   * value, instead of failing at training time or training on nonsense.
   */
  @Test
  public void nonFiniteNumbersAreRefusedWhenSet() throws Exception {
    weka.core.OptionHandler h = (weka.core.OptionHandler) Components.create(m_class);
    String[] current = h.getOptions();
    for (java.util.Enumeration<weka.core.Option> e = h.listOptions(); e.hasMoreElements();) {
      weka.core.Option o = e.nextElement();
      if (o.numArguments() != 1 || o.name().isEmpty() || INHERITED.contains(o.name())) {
        continue;
      }
      String value = Utils.getOption(o.name(), current.clone());
      if (!value.matches("-?[0-9.]+(E-?[0-9]+)?")) {
        continue; // not a plain number: a list, a tag or a class spec
      }
      for (String bad : new String[] {"NaN", "Infinity"}) {
        weka.core.OptionHandler fresh = (weka.core.OptionHandler) Components.create(m_class);
        try {
          fresh.setOptions(new String[] {"-" + o.name(), bad});
          org.junit.Assert.fail(m_class + " accepted -" + o.name() + " " + bad);
        } catch (IllegalArgumentException ex) {
          org.junit.Assert.assertTrue(m_class + " -" + o.name() + " " + bad + ": " + ex.getMessage(),
            ex.getMessage().contains("-" + o.name()) && ex.getMessage().contains(bad));
        }
      }
    }
  }
}
