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

package weka.imbalance;

import java.io.Serializable;
import java.util.Properties;

import weka.core.ResourceUtils;

/**
 * The many / medium / few-shot grouping of classes by their (weighted) number of training
 * instances (Liu et al., "Large-Scale Long-Tailed Recognition in an Open World", CVPR 2019).
 *
 * <p>A class is <b>many-shot</b> when its training count is greater than {@code manyAbove}
 * (default 100), <b>few-shot</b> when it is less than {@code fewBelow} (default 20), and
 * <b>medium-shot</b> otherwise (20 to 100 inclusive by default, the paper's rule).
 *
 * <p>The thresholds are read, each later source overriding the earlier ones, from
 * <ol>
 * <li>{@code weka/imbalance/ShotGroups.props} in the package jar (the defaults),</li>
 * <li>{@code ShotGroups.props} in {@code $WEKA_HOME/props/},</li>
 * <li>{@code ShotGroups.props} in the working directory,</li>
 * <li>the Java system properties of the same names, e.g.
 * {@code -Dweka.imbalance.shot.manyAbove=50}.</li>
 * </ol>
 * Keys: {@value #MANY_KEY} and {@value #FEW_KEY}.
 */
public final class ShotGroups implements Serializable {

  private static final long serialVersionUID = 3401856221193706211L;

  /** Property key: a class with more training instances than this is many-shot. */
  public static final String MANY_KEY = "weka.imbalance.shot.manyAbove";

  /** Property key: a class with fewer training instances than this is few-shot. */
  public static final String FEW_KEY = "weka.imbalance.shot.fewBelow";

  /** Default of {@link #MANY_KEY}. */
  public static final double DEFAULT_MANY_ABOVE = 100;

  /** Default of {@link #FEW_KEY}. */
  public static final double DEFAULT_FEW_BELOW = 20;

  /** The resource holding the packaged defaults. */
  public static final String RESOURCE = "weka/imbalance/ShotGroups.props";

  /** Group index of the many-shot classes. */
  public static final int MANY = 0;
  /** Group index of the medium-shot classes. */
  public static final int MEDIUM = 1;
  /** Group index of the few-shot classes. */
  public static final int FEW = 2;
  /** Display names of the groups, by group index. */
  public static final String[] GROUP_NAMES = {"Many-shot", "Medium-shot", "Few-shot"};

  private final double m_manyAbove;
  private final double m_fewBelow;

  /**
   * Groups with explicit thresholds.
   *
   * @param manyAbove a class with more training instances is many-shot
   * @param fewBelow a class with fewer training instances is few-shot; at most manyAbove
   */
  public ShotGroups(double manyAbove, double fewBelow) {
    check(MANY_KEY, manyAbove);
    check(FEW_KEY, fewBelow);
    if (fewBelow > manyAbove) {
      throw new IllegalArgumentException(FEW_KEY + " (" + fewBelow + ") must not be greater than "
        + MANY_KEY + " (" + manyAbove + ")");
    }
    m_manyAbove = manyAbove;
    m_fewBelow = fewBelow;
  }

  /**
   * The configured grouping (props files, then system properties; see the class comment).
   *
   * @return the grouping in force
   * @throws IllegalArgumentException if a configured threshold is not a number or out of range
   */
  public static ShotGroups configured() {
    Properties props;
    try {
      props = ResourceUtils.readProperties(RESOURCE, ShotGroups.class.getClassLoader());
    } catch (Exception e) {
      props = new Properties();
    }
    return new ShotGroups(read(props, MANY_KEY, DEFAULT_MANY_ABOVE), read(props, FEW_KEY, DEFAULT_FEW_BELOW));
  }

  private static double read(Properties props, String key, double dflt) {
    String value = System.getProperty(key, props.getProperty(key));
    if (value == null || value.trim().isEmpty()) {
      return dflt;
    }
    try {
      return Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a number, got '" + value + "'");
    }
  }

  private static void check(String key, double v) {
    if (!(v >= 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(key + " must be a finite number >= 0, got " + v);
    }
  }

  /**
   * The group of a class with the given training count.
   *
   * @param trainingCount the (weighted) number of training instances of the class
   * @return {@link #MANY}, {@link #MEDIUM} or {@link #FEW}
   */
  public int groupOf(double trainingCount) {
    if (trainingCount > m_manyAbove) {
      return MANY;
    }
    if (trainingCount < m_fewBelow) {
      return FEW;
    }
    return MEDIUM;
  }

  /** @return the many-shot threshold */
  public double manyAbove() {
    return m_manyAbove;
  }

  /** @return the few-shot threshold */
  public double fewBelow() {
    return m_fewBelow;
  }

  /**
   * A short description of a group's range, e.g. "n > 100".
   *
   * @param group the group index
   * @return the range in words
   */
  public String describe(int group) {
    switch (group) {
    case MANY:
      return "n > " + fmt(m_manyAbove);
    case FEW:
      return "n < " + fmt(m_fewBelow);
    default:
      return fmt(m_fewBelow) + " <= n <= " + fmt(m_manyAbove);
    }
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
