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
import java.util.Enumeration;

import weka.core.Option;
import weka.core.OptionHandler;
import weka.core.Utils;

/**
 * The option handling of a small plug-in (a loss, a class weighting, an optimiser), written once:
 * its options are its getters annotated with {@code @OptionMetadata}, each setter checks its value
 * (see {@link OptionValues}), and a bad value fails in {@link #setOptions} with the setter's
 * message. {@link #toString()} gives the class name and options, as the object editor shows them.
 */
public abstract class AnnotatedOptions implements OptionHandler, Serializable {

  private static final long serialVersionUID = -6260385519335154478L;

  /** @return what the plug-in does, for the object editor */
  public abstract String globalInfo();

  @Override
  public Enumeration<Option> listOptions() {
    return Option.listOptionsForClassHierarchy(getClass(), AnnotatedOptions.class).elements();
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    OptionValues.setAnnotatedOptions(this, AnnotatedOptions.class, options);
    Utils.checkForRemainingOptions(options);
  }

  @Override
  public String[] getOptions() {
    return Option.getOptionsForHierarchy(this, AnnotatedOptions.class);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + (getOptions().length > 0 ? " " + Utils.joinOptions(getOptions()) : "");
  }
}
