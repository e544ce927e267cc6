package weka.imbalance.testing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import weka.classifiers.Classifier;
import weka.core.BatchPredictor;
import weka.core.Instances;

/**
 * The serving check: one built model, many threads predicting the same instances at once, must
 * give bit for bit the predictions of one thread, and leave no thread running. Each thread
 * predicts every instance {@code passes} times, starting at its own offset so that different
 * threads ask about different instances at the same moment; every other thread asks for whole
 * batches through {@code distributionsForInstances}, the path Weka's Evaluation takes for a model
 * with a more efficient batch prediction. Usable for any classifier:
 * {@code ConcurrentPrediction.assertSafe("my model", model, data, 8, 3)}.
 */
public final class ConcurrentPrediction {

  private ConcurrentPrediction() {
  }

  /**
   * @param model a built classifier
   * @param data the instances to predict (not modified)
   * @param threads how many threads predict at once
   * @param passes how often each thread predicts every instance
   * @return how many of the {@code threads * passes * data.numInstances()} concurrent predictions
   *         differ from the sequential one (a failed prediction counts as different)
   * @throws Exception if the sequential predictions fail
   */
  public static int mismatches(Classifier model, Instances data, int threads, int passes) throws Exception {
    int n = data.numInstances();
    double[][] expected = new double[n][];
    for (int i = 0; i < n; i++) {
      expected[i] = model.distributionForInstance(data.instance(i)).clone();
    }
    int[] wrong = new int[threads];
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      final int id = t;
      workers.add(new Thread(() -> {
        try {
          start.await();
          for (int p = 0; p < passes; p++) {
            if (id % 2 == 1 && model instanceof BatchPredictor) {
              double[][] got = ((BatchPredictor) model).distributionsForInstances(data);
              for (int i = 0; i < n; i++) {
                wrong[id] += java.util.Arrays.equals(expected[i], got[i]) ? 0 : 1;
              }
            } else {
              for (int j = 0; j < n; j++) {
                int i = (j + id * n / threads) % n;
                wrong[id] += java.util.Arrays.equals(expected[i], model.distributionForInstance(data.instance(i))) ? 0 : 1;
              }
            }
          }
        } catch (Throwable e) {
          wrong[id] = passes * n;
        }
      }, "concurrent-prediction-" + t));
    }
    for (Thread w : workers) {
      w.start();
    }
    start.countDown();
    for (Thread w : workers) {
      w.join();
    }
    int total = 0;
    for (int w : wrong) {
      total += w;
    }
    return total;
  }

  /**
   * Asserts that concurrent predictions equal the sequential ones exactly and that the model left
   * no thread of its own running.
   *
   * @param what what is checked, for the messages
   * @param model a built classifier
   * @param data the instances to predict
   * @param threads how many threads predict at once
   * @param passes how often each thread predicts every instance
   * @throws Exception if the sequential predictions fail
   */
  public static void assertSafe(String what, Classifier model, Instances data, int threads, int passes)
    throws Exception {
    Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());
    int wrong = mismatches(model, data, threads, passes);
    assertEquals(what + ": concurrent predictions that differ from the sequential ones (of "
      + threads * passes * data.numInstances() + ")", 0, wrong);
    List<String> left = new ArrayList<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (!before.contains(t) && t.isAlive()) {
        t.join(2000);
        if (t.isAlive()) {
          left.add(t.getName());
        }
      }
    }
    assertTrue(what + ": threads left running after prediction: " + left, left.isEmpty());
  }
}
