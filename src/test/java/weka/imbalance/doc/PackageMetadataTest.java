package weka.imbalance.doc;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.FileReader;
import java.util.Properties;

import org.junit.Test;

import weka.imbalance.Release;

/**
 * Description.props, which Weka's package manager reads and shows: the keys Weka needs, the
 * release, and no link to a place that does not exist (no URL or PackageURL until the package has
 * a public home and a published release).
 */
public class PackageMetadataTest {

  private static Properties description() throws Exception {
    Properties p = new Properties();
    try (FileReader r = new FileReader(new File("Description.props"))) {
      p.load(r);
    }
    return p;
  }

  @Test
  public void hasWhatWekaNeedsAndNoLinkThatCannotResolve() throws Exception {
    Properties p = description();
    for (String key : new String[] {"PackageName", "Version", "Date", "Title", "Category", "Author", "Maintainer",
      "License", "Description", "Depends"}) {
      assertTrue("Description.props has no " + key, p.getProperty(key, "").trim().length() > 0);
    }
    assertEquals(Release.VERSION, p.getProperty("Version"));
    assertFalse("URL: the package has no public home yet", p.containsKey("URL"));
    assertFalse("PackageURL: no release has been published yet", p.containsKey("PackageURL"));
  }

  /** A continued line loses its leading blanks, so a line must end with one before its backslash. */
  @Test
  public void continuedLinesKeepTheSpaceBetweenWords() throws Exception {
    for (String line : java.nio.file.Files.readAllLines(new File("Description.props").toPath())) {
      if (!line.startsWith("#") && line.endsWith("\\")) {
        assertTrue("no blank before the backslash (the words would run together): " + line, line.endsWith(" \\"));
      }
    }
  }
}
