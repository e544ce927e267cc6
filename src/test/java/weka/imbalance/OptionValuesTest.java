package weka.imbalance;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import org.junit.Test;

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
}
