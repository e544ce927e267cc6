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

/**
 * For tests: makes every {@link MiniBatchTrainer} with several threads hand each step to its team
 * of threads, however small the network, until closed. Test networks are far below the size at
 * which the trainer would use the team by itself, so a test that compares 1 and 2 threads must use
 * this to compare anything: {@code try (TeamPath forced = TeamPath.force()) { ... }}.
 */
public final class TeamPath implements AutoCloseable {

  private boolean m_closed;

  private TeamPath() {
    MiniBatchTrainer.FORCE_TEAM.incrementAndGet();
  }

  /** @return the forcing, in effect until closed */
  public static TeamPath force() {
    return new TeamPath();
  }

  /** @return whether a trainer with several threads would now hand a step of {@code rows} rows of {@code net} to its team */
  public static boolean handsOff(Network net, int rows) {
    return MiniBatchTrainer.handsOff(net, rows);
  }

  @Override
  public void close() {
    if (!m_closed) {
      m_closed = true;
      MiniBatchTrainer.FORCE_TEAM.decrementAndGet();
    }
  }
}
