package weka.imbalance.it;

import weka.core.PluginManager;
import weka.core.WekaPackageManager;
import weka.gui.GenericObjectEditor;

/**
 * Prints, headless, what Weka's GenericObjectEditor offers for filters, classifiers and clusterers once the
 * installed packages are loaded (the Explorer's trees), one "GOE &lt;type&gt; &lt;class&gt;" line each.
 * Run by {@link PackageInstallIT} in a child JVM with a Weka home holding the installed package.
 */
public final class ListGoeClasses {

  private ListGoeClasses() {
  }

  public static void main(String[] args) {
    WekaPackageManager.loadPackages(false);
    GenericObjectEditor.determineClasses();
    String[] types = args.length > 0 ? args : new String[] {"weka.filters.Filter", "weka.classifiers.Classifier",
      "weka.clusterers.Clusterer", "weka.experiment.ResultProducer"};
    for (String type : types) {
      for (String name : PluginManager.getPluginNamesOfType(type)) {
        System.out.println("GOE " + type + " " + name);
      }
    }
  }
}
