package weka.imbalance;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.junit.After;
import org.junit.Test;

public class ShotGroupsTest {

  @After
  public void clearProperties() {
    System.clearProperty(ShotGroups.MANY_KEY);
    System.clearProperty(ShotGroups.FEW_KEY);
  }

  @Test
  public void defaultsFollowThePaperAtTheBoundaries() {
    ShotGroups g = ShotGroups.configured();
    assertEquals(100, g.manyAbove(), 0);
    assertEquals(20, g.fewBelow(), 0);
    assertEquals(ShotGroups.MANY, g.groupOf(100.5));
    assertEquals(ShotGroups.MEDIUM, g.groupOf(100));
    assertEquals(ShotGroups.MEDIUM, g.groupOf(20));
    assertEquals(ShotGroups.FEW, g.groupOf(19.5));
    assertEquals(ShotGroups.FEW, g.groupOf(0));
    assertEquals("20 <= n <= 100", g.describe(ShotGroups.MEDIUM));
  }

  @Test
  public void systemPropertiesOverrideWithoutRecompiling() {
    System.setProperty(ShotGroups.MANY_KEY, "50");
    System.setProperty(ShotGroups.FEW_KEY, "5");
    ShotGroups g = ShotGroups.configured();
    assertEquals(ShotGroups.MANY, g.groupOf(51));
    assertEquals(ShotGroups.MEDIUM, g.groupOf(5));
    assertEquals(ShotGroups.FEW, g.groupOf(4));
  }

  @Test
  public void badThresholdsNameTheProperty() {
    System.setProperty(ShotGroups.MANY_KEY, "lots");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, ShotGroups::configured);
    assertTrue(e.getMessage(), e.getMessage().contains(ShotGroups.MANY_KEY) && e.getMessage().contains("lots"));
    assertThrows(IllegalArgumentException.class, () -> new ShotGroups(10, 20));
    assertThrows(IllegalArgumentException.class, () -> new ShotGroups(-1, 0));
  }
}
