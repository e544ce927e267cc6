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

import static org.junit.Assert.assertEquals;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Random;

import org.junit.Test;

import weka.imbalance.testing.PythonReference;

/**
 * NT-Xent: its gradient against central finite differences, and loss and gradient against PyTorch's
 * autograd (the committed output of src/test/python/torch_ntxent_reference.py, and a live run when
 * Debian's python3-torch is installed).
 */
public class NTXentTest {

  static final File INPUT = new File("src/test/resources/weka/imbalance/torch-ntxent-input.csv");
  static final File COMMITTED = new File("src/test/resources/weka/imbalance/torch-ntxent-reference.csv");
  static final String SCRIPT = "src/test/python/torch_ntxent_reference.py";

  /** Loss and dL/dz of NT-Xent on raw projections z1, z2 (our code end to end). */
  static double lossAndGradient(float[][] z1, float[][] z2, double tau, double[][] g1, double[][] g2) {
    int n = z1.length;
    int d = z1[0].length;
    double[][] u1 = new double[n][d];
    double[][] u2 = new double[n][d];
    double[] n1 = new double[n];
    double[] n2 = new double[n];
    NTXent.normalise(z1, n, u1, n1);
    NTXent.normalise(z2, n, u2, n2);
    double loss = NTXent.lossAndGradient(u1, u2, n, tau, g1, g2, null);
    NTXent.throughNormalisation(u1, n1, g1, n);
    NTXent.throughNormalisation(u2, n2, g2, n);
    return loss;
  }

  @Test
  public void gradientMatchesFiniteDifferences() {
    Random r = new Random(3);
    int n = 5;
    int d = 3;
    double tau = 0.5;
    double[][] z = new double[2 * n][d];
    for (double[] row : z) {
      for (int k = 0; k < d; k++) {
        row[k] = r.nextGaussian();
      }
    }
    double[][] g1 = new double[n][d];
    double[][] g2 = new double[n][d];
    lossAndGradient(rows(z, 0, n), rows(z, n, n), tau, g1, g2);
    double h = 1e-3;
    for (int i = 0; i < 2 * n; i++) {
      for (int k = 0; k < d; k++) {
        double keep = z[i][k];
        z[i][k] = keep + h;
        double up = lossOnly(z, n, tau);
        z[i][k] = keep - h;
        double down = lossOnly(z, n, tau);
        z[i][k] = keep;
        double numeric = (up - down) / (2 * h);
        double analytic = i < n ? g1[i][k] : g2[i - n][k];
        assertEquals("dL/dz[" + i + "][" + k + "]", numeric, analytic, 1e-4);
      }
    }
  }

  private static double lossOnly(double[][] z, int n, double tau) {
    int d = z[0].length;
    return lossAndGradient(rows(z, 0, n), rows(z, n, n), tau, new double[n][d], new double[n][d]);
  }

  /** float rows (the network's projections are floats; the steps above are far above float rounding) */
  private static float[][] rows(double[][] z, int from, int n) {
    float[][] f = new float[n][];
    for (int i = 0; i < n; i++) {
      f[i] = new float[z[from + i].length];
      for (int k = 0; k < f[i].length; k++) {
        f[i][k] = (float) z[from + i][k];
      }
    }
    return f;
  }

  @Test
  public void perInstanceLossesAverageToTheBatchLoss() {
    Random r = new Random(5);
    int n = 6;
    double[][] u1 = new double[n][4];
    double[][] u2 = new double[n][4];
    float[][] z1 = new float[n][4];
    float[][] z2 = new float[n][4];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < 4; k++) {
        z1[i][k] = (float) r.nextGaussian();
        z2[i][k] = (float) r.nextGaussian();
      }
    }
    NTXent.normalise(z1, n, u1, new double[n]);
    NTXent.normalise(z2, n, u2, new double[n]);
    double[] per = new double[n];
    double loss = NTXent.lossAndGradient(u1, u2, n, 0.2, new double[n][4], new double[n][4], per);
    double mean = 0;
    for (double v : per) {
      mean += v / n;
    }
    assertEquals(loss, mean, 1e-12);
  }

  @Test
  public void theSameFromOneAndThreeThreads() throws Exception {
    Random r = new Random(9);
    int n = 40;
    int d = 8;
    double[][][] g = new double[2][][];
    double[][][] h = new double[2][][];
    double[][] per = new double[2][];
    double[] loss = new double[2];
    float[][] z1 = new float[n][d];
    float[][] z2 = new float[n][d];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < d; k++) {
        z1[i][k] = (float) r.nextGaussian();
        z2[i][k] = (float) r.nextGaussian();
      }
    }
    double[][] u1 = new double[n][d];
    double[][] u2 = new double[n][d];
    NTXent.normalise(z1, n, u1, new double[n]);
    NTXent.normalise(z2, n, u2, new double[n]);
    // a workspace larger than the batch, as the trainer's for its last, smaller mini-batch
    NTXent.Workspace ws = new NTXent.Workspace(n + 5, d);
    for (int t = 0; t < 2; t++) {
      g[t] = new double[n][d];
      h[t] = new double[n][d];
      per[t] = new double[n];
      loss[t] = NTXent.lossAndGradient(u1, u2, n, 0.2, g[t], h[t], per[t], ws, t == 0 ? 1 : 3);
    }
    assertEquals(loss[0], loss[1], 0);
    org.junit.Assert.assertArrayEquals(per[0], per[1], 0);
    for (int i = 0; i < n; i++) {
      org.junit.Assert.assertArrayEquals(g[0][i], g[1][i], 0);
      org.junit.Assert.assertArrayEquals(h[0][i], h[1][i], 0);
    }
  }

  @Test
  public void matchesCommittedPyTorchReference() throws Exception {
    check(Files.readAllLines(COMMITTED.toPath(), StandardCharsets.UTF_8));
  }

  @Test
  public void matchesLivePyTorch() throws Exception {
    check(PythonReference.lines("apt-get install python3-torch", 300, SCRIPT, INPUT.getPath()));
  }

  private static void check(List<String> ref) throws Exception {
    List<String> in = Files.readAllLines(INPUT.toPath(), StandardCharsets.UTF_8);
    double tau = Double.parseDouble(in.get(0).trim());
    int n = (in.size() - 1) / 2;
    float[][] z1 = new float[n][];
    float[][] z2 = new float[n][];
    for (int i = 0; i < 2 * n; i++) {
      String[] f = in.get(1 + i).split(",");
      float[] row = new float[f.length];
      for (int k = 0; k < f.length; k++) {
        row[k] = Float.parseFloat(f[k]);
      }
      if (i < n) {
        z1[i] = row;
      } else {
        z2[i - n] = row;
      }
    }
    int d = z1[0].length;
    double[][] g1 = new double[n][d];
    double[][] g2 = new double[n][d];
    double loss = lossAndGradient(z1, z2, tau, g1, g2);
    // the input has 6 decimals, exact enough in float for 1e-6 agreement with PyTorch's doubles
    assertEquals("loss", Double.parseDouble(ref.get(0)), loss, 1e-6);
    for (int i = 0; i < 2 * n; i++) {
      String[] f = ref.get(1 + i).split(",");
      for (int k = 0; k < d; k++) {
        assertEquals("dL/dz[" + i + "][" + k + "]", Double.parseDouble(f[k]), i < n ? g1[i][k] : g2[i - n][k], 1e-6);
      }
    }
  }
}
