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

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.Set;
import java.util.TreeSet;

import org.junit.Test;

import weka.imbalance.Parallel;

/** {@link Network.Team}: the ranges of {@link Parallel#forRange}, each run once, failures passed on. */
public class NetworkTeamTest {

  @Test
  public void cutsTheRangesAsParallelAndRunsEachOnce() throws Exception {
    for (int threads = 1; threads <= 3; threads++) {
      try (Network.Team team = new Network.Team(threads, "NetworkTeamTest")) {
        for (int n : new int[] { 0, 1, 7, 16, 100 }) {
          for (int min : new int[] { 1, 4, 16 }) {
            Set<String> ours = new TreeSet<>();
            Set<String> parallel = new TreeSet<>();
            int[] hits = new int[n];
            team.forRange(n, min, (from, to) -> {
              synchronized (ours) {
                ours.add(from + "-" + to);
              }
              for (int i = from; i < to; i++) {
                hits[i]++;
              }
            });
            Parallel.forRange(threads, n, min, (from, to) -> {
              synchronized (parallel) {
                parallel.add(from + "-" + to);
              }
            });
            assertEquals(threads + " threads, n " + n + ", min " + min, parallel, ours);
            for (int i = 0; i < n; i++) {
              assertEquals("index " + i + " run once", 1, hits[i]);
            }
          }
        }
      }
    }
  }

  @Test
  public void aFailingRangeFailsTheCallAfterTheOthers() throws Exception {
    try (Network.Team team = new Network.Team(2, "NetworkTeamTest")) {
      int[] done = new int[1];
      try {
        team.forRange(2, 1, (from, to) -> {
          if (from == 1) {
            throw new IllegalStateException("range 1");
          }
          Thread.sleep(50);
          done[0]++;
        });
        fail("the failure was not passed on");
      } catch (IllegalStateException e) {
        assertEquals("range 1", e.getMessage());
      }
      assertTrue("the other range finished", done[0] == 1);
    }
  }
}
