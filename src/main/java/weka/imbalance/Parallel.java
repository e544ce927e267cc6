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

/**
 * The package's one parallel for-loop over an index range, for coarse work (a neighbour search over
 * all query points, a batch of predictions): [0, n) is cut into contiguous ranges, one per thread,
 * in a fixed way that depends only on n and the thread count, so that code writing each index's
 * result into its own slot gives the same output for any thread count. The calling thread runs the
 * first range itself; the other threads are started for the call and have ended when it returns,
 * so nothing is left running between calls (a model served from many threads starts none of its
 * own in between). The training loop's fine-grained phases use {@code weka.imbalance.nn.WorkerTeam}
 * instead.
 */
public final class Parallel {

  private Parallel() {
  }

  /** The work on one range of indices. */
  @FunctionalInterface
  public interface RangeTask {
    /**
     * @param from first index (inclusive)
     * @param to last index (exclusive)
     * @throws Exception if the work fails
     */
    void run(int from, int to) throws Exception;
  }

  /**
   * @param threads the number of threads wanted (0 = one per processor)
   * @param n the number of indices
   * @param minPerThread the fewest indices worth a thread of their own
   * @return the number of ranges {@link #forRange} cuts [0, n) into
   */
  public static int ranges(int threads, int n, int minPerThread) {
    int t = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    return Math.max(1, Math.min(t, n / Math.max(1, minPerThread)));
  }

  /**
   * Runs {@code task} on [0, n) cut into {@link #ranges(int, int, int)} contiguous ranges, one per
   * thread, and returns when all are done.
   *
   * @param threads the number of threads wanted (0 = one per processor)
   * @param n the number of indices
   * @param minPerThread the fewest indices worth a thread of their own
   * @param task the work
   * @throws Exception the first failure of any range (the others are still waited for)
   */
  public static void forRange(int threads, int n, int minPerThread, RangeTask task) throws Exception {
    int t = ranges(threads, n, minPerThread);
    if (t == 1) {
      task.run(0, n);
      return;
    }
    Throwable[] failed = new Throwable[t];
    Thread[] helpers = new Thread[t - 1];
    for (int w = 1; w < t; w++) {
      final int slot = w;
      final int from = (int) ((long) w * n / t);
      final int to = (int) ((long) (w + 1) * n / t);
      helpers[w - 1] = new Thread(() -> {
        try {
          task.run(from, to);
        } catch (Throwable e) {
          failed[slot] = e;
        }
      }, "imbalance-parallel-" + w);
      helpers[w - 1].setDaemon(true);
      helpers[w - 1].start();
    }
    try {
      task.run(0, (int) ((long) n / t));
    } catch (Throwable e) {
      failed[0] = e;
    }
    boolean interrupted = false;
    for (Thread h : helpers) {
      while (true) {
        try {
          h.join();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    for (Throwable e : failed) {
      rethrow(e);
    }
  }

  /**
   * Throws a failure caught on another thread as it was: an Exception or an Error as itself, any
   * other Throwable wrapped in an IllegalStateException; nothing for null.
   *
   * @param failure what another thread threw, or null
   * @throws Exception the failure
   */
  public static void rethrow(Throwable failure) throws Exception {
    if (failure instanceof Exception) {
      throw (Exception) failure;
    } else if (failure instanceof Error) {
      throw (Error) failure;
    } else if (failure != null) {
      throw new IllegalStateException(failure);
    }
  }
}
