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
 * Every kernel, however it blocks its loops (four or eight terms per pass, four rows at once),
 * must give each entry as one chain of fused multiply-adds in a fixed order: the forward pass over
 * the inputs in order from the bias, the weight gradient over the rows in order, the input
 * gradient over the outputs in order. The references here are that chain written out one term at
 * a time; trained models stay bit-identical as long as they hold. Sizes cover every remainder of
 * the blocked passes and both copies of the loops (shorter and longer than {@link Kernels#SHORT_LOOP}),
 * and values spread over many binades so that any change of order shows.
 */
public class KernelChainsTest {

  /** A length that takes the kernels' copy of their loops for long rows ({@link Kernels#SHORT_LOOP}). */
  private static final int LONG = Kernels.SHORT_LOOP + 5;

  private static final int[] SIZES = {1, 3, 4, 5, 8, 9, 13, 17, 35, LONG};

  private static float[][] random(Random rand, int rows, int cols, double zeros) {
    float[][] m = new float[rows][cols];
    for (float[] row : m) {
      for (int j = 0; j < cols; j++) {
        row[j] = rand.nextDouble() < zeros ? 0f : (float) (rand.nextGaussian() * Math.pow(2, rand.nextInt(20) - 10));
      }
    }
    return m;
  }

  /** The non-zeros of each row: their inputs into idx, their values into val. */
  private static void sparseRows(float[][] in, int[][] idx, float[][] val) {
    for (int r = 0; r < in.length; r++) {
      int nz = 0;
      for (float v : in[r]) {
        nz += v != 0f ? 1 : 0;
      }
      idx[r] = new int[nz];
      val[r] = new float[nz];
      nz = 0;
      for (int i = 0; i < in[r].length; i++) {
        if (in[r][i] != 0f) {
          idx[r][nz] = i;
          val[r][nz++] = in[r][i];
        }
      }
    }
  }

  private static void assertBitEqual(String what, float[][] expected, float[][] got, int rows, int cols, int g0) {
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        assertTrue(what + " [" + r + "][" + c + "] is finite", Float.isFinite(expected[r][c]));
        assertEquals(what + " [" + r + "][" + c + "]", Float.floatToIntBits(expected[r][c]),
          Float.floatToIntBits(got[g0 + r][c]));
      }
    }
  }

  @Test
  public void forwardIsTheChainOverTheInputs() {
    Random rand = new Random(5);
    for (int nIn : SIZES) {
      for (int nOut : new int[] {1, 7, 16, 30, LONG}) {
        for (int rows : new int[] {1, 4, 7, 32, LONG}) {
          float[][] in = random(rand, rows, nIn, 0.4);
          float[][] w = random(rand, nIn + 2, nOut, 0); // the layer's rows start at w0 = 2
          float[] bias = random(rand, 1, nOut, 0)[0];
          float[][] expected = new float[rows][nOut];
          for (int r = 0; r < rows; r++) {
            for (int o = 0; o < nOut; o++) {
              float y = bias[o];
              for (int i = 0; i < nIn; i++) {
                y = Math.fma(in[r][i], w[2 + i][o], y);
              }
              expected[r][o] = y;
            }
          }
          String what = nIn + " -> " + nOut + ", " + rows + " rows";
          float[][] dense = new float[rows][nOut];
          Kernels.forward(rows, nIn, nOut, in, w, 2, bias, dense);
          assertBitEqual("dense " + what, expected, dense, rows, nOut, 0);
          // sparse rows: the chain skips the zero inputs, whose terms add exactly zero to a non-zero sum
          int[][] idx = new int[rows][];
          float[][] val = new float[rows][];
          sparseRows(in, idx, val);
          float[][] sparse = new float[rows][nOut];
          Kernels.forwardSparse(rows, nIn, nOut, idx, val, w, 2, bias, sparse, new int[rows]);
          assertBitEqual("sparse " + what, expected, sparse, rows, nOut, 0);
          // the transposed kernel of narrow layers
          float[][] wt = new float[nOut][nIn];
          Kernels.transpose(nIn, nOut, w, 2, wt);
          float[][] narrow = new float[rows][nOut];
          Kernels.forwardTransposed(rows, nIn, nOut, in, wt, bias, narrow, new float[nIn][rows], new float[nOut][rows]);
          assertBitEqual("transposed " + what, expected, narrow, rows, nOut, 0);
        }
      }
    }
  }

  @Test
  public void weightGradientIsTheChainOverTheRows() {
    Random rand = new Random(6);
    for (int nIn : SIZES) {
      for (int nOut : new int[] {1, 7, 16, 30, LONG}) {
        for (int rows : SIZES) {
          float[][] in = random(rand, rows, nIn, 0.4);
          float[][] d = random(rand, rows, nOut, 0);
          float[][] expected = new float[nIn][nOut];
          for (int i = 0; i < nIn; i++) {
            for (int o = 0; o < nOut; o++) {
              float g = 0f;
              for (int r = 0; r < rows; r++) {
                g = Math.fma(in[r][i], d[r][o], g);
              }
              expected[i][o] = g;
            }
          }
          String what = nIn + " -> " + nOut + ", " + rows + " rows";
          float[][] dense = new float[nIn + 1][nOut];
          Kernels.weightGradient(rows, 0, nIn, nOut, in, d, dense, 1);
          assertBitEqual("dense " + what, expected, dense, nIn, nOut, 1);
          float[][] narrow = new float[nIn + 1][nOut];
          Kernels.weightGradientTransposed(rows, nIn, nOut, in, d, narrow, 1, new float[nOut][nIn]);
          assertBitEqual("transposed " + what, expected, narrow, nIn, nOut, 1);
          int[][] idx = new int[rows][];
          float[][] val = new float[rows][];
          sparseRows(in, idx, val);
          float[][] sparse = new float[nIn + 1][nOut];
          int[] cursor = new int[rows];
          Kernels.seek(rows, idx, 0, cursor);
          Kernels.weightGradientSparse(rows, 0, nIn, nOut, idx, val, d, sparse, 1,
            new Kernels.SparseScratch(Kernels.SPARSE_CHUNK, rows), cursor);
          // a zero term leaves a sum unchanged except the sign of a zero sum
          for (int i = 0; i < nIn; i++) {
            for (int o = 0; o < nOut; o++) {
              if (expected[i][o] == 0f) {
                expected[i][o] = sparse[1 + i][o];
              }
            }
          }
          assertBitEqual("sparse " + what, expected, sparse, nIn, nOut, 1);
        }
      }
    }
  }

  @Test
  public void inputGradientIsTheChainOverTheOutputs() {
    Random rand = new Random(7);
    for (int nIn : SIZES) {
      for (int nOut : SIZES) {
        for (int rows : new int[] {1, 4, 7, 32, LONG}) {
          float[][] d = random(rand, rows, nOut, 0);
          float[][] w = random(rand, nIn, nOut, 0);
          float[][] expected = new float[rows][nIn];
          for (int r = 0; r < rows; r++) {
            for (int i = 0; i < nIn; i++) {
              float g = 0f;
              for (int o = 0; o < nOut; o++) {
                g = Math.fma(d[r][o], w[i][o], g);
              }
              expected[r][i] = g;
            }
          }
          float[][] wt = new float[nOut][nIn];
          Kernels.transpose(nIn, nOut, w, 0, wt);
          float[][] got = new float[rows][nIn];
          Kernels.inputGradient(rows, nIn, nOut, d, wt, got);
          assertBitEqual(nIn + " -> " + nOut + ", " + rows + " rows", expected, got, rows, nIn, 0);
        }
      }
    }
  }
}
