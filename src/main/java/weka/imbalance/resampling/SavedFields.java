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

package weka.imbalance.resampling;

import java.io.IOException;
import java.io.ObjectInputStream;

import weka.imbalance.Release;

/**
 * The serialized fields of one class of a saved object, read by name, for a {@code readObject}
 * that must also understand what an earlier release saved (fields since moved to a superclass or
 * replaced by an object): a field the stream does not hold reads as the given default.
 *
 * <p>The JDK reads an object whose class this release does not have as null and only fails, with
 * a raw {@link ClassNotFoundException}, once the whole model is read. A field that is never null
 * is therefore read with {@link #require}, which turns that null into {@link Release}'s one line
 * asking for retraining, as {@link Release#readFields} does for the other components.
 */
public final class SavedFields {

  private final ObjectInputStream.GetField m_Fields;
  private final String m_Component;

  private SavedFields(ObjectInputStream.GetField fields, String component) {
    m_Fields = fields;
    m_Component = component;
  }

  /**
   * Reads the fields of the class whose {@code readObject} calls it.
   *
   * @param in the stream
   * @param component the component's simple name, for the message
   * @return the fields
   * @throws IOException if the stream fails, or the object must be retrained
   */
  public static SavedFields read(ObjectInputStream in, String component) throws IOException {
    try {
      return new SavedFields(in.readFields(), component);
    } catch (ClassNotFoundException e) {
      throw Release.mustRetrain(component, null, "it refers to " + e.getMessage() + ", which this release does "
        + "not have");
    }
  }

  /**
   * @param <T> the field's type
   * @param name a field that holds an object in every valid saved object
   * @param savedBy the release that saved the object (null for the first release)
   * @return the object
   * @throws IOException if the stream does not hold it or its class cannot be loaded: the line
   *           asking for retraining
   */
  @SuppressWarnings("unchecked")
  public <T> T require(String name, String savedBy) throws IOException {
    Object o = has(name) ? m_Fields.get(name, null) : null;
    if (o == null) {
      throw Release.mustRetrain(m_Component, savedBy, "its " + name + " is missing or of a class that this release "
        + "does not have");
    }
    return (T) o;
  }

  /**
   * @param name a field name
   * @return whether the stream holds the field
   */
  public boolean has(String name) {
    return m_Fields.getObjectStreamClass().getField(name) != null;
  }

  public int get(String name, int dflt) throws IOException {
    return has(name) ? m_Fields.get(name, dflt) : dflt;
  }

  public double get(String name, double dflt) throws IOException {
    return has(name) ? m_Fields.get(name, dflt) : dflt;
  }

  public boolean get(String name, boolean dflt) throws IOException {
    return has(name) ? m_Fields.get(name, dflt) : dflt;
  }

  /**
   * @param <T> the field's type
   * @param name a field name
   * @param dflt the value when the stream does not hold the field
   * @return the value
   * @throws IOException if the stream fails
   */
  @SuppressWarnings("unchecked")
  public <T> T get(String name, T dflt) throws IOException {
    return has(name) ? (T) m_Fields.get(name, dflt) : dflt;
  }
}
