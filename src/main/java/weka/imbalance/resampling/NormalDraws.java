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

/**
 * Exact standard normal draws, N(0, 1), by the ziggurat method of Marsaglia and Tsang (2000) with
 * Doornik's (2005) variant (128 layers; the layer and the abscissa from independent bits, which
 * removes the original's correlation), on {@link SplittableRandom}: about 99% of the draws cost
 * one 64-bit number, a multiply and a compare, where {@link java.util.Random#nextGaussian()} (the
 * polar method) takes two or more synchronized uniforms, a logarithm and a square root per pair.
 * The rare wedge and tail draws use {@link StrictMath}, and the tables are computed with it, so
 * that the draws depend on the seed only, on every JVM. Not thread-safe: one per thread.
 */
public final class NormalDraws {

  private static final int LAYERS = 128;
  /** The start of the tail, for 128 layers. */
  private static final double R = 3.442619855899;
  /** The area of each layer (and of the base strip with the tail). */
  private static final double V = 9.91256303526217e-3;
  /** X[i]: the right edge of layer i; X[0] = V / f(R) (the base strip), X[1] = R, X[LAYERS] = 0. */
  private static final double[] X = new double[LAYERS + 1];
  /** X[i + 1] / X[i]: the part of layer i under the density at every abscissa. */
  private static final double[] INNER = new double[LAYERS];

  static {
    double f = StrictMath.exp(-0.5 * R * R);
    X[0] = V / f;
    X[1] = R;
    for (int i = 2; i < LAYERS; i++) {
      X[i] = StrictMath.sqrt(-2 * StrictMath.log(V / X[i - 1] + f));
      f = StrictMath.exp(-0.5 * X[i] * X[i]);
    }
    X[LAYERS] = 0;
    for (int i = 0; i < LAYERS; i++) {
      INNER[i] = X[i + 1] / X[i];
    }
  }

  private static final double ULP53 = 0x1.0p-53;

  private final SplittableRandom m_Random;

  /** @param seed the seed: the same seed gives the same draws */
  public NormalDraws(long seed) {
    m_Random = new SplittableRandom(seed);
  }

  /** @return a uniform in the open interval (0, 1) */
  private double open() {
    return ((m_Random.nextLong() >>> 11) + 0.5) * ULP53;
  }

  /** @return the next N(0, 1) draw */
  public double next() {
    while (true) {
      long bits = m_Random.nextLong();
      int layer = (int) (bits & (LAYERS - 1));
      // the 53 high bits: u uniform in [-1, 1)
      double u = (bits >>> 11) * (2 * ULP53) - 1;
      if (Math.abs(u) < INNER[layer]) {
        return u * X[layer];
      }
      if (layer == 0) {
        return tail(u < 0);
      }
      double x = u * X[layer];
      double f0 = StrictMath.exp(-0.5 * (X[layer] * X[layer] - x * x));
      double f1 = StrictMath.exp(-0.5 * (X[layer + 1] * X[layer + 1] - x * x));
      if (f1 + open() * (f0 - f1) < 1.0) {
        return x;
      }
    }
  }

  /** Marsaglia's (1964) exact draw beyond R. */
  private double tail(boolean negative) {
    double x;
    double y;
    do {
      x = StrictMath.log(open()) / R;
      y = StrictMath.log(open());
    } while (-2 * y < x * x);
    return negative ? x - R : R - x;
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
