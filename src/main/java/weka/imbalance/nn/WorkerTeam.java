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
package weka.imbalance.nn;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import weka.imbalance.Parallel;

/**
 * A fixed team of threads for the many short parallel phases of mini-batch training (two per
 * optimiser step, each a fraction of a millisecond). The calling thread takes part; the workers
 * spin briefly ({@link #SPIN_NANOS}) between phases before they park, so a phase starts without
 * the wake-up latency of an executor (a futex wake-up and a scheduler pass per task, tens of
 * microseconds, paid hundreds of times per epoch). Tasks are taken from a shared counter in list
 * order; which thread runs a task never changes a result (each task writes its own buffers).
 */
final class WorkerTeam implements AutoCloseable {

  /** How long an idle thread spins on the next phase (or on the end of this one) before parking. */
  static final long SPIN_NANOS = 200_000;

  /** One parallel phase: its tasks, the next task to take, and the tasks finished. */
  private static final class Job {
    final List<Callable<Void>> m_tasks;
    final AtomicInteger m_next = new AtomicInteger();
    final AtomicInteger m_done = new AtomicInteger();
    volatile Throwable m_failure;

    Job(List<Callable<Void>> tasks) {
      m_tasks = tasks;
    }
  }

  private final Thread[] m_workers;
  private volatile Job m_job;
  private volatile boolean m_closed;
  /** The thread waiting (parked) for the end of the current phase, or null. */
  private volatile Thread m_waiter;

  /**
   * @param threads total threads including the caller of {@link #run} (>= 1)
   * @param name prefix of the workers' names
   */
  WorkerTeam(int threads, String name) {
    m_workers = new Thread[Math.max(0, threads - 1)];
    for (int i = 0; i < m_workers.length; i++) {
      Thread t = new Thread(this::workerLoop, name + "-" + (i + 1));
      t.setDaemon(true);
      m_workers[i] = t;
      t.start();
    }
  }

  /**
   * Runs the tasks on the team (the caller included) and returns when all have finished.
   *
   * @param tasks the tasks
   * @throws Exception the first failure of a task, after all have finished
   */
  void run(List<Callable<Void>> tasks) throws Exception {
    if (m_closed) {
      throw new IllegalStateException("the worker team is closed");
    }
    if (m_workers.length == 0 || tasks.size() <= 1) {
      for (Callable<Void> t : tasks) {
        t.call();
      }
      return;
    }
    Job job = new Job(tasks);
    m_job = job;
    for (Thread w : m_workers) {
      LockSupport.unpark(w);
    }
    work(job);
    int n = tasks.size();
    long start = System.nanoTime();
    int spins = 0;
    while (job.m_done.get() < n) {
      if (spins >= 0) {
        Thread.onSpinWait();
        if ((++spins & 63) == 0 && System.nanoTime() - start > SPIN_NANOS) {
          spins = -1;
        }
      } else {
        m_waiter = Thread.currentThread();
        if (job.m_done.get() < n) {
          LockSupport.parkNanos(this, 50_000L);
        }
      }
    }
    m_waiter = null;
    Parallel.rethrow(job.m_failure);
  }

  private void work(Job job) {
    int n = job.m_tasks.size();
    int t;
    while ((t = job.m_next.getAndIncrement()) < n) {
      try {
        job.m_tasks.get(t).call();
      } catch (Throwable e) {
        if (job.m_failure == null) {
          job.m_failure = e;
        }
      }
      if (job.m_done.incrementAndGet() == n) {
        Thread w = m_waiter;
        if (w != null) {
          LockSupport.unpark(w);
        }
      }
    }
  }

  private void workerLoop() {
    Job last = null;
    long idleSince = System.nanoTime();
    int spins = 0;
    while (!m_closed) {
      Job j = m_job;
      if (j != last) {
        last = j;
        work(j);
        idleSince = System.nanoTime();
        spins = 0;
      } else if (spins >= 0) {
        Thread.onSpinWait();
        if ((++spins & 63) == 0 && System.nanoTime() - idleSince > SPIN_NANOS) {
          spins = -1;
        }
      } else {
        // run() unparks every worker after publishing a job, so no wake-up is lost
        LockSupport.park(this);
        spins = 0;
        idleSince = System.nanoTime();
      }
    }
  }

  /** Stops the workers (they finish the task in hand). */
  @Override
  public void close() {
    m_closed = true;
    for (Thread w : m_workers) {
      LockSupport.unpark(w);
    }
  }
}
