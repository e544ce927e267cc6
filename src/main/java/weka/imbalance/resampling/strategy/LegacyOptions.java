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

package weka.imbalance.resampling.strategy;

import weka.core.Tag;
import weka.imbalance.OptionValues;

/**
 * The plan options of SMOTEWithUndersampling before sampling strategies were objects, kept as
 * aliases because saved experiments and scripts hold them: {@code -over} (percentage, majority,
 * count, ratio, explicit) with {@code -over-count}, {@code -over-ratio}, {@code -over-targets},
 * {@code -C}, {@code -P}, and {@code -under} (none, count, ratio) with {@code -under-count},
 * {@code -under-ratio}. Each combination becomes the strategy that makes the same plan; a
 * parameter of a mode that is not chosen is read but, as before, not used.
 */
public final class LegacyOptions {

  public static final int OVER_PERCENTAGE = 0, OVER_MAJORITY = 1, OVER_COUNT = 2, OVER_RATIO = 3, OVER_EXPLICIT = 4;
  public static final Tag[] TAGS_OVER = {
    new Tag(OVER_PERCENTAGE, "percentage", "class -C gains -P percent (SMOTE package)", false),
    new Tag(OVER_MAJORITY, "majority", "every class raised to the majority count", false),
    new Tag(OVER_COUNT, "count", "every class raised to -over-count", false),
    new Tag(OVER_RATIO, "ratio", "every class raised to -over-ratio x majority count", false),
    new Tag(OVER_EXPLICIT, "explicit", "per-class targets from -over-targets", false) };
  public static final int UNDER_NONE = 0, UNDER_COUNT = 1, UNDER_RATIO = 2;
  public static final Tag[] TAGS_UNDER = {
    new Tag(UNDER_NONE, "none", "no undersampling", false),
    new Tag(UNDER_COUNT, "count", "other classes cut to -under-count", false),
    new Tag(UNDER_RATIO, "ratio", "other classes cut to -under-ratio x oversampled count", false) };

  /** The options that only these aliases use. */
  private static final String[] NAMES = {"over", "over-count", "over-ratio", "over-targets", "under", "under-count",
    "under-ratio"};

  private LegacyOptions() {
  }

  /**
   * @param options command-line options (not changed)
   * @return whether any option only the aliases use is among them
   */
  public static boolean present(String[] options) {
    for (String o : options) {
      if (isOption(o)) {
        return true;
      }
    }
    return false;
  }

  /**
   * @param option a command-line word
   * @return whether it is an option only the aliases use
   */
  public static boolean isOption(String option) {
    for (String n : NAMES) {
      if (("-" + n).equals(option)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads (and removes) the alias options, -C and -P included, and returns their strategy.
   *
   * @param options command-line options
   * @return the strategy that makes the plan these options made
   * @throws Exception if a value is malformed or out of range
   */
  public static SamplingStrategy read(String[] options) throws Exception {
    int over = OptionValues.getTag("over", options, TAGS_OVER, OVER_PERCENTAGE);
    int overCount = OptionValues.getInt("over-count", options, 0);
    double overRatio = OptionValues.getDouble("over-ratio", options, RaiseToRatio.DEFAULT_RATIO);
    String overTargets = OptionValues.getString("over-targets", options, "");
    int under = OptionValues.getTag("under", options, TAGS_UNDER, UNDER_NONE);
    int underCount = OptionValues.getInt("under-count", options, 0);
    double underRatio = OptionValues.getDouble("under-ratio", options, UndersampleToRatio.DEFAULT_RATIO);
    String classValue = OptionValues.getString("C", options, SmotePercentage.DEFAULT_CLASS_VALUE);
    double percentage = OptionValues.getDouble("P", options, SmotePercentage.DEFAULT_PERCENTAGE);
    return strategy(over, classValue, percentage, overCount, overRatio, overTargets, under, underCount, underRatio);
  }

  /**
   * The strategy of one combination of the old settings (also those found in a saved model).
   *
   * @return the strategy
   * @throws IllegalArgumentException naming the option of a value out of range
   */
  public static SamplingStrategy strategy(int over, String classValue, double percentage, int overCount,
    double overRatio, String overTargets, int under, int underCount, double underRatio) {
    SamplingStrategy base;
    switch (over) {
    case OVER_MAJORITY:
      base = EqualCounts.at(EqualCounts.MAJORITY);
      break;
    case OVER_COUNT:
      base = rename("over-count", () -> RaiseToCount.of(overCount));
      break;
    case OVER_RATIO:
      base = rename("over-ratio", () -> RaiseToRatio.of(overRatio));
      break;
    case OVER_EXPLICIT:
      base = rename("over-targets", () -> ExplicitTargets.of(overTargets));
      break;
    default:
      base = SmotePercentage.of(classValue, percentage);
    }
    if (under == UNDER_COUNT) {
      return rename("under-count", () -> UndersampleToCount.of(base, underCount));
    }
    if (under == UNDER_RATIO) {
      return rename("under-ratio", () -> UndersampleToRatio.of(base, underRatio));
    }
    return base;
  }

  /** Makes a strategy; a bad value is reported under the alias the user gave. */
  private static SamplingStrategy rename(String alias, java.util.function.Supplier<SamplingStrategy> make) {
    try {
      return make.get();
    } catch (IllegalArgumentException e) {
      String m = String.valueOf(e.getMessage());
      throw new IllegalArgumentException("-" + alias + m.substring(m.indexOf(' ')), e);
    }
  }
}
