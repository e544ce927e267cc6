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

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicIntegerArray;

import org.junit.Test;

/** The team that runs the trainer's parallel phases: every task once, failures passed on, threads stopped. */
public class WorkerTeamTest {

  @Test
  public void everyTaskRunsExactlyOncePerPhaseAndTheWorkersTakePart() throws Exception {
    try (WorkerTeam team = new WorkerTeam(3, "WorkerTeamTest")) {
      Set<String> threads = java.util.Collections.synchronizedSet(new HashSet<>());
      for (int phase = 0; phase < 500; phase++) {
        int n = 1 + phase % 7;
        AtomicIntegerArray runs = new AtomicIntegerArray(n);
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int t = 0; t < n; t++) {
          final int k = t;
          tasks.add(() -> {
            runs.incrementAndGet(k);
            threads.add(Thread.currentThread().getName());
            // long enough that another thread takes the next task
            long until = System.nanoTime() + 20_000;
            while (System.nanoTime() < until) {
              Thread.onSpinWait();
            }
            return null;
          });
        }
        team.run(tasks);
        int[] got = new int[n];
        for (int t = 0; t < n; t++) {
          got[t] = runs.get(t);
        }
        int[] once = new int[n];
        java.util.Arrays.fill(once, 1);
        assertArrayEquals("phase " + phase, once, got);
      }
      assertTrue("the workers ran tasks: " + threads, threads.stream().anyMatch(s -> s.startsWith("WorkerTeamTest")));
    }
  }

  @Test
  public void aFailingTaskIsRethrownAfterThePhase() throws Exception {
    try (WorkerTeam team = new WorkerTeam(2, "WorkerTeamTest")) {
      IllegalStateException boom = new IllegalStateException("boom");
      AtomicIntegerArray runs = new AtomicIntegerArray(4);
      List<Callable<Void>> tasks = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        final int k = t;
        tasks.add(() -> {
          runs.incrementAndGet(k);
          if (k == 3) {
            throw boom;
          }
          return null;
        });
      }
      try {
        team.run(tasks);
        fail("expected the task's exception");
      } catch (IllegalStateException e) {
        assertSame(boom, e);
      }
      for (int t = 0; t < 4; t++) {
        assertEquals("task " + t + " ran", 1, runs.get(t));
      }
      // the team still works after a failure
      int[] ran = new int[1];
      List<Callable<Void>> one = new ArrayList<>();
      one.add(() -> {
        ran[0]++;
        return null;
      });
      one.add(() -> null);
      team.run(one);
      assertEquals(1, ran[0]);
    }
  }

  @Test
  public void closeStopsTheWorkers() throws Exception {
    WorkerTeam team = new WorkerTeam(3, "WorkerTeamClose");
    team.close();
    long until = System.currentTimeMillis() + 10_000;
    boolean alive = true;
    while (alive && System.currentTimeMillis() < until) {
      alive = Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.getName().startsWith("WorkerTeamClose") && t.isAlive());
      Thread.sleep(10);
    }
    assertFalse("workers still alive after close", alive);
    try {
      team.run(new ArrayList<>());
      fail("a closed team must refuse work");
    } catch (IllegalStateException expected) {
      // refused
    }
  }
}
