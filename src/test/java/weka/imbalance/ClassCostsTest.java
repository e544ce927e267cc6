package weka.imbalance;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

import weka.classifiers.CostMatrix;

public class ClassCostsTest {

  @Test
  public void rowSumsAreTheCostOfMisclassifyingEachActualClass() throws Exception {
    CostMatrix m = CostMatrix.parseMatlab("[0 1 2; 3 0 4; 0 0 0]");
    assertArrayEquals(new double[] {3, 7, 0}, ClassCosts.rowSums(m, 3), 0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClassCosts.rowSums(m, 2));
    assertTrue(e.getMessage().contains("3x3"));
    CostMatrix neg = CostMatrix.parseMatlab("[0 -1; 1 0]");
    assertThrows(IllegalArgumentException.class, () -> ClassCosts.rowSums(neg, 2));
    CostMatrix zero = CostMatrix.parseMatlab("[0 0; 0 0]");
    assertThrows(IllegalArgumentException.class, () -> ClassCosts.rowSums(zero, 2));
  }

  @Test
  public void adjustMultipliesAndRenormalises() {
    double[] p = {0.5, 0.3, 0.2};
    double[] got = ClassCosts.adjustDistribution(p, new double[] {1, 2, 0});
    assertArrayEquals(new double[] {0.5 / 1.1, 0.6 / 1.1, 0}, got, 1e-12);
    assertArrayEquals(new double[] {0.5, 0.3, 0.2}, p, 0);
    assertArrayEquals(new double[3], ClassCosts.adjustDistribution(new double[3], new double[] {1, 1, 1}), 0);
  }

  @Test
  public void priorCostsMatchAdjustDistribution() {
    double[] pi = {0.7, 0.2, 0.1};
    double[] p = {0.6, 0.3, 0.1};
    assertArrayEquals(ClassPriors.adjustDistribution(p, pi, 1.3),
      ClassCosts.adjustDistribution(p, ClassCosts.priorCosts(pi, 1.3)), 1e-12);
    assertArrayEquals(new double[] {1, 1, 1}, ClassCosts.power(new double[] {2, 0, 5}, 0), 0);
  }

  @Test
  public void entriesAreCheckedWithoutKnowingTheData() throws Exception {
    double[][] cells = ClassCosts.checkEntries(CostMatrix.parseMatlab("[0 2; 5 0]"));
    assertArrayEquals(new double[] {0, 2}, cells[0], 0);
    assertArrayEquals(new double[] {5, 0}, cells[1], 0);
    // the object editor's empty placeholder passes; a negative cell is named
    ClassCosts.checkEntries(new CostMatrix(1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
      () -> ClassCosts.checkEntries(CostMatrix.parseMatlab("[0 1; -3 0]")));
    assertTrue(e.getMessage(), e.getMessage().contains("cell (1,0)") && e.getMessage().contains("-3"));
  }

  @Test
  public void matricesAreReadFromTheCommandLineOrAFileWithTheOptionInTheMessage() throws Exception {
    assertArrayEquals(new double[] {1, 10}, ClassCosts.rowSums(ClassCosts.parseMatlab("cost-matrix", "[0 1; 10 0]"),
      2), 0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
      () -> ClassCosts.parseMatlab("cost-matrix", "[0 1; 10"));
    assertTrue(e.getMessage(), e.getMessage().startsWith("-cost-matrix must be a matrix")
      && e.getMessage().contains("[0 1; 10"));
    e = assertThrows(IllegalArgumentException.class, () -> ClassCosts.read("C", "no/such/file.cost"));
    assertTrue(e.getMessage(), e.getMessage().startsWith("-C: cannot read a cost matrix from 'no/such/file.cost'"));
  }
}
