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
package weka.imbalance.weighting;

import java.util.Enumeration;

import weka.core.Option;
import weka.core.OptionHandler;
import weka.core.Utils;
import weka.imbalance.OptionValues;

/**
 * Option handling of a class weighting, from {@code @OptionMetadata} annotations on its getters
 * (each setter checks its value), and its description for the object editor.
 */
public abstract class AbstractClassWeighting implements ClassWeighting, OptionHandler {

  private static final long serialVersionUID = 5116361004735862521L;

  /** @return what the weighting is, for the object editor */
  public abstract String globalInfo();

  @Override
  public Enumeration<Option> listOptions() {
    return Option.listOptionsForClassHierarchy(getClass(), AbstractClassWeighting.class).elements();
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    OptionValues.setAnnotatedOptions(this, AbstractClassWeighting.class, options);
    Utils.checkForRemainingOptions(options);
  }

  @Override
  public String[] getOptions() {
    return Option.getOptionsForHierarchy(this, AbstractClassWeighting.class);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + (getOptions().length > 0 ? " " + Utils.joinOptions(getOptions()) : "");
  }
}
