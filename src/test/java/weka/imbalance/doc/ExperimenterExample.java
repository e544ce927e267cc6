package weka.imbalance.doc;

import java.beans.PropertyDescriptor;
import java.io.File;
import java.util.ArrayList;
import java.util.List;

import javax.swing.DefaultListModel;

import weka.classifiers.Classifier;
import weka.classifiers.SingleClassifierEnhancer;
import weka.classifiers.meta.FilteredClassifier;
import weka.classifiers.trees.J48;
import weka.core.Utils;
import weka.experiment.ClassifierSplitEvaluator;
import weka.experiment.CrossValidationResultProducer;
import weka.experiment.Experiment;
import weka.experiment.InstancesResultListener;
import weka.experiment.PropertyNode;
import weka.filters.Filter;
import weka.filters.supervised.instance.ClassBalancer;

/**
 * Builds the saved experiment of the Experimenter walk-through (doc/experimenter.md) with Weka's
 * Experiment API, exactly as the Experimenter's Setup tab would (a cross-validation result
 * producer, a classifier split evaluator, the classifiers as the iterated property), and saves it
 * as XML, which both {@code weka.experiment.Experiment -l} and the Experimenter's Open... read.
 *
 * <p>The methods are J48 and ClassBalancer + J48 (stock Weka) plus every method of the package
 * from {@link #PACKAGE_METHODS} whose class is on the class path, so rerunning this after new
 * components are merged adds them:
 * {@code bench/run weka.imbalance.doc.ExperimenterExample} (from the repository root).
 */
public final class ExperimenterExample {

  /** Where the experiment is saved, relative to the repository root. */
  public static final String FILE = "doc/experiments/imbalance-comparison.xml";

  /** The data sets, relative to the repository root (the Experimenter resolves them against its working directory). */
  public static final String[] DATASETS = {"data/glass4.arff", "data/ecoli.arff"};

  /** Where the saved experiment writes its results, relative to the working directory. */
  public static final String RESULTS = "target/imbalance-comparison-results.arff";

  /** Runs x folds of the saved experiment: the Experimenter's defaults. */
  public static final int RUNS = 10;
  public static final int FOLDS = 10;

  /**
   * The package's methods, each wrapped around J48 when it is a single-classifier meta-classifier
   * and put in a FilteredClassifier with J48 when it is a filter; a class that is not there (yet)
   * is left out.
   */
  static final String[] PACKAGE_METHODS = {
    "weka.classifiers.meta.ThresholdMoving",
    "weka.classifiers.meta.PlugInEmpiricalThreshold",
    "weka.classifiers.meta.ClassBalancedReweighting",
    "weka.filters.supervised.instance.SMOTEWithUndersampling",
  };

  private ExperimenterExample() {
  }

  /** @return the methods compared: stock ones first (J48 is the t-test's baseline) */
  static List<Classifier> methods() throws Exception {
    List<Classifier> methods = new ArrayList<>();
    methods.add(new J48());
    FilteredClassifier balanced = new FilteredClassifier();
    balanced.setFilter(new ClassBalancer());
    balanced.setClassifier(new J48());
    methods.add(balanced);
    for (String name : PACKAGE_METHODS) {
      Class<?> c;
      try {
        c = Class.forName(name);
      } catch (ClassNotFoundException e) {
        System.err.println("not on the class path (yet), left out: " + name);
        continue;
      }
      Object o = c.getDeclaredConstructor().newInstance();
      if (o instanceof SingleClassifierEnhancer) {
        ((SingleClassifierEnhancer) o).setClassifier(new J48());
        methods.add((Classifier) o);
      } else if (o instanceof Classifier) {
        methods.add((Classifier) o);
      } else if (o instanceof Filter) {
        FilteredClassifier fc = new FilteredClassifier();
        fc.setFilter((Filter) o);
        fc.setClassifier(new J48());
        methods.add(fc);
      }
    }
    return methods;
  }

  /** @return the experiment, set up as the Experimenter's Setup tab would */
  static Experiment build() throws Exception {
    Experiment exp = new Experiment();
    exp.setRunLower(1);
    exp.setRunUpper(RUNS);

    ClassifierSplitEvaluator se = new ClassifierSplitEvaluator();
    se.setClassifier(new J48());
    CrossValidationResultProducer cv = new CrossValidationResultProducer();
    cv.setNumFolds(FOLDS);
    cv.setSplitEvaluator(se);
    exp.setResultProducer(cv);

    // iterate over the classifiers: CrossValidationResultProducer.splitEvaluator.classifier
    PropertyNode[] path = new PropertyNode[] {
      new PropertyNode(se, new PropertyDescriptor("splitEvaluator", CrossValidationResultProducer.class),
        CrossValidationResultProducer.class),
      new PropertyNode(se.getClassifier(), new PropertyDescriptor("classifier", ClassifierSplitEvaluator.class),
        ClassifierSplitEvaluator.class)};
    exp.setPropertyPath(path);
    exp.setPropertyArray(methods().toArray(new Classifier[0]));
    exp.setUsePropertyIterator(true);

    DefaultListModel<File> data = new DefaultListModel<>();
    for (String d : DATASETS) {
      data.addElement(new File(d));
    }
    exp.setDatasets(data);

    InstancesResultListener out = new InstancesResultListener();
    out.setOutputFile(new File(RESULTS));
    exp.setResultListener(out);
    exp.setNotes("imbalancedLearning: methods for imbalanced data compared with balanced accuracy, G-mean and "
      + "many/medium/few-shot accuracy (doc/experimenter.md). Data paths are relative: start Weka in the "
      + "repository root. Regenerate with: bench/run weka.imbalance.doc.ExperimenterExample");
    return exp;
  }

  /**
   * Writes the experiment file.
   *
   * @param args optional: the output file (default {@link #FILE})
   */
  public static void main(String[] args) throws Exception {
    File f = new File(args.length > 0 ? args[0] : FILE);
    if (f.getParentFile() != null) {
      f.getParentFile().mkdirs();
    }
    Experiment exp = build();
    Experiment.write(f.getPath(), exp);
    // Weka's XML writer adds a classFirst element that its own reader then reports as "WARNING:
    // unknown property '__root__.classFirst'!"; without it the experiment loads the same (class last)
    String xml = new String(java.nio.file.Files.readAllBytes(f.toPath()), java.nio.charset.StandardCharsets.UTF_8);
    xml = xml.replaceAll("\\s*<object class=\"java.lang.Boolean\" name=\"classFirst\">false</object>", "");
    java.nio.file.Files.write(f.toPath(), xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    System.err.println("wrote " + f + " with methods:");
    for (Object m : (Object[]) exp.getPropertyArray()) {
      System.err.println("  " + m.getClass().getName() + " " + Utils.joinOptions(((weka.core.OptionHandler) m).getOptions()));
    }
  }
}
