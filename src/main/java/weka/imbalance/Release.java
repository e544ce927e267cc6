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

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;

/**
 * The package's release, and what a saved model learns from it. Weka users keep {@code .model}
 * files for years: every Weka-facing component records the release that saved it and reads its
 * serialized fields through {@link #readFields}, so that a model saved by a release whose classes
 * have since moved or changed fails to load with one line that names that release and asks for
 * retraining, never with a {@link ClassNotFoundException} trace. A model the current code can still
 * read loads and predicts as it did when it was saved ({@code SavedModelCompatibilityTest} checks
 * both with the models every release has saved).
 */
public final class Release {

  /** This release; equal to {@code Version} in {@code Description.props} and the pom's version. */
  public static final String VERSION = "1.0.0";

  /** The release that wrote no release of its own into the models it saved. */
  public static final String FIRST = "0.1.0";

  private Release() {
  }

  /**
   * The body of a component's {@code readObject}: reads its fields and turns a class that this
   * release no longer has into one line asking for retraining.
   *
   * @param in the stream
   * @param component the component's simple name, for the message
   * @param savedBy gives the release that saved the object, once its fields are read (null for
   *          {@link #FIRST})
   * @throws IOException if the stream fails, or the model must be retrained
   * @throws ClassNotFoundException never for a class of this package
   */
  public static void readFields(ObjectInputStream in, String component, java.util.function.Supplier<String> savedBy)
    throws IOException, ClassNotFoundException {
    try {
      in.defaultReadObject();
    } catch (ClassNotFoundException e) {
      throw mustRetrain(component, savedBy.get(), "it refers to " + e.getMessage() + ", which this release does not have");
    }
  }

  /**
   * @param component the component's simple name
   * @param savedBy the release that saved it (null for {@link #FIRST})
   * @param why what this release cannot read
   * @return the exception to throw from {@code readObject}: one line naming both releases
   */
  public static InvalidObjectException mustRetrain(String component, String savedBy, String why) {
    return new InvalidObjectException("This " + component + " model was saved by imbalancedLearning "
      + (savedBy == null ? FIRST : savedBy) + " and cannot be loaded by release " + VERSION + " (" + why
      + "): retrain it with this release.");
  }
}
