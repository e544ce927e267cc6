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

import java.util.Enumeration;
import java.util.Vector;

import weka.core.Option;
import weka.core.Utils;

/**
 * What every sampling strategy of this package shares: a {@code globalInfo} for the object
 * editor, its options listed from one table, and a readable {@link #toString()} (the class's
 * simple name and its options) for the filters' debug output.
 */
public abstract class AbstractSamplingStrategy implements SamplingStrategy {

  private static final long serialVersionUID = 4309652017385148821L;

  /** @return what the strategy does, for the object editor */
  public abstract String globalInfo();

  /** @return the options, one {@link Option} each */
  protected abstract Option[] options();

  @Override
  public Enumeration<Option> listOptions() {
    Vector<Option> v = new Vector<>();
    for (Option o : options()) {
      v.add(o);
    }
    return v.elements();
  }

  @Override
  public String toString() {
    return (getClass().getSimpleName() + " " + Utils.joinOptions(getOptions())).trim();
  }
}
