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

import weka.classifiers.Classifier;
import weka.core.Capabilities;
import weka.core.CapabilitiesHandler;
import weka.core.Instance;
import weka.core.Instances;
import weka.filters.Filter;

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

  private Probe() {
  }

  /** The outcome of one run: the output (distributions or filtered data) or the error. */
  static final class Outcome {
    final Object output;
    final Throwable error;

    Outcome(Object output, Throwable error) {
      this.output = output;
      this.error = error;
    }
  }

  /** Runs a component on data (train) and test data, with a time limit. */
  static Outcome run(Object component, Instances train, Instances test) {
    ExecutorService ex = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "probe");
      t.setDaemon(true);
      return t;
    });
    try {
      Future<Object> f = ex.submit(() -> component instanceof Classifier ? classify((Classifier) component, train, test)
        : filter((Filter) component, train, test));
      return new Outcome(f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS), null);
    } catch (TimeoutException e) {
      fail(component.getClass().getSimpleName() + " did not finish within " + TIMEOUT_SECONDS + " s on "
        + train.relationName() + " (a hang)");
      return null;
    } catch (java.util.concurrent.ExecutionException e) {
      return new Outcome(null, e.getCause());
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
  private static final List<String> LEAKED = Arrays.asList("Can't normalize array", "Sum is NaN", "Sum is zero");

  /**
   * Judges an outcome: a crash is always a failure; an error must say what is wrong in the user's
   * terms (not a leaked internal message); refusing a data type that the capabilities claim is a
   * contradiction; a result must be well-formed.
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
        if (msg.contains(leaked)) {
          throw new AssertionError(what + ": an internal error leaked instead of naming the problem: " + t, t);
        }
      }
      if ((t instanceof weka.core.UnsupportedAttributeTypeException || t instanceof weka.core.UnsupportedClassTypeException)
        && claims(component, train)) {
        throw new AssertionError(what + ": the capabilities claim this data, but it was refused as unsupported: " + t, t);
      }
      return;
    }
    if (o.output instanceof double[][]) {
      for (double[] d : (double[][]) o.output) {
        assertEquals(what + ": distribution length", train.numClasses(), d.length);
        double sum = 0;
        for (double v : d) {
          assertTrue(what + ": probability " + v + " in " + Arrays.toString(d), v >= 0 && v <= 1 + 1e-9);
          sum += v;
        }
        assertTrue(what + ": distribution sums to " + sum, Math.abs(sum - 1) < 1e-6 || sum == 0);
      }
    } else {
      Instances[] out = (Instances[]) o.output;
      assertFalse(what + ": no output format", out[0] == null);
    }
  }

  /** A deep copy through Java serialization (Weka's "Save model" / "Load model"). */
  static Object roundTrip(Object o) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(o);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
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
