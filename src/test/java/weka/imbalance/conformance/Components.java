package weka.imbalance.conformance;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
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
    FAST_OPTIONS.put("weka.filters.unsupervised.attribute.ContrastiveRepresentation",
      "-epochs 2 -hidden 8 -head 8,4 -batch 16");
  }

  /**
   * Further option sets per component for the randomized robustness test (each is valid on its
   * own; the test picks one at random per data set). The defaults are always among the choices.
   */
  private static final Map<String, List<String>> VARIANTS = new HashMap<>();
  static {
    String mlp = "weka.classifiers.functions.LogitAdjustedMLP", loss = "-loss \"weka.imbalance.loss.";
    String weighting = "-weighting \"weka.imbalance.weighting.";
    VARIANTS.put(mlp, Arrays.asList("-N 3 -cosine " + loss + "LDAMLoss -max-margin 0.5 -scale 30\" -preset ldam-drw "
      + weighting + "EffectiveNumberWeighting -beta 0.999 -start 0.67\"",
      "-N 3 " + loss + "FocalLoss -gamma 2\" " + weighting + "InverseFrequencyWeighting -nu 0.5\" -normalisation "
        + "weighted-mean -preset none",
      "-N 3 " + loss + "VSLoss -gamma 0.2 -tau 1.5 -drop-at 0.5\" -preset wang2023",
      "-N 3 " + loss + "CrossEntropyLoss\" -posthoc-tau 1",
      "-N 3 " + loss + "LogitAdjustedLoss -tau 2\" -preset none -schedule cosine -warmup 1 -optimiser "
        + "weka.imbalance.nn.Adam -mini-batch 7",
      "-N 4 -V 25 -E 2 -H 4,3", "-N 3 -H 0 -num-threads 2", "-N 2 -H a -cosine " + loss + "LDAMLoss\""));
    String smote = "weka.filters.supervised.instance.SMOTEWithUndersampling", strategy = "-strategy \"";
    VARIANTS.put(smote, Arrays.asList(strategy + "EqualCounts -at median\"", strategy + "EqualCounts -at majority\"",
      strategy + "EqualCounts -at minority\" -W", strategy + "RaiseToCount -count 30\" -gap instance",
      strategy + "RaiseToRatio -ratio 0.5\" -nominal-distance vdm", strategy + "SmotePercentage -C last -P 250\" -K 1",
      strategy + "UndersampleToCount -count 20\" -scaling std", strategy + "UndersampleToRatio -ratio 1.5\" -scaling "
        + "none -search brute", "-C 0 -P 300 -K 10 -search kdtree -W", "-gap instance -nominal-distance vdm -K 3 -S 5"));
    VARIANTS.put("weka.filters.supervised.instance.LongTailSubsample", Arrays.asList("-profile step -mu 0.3 -rho 10",
      "-order frequency -rho 4", "-order random -S 3 -rho 2.5", "-rho 1"));
    String cog = "-K 2 -decompose-factor 1,-target-size 4 -max-subclasses 3 -min-subclass-size 2,-S 7 -decompose-factor 1.5";
    VARIANTS.put("weka.filters.supervised.attribute.COGDecomposition", Arrays.asList(cog.split(",")));
    List<String> cogc = new ArrayList<>(Arrays.asList(cog.split(",")));
    cogc.addAll(Arrays.asList("-oversample", "-oversample -combine sum -K 3", "-combine sum",
      "-W weka.classifiers.bayes.NaiveBayes -oversample"));
    VARIANTS.put("weka.classifiers.meta.COGClassifier", cogc);
    VARIANTS.put("weka.classifiers.meta.ClassBalancedReweighting", Arrays.asList("-weighting InverseFrequency -nu 0.5",
      "-beta 0.9", "-beta 0", "-weighting InverseFrequency -nu 0 -W weka.classifiers.bayes.NaiveBayes"));
    VARIANTS.put("weka.classifiers.meta.PlugInEmpiricalThreshold", Arrays.asList("-cv-threshold",
      "-cv-threshold -folds 3 -W weka.classifiers.bayes.NaiveBayes", "-W weka.classifiers.trees.J48"));
    String ssl = "-epochs 2 -hidden 8 -head 8,4 -batch 16 ";
    VARIANTS.put("weka.filters.unsupervised.attribute.ContrastiveRepresentation", Arrays.asList(ssl,
      ssl + "-method \"SDCLR -prune 0.5\" -num-threads 2", ssl + "-method BCL -mask 0 -noise 0",
      ssl + "-method \"GH -K 3 -warmup 0\" -optimiser weka.imbalance.nn.SGD", "-epochs 2 -hidden 5,6 -head 8,4 -batch 16 -temperature 0.5"));
    VARIANTS.put("weka.classifiers.meta.ThresholdMoving", Arrays.asList("-fixed-tau -tau 0.5",
      "-criterion GMean -tau-grid 0,1,2 -folds 3", "-tune -W weka.classifiers.bayes.NaiveBayes",
      "-fixed-tau -tau 0 -W weka.classifiers.trees.J48"));
  }

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
