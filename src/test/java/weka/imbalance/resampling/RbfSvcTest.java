package weka.imbalance.resampling;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.Test;

import libsvm.svm;
import libsvm.svm_model;
import libsvm.svm_node;
import libsvm.svm_parameter;
import libsvm.svm_problem;
import weka.core.Instances;
import weka.core.converters.ConverterUtils.DataSource;
import weka.filters.supervised.instance.SVMSMOTE;

/**
 * {@link RbfSvc} against LIBSVM 3.31's Java original (the jar, a test dependency only) with
 * scikit-learn's SVC settings (RBF, gamma 'scale', C 1, tol 1e-3, 200 MB cache, shrinking on and
 * off): the same support vectors (rows), and per pair of classes the same rho, the same coefficients
 * y alpha and the same decision values at every training row, on random data (binary, three classes,
 * coarse values with many equal kernel entries so that the tie order counts) and on four bundled
 * data sets (glass4, pima, yeast4; ecoli with 8 classes, 28 pairs). RbfSvc does LIBSVM's operations
 * in LIBSVM's order, so the numbers agree to the last bit; the tolerance, 1e-12 relative, leaves room
 * only for an exp that rounds differently on another JVM, far below what a different iterate would
 * give (a first-order working set or a wrong gradient reconstruction changes the coefficients in the
 * third or fourth digit and moves support vectors). LIBSVM groups the classes by first appearance and
 * scikit-learn's copy in ascending order, as RbfSvc: the jar is given the rows grouped that way.
 */
public class RbfSvcTest {

  static final double TOL = 1e-12;

  /** One case: rows (row-major), their classes, the gamma. */
  static void compare(String what, double[] x, int dim, int[] cls, boolean shrinking) {
    compare(what, x, dim, cls, shrinking, 200);
  }

  /** The jar always with its 200 MB cache; ours with cacheMB. */
  static void compare(String what, double[] x, int dim, int[] cls, boolean shrinking, double cacheMB) {
    int n = cls.length;
    double gamma = SVMSMOTE.scaleGamma(x, dim);
    RbfSvc.Model ours = new RbfSvc(gamma, 1, 1e-3, cacheMB, shrinking).train(x, dim, cls);

    // the jar, on the rows grouped by ascending class (stable): order[q] is the row at position q
    int numClasses = 0;
    for (int c : cls) {
      numClasses = Math.max(numClasses, c + 1);
    }
    int[] order = new int[n];
    int q = 0;
    for (int c = 0; c < numClasses; c++) {
      for (int i = 0; i < n; i++) {
        if (cls[i] == c) {
          order[q++] = i;
        }
      }
    }
    svm_problem prob = new svm_problem();
    prob.l = n;
    prob.y = new double[n];
    prob.x = new svm_node[n][];
    for (int p = 0; p < n; p++) {
      prob.y[p] = cls[order[p]];
      prob.x[p] = nodes(x, dim, order[p]);
    }
    svm_parameter par = new svm_parameter();
    par.svm_type = svm_parameter.C_SVC;
    par.kernel_type = svm_parameter.RBF;
    par.gamma = gamma;
    par.C = 1;
    par.eps = 1e-3;
    par.cache_size = 200;
    par.shrinking = shrinking ? 1 : 0;
    par.probability = 0;
    par.nr_weight = 0;
    par.weight_label = new int[0];
    par.weight = new double[0];
    svm.svm_set_print_string_function(s -> { });
    svm_model ref = svm.svm_train(prob, par);

    int[] refSv = new int[ref.l];
    for (int s = 0; s < ref.l; s++) {
      refSv[s] = order[ref.sv_indices[s] - 1];
    }
    java.util.Arrays.sort(refSv);
    assertTrue(what + ": some support vectors", refSv.length > 0);
    assertArrayEquals(what + ": support vectors", refSv, ours.supportVectors());

    int k = ref.nr_class;
    assertEquals(what + ": pairs", k * (k - 1) / 2, ours.numPairs());
    int[] start = new int[k];
    for (int c = 1; c < k; c++) {
      start[c] = start[c - 1] + ref.nSV[c - 1];
    }
    int pair = 0;
    for (int a = 0; a < k; a++) {
      for (int b = a + 1; b < k; b++) {
        assertArrayEquals(what + ": classes of pair " + pair, new int[] {ref.label[a], ref.label[b]},
          ours.classes(pair));
        close(what + ": rho of pair " + pair, ref.rho[pair], ours.rho(pair));
        for (int s = start[a]; s < start[a] + ref.nSV[a]; s++) {
          close(what + ": coefficient of row " + order[ref.sv_indices[s] - 1] + " in pair " + pair,
            ref.sv_coef[b - 1][s], ours.coefficient(pair, order[ref.sv_indices[s] - 1]));
        }
        for (int s = start[b]; s < start[b] + ref.nSV[b]; s++) {
          close(what + ": coefficient of row " + order[ref.sv_indices[s] - 1] + " in pair " + pair,
            ref.sv_coef[a][s], ours.coefficient(pair, order[ref.sv_indices[s] - 1]));
        }
        pair++;
      }
    }
    double[] dec = new double[k * (k - 1) / 2];
    double[] z = new double[dim];
    for (int i = 0; i < n; i += Math.max(1, n / 200)) {
      svm.svm_predict_values(ref, nodes(x, dim, i), dec);
      System.arraycopy(x, i * dim, z, 0, dim);
      for (int p = 0; p < dec.length; p++) {
        close(what + ": decision value of pair " + p + " at row " + i, dec[p], ours.decision(p, z));
      }
    }
  }

  static void close(String what, double expected, double actual) {
    assertEquals(what, expected, actual, TOL * Math.max(1, Math.abs(expected)));
  }

  static svm_node[] nodes(double[] x, int dim, int row) {
    svm_node[] r = new svm_node[dim];
    for (int k = 0; k < dim; k++) {
      r[k] = new svm_node();
      r[k].index = k + 1;
      r[k].value = x[row * dim + k];
    }
    return r;
  }

  /** Overlapping Gaussian classes, class c shifted by c in every coordinate, values rounded to step. */
  static void random(String what, int n, int dim, int classes, double step, long seed, boolean shrinking) {
    Random r = new Random(seed);
    double[] x = new double[n * dim];
    int[] cls = new int[n];
    for (int i = 0; i < n; i++) {
      cls[i] = r.nextInt(4) == 0 ? classes - 1 : r.nextInt(classes);
      for (int k = 0; k < dim; k++) {
        double v = r.nextGaussian() + cls[i];
        x[i * dim + k] = step > 0 ? Math.round(v / step) * step : v;
      }
    }
    compare(what, x, dim, cls, shrinking);
  }

  @Test
  public void randomDataGivesLibsvmsSupportVectorsAndCoefficients() {
    random("binary", 400, 5, 2, 0, 1, true);
    random("binary, no shrinking", 400, 5, 2, 0, 2, false);
    random("three classes", 450, 3, 3, 0, 3, true);
    random("coarse values (ties)", 300, 2, 2, 0.5, 4, true);
    random("coarse values (ties), no shrinking", 300, 2, 2, 0.5, 5, false);
  }

  /** Past LIBSVM's 1,000-iteration shrinking period, with a cache too small for the columns (evictions). */
  @Test
  public void aLargerProblemWithATinyCacheGivesLibsvmsSolution() {
    Random r = new Random(6);
    int n = 1500;
    int dim = 4;
    double[] x = new double[n * dim];
    int[] cls = new int[n];
    for (int i = 0; i < n; i++) {
      cls[i] = i % 5 == 0 ? 1 : 0;
      for (int k = 0; k < dim; k++) {
        x[i * dim + k] = r.nextGaussian() + cls[i] * 0.7;
      }
    }
    // 0.03 MB: 7,864 floats less the heads' share, about four columns of 1,500
    compare("1,500 rows, tiny cache", x, dim, cls, true, 0.03);
  }

  @Test
  public void bundledDataSetsGiveLibsvmsSupportVectors() throws Exception {
    for (String name : new String[] {"glass4", "pima", "yeast4", "ecoli"}) {
      Instances d = DataSource.read("data/" + name + ".arff");
      d.setClassIndex(d.numAttributes() - 1);
      int dim = d.numAttributes() - 1;
      double[] x = new double[d.numInstances() * dim];
      int[] cls = new int[d.numInstances()];
      for (int i = 0; i < d.numInstances(); i++) {
        for (int k = 0; k < dim; k++) {
          x[i * dim + k] = d.instance(i).value(k);
        }
        cls[i] = (int) d.instance(i).classValue();
      }
      compare(name, x, dim, cls, true);
    }
  }

  @Test
  public void aSingleClassHasNoSupportVectorAndBadSettingsAreRefused() {
    RbfSvc.Model m = new RbfSvc(1, 1, 1e-3, 200, true).train(new double[] {0, 1, 2}, 1, new int[] {1, 1, 1});
    assertEquals(0, m.numPairs());
    assertEquals(0, m.supportVectors().length);
    List<String> refused = new ArrayList<>();
    for (double[] bad : new double[][] {{0, 1, 1e-3, 200}, {1, -1, 1e-3, 200}, {1, 1, 0, 200}, {1, 1, 1e-3, 0}}) {
      try {
        new RbfSvc(bad[0], bad[1], bad[2], bad[3], true);
      } catch (IllegalArgumentException e) {
        refused.add(e.getMessage());
      }
    }
    assertEquals(refused.toString(), 4, refused.size());
  }
}
