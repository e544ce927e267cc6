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

import weka.core.Utils;

/**
 * Reads numeric command-line options the Weka way ({@link Utils#getOption(String, String[])},
 * which removes the option from the array) and refuses a malformed value with an
 * {@link IllegalArgumentException} that names the option and the value, instead of a bare
 * NumberFormatException.
 */
public final class OptionValues {

  private OptionValues() {
  }

  /**
   * @param name the option's name without the dash
   * @param options the options (the option is removed)
   * @param dflt the value when the option is absent
   * @return the value
   * @throws IllegalArgumentException if the value is not a whole number
   */
  public static int getInt(String name, String[] options, int dflt) throws Exception {
    String s = Utils.getOption(name, options);
    if (s.isEmpty()) {
      return dflt;
    }
    try {
      return Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("-" + name + " takes a whole number, got '" + s + "'");
    }
  }

  /**
   * @param name the option's name without the dash
   * @param options the options (the option is removed)
   * @param dflt the value when the option is absent
   * @return the value
   * @throws IllegalArgumentException if the value is not a number
   */
  public static double getDouble(String name, String[] options, double dflt) throws Exception {
    String s = Utils.getOption(name, options);
    if (s.isEmpty()) {
      return dflt;
    }
    try {
      return Double.parseDouble(s.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("-" + name + " takes a number, got '" + s + "'");
    }
  }
}
