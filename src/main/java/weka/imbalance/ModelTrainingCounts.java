/*
 *   This program is free software: you can redistribute it and/or modify
 *   it under the terms of the GNU General Public License as published by
 *   the Free Software Foundation, either version 3 of the License, or
 *   (at your option) any later version.
 *
 *   This program is distributed in the hope that it will be useful,
 *   but WITHOUT ANY WARRANTY; without even the implied warranty of
 *   MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 *   GNU General Public License for more details.
 *
 *   You should have received a copy of the GNU General Public License
 *   along with this program.  If not, see <http://www.gnu.org/licenses/>.
 */

package weka.imbalance;

import java.lang.StackWalker.StackFrame;
import java.util.Optional;

/**
 * Carries a model's training class counts ({@link TrainingClassCounts}) to the evaluation that
 * tests it, for the metrics' shot groups when the evaluation itself knows no training data. Weka
 * gives a metric plugin the predictions but not the model, so the channel is the thread that
 * evaluates: a metric opens a request for its evaluation ({@link #request(Object)}), and a model
 * that Weka's {@code Evaluation} calls <b>directly</b> answers it at its next prediction
 * ({@link #offer(TrainingClassCounts)}). A model inside another classifier never answers: a
 * wrapper such as FilteredClassifier may train it on resampled data, whose counts are not the
 * training counts of the evaluated model.
 *
 * <p>Cheap: without an open request, {@code offer} is one thread-local read; with one, it looks
 * at the caller a bounded number of times.
 */
public final class ModelTrainingCounts {

  /** How many predictions may look at their caller before an unanswered request is dropped. */
  static final int LOOKS = 64;

  private static final ThreadLocal<Request> OPEN = new ThreadLocal<>();

  private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

  /** A request of one evaluation, answered at most once. */
  public static final class Request {
    private final Object m_evaluation;
    private int m_looks = LOOKS;
    private volatile double[] m_counts;

    private Request(Object evaluation) {
      m_evaluation = evaluation;
    }

    /** @return the counts of the evaluated model, or null if it gave none (yet) */
    public double[] counts() {
      return m_counts == null ? null : m_counts.clone();
    }
  }

  private ModelTrainingCounts() {
  }

  /**
   * Opens (or returns the open) request of an evaluation on the current thread; call it before
   * the evaluation's first prediction.
   *
   * @param evaluation the evaluation (shared by its metrics)
   * @return the request
   */
  public static Request request(Object evaluation) {
    Request r = OPEN.get();
    if (r == null || r.m_evaluation != evaluation) {
      r = new Request(evaluation);
      OPEN.set(r);
    }
    return r;
  }

  /**
   * Answers the open request of the current thread with the model's counts, if Weka's
   * {@code Evaluation} called the model directly.
   *
   * @param model the model that is predicting
   */
  public static void offer(TrainingClassCounts model) {
    Request r = OPEN.get();
    if (r == null) {
      return;
    }
    if (--r.m_looks < 0) {
      OPEN.remove();
      return;
    }
    if (calledByEvaluation(model)) {
      r.m_counts = model.getTrainingClassCounts();
      OPEN.remove();
    }
  }

  /** Whether the first caller outside the model's own classes is Weka's Evaluation (or a subclass). */
  private static boolean calledByEvaluation(Object model) {
    Optional<Class<?>> caller = WALKER.walk(frames -> frames.map(StackFrame::getDeclaringClass)
      .filter(c -> c != ModelTrainingCounts.class && !c.isAssignableFrom(model.getClass())).findFirst());
    for (Class<?> c = caller.orElse(null); c != null; c = c.getSuperclass()) {
      if (c.getName().equals("weka.classifiers.evaluation.Evaluation") || c.getName().equals("weka.classifiers.Evaluation")) {
        return true;
      }
    }
    return false;
  }
}
