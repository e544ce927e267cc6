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

import weka.core.OptionHandler;
import weka.core.SelectedTag;
import weka.core.Tag;
import weka.core.Utils;

/**
 * The one option toolkit of the package: every component reads its command-line options, parses
 * "class name + options" plug-in specifications, resolves tags and checks ranges through these
 * functions, so that every bad value gets the same kind of message, at the moment it is set.
 *
 * <p>Messages name the option with its dash and the value: {@code -K takes a whole number, got
 * 'five'}, {@code -L must be finite and > 0, got 0.0}, {@code -over must be one of percentage,
 * majority, got 'most'}. Every failure is an {@link IllegalArgumentException}.
 *
 * <p>The pattern for a component (see {@code weka.classifiers.meta.ThresholdMoving} or any class
 * that follows it):
 * <ul>
 * <li>plain scalars of a small plug-in (a loss, a weighting): {@code @OptionMetadata} on the getter
 * and a checking setter;</li>
 * <li>a Weka-facing component: {@code setOptions} reads each option with a {@code get...} function
 * here, passing the default constant, and hands the value to the setter;</li>
 * <li>every setter checks its value with {@link #require}, {@link #positive}, {@link #atLeast},
 * ... and stores it: an invalid value never reaches training;</li>
 * <li>checks that involve two options (a loss that needs the cosine layer) run at the end of
 * {@code setOptions} and again when training starts, since the object editor sets properties one
 * at a time.</li>
 * </ul>
 */
public final class OptionValues {

  private OptionValues() {
  }

  /* ---------------- reading options (each removes the option it reads) ---------------- */

  /**
   * @param name the option's name without the dash
   * @param options the options (the option is removed)
   * @param dflt the value when the option is absent
   * @return the value
   * @throws IllegalArgumentException if the value is not a whole number
   */
  public static int getInt(String name, String[] options, int dflt) throws Exception {
    String s = Utils.getOption(name, options);
    return s.isEmpty() ? dflt : parseInt(name, s);
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
    return s.isEmpty() ? dflt : parseDouble(name, s);
  }

  /**
   * @param name the option's name without the dash
   * @param options the options (the option is removed)
   * @param dflt the value when the option is absent
   * @return the value
   */
  public static String getString(String name, String[] options, String dflt) throws Exception {
    String s = Utils.getOption(name, options);
    return s.isEmpty() ? dflt : s;
  }

  /**
   * @param name the option's name without the dash
   * @param options the options (the option is removed)
   * @param tags the allowed values
   * @param dflt the tag ID when the option is absent
   * @return the tag ID
   * @throws IllegalArgumentException if the value names no tag
   */
  public static int getTag(String name, String[] options, Tag[] tags, int dflt) throws Exception {
    String s = Utils.getOption(name, options);
    return s.isEmpty() ? dflt : tagId(name, s, tags);
  }

  /**
   * Reads an object-valued option, {@code -name "<class> <options>"}.
   *
   * @param <T> the plug-in type
   * @param name the option's name without the dash
   * @param options the options (the option is removed)
   * @param type the plug-in type
   * @param dflt the value when the option is absent
   * @param packages where a class name without a package is looked up (may be empty)
   * @return the configured object
   * @throws IllegalArgumentException if the class cannot be found, is not a {@code type}, or
   *           refuses its options
   */
  public static <T> T getObject(String name, String[] options, Class<T> type, T dflt, String... packages)
    throws Exception {
    String s = Utils.getOption(name, options);
    return s.trim().isEmpty() ? dflt : fromSpec(type, name, s, packages);
  }

  /**
   * Sets the {@code @OptionMetadata}-annotated properties of a small plug-in (a loss, a weighting,
   * an optimiser) from its options, as {@code Option.setOptionsForHierarchy} does, but every bad
   * value fails with the setter's {@link IllegalArgumentException} (or a parse error naming the
   * option), where Weka's version prints the exception and carries on with the old value. Absent
   * options leave their property unchanged; options are removed as they are read.
   *
   * @param target the plug-in
   * @param oldest the oldest class of its hierarchy whose properties are set
   * @param options the options
   * @throws Exception if an option cannot be read
   */
  public static void setAnnotatedOptions(Object target, Class<?> oldest, String[] options) throws Exception {
    for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
      for (java.lang.reflect.Method getter : c.getDeclaredMethods()) {
        weka.core.OptionMetadata meta = getter.getAnnotation(weka.core.OptionMetadata.class);
        if (meta == null || meta.commandLineParamName().isEmpty() || getter.getParameterCount() != 0) {
          continue;
        }
        String name = meta.commandLineParamName();
        Class<?> type = getter.getReturnType();
        String property = getter.getName().replaceFirst("^(get|is)", "");
        java.lang.reflect.Method setter = c.getMethod("set" + property, type);
        Object value;
        if (meta.commandLineParamIsFlag()) {
          value = Utils.getFlag(name, options);
        } else {
          String s = Utils.getOption(name, options);
          if (s.isEmpty()) {
            continue;
          }
          value = type == double.class ? parseDouble(name, s) : type == int.class ? parseInt(name, s) : s;
        }
        try {
          setter.invoke(target, value);
        } catch (java.lang.reflect.InvocationTargetException e) {
          if (e.getCause() instanceof RuntimeException) {
            throw (RuntimeException) e.getCause();
          }
          throw e;
        }
      }
      if (c == oldest) {
        break;
      }
    }
  }

  /* ---------------- conversions ---------------- */

  /**
   * @param name the option's name without the dash
   * @param value the text
   * @return the whole number
   * @throws IllegalArgumentException if the value is not a whole number
   */
  public static int parseInt(String name, String value) {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("-" + name + " takes a whole number, got '" + value + "'");
    }
  }

  /**
   * @param name the option's name without the dash
   * @param value the text
   * @return the number
   * @throws IllegalArgumentException if the value is not a number
   */
  public static double parseDouble(String name, String value) {
    try {
      return Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("-" + name + " takes a number, got '" + value + "'");
    }
  }

  /**
   * @param name the option's name without the dash
   * @param list numbers separated by commas and/or white space; empty gives an empty array
   * @return the numbers
   * @throws IllegalArgumentException if an entry is not a number
   */
  public static double[] parseDoubles(String name, String list) {
    String s = list.trim();
    if (s.isEmpty()) {
      return new double[0];
    }
    String[] parts = s.split("[,\\s]+");
    double[] v = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        v[i] = Double.parseDouble(parts[i]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("-" + name + " takes a list of numbers, got '" + list + "'");
      }
    }
    return v;
  }

  /**
   * @param name the option's name without the dash
   * @param value a tag's name (any case) or its numeric ID
   * @param tags the allowed values
   * @return the tag ID
   * @throws IllegalArgumentException if the value names no tag
   */
  public static int tagId(String name, String value, Tag[] tags) {
    String v = value.trim();
    for (Tag t : tags) {
      if (t.getIDStr().equalsIgnoreCase(v) || Integer.toString(t.getID()).equals(v)) {
        return t.getID();
      }
    }
    throw new IllegalArgumentException("-" + name + " must be one of " + tagNames(tags) + ", got '" + value + "'");
  }

  /**
   * @param tags tags
   * @return their names, comma-separated
   */
  public static String tagNames(Tag[] tags) {
    StringBuilder b = new StringBuilder();
    for (Tag t : tags) {
      b.append(b.length() == 0 ? "" : ", ").append(t.getIDStr());
    }
    return b.toString();
  }

  /**
   * @param tags the tags of a property
   * @param id a tag ID
   * @return the tag's name (for getOptions)
   */
  public static String tagName(Tag[] tags, int id) {
    for (Tag t : tags) {
      if (t.getID() == id) {
        return t.getIDStr();
      }
    }
    throw new IllegalArgumentException("no tag with ID " + id + " among " + tagNames(tags));
  }

  /**
   * The ID a tag-valued setter stores: the object editor passes a {@link SelectedTag} built on
   * the property's own tags; anything else is refused.
   *
   * @param name the option's name without the dash
   * @param tag the selected tag
   * @param tags the property's tags
   * @return the selected ID
   * @throws IllegalArgumentException if the tag is not one of {@code tags}
   */
  public static int tagId(String name, SelectedTag tag, Tag[] tags) {
    if (tag == null || tag.getTags() != tags) {
      throw new IllegalArgumentException("-" + name + " must be one of " + tagNames(tags) + ", got "
        + (tag == null ? "null" : "'" + tag.getSelectedTag().getIDStr() + "' of another property"));
    }
    return tag.getSelectedTag().getID();
  }

  /**
   * Builds a plug-in from its specification, the class name followed by its options, as Weka's
   * {@code -W}, {@code -F} and {@code -loss} options take it.
   *
   * @param <T> the plug-in type
   * @param type the plug-in type
   * @param name the option's name without the dash
   * @param spec the specification
   * @param packages where a class name without a package is looked up, in order
   * @return the configured object
   * @throws IllegalArgumentException naming the option and the specification if the class cannot
   *           be found, is not a {@code type}, or refuses its options
   */
  public static <T> T fromSpec(Class<T> type, String name, String spec, String... packages) {
    String[] parts;
    try {
      parts = Utils.splitOptions(spec);
    } catch (Exception e) {
      throw new IllegalArgumentException("-" + name + ": cannot read '" + spec + "' (" + e.getMessage() + ")", e);
    }
    if (parts.length == 0 || parts[0].isEmpty()) {
      throw new IllegalArgumentException("-" + name + " needs a class name, got '" + spec + "'");
    }
    String cls = parts[0];
    parts[0] = "";
    Class<?> found = null;
    if (!cls.contains(".")) {
      for (String p : packages) {
        try {
          found = Class.forName(p + "." + cls, false, OptionValues.class.getClassLoader());
          cls = p + "." + cls;
          break;
        } catch (ClassNotFoundException | LinkageError e) {
          // not in this package: try the next one, then Weka's own lookup
        }
      }
    }
    Object o;
    try {
      o = direct(type, cls, parts);
      if (o == null) {
        o = Utils.forName(type, cls, parts);
      }
    } catch (Exception e) {
      // Weka's lookup says "Can't find ..." when class discovery is off, and throws the bare
      // ClassNotFoundException when it is on (weka.Run, the GUIs)
      boolean missing = e instanceof ClassNotFoundException
        || e.getMessage() != null && e.getMessage().startsWith("Can't find");
      String why = found == null && missing ? "no " + type.getSimpleName() + " class called " + cls
        : String.valueOf(e.getMessage());
      throw new IllegalArgumentException("-" + name + ": cannot use '" + spec + "' (" + why + ")", e);
    }
    return type.cast(o);
  }

  /**
   * The plug-in made as {@code Utils.forName} makes it, without its search: Weka's lookup first
   * matches the name against every class of the class path, which a fresh JVM (every command line)
   * scans once for it (about half a second), and then makes an extra instance of the match. A fully
   * qualified name that this package's class loader (Weka's and this package's classes) resolves to
   * a {@code type} needs neither.
   *
   * @return the configured object, or null when the class is not found that way (then Weka's
   *   lookup decides, e.g. for a class of another Weka package)
   * @throws Exception if the object refuses its options
   */
  private static Object direct(Class<?> type, String cls, String[] options) throws Exception {
    Object o;
    try {
      Class<?> c = Class.forName(cls, true, OptionValues.class.getClassLoader());
      if (!type.isAssignableFrom(c)) {
        return null;
      }
      o = c.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException | LinkageError e) {
      return null;
    }
    if (o instanceof OptionHandler) {
      ((OptionHandler) o).setOptions(options);
      Utils.checkForRemainingOptions(options);
    }
    return o;
  }

  /**
   * @param o a plug-in
   * @return its class name followed by its options (the inverse of {@link #fromSpec})
   */
  public static String toSpec(Object o) {
    String s = o.getClass().getName();
    if (o instanceof OptionHandler) {
      s += " " + Utils.joinOptions(((OptionHandler) o).getOptions());
    }
    return s.trim();
  }

  /* ---------------- checks, for setters ---------------- */

  /**
   * @param ok whether the value is allowed
   * @param name the option's name without the dash
   * @param value the value
   * @param rule what the value must be, e.g. "in [0, 1)"
   * @throws IllegalArgumentException "-name must be rule, got value" unless {@code ok}
   */
  public static void require(boolean ok, String name, Object value, String rule) {
    if (!ok) {
      throw new IllegalArgumentException("-" + name + " must be " + rule + ", got " + value);
    }
  }

  /**
   * @param name the option's name without the dash
   * @param v the value
   * @return v, if it is finite and &gt; 0
   */
  public static double positive(String name, double v) {
    require(v > 0 && !Double.isInfinite(v), name, v, "finite and > 0");
    return v;
  }

  /**
   * @param name the option's name without the dash
   * @param v the value
   * @return v, if it is finite and &gt;= 0
   */
  public static double nonNegative(String name, double v) {
    require(v >= 0 && !Double.isInfinite(v), name, v, "finite and >= 0");
    return v;
  }

  /**
   * @param name the option's name without the dash
   * @param v the value
   * @return v, if it lies in [0, 1]
   */
  public static double fraction(String name, double v) {
    require(v >= 0 && v <= 1, name, v, "in [0, 1]");
    return v;
  }

  /**
   * @param name the option's name without the dash
   * @param v the value
   * @param min the smallest allowed value
   * @return v, if it is at least {@code min}
   */
  public static int atLeast(String name, int v, int min) {
    require(v >= min, name, v, ">= " + min);
    return v;
  }

  /**
   * @param name the option's name without the dash
   * @param v the value
   * @param min the smallest allowed value
   * @return v, if it is finite and at least {@code min}
   */
  public static double atLeast(String name, double v, double min) {
    require(v >= min && !Double.isInfinite(v), name, v, "finite and >= " + min);
    return v;
  }
}
