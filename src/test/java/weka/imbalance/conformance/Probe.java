package weka.imbalance.conformance;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import weka.classifiers.Classifier;
import weka.core.Capabilities;
import weka.core.CapabilitiesHandler;
import weka.core.Instance;
import weka.core.Instances;
import weka.filters.Filter;
import weka.imbalance.resampling.ResamplingFilter;
import weka.imbalance.resampling.SamplingPlan;

/**
 * Runs one component on one data set the way Weka does (build then predict, or filter the first
 * batch then pass a second one), with a time limit, and judges the outcome: a result must be
 * well-formed; a failure must be a clear error, never a crash of the component's own code.
 */
final class Probe {

  /** Exception types that mean a bug in the component, not a clear refusal of the input. */
  private static final List<Class<? extends Throwable>> CRASHES = Arrays.asList(NullPointerException.class,
    IndexOutOfBoundsException.class, ClassCastException.class, ArithmeticException.class,
    NegativeArraySizeException.class, ArrayStoreException.class, IllegalMonitorStateException.class,
    StackOverflowError.class, OutOfMemoryError.class, AssertionError.class, UnsupportedOperationException.class);

  static final long TIMEOUT_SECONDS = 120;

  /**
   * The limit for the opt-in heavy inputs, where a correct result legitimately takes minutes:
   * ThresholdMoving trains its default Logistic six times (the model and five tuning folds) on 100
   * classes of one instance, where Logistic alone takes about 30 s.
   */
  static final long HEAVY_TIMEOUT_SECONDS = 900;

  private Probe() {
  }

  /** The outcome of one run: the output (distributions or filtered data) or the error. */
  static final class Outcome {
    final Object output;
    final Throwable error;
    /** The data predicted, or passed as the second batch. */
    final Instances test;

    Outcome(Object output, Throwable error, Instances test) {
      this.output = output;
      this.error = error;
      this.test = test;
    }
  }

  /** Runs a component on data (train) and test data, with the time limit of the normal cases. */
  static Outcome run(Object component, Instances train, Instances test) {
    return run(component, train, test, TIMEOUT_SECONDS);
  }

  /** Runs a component on data (train) and test data, with a time limit in seconds. */
  static Outcome run(Object component, Instances train, Instances test, long timeoutSeconds) {
    ExecutorService ex = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "probe");
      t.setDaemon(true);
      return t;
    });
    try {
      Future<Object> f = ex.submit(() -> component instanceof Classifier ? classify((Classifier) component, train, test)
        : filter((Filter) component, train, test));
      return new Outcome(f.get(timeoutSeconds, TimeUnit.SECONDS), null, test);
    } catch (TimeoutException e) {
      fail(component.getClass().getSimpleName() + " did not finish within " + timeoutSeconds + " s on "
        + train.relationName() + " (a hang)");
      return null;
    } catch (java.util.concurrent.ExecutionException e) {
      return new Outcome(null, e.getCause(), test);
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    } finally {
      ex.shutdownNow();
    }
  }

  static double[][] classify(Classifier c, Instances train, Instances test) throws Exception {
    c.buildClassifier(train);
    double[][] d = new double[test.numInstances()][];
    for (int i = 0; i < test.numInstances(); i++) {
      d[i] = c.distributionForInstance(test.instance(i));
    }
    return d;
  }

  /** Filters the first batch, then passes the test data as a second batch; returns both outputs. */
  static Instances[] filter(Filter f, Instances train, Instances test) throws Exception {
    f.setInputFormat(train);
    Instances first = Filter.useFilter(train, f);
    Instances second = Filter.useFilter(test, f);
    return new Instances[] {first, second};
  }

  /** True when the component advertises that it can handle the data. */
  static boolean claims(Object component, Instances data) {
    if (!(component instanceof CapabilitiesHandler)) {
      return true;
    }
    Capabilities caps = ((CapabilitiesHandler) component).getCapabilities();
    return caps.test(data);
  }

  /**
   * Messages of Weka's internals that leak out when a component lets bad numbers through: they
   * do not name the problem for the user.
   */
  private static final List<String> LEAKED = Arrays.asList("Can't normalize array", "Sum is NaN", "Sum is zero",
    "Objective function value is NaN");

  /** A message that names an attribute with an infinite or huge value (then an internal message may follow). */
  private static final Pattern NAMES_AN_ATTRIBUTE = Pattern.compile("(?is).*attribute '[^']+'.*(infinit|as large as).*");

  /**
   * The refusals a component may make on data its capabilities claim, because Weka's capabilities
   * cannot express the condition; each must name the problem in the user's terms. Any other
   * refusal of claimed data is a failure: the capabilities promise what the component does not do.
   */
  private static final List<Pattern> DOCUMENTED_REFUSALS = Arrays.asList(
    // values must be finite (Capabilities have no word for it): the message names the attribute
    NAMES_AN_ATTRIBUTE,
    // no weight to learn from (Capabilities count instances, not weights)
    Pattern.compile("(?is).*(weight 0|weights? (is |are )?(all )?(zero|0)|sum of weights|total weight).*"),
    // a chosen option's value that this data cannot satisfy, named with the option and its value
    // (COG's -K 2 on a class of one instance)
    Pattern.compile("(?s)-[A-Za-z][\\w-]* [^ :]+: .*"),
    // a base learner known to need more memory than the heap has, with its need and the way out
    // (Logistic on 10,000 attributes: weka.imbalance.meta.BaseLearnerMemory)
    Pattern.compile("(?s).*cannot be trained in this Java heap: .* GB.*-Xmx.*"));

  /**
   * Judges an outcome: a crash is always a failure; an error must say what is wrong in the user's
   * terms (not a leaked internal message); refusing data that the capabilities claim is a failure
   * unless it is one of the documented refusals; a result must be well-formed (see
   * {@link #judgeFilterOutput}).
   */
  static void judge(String what, Object component, Instances train, Outcome o) {
    if (o.error != null) {
      Throwable t = o.error;
      for (Class<? extends Throwable> crash : CRASHES) {
        if (crash.isInstance(t)) {
          throw new AssertionError(what + ": crashed with " + t, t);
        }
      }
      String msg = t.getMessage();
      assertTrue(what + ": an error without a message: " + t, msg != null && msg.trim().length() > 3);
      for (String leaked : LEAKED) {
        if (msg.contains(leaked) && !NAMES_AN_ATTRIBUTE.matcher(msg).matches()) {
          throw new AssertionError(what + ": an internal error leaked instead of naming the problem: " + t, t);
        }
      }
      if (claims(component, train) && DOCUMENTED_REFUSALS.stream().noneMatch(p -> p.matcher(msg).matches())) {
        throw new AssertionError(what + ": the capabilities claim this data, but it was refused: " + t, t);
      }
      return;
    }
    if (o.output instanceof double[][]) {
      double[][] dists = (double[][]) o.output;
      assertEquals(what + ": number of distributions", o.test.numInstances(), dists.length);
      for (double[] d : dists) {
        assertEquals(what + ": distribution length", train.numClasses(), d.length);
        double sum = 0;
        for (double v : d) {
          assertTrue(what + ": probability " + v + " in " + Arrays.toString(d), v >= 0 && v <= 1 + 1e-9);
          sum += v;
        }
        assertTrue(what + ": distribution sums to " + sum, Math.abs(sum - 1) < 1e-6 || sum == 0);
      }
    } else {
      judgeFilterOutput(what, component, train, o.test, (Instances[]) o.output);
    }
  }

  /**
   * A filter's output: the second batch passes with its header and count; in the first batch the
   * class values are valid, weights finite and non-negative, and no missing (NaN) or infinite value
   * appears in an attribute whose input had none. A resampling filter keeps the header and gives
   * each class the count of the plan it reports, with the weights it documents (each instance the
   * weight of an input instance of its class, or with -W each class its total weight); an attribute
   * filter keeps every instance, in order, with its weight.
   */
  static void judgeFilterOutput(String what, Object filter, Instances in, Instances test, Instances[] out) {
    assertFalse(what + ": no output", out[0] == null || out[1] == null);
    Instances first = out[0];
    assertTrue(what + ": the second batch's header differs from the first's: " + first.equalHeadersMsg(out[1]),
      first.equalHeaders(out[1]));
    assertEquals(what + ": instances in the second batch", test.numInstances(), out[1].numInstances());
    assertTrue(what + ": the output has no class attribute", first.classIndex() >= 0 || in.classIndex() < 0);
    int missingClassIn = 0;
    for (Instance inst : in) {
      missingClassIn += in.classIndex() >= 0 && inst.classIsMissing() ? 1 : 0;
    }
    int missingClassOut = 0;
    for (int i = 0; i < first.numInstances(); i++) {
      Instance inst = first.instance(i);
      double w = inst.weight();
      assertTrue(what + ": weight " + w + " of output instance " + i, w >= 0 && !Double.isInfinite(w) && !Double.isNaN(w));
      if (first.classIndex() < 0) {
        continue;
      }
      if (inst.classIsMissing()) {
        missingClassOut++;
      } else {
        double c = inst.classValue();
        // a nominal class: a value's index; a numeric one (kept by an attribute filter): finite
        boolean valid = first.classAttribute().isNominal() ? c == Math.rint(c) && c >= 0 && c < first.numClasses()
          : !Double.isInfinite(c);
        assertTrue(what + ": class value " + c + " of output instance " + i, valid);
      }
    }
    assertTrue(what + ": " + missingClassOut + " output instances without a class, " + missingClassIn + " in the input",
      missingClassOut <= missingClassIn);
    for (int j = 0; j < first.numAttributes(); j++) {
      weka.core.Attribute a = first.attribute(j);
      weka.core.Attribute source = in.attribute(a.name());
      if (j == first.classIndex() || source == null || !(a.isNumeric() || a.isNominal())) {
        continue;
      }
      boolean inMissing = false, inInfinite = false;
      for (Instance inst : in) {
        inMissing |= inst.isMissing(source);
        inInfinite |= Double.isInfinite(inst.value(source));
      }
      for (int i = 0; i < first.numInstances(); i++) {
        double v = first.instance(i).value(j);
        assertTrue(what + ": attribute '" + a.name() + "' of output instance " + i + " is missing (NaN), none was in the "
          + "input", inMissing || !Double.isNaN(v));
        assertTrue(what + ": attribute '" + a.name() + "' of output instance " + i + " is " + v + ", no infinite value "
          + "was in the input", inInfinite || !Double.isInfinite(v));
      }
    }
    if (filter instanceof ResamplingFilter) {
      judgeResampling(what, (ResamplingFilter) filter, in, first, missingClassIn, missingClassOut);
    } else if (filter.getClass().getPackage().getName().endsWith(".attribute")) {
      assertEquals(what + ": an attribute filter changed the number of instances", in.numInstances(),
        first.numInstances());
      for (int i = 0; i < in.numInstances(); i++) {
        assertEquals(what + ": weight of instance " + i, in.instance(i).weight(), first.instance(i).weight(), 0.0);
        if (in.classIndex() >= 0) {
          assertEquals(what + ": class of instance " + i + " went missing or appeared", in.instance(i)
            .classIsMissing(), first.instance(i).classIsMissing());
        }
      }
    }
  }

  private static void judgeResampling(String what, ResamplingFilter f, Instances in, Instances out, int missingIn,
    int missingOut) {
    assertTrue(what + ": a resampling filter changed the header: " + in.equalHeadersMsg(out), in.equalHeaders(out));
    assertEquals(what + ": instances without a class pass through", missingIn, missingOut);
    if (in.numInstances() == 0) {
      assertEquals(what + ": instances out of empty data", 0, out.numInstances());
      return;
    }
    SamplingPlan plan = f.getLastPlan();
    assertTrue(what + ": no sampling plan reported", plan != null);
    int nc = in.numClasses();
    int[] before = new int[nc], after = new int[nc];
    double[] weightBefore = new double[nc], weightAfter = new double[nc];
    List<java.util.Set<Double>> weights = new java.util.ArrayList<>();
    for (int c = 0; c < nc; c++) {
      weights.add(new java.util.HashSet<>());
    }
    for (Instance inst : in) {
      if (!inst.classIsMissing()) {
        int c = (int) inst.classValue();
        before[c]++;
        weightBefore[c] += inst.weight();
        weights.get(c).add(inst.weight());
      }
    }
    for (Instance inst : out) {
      if (!inst.classIsMissing()) {
        int c = (int) inst.classValue();
        after[c]++;
        weightAfter[c] += inst.weight();
      }
    }
    assertTrue(what + ": the plan's counts before " + Arrays.toString(plan.before()) + " are not the input's "
      + Arrays.toString(before), Arrays.equals(before, plan.before()));
    assertTrue(what + ": output counts " + Arrays.toString(after) + " are not the plan's " + Arrays.toString(
      plan.after()), Arrays.equals(after, plan.after()));
    boolean keepTotals = f instanceof weka.filters.supervised.instance.SMOTEWithUndersampling
      && ((weka.filters.supervised.instance.SMOTEWithUndersampling) f).getKeepClassWeight();
    for (int c = 0; c < nc; c++) {
      if (keepTotals && after[c] > 0) {
        assertEquals(what + ": -W keeps class " + c + "'s total weight", weightBefore[c], weightAfter[c],
          1e-9 * Math.max(1, weightBefore[c]));
      }
    }
    // ClusterCentroids' soft voting gives a centroid the mean weight of its cluster (documented): a
    // mean of the class's input weights, so within their range
    boolean meanWeights = f instanceof weka.filters.supervised.instance.ClusterCentroids
      && ((weka.filters.supervised.instance.ClusterCentroids) f).getVoting().getSelectedTag().getID()
      == weka.filters.supervised.instance.ClusterCentroids.SOFT;
    if (!keepTotals) {
      for (int i = 0; i < out.numInstances(); i++) {
        Instance inst = out.instance(i);
        if (inst.classIsMissing()) {
          continue;
        }
        java.util.Set<Double> classWeights = weights.get((int) inst.classValue());
        boolean ok = meanWeights
          ? inst.weight() >= java.util.Collections.min(classWeights) * (1 - 1e-12)
            && inst.weight() <= java.util.Collections.max(classWeights) * (1 + 1e-12)
          : classWeights.contains(inst.weight());
        assertTrue(what + ": output instance " + i + " has weight " + inst.weight() + ", which no input instance of its"
          + " class has" + (meanWeights ? " (nor lies between their smallest and largest)" : ""), ok);
      }
    }
  }

  /** A deep copy through Java serialization (Weka's "Save model" / "Load model"). */
  static Object roundTrip(Object o) throws Exception {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(serialized(o)))) {
      return in.readObject();
    }
  }

  /** The bytes of Java serialization (what "Save model" writes). */
  static byte[] serialized(Object o) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(o);
    }
    return bytes.toByteArray();
  }

  /** Asserts two data sets are equal value for value and weight for weight (bit-identical). */
  static void assertSameData(String what, Instances expected, Instances actual) {
    assertTrue(what + ": header " + expected.equalHeadersMsg(actual), expected.equalHeaders(actual));
    assertEquals(what + ": number of instances", expected.numInstances(), actual.numInstances());
    for (int i = 0; i < expected.numInstances(); i++) {
      Instance a = expected.instance(i), b = actual.instance(i);
      assertEquals(what + ": weight of instance " + i, Double.doubleToLongBits(a.weight()),
        Double.doubleToLongBits(b.weight()));
      assertTrue(what + ": values of instance " + i + ": " + a + " vs " + b,
        Arrays.equals(a.toDoubleArray(), b.toDoubleArray()));
    }
  }
}
