package weka.imbalance.conformance;

import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

import weka.core.Instances;

/**
 * Randomized robustness: many small random data sets (random class imbalance, random numbers of
 * numeric and nominal attributes, random missing values and weights) through every component with
 * one of its valid option sets, chosen at random. No unexpected exception, no hang. The number of
 * data sets per component is bounded in the normal suite (8); a soak (more than 100 cases) goes on
 * after a failure, logs its progress every 500 cases and reports every failure at the end:
 * {@code mvn -B test -Dtest=RobustnessTest -Dimbalance.soak=10000}.
 */
@RunWith(Parameterized.class)
public class RobustnessTest {

  @Parameters(name = "{0}")
  public static Collection<Object[]> components() {
    return Components.parameters();
  }

  private final String m_class;

  public RobustnessTest(String simpleName, String className) {
    m_class = className;
  }

  @Test
  public void randomDataAndOptions() throws Exception {
    int rounds = Integer.getInteger("imbalance.soak", 8);
    Random r = new Random(20261127L ^ m_class.hashCode());
    List<String> variants = Components.variants(m_class);
    List<String> failures = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      try {
        oneCase(round, r, variants);
      } catch (AssertionError e) {
        if (rounds <= 100) {
          throw e;
        }
        failures.add(e.getMessage()); // a soak goes on, and reports every failure at the end
      }
      if (rounds > 100 && (round + 1) % 500 == 0) {
        System.err.println("soak " + m_class + ": " + (round + 1) + " of " + rounds + " cases, " + failures.size()
          + " failed");
      }
    }
    assertTrue(failures.size() + " of " + rounds + " cases failed; the first:\n" + String.join("\n",
      failures.subList(0, Math.min(10, failures.size()))), failures.isEmpty());
  }

  private void oneCase(int round, Random r, List<String> variants) throws Exception {
    int classes = 2 + r.nextInt(4);
    int[] counts = new int[classes];
    for (int k = 0; k < classes; k++) {
      counts[k] = k == 0 ? 20 + r.nextInt(60) : r.nextInt(25);
    }
    int numeric = r.nextInt(5), nominal = r.nextInt(3);
    if (numeric + nominal == 0) {
      numeric = 1;
    }
    long seed = r.nextLong();
    Instances data = Data.make("random-" + round, seed, counts, numeric, nominal);
    if (r.nextBoolean()) {
      data = Data.withMissing(data, r.nextInt(data.numAttributes() - 1), r.nextDouble() * 0.4, seed + 1);
    }
    if (r.nextBoolean()) {
      for (int i = 0; i < data.numInstances(); i++) {
        data.instance(i).setWeight(r.nextDouble() * 3);
      }
    }
    String options = variants.get(r.nextInt(variants.size()));
    Object component = Components.create(m_class, options);
    Probe.Outcome o = Probe.run(component, data, new Instances(data));
    Probe.judge(m_class + " [" + options + "] on random data set " + round + " (seed " + seed + ", counts "
      + java.util.Arrays.toString(counts) + ")", component, data, o);
  }
}
