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

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

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

  /**
   * Reads class names only: a walker that hands out classes needs a permission that a security
   * manager (Weka's RemoteEngine installs one) does not grant under Weka's remote.policy.
   */
  private static final StackWalker WALKER = StackWalker.getInstance();

  /** Weka's evaluations: a model called from one of their methods is the evaluated model. */
  private static final Set<String> EVALUATIONS = Set.of("weka.classifiers.evaluation.Evaluation",
    "weka.classifiers.Evaluation", "weka.classifiers.evaluation.AggregateableEvaluation");

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

  /**
   * Whether the first caller outside the model's own classes (its class, superclasses and
   * interfaces) is a method of Weka's Evaluation; a subclass of Evaluation counts through the
   * methods it inherits, which are Evaluation's.
   */
  private static boolean calledByEvaluation(Object model) {
    Set<String> own = new HashSet<>();
    own.add(ModelTrainingCounts.class.getName());
    addTypeNames(model.getClass(), own);
    Optional<String> caller = WALKER.walk(frames -> frames.map(f -> f.getClassName())
      .filter(name -> !own.contains(name)).findFirst());
    return caller.isPresent() && EVALUATIONS.contains(caller.get());
  }

  private static void addTypeNames(Class<?> c, Set<String> names) {
    for (; c != null; c = c.getSuperclass()) {
      names.add(c.getName());
      for (Class<?> i : c.getInterfaces()) {
        addTypeNames(i, names);
      }
    }
  }
}
