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

package weka.imbalance.ssl;

import weka.imbalance.Ziggurat;

/**
 * The random stream of one instance's views in one epoch: SplitMix64 (Steele, Lea and Flood, OOPSLA
 * 2014; the generator of {@link java.util.SplittableRandom}), restarted for every (seed, epoch,
 * instance) by {@link #reset(long, int, int)}, so that the views of an instance do not depend on which
 * thread builds them nor on the other instances of the mini-batch. Not thread-safe: one per thread.
 * Unlike {@link java.util.Random} it has no atomic update per draw, and its Gaussian draws take a
 * ziggurat rather than the polar method's logarithm and square root.
 */
public final class ViewRandom implements Ziggurat.Bits {

  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  private long m_state;

  /**
   * Restarts the stream at the start of (seed, epoch, instance); distinct (epoch, instance) pairs
   * give distinct starting points for one seed.
   *
   * @param seed the training run's view seed
   * @param epoch the epoch
   * @param instance the instance's index in the training data
   */
  public void reset(long seed, int epoch, int instance) {
    m_state = mix(seed + mix(((long) epoch << 32) + (instance & 0xffffffffL)));
  }

  /** SplitMix64's output function (a bijection of the 64-bit values). */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** @return 64 random bits */
  @Override
  public long nextLong() {
    m_state += GOLDEN_GAMMA;
    return mix(m_state);
  }

  /** @return uniform in [0, 1), a multiple of 2^-53 */
  public double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /** @return true or false, each with probability 1/2 */
  public boolean nextBoolean() {
    return nextLong() < 0;
  }

  /**
   * Lemire's unbiased multiply-and-shift (ACM TOMACS 2019).
   *
   * @param bound the number of values, at least 1
   * @return uniform in [0, bound)
   */
  public int nextInt(int bound) {
    long m = (nextLong() >>> 32) * bound;
    long low = m & 0xffffffffL;
    if (low < bound) {
      long threshold = (0x100000000L - bound) % bound;
      while (low < threshold) {
        m = (nextLong() >>> 32) * bound;
        low = m & 0xffffffffL;
      }
    }
    return (int) (m >>> 32);
  }

  /**
   * A standard normal draw by {@link Ziggurat} from this stream's bits.
   *
   * @return the draw
   */
  public double nextGaussian() {
    return Ziggurat.normal(this);
  }

  /**
   * The number of failures before the next success of independent trials each succeeding with
   * probability p (geometric): skipping that many pixels gives the same masked set as one draw
   * per pixel, with one draw per masked pixel.
   *
   * @param logOneMinusP log(1 - p), for p in (0, 1)
   * @return the failures, capped at Integer.MAX_VALUE
   */
  public int nextGap(double logOneMinusP) {
    double u = 1 - nextDouble(); // in (0, 1]
    double g = Math.floor(Math.log(u) / logOneMinusP);
    return g >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) g;
  }
}
