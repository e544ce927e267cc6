package weka.imbalance.spark;

import static org.junit.Assert.assertTrue;

import java.io.File;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.Test;

/**
 * Spark's jars, distributedWekaBase's and this module's classes stay out of the main package zip
 * (imbalancedLearning.zip, built by the root project before this module's tests run).
 */
public class MainPackageHasNoSparkTest {

  @Test
  public void mainZipHasNoSparkJarOrClass() throws Exception {
    File zip = new File(System.getProperty("imbalanced.main.zip", "../target/imbalancedLearning.zip"));
    assertTrue("build the main package first (mvn package in the root): " + zip, zip.isFile());
    List<String> bad = new ArrayList<>();
    int jars = 0;
    try (ZipFile z = new ZipFile(zip)) {
      for (ZipEntry e : Collections.list(z.entries())) {
        String n = e.getName().toLowerCase();
        if (n.endsWith(".jar")) {
          jars++;
        }
        if (n.endsWith(".jar") && (n.contains("spark") || n.contains("scala") || n.contains("hadoop")
          || n.contains("distributedweka")) || n.contains("weka/imbalance/spark/")) {
          bad.add(e.getName());
        }
      }
    }
    assertTrue("the zip has its own jar", jars >= 1);
    assertTrue("Spark in the main package zip: " + bad, bad.isEmpty());
  }
}
