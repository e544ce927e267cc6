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
package weka.imbalance.resampling;

import java.util.SplittableRandom;

import weka.imbalance.Ziggurat;

/**
 * Exact standard normal draws, N(0, 1), from {@link Ziggurat} on a {@link SplittableRandom} of
 * their own seed: much cheaper than {@link java.util.Random#nextGaussian()} (the polar method, with
 * an atomic update per uniform), and the same seed gives the same draws. Not thread-safe: one per
 * thread.
 */
public final class NormalDraws {

  private final Ziggurat.Bits m_Bits;

  /** @param seed the seed: the same seed gives the same draws */
  public NormalDraws(long seed) {
    m_Bits = new SplittableRandom(seed)::nextLong;
  }

  /** @return the next N(0, 1) draw */
  public double next() {
    return Ziggurat.normal(m_Bits);
  }

  /**
   * Fills part of an array with draws (as many {@link #next()} calls, in order).
   *
   * @param out the array
   * @param from the first index filled
   * @param to one past the last
   */
  public void fill(double[] out, int from, int to) {
    for (int i = from; i < to; i++) {
      out[i] = next();
    }
  }
}
