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


package weka.imbalance.ensemble;

import java.util.Enumeration;

import weka.core.Option;
import weka.core.OptionHandler;
import weka.imbalance.OptionValues;

/**
 * The numeric options that the ensembles inherit from Weka's Bagging, RandomForest and AdaBoostM1
 * ({@code -P}, {@code -I}, {@code -num-slots}, {@code -K}, ...), checked before Weka parses them,
 * so that a value that is not a number fails with the option's name and the value (Weka's own
 * parsing names only the value).
 */
public final class InheritedOptions {

  private InheritedOptions() {
  }

  /**
   * Checks, without removing anything, that every option of the owner that takes one plain value
   * (not a class or a specification) has a number as its value in {@code options}, up to the
   * {@code --} that starts the base learner's options.
   *
   * @param owner the component whose options these are
   * @param options the options about to be set
   * @throws IllegalArgumentException "-name takes a number, got 'value'", or "-name must be a finite
   *           number, got NaN"
   */
  public static void checkNumbers(OptionHandler owner, String[] options) {
    for (Enumeration<Option> e = owner.listOptions(); e.hasMoreElements();) {
      Option o = e.nextElement();
      String synopsis = o.synopsis();
      if (o.numArguments() != 1 || o.name().isEmpty() || o.name().equals("W") || synopsis.contains("<class")
        || synopsis.contains("spec") || synopsis.contains("\"") || synopsis.contains("name")) {
        continue;
      }
      // the base learner's options follow "--"
      for (int i = 0; i + 1 < options.length && !options[i].equals("--"); i++) {
        if (options[i].equals("-" + o.name())) {
          double v = OptionValues.parseDouble(o.name(), options[i + 1]);
          OptionValues.require(Double.isFinite(v), o.name(), options[i + 1], "a finite number");
        }
      }
    }
  }
}
