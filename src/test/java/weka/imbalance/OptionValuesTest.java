package weka.imbalance;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

import weka.classifiers.Classifier;
import weka.classifiers.bayes.NaiveBayes;
import weka.classifiers.trees.J48;
import weka.core.SelectedTag;
import weka.core.Tag;

public class OptionValuesTest {

  @Test
  public void readsAndRemovesTheOption() throws Exception {
    String[] o = {"-K", "7", "-rho", "12.5"};
    assertEquals(7, OptionValues.getInt("K", o, 5));
    assertEquals(12.5, OptionValues.getDouble("rho", o, 100), 0);
    assertArrayEquals(new String[] {"", "", "", ""}, o);
    assertEquals(5, OptionValues.getInt("K", o, 5));
  }

  @Test
  public void malformedValuesNameTheOptionAndTheValue() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
      () -> OptionValues.getInt("K", new String[] {"-K", "five"}, 5));
    assertEquals("-K takes a whole number, got 'five'", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> OptionValues.getDouble("rho", new String[] {"-rho", "x"}, 1));
    assertEquals("-rho takes a number, got 'x'", e.getMessage());
  }

  static final Tag[] TAGS = { new Tag(0, "percentage", "", false), new Tag(3, "majority", "", false) };

  @Test
  public void tagsByNameOrIdElseTheAllowedNames() throws Exception {
    assertEquals(3, OptionValues.getTag("over", new String[] {"-over", "MAJORITY"}, TAGS, 0));
    assertEquals(3, OptionValues.tagId("over", "3", TAGS));
    assertEquals(0, OptionValues.getTag("over", new String[0], TAGS, 0));
    assertEquals("majority", OptionValues.tagName(TAGS, 3));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
      () -> OptionValues.tagId("over", "most", TAGS));
    assertEquals("-over must be one of percentage, majority, got 'most'", e.getMessage());
    assertEquals(3, OptionValues.tagId("over", new SelectedTag(3, TAGS), TAGS));
    Tag[] other = { new Tag(3, "majority", "", false) };
    assertThrows(IllegalArgumentException.class, () -> OptionValues.tagId("over", new SelectedTag(3, other), TAGS));
  }

  /** A plug-in that counts the instances made of it. */
  public static class Counted {
    static int s_Made;

    public Counted() {
      s_Made++;
    }
  }

  /**
   * A fully qualified plug-in is made directly: Weka's Utils.forName first matches the name against
   * every class of the class path (a scan of every jar in a fresh JVM, about half a second of each
   * command line) and makes a throwaway instance of the match.
   */
  @Test
  public void aFullyQualifiedPlugInIsMadeOnceWithoutWekasSearch() {
    Counted.s_Made = 0;
    Object o = OptionValues.fromSpec(Object.class, "W", Counted.class.getName());
    assertEquals(Counted.class, o.getClass());
    assertEquals("instances made", 1, Counted.s_Made);
  }

  @Test
  public void specsRoundTripAndBadOnesNameTheOption() throws Exception {
    Classifier c = OptionValues.fromSpec(Classifier.class, "W", "weka.classifiers.trees.J48 -C 0.1 -M 3");
    assertEquals("weka.classifiers.trees.J48 -C 0.1 -M 3", OptionValues.toSpec(c));
    Classifier again = OptionValues.fromSpec(Classifier.class, "W", OptionValues.toSpec(c));
    assertArrayEquals(((J48) c).getOptions(), ((J48) again).getOptions());
    assertEquals(NaiveBayes.class,
      OptionValues.fromSpec(Classifier.class, "W", "NaiveBayes", "weka.classifiers.bayes").getClass());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
      () -> OptionValues.fromSpec(Classifier.class, "W", "weka.classifiers.trees.J49"));
    assertTrue(e.getMessage(), e.getMessage().startsWith("-W: cannot use 'weka.classifiers.trees.J49'"));
    // a mistyped short name: Weka's class discovery throws a bare ClassNotFoundException("J49")
    e = assertThrows(IllegalArgumentException.class, () -> OptionValues.fromSpec(Classifier.class, "W", "J49"));
    assertEquals("-W: cannot use 'J49' (no Classifier class called J49)", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> OptionValues.fromSpec(Classifier.class, "W", " "));
    assertEquals("-W needs a class name, got ' '", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
      () -> OptionValues.getObject("W", new String[] {"-W", "weka.classifiers.trees.J48 -C abc"}, Classifier.class,
        null));
    assertTrue(e.getMessage(), e.getMessage().startsWith("-W: cannot use 'weka.classifiers.trees.J48 -C abc'"));
    assertEquals(null, OptionValues.getObject("W", new String[0], Classifier.class, null));
  }

  @Test
  public void listsAndChecks() {
    assertArrayEquals(new double[] {0, 0.5, 1}, OptionValues.parseDoubles("grid", "0, 0.5 1"), 0);
    assertEquals(0, OptionValues.parseDoubles("grid", " ").length);
    assertThrows(IllegalArgumentException.class, () -> OptionValues.parseDoubles("grid", "0,x"));
    assertEquals(2.0, OptionValues.positive("L", 2), 0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OptionValues.positive("L", 0));
    assertEquals("-L must be finite and > 0, got 0.0", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> OptionValues.positive("L", Double.POSITIVE_INFINITY));
    assertThrows(IllegalArgumentException.class, () -> OptionValues.positive("L", Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> OptionValues.nonNegative("tau", -1e-9));
    assertEquals(0.0, OptionValues.nonNegative("tau", 0), 0);
    assertThrows(IllegalArgumentException.class, () -> OptionValues.fraction("mu", 1.5));
    assertEquals(1.0, OptionValues.fraction("mu", 1), 0);
    e = assertThrows(IllegalArgumentException.class, () -> OptionValues.atLeast("x", 1, 2));
    assertEquals("-x must be >= 2, got 1", e.getMessage());
    assertEquals(2.5, OptionValues.atLeast("rho", 2.5, 1.0), 0);
    assertThrows(IllegalArgumentException.class, () -> OptionValues.atLeast("rho", Double.NaN, 1.0));
  }
}
