package weka.imbalance.conformance;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import weka.classifiers.Classifier;
import weka.core.OptionHandler;
import weka.core.Utils;
import weka.filters.Filter;

/**
 * Every Weka-facing component of the package (each concrete Classifier and Filter compiled from
 * src/main/java), found by scanning the build output so that a new component is checked without
 * anyone having to list it, and the options that keep each one fast on tiny data.
 */
public final class Components {

  /**
   * Options that make a component quick on the tiny data of the package-wide checks, where its
   * defaults would be slow; every other component runs with its defaults.
   */
  private static final Map<String, String> FAST_OPTIONS = new HashMap<>();
  static {
    FAST_OPTIONS.put("weka.classifiers.functions.LogitAdjustedMLP", "-N 3");
  }

  /**
   * Further option sets per component for the randomized robustness test (each is valid on its
   * own; the test picks one at random per data set). The defaults are always among the choices.
   */
  private static final Map<String, List<String>> VARIANTS = new HashMap<>();

  private Components() {
  }

  /**
   * @return the class names of all concrete classifiers and filters of the package, sorted; the
   *         system property imbalance.components (a comma list) replaces them, e.g. to try the
   *         checks on Weka's own components
   */
  public static List<String> all() {
    String only = System.getProperty("imbalance.components", "").trim();
    if (!only.isEmpty()) {
      return java.util.Arrays.asList(only.split("\\s*,\\s*"));
    }
    Path root = Paths.get("target", "classes");
    List<String> names = new ArrayList<>();
    for (String dir : new String[] {"weka/classifiers", "weka/filters"}) {
      Path d = root.resolve(dir);
      if (!Files.isDirectory(d)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(d)) {
        for (Path p : files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$"))
          .collect(Collectors.toList())) {
          String name = root.relativize(p).toString().replace(File.separatorChar, '.').replaceAll("\\.class$", "");
          Class<?> c = Class.forName(name);
          if (!Modifier.isAbstract(c.getModifiers()) && Modifier.isPublic(c.getModifiers())
            && (Classifier.class.isAssignableFrom(c) || Filter.class.isAssignableFrom(c))) {
            names.add(name);
          }
        }
      } catch (IOException | ClassNotFoundException e) {
        throw new IllegalStateException("cannot scan " + d, e);
      }
    }
    Collections.sort(names);
    return names;
  }

  /** @return the components as JUnit parameters */
  public static List<Object[]> parameters() {
    return parameters(Object.class);
  }

  /**
   * @param kind Classifier, Filter, or Object for all
   * @return the components of that kind as JUnit parameters
   */
  public static List<Object[]> parameters(Class<?> kind) {
    return all().stream().filter(n -> {
      try {
        return kind.isAssignableFrom(Class.forName(n));
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }).map(n -> new Object[] {n.substring(n.lastIndexOf('.') + 1), n}).collect(Collectors.toList());
  }

  /**
   * A new instance with the fast options.
   *
   * @param name the class name
   * @return the component
   */
  public static Object create(String name) throws Exception {
    return create(name, FAST_OPTIONS.getOrDefault(name, ""));
  }

  /**
   * A new instance with the given options.
   *
   * @param name the class name
   * @param options the options, as on the command line
   * @return the component
   */
  public static Object create(String name, String options) throws Exception {
    Object o = Class.forName(name).getDeclaredConstructor().newInstance();
    if (!options.isEmpty()) {
      ((OptionHandler) o).setOptions(Utils.splitOptions(options));
    }
    return o;
  }

  /**
   * @param name a class name
   * @return the option sets the robustness test chooses from (the fast options first)
   */
  public static List<String> variants(String name) {
    List<String> v = new ArrayList<>();
    v.add(FAST_OPTIONS.getOrDefault(name, ""));
    v.addAll(VARIANTS.getOrDefault(name, Collections.emptyList()));
    return v;
  }
}
