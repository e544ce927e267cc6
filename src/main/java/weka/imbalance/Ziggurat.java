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
 * Exact standard normal draws, N(0, 1), by the ziggurat of Marsaglia and Tsang (J. Stat. Softw.
 * 2000) with 128 layers, the layer chosen by 7 bits and the abscissa by 53 other bits of one 64-bit
 * number (Doornik's 2005 remedy for the original's correlation between the two): about 99% of the
 * draws cost one 64-bit number, a multiply and a compare, where {@link java.util.Random#nextGaussian()}
 * (the polar method) takes two or more synchronized uniforms, a logarithm and a square root per
 * pair. The one ziggurat of the package: the views of the self-supervised filter and ROSE's
 * smoothed bootstrap draw from it, each from its own source of bits.
 */
public final class Ziggurat {

  /** A source of uniformly random 64-bit numbers. */
  public interface Bits {
    /** @return 64 random bits */
    long nextLong();
  }

  private Ziggurat() {
  }

  /** The start of the tail r and the area v of each of the 128 layers. */
  private static final double R = 3.442619855899;
  private static final double V = 9.91256303526217e-3;
  /** Layer i's half-width (layer 0: the base including the tail, v / f(r)); X[128] = 0. */
  private static final double[] X = new double[129];
  /** F[i] = f(X[i]) = exp(-X[i]^2 / 2). */
  private static final double[] F = new double[129];

  static {
    double fr = Math.exp(-0.5 * R * R);
    X[0] = V / fr;
    X[1] = R;
    for (int i = 1; i < 127; i++) {
      X[i + 1] = Math.sqrt(-2 * Math.log(Math.exp(-0.5 * X[i] * X[i]) + V / X[i]));
    }
    X[128] = 0;
    for (int i = 0; i <= 128; i++) {
      F[i] = Math.exp(-0.5 * X[i] * X[i]);
    }
  }

  /** @return uniform in [0, 1), a multiple of 2^-53 */
  private static double uniform(Bits random) {
    return (random.nextLong() >>> 11) * 0x1.0p-53;
  }

  /**
   * A standard normal draw.
   *
   * @param random the source of bits (one draw per call in about 99% of the calls)
   * @return the draw
   */
  public static double normal(Bits random) {
    while (true) {
      long bits = random.nextLong();
      int i = (int) (bits & 127);
      double u = 2 * ((bits >>> 11) * 0x1.0p-53) - 1;
      double x = u * X[i];
      if (Math.abs(x) < X[i + 1]) {
        return x;
      }
      if (i == 0) {
        // the tail beyond r, by Marsaglia's (1964) method
        double t;
        double y;
        do {
          t = -Math.log(1 - uniform(random)) / R;
          y = -Math.log(1 - uniform(random));
        } while (y + y < t * t);
        return u < 0 ? -(R + t) : R + t;
      }
      // the wedge between the layer's rectangle and the curve
      if (F[i] + uniform(random) * (F[i + 1] - F[i]) < Math.exp(-0.5 * x * x)) {
        return x;
      }
    }
  }
}
