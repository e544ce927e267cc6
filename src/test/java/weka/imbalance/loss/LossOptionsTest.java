package weka.imbalance.loss;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;

import org.junit.Test;

import weka.core.TechnicalInformationHandler;

/**
 * What the object editor and the command line see of each loss (options read back as set, the
 * paper cited, the cosine layer asked for by LDAM only), and the edge cases of LDAM's margins and
 * the focal loss that the value tests do not reach. Expected values are the options as set and the
 * formulas worked by hand.
 */
public class LossOptionsTest {

  @Test
  public void optionsReadBackAsSet() throws Exception {
    LDAMLoss ldam = new LDAMLoss();
    ldam.setOptions(new String[] {"-max-margin", "0.3", "-scale", "12"});
    assertEquals(0.3, ldam.getMaxMargin(), 0);
    assertEquals(12, ldam.getScale(), 0);
    assertEquals(12, ldam.logitScale(), 0);
    FocalLoss focal = new FocalLoss();
    focal.setOptions(new String[] {"-gamma", "1.5"});
    assertEquals(1.5, focal.getGamma(), 0);
    LogitAdjustedLoss la = new LogitAdjustedLoss();
    la.setOptions(new String[] {"-tau", "2.5"});
    assertEquals(2.5, la.getTau(), 0);
    assertTrue(Arrays.toString(la.getOptions()), Arrays.asList(la.getOptions()).contains("2.5"));
    assertTrue(Arrays.toString(focal.getOptions()), Arrays.asList(focal.getOptions()).contains("1.5"));
  }

  @Test
  public void onlyLdamScalesItsLogitsAndNeedsTheCosineLayer() {
    for (Loss l : new Loss[] {new CrossEntropyLoss(), new FocalLoss(), new LogitAdjustedLoss(), new VSLoss()}) {
      assertEquals(l.getClass().getSimpleName(), 1.0, l.logitScale(), 0);
      assertFalse(l.getClass().getSimpleName(), l.needsCosineOutput());
    }
    assertTrue(new LDAMLoss().needsCosineOutput());
  }

  @Test
  public void everyLossSaysWhatItIsAndCitesItsPaper() {
    for (AbstractLoss l : new AbstractLoss[] {new CrossEntropyLoss(), new FocalLoss(), new LogitAdjustedLoss(),
      new VSLoss(), new LDAMLoss()}) {
      assertTrue(l.getClass().getSimpleName(), l.globalInfo().length() > 20);
    }
    assertTrue(cites(new FocalLoss(), "Focal Loss for Dense Object Detection"));
    assertTrue(cites(new LogitAdjustedLoss(), "logit adjustment"));
    assertTrue(cites(new LDAMLoss(), "Label-Distribution-Aware Margin"));
    assertTrue(cites(new VSLoss(), "Overparameterization"));
    assertTrue("VS cites Wang et al. for the dropped multiplicative term", cites(new VSLoss(), "Unified Generalization"));
  }

  private static boolean cites(TechnicalInformationHandler h, String title) {
    return h.getTechnicalInformation().toString().contains(title);
  }

  @Test
  public void ldamMarginsIgnoreEmptyClassesWhichGetTheLargestMargin() {
    LDAMLoss ldam = new LDAMLoss();
    ldam.setMaxMargin(0.5);
    ldam.initialise(new double[] {0, 16, 256});
    // n_min over the non-empty classes is 16: margins 0.5, 0.5 * (16/16)^(1/4), 0.5 * (16/256)^(1/4) = 0.25
    assertArrayEquals(new double[] {0.5, 0.5, 0.25}, ldam.margins(), 1e-15);
  }

  @Test
  public void focalGradientStaysFiniteWhenTheTargetIsCertain() {
    FocalLoss focal = new FocalLoss();
    focal.setGamma(0.5); // q^(gamma - 1) is infinite at q = 0: the term must be left out, not 0 * infinity
    double[] grad = new double[2];
    double loss = focal.lossAndGradient(new double[] {800, 0}, 0, grad);
    assertEquals(0, loss, 0);
    assertArrayEquals(new double[] {0, 0}, grad, 0);
  }
}
