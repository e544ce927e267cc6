package weka.classifiers.meta;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Method;

import org.junit.Test;

/**
 * The object editor shows a property's tip text on one line as its tool tip: each tip is one short
 * sentence (details belong in globalInfo). ThresholdMoving's tau tip used to run off a
 * 1600-pixel screen (issue 14).
 */
public class MetaToolTipsTest {

  /** About 600 pixels in the editor's default font. */
  static final int MAX_TIP = 100;

  @Test
  public void everyToolTipIsOneShortSentence() throws Exception {
    Object[] metas = {new ThresholdMoving(), new PlugInEmpiricalThreshold(), new ClassBalancedReweighting()};
    for (Object o : metas) {
      int tips = 0;
      for (Method m : o.getClass().getMethods()) {
        if (m.getName().endsWith("TipText") && m.getParameterCount() == 0) {
          String tip = (String) m.invoke(o);
          String where = o.getClass().getSimpleName() + "." + m.getName() + ": " + tip;
          assertTrue(where, tip.length() <= MAX_TIP);
          assertFalse(where, tip.trim().replaceAll("\\.$", "").matches(".*\\.\\s.*"));
          tips++;
        }
      }
      assertTrue(o.getClass().getSimpleName(), tips >= 5);
    }
  }
}
