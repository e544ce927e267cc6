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

import java.util.Random;

import org.junit.Test;

/**
 * The transposed kernels of narrow layers must give bit for bit what the row kernels give: each
 * output or gradient entry is the same chain of fused multiply-adds, only vectorised along another
 * axis. Sizes cover every remainder of the four-at-a-time passes (inputs and rows not multiples of
 * 4), a missing bias, and values spread over many binades so that any change of order would show.
 */
public class NarrowKernelsTest {

  private static float[][] random(Random rand, int rows, int cols) {
    float[][] m = new float[rows][cols];
    for (float[] row : m) {
      for (int j = 0; j < cols; j++) {
        row[j] = (float) (rand.nextGaussian() * Math.pow(2, rand.nextInt(20) - 10));
      }
    }
    return m;
  }

  private static void assertBitEqual(String what, float[][] expected, float[][] got, int rows, int cols) {
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        assertTrue(what + " [" + r + "][" + c + "] is finite", Float.isFinite(expected[r][c]));
        assertEquals(what + " [" + r + "][" + c + "]", Float.floatToIntBits(expected[r][c]),
          Float.floatToIntBits(got[r][c]));
      }
    }
  }

  @Test
  public void transposedForwardIsBitIdentical() {
    Random rand = new Random(3);
    for (int nIn : new int[] {1, 3, 4, 7, 16, 33}) {
      for (int nOut : new int[] {1, 5, 26, 63}) {
        for (int rows : new int[] {1, 3, 6, 32}) {
          float[][] in = random(rand, rows, nIn);
          float[][] w = random(rand, nIn + 2, nOut); // two leading rows: the layer's offset w0 = 2
          float[] bias = rand.nextBoolean() ? random(rand, 1, nOut)[0] : null;
          float[][] wt = new float[nOut][nIn];
          Kernels.transpose(nIn, nOut, w, 2, wt);
          float[][] expected = new float[rows][nOut];
          Kernels.forward(rows, nIn, nOut, in, w, 2, bias, expected);
          float[][] got = new float[rows][nOut];
          Kernels.forwardTransposed(rows, nIn, nOut, in, wt, bias, got, new float[nIn][rows], new float[nOut][rows]);
          assertBitEqual("forward " + nIn + " -> " + nOut + ", " + rows + " rows", expected, got, rows, nOut);
        }
      }
    }
  }

  @Test
  public void transposedWeightGradientIsBitIdentical() {
    Random rand = new Random(4);
    for (int nIn : new int[] {1, 3, 4, 7, 16, 33}) {
      for (int nOut : new int[] {1, 5, 26, 63}) {
        for (int rows : new int[] {1, 3, 6, 32}) {
          float[][] in = random(rand, rows, nIn);
          float[][] d = random(rand, rows, nOut);
          float[][] expected = new float[nIn + 1][nOut];
          Kernels.weightGradient(rows, 0, nIn, nOut, in, d, expected, 1);
          float[][] got = new float[nIn + 1][nOut];
          Kernels.weightGradientTransposed(rows, nIn, nOut, in, d, got, 1, new float[nOut][nIn]);
          assertBitEqual("gradient " + nIn + " -> " + nOut + ", " + rows + " rows", expected, got, nIn + 1, nOut);
        }
      }
    }
  }

  /**
   * A narrow layer's gradient is summed over a mini-batch block by block, on a range of the
   * inputs (one thread's part): it must be the one chain over all the rows in order that a single
   * pass over them gives, on every input of the range and nowhere else.
   */
  @Test
  public void transposedGradientContinuesItsChainsAcrossBlocks() {
    Random rand = new Random(5);
    int nIn = 37;
    int nOut = 26;
    int rows = 71;
    float[][] in = random(rand, rows, nIn);
    float[][] d = random(rand, rows, nOut);
    float[][] expected = new float[nIn + 1][nOut];
    Kernels.weightGradient(rows, 0, nIn, nOut, in, d, expected, 1);
    for (int blockRows : new int[] {1, 6, 32}) {
      for (int[] range : new int[][] {{0, nIn}, {5, 30}, {36, 37}}) {
        float[][] gT = new float[nOut][nIn];
        for (int r0 = 0; r0 < rows; r0 += blockRows) {
          int n = Math.min(blockRows, rows - r0);
          float[][] blockIn = java.util.Arrays.copyOfRange(in, r0, r0 + n);
          float[][] blockD = java.util.Arrays.copyOfRange(d, r0, r0 + n);
          Kernels.weightGradientTransposedRows(n, range[0], range[1], nOut, blockIn, blockD, gT);
        }
        for (int i = 0; i < nIn; i++) {
          for (int o = 0; o < nOut; o++) {
            String what = "blocks of " + blockRows + ", inputs " + range[0] + ".." + range[1] + ": [" + i + "][" + o
              + "]";
            float want = i >= range[0] && i < range[1] ? expected[i + 1][o] : 0f;
            assertEquals(what, Float.floatToIntBits(want), Float.floatToIntBits(gT[o][i]));
          }
        }
      }
    }
  }
}
