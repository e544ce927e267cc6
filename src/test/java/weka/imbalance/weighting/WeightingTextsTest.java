package weka.imbalance.weighting;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;

import org.junit.Test;

/** What the object editor shows of each class weighting: its summary, its paper, its option read back. */
public class WeightingTextsTest {

  @Test
  public void eachWeightingSaysWhatItIsAndCitesItsPaper() {
    for (AbstractClassWeighting w : new AbstractClassWeighting[] {new NoClassWeighting(),
      new InverseFrequencyWeighting(), new EffectiveNumberWeighting()}) {
      assertTrue(w.getClass().getSimpleName(), w.globalInfo().length() > 20);
    }
    assertTrue(new EffectiveNumberWeighting().getTechnicalInformation().toString().contains(
      "Class-Balanced Loss Based on Effective Number of Samples"));
    assertTrue(new InverseFrequencyWeighting().getTechnicalInformation().toString().length() > 20);
  }

  @Test
  public void nuReadsBackAsSet() throws Exception {
    InverseFrequencyWeighting w = new InverseFrequencyWeighting();
    w.setOptions(new String[] {"-nu", "0.75"});
    assertEquals(0.75, w.getNu(), 0);
    assertTrue(Arrays.toString(w.getOptions()), Arrays.asList(w.getOptions()).contains("0.75"));
  }
}
