package weka.imbalance.resampling;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.core.Utils;
import weka.core.converters.ArffSaver;
import weka.filters.Filter;
import weka.filters.supervised.instance.RandomOverSampler;

/**
 * The resampling filters' command line writes byte for byte the ARFF Weka's own
 * {@link Filter#filterFile} writes: numbers checked one by one against
 * {@link Utils#doubleToString(double, int)} (random values of every scale, integers, rounding ties,
 * negative zero, tiny and huge values, infinities), and whole files of random data with numeric,
 * nominal, string and date attributes, missing values and weights, and the bundled data sets.
 */
public class ArffOutputTest {

  @Rule
  public TemporaryFolder tmp = new TemporaryFolder();

  private static String ours(double v) {
    StringBuilder b = new StringBuilder();
    ArffOutput.appendNumber(v, b);
    return b.toString();
  }

  private static void same(double v) {
    assertEquals("value " + v + " (" + Double.doubleToRawLongBits(v) + ")", Utils.doubleToString(v, 6), ours(v));
  }

  @Test
  public void numbersAreWrittenAsWekaWritesThem() {
    java.text.DecimalFormatSymbols symbols = java.text.DecimalFormatSymbols.getInstance();
    if (symbols.getZeroDigit() == '0' && symbols.getMinusSign() == '-') {
      assertTrue("the fast path is used in this locale", ArffOutput.fastPathActive());
    }
    double[] edge = {0, -0.0, 1, -1, 1e-7, -1e-7, 5e-7, -5e-7, 4.999999e-7, 5.000001e-7, 1e-6, 0.0000015, 0.0000025,
      1.0000005, 2.0000005, -1.0000005, 0.1234565, 0.1234575, 123.4567895, 1e15, -1e15, 1e20, 4194303.9999995,
      4194304, 4194304.5, 9007199254740993.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, 1e-300,
      Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.1, 0.2, 0.3, 2.5, 1.5e-6, 999999.9999995, 0.9999995,
      -0.9999995, 12345.678901, Math.PI, -Math.E, 1.0 / 3, -2.0 / 3};
    for (double v : edge) {
      same(v);
    }
    Random r = new Random(17);
    for (int i = 0; i < 60_000; i++) {
      double v;
      switch (i % 6) {
        case 0:
          v = r.nextGaussian() * Math.pow(10, r.nextInt(20) - 10);
          break;
        case 1:
          v = (r.nextDouble() - 0.5) * 1e7;
          break;
        case 2: // exact decimal ties at the seventh decimal, and their neighbours
          v = (r.nextInt(20_000_000) - 10_000_000 + 0.5) / 1e6;
          v = i % 4 == 0 ? Math.nextUp(v) : i % 4 == 1 ? Math.nextDown(v) : v;
          break;
        case 3:
          v = r.nextInt(2_000_000) - 1_000_000;
          break;
        case 4:
          v = Double.longBitsToDouble(r.nextLong());
          break;
        default:
          v = Math.round(r.nextGaussian() * 1e4) / 1e4;
      }
      if (!Double.isNaN(v)) {
        same(v);
      }
    }
  }

  /** Random data: numeric (all scales), nominal, string and date attributes, missing values, weights. */
  private static Instances mixed(int n, long seed) throws Exception {
    ArrayList<Attribute> atts = new ArrayList<>();
    atts.add(new Attribute("x"));
    atts.add(new Attribute("tiny"));
    atts.add(new Attribute("colour", Arrays.asList("red", "green blue", "it's")));
    atts.add(new Attribute("note", (List<String>) null));
    atts.add(new Attribute("when", "yyyy-MM-dd HH:mm:ss"));
    atts.add(new Attribute("big"));
    atts.add(new Attribute("class", Arrays.asList("a", "b", "c")));
    Instances d = new Instances("mixed data", atts, n);
    d.setClassIndex(d.numAttributes() - 1);
    Random r = new Random(seed);
    for (int i = 0; i < n; i++) {
      double[] v = new double[atts.size()];
      v[0] = r.nextGaussian() * 10;
      v[1] = r.nextGaussian() * 1e-6;
      v[2] = r.nextInt(3);
      v[3] = d.attribute(3).addStringValue("note " + r.nextInt(5) + (r.nextBoolean() ? " with, comma" : ""));
      v[4] = 1.6e12 + r.nextInt(1_000_000) * 1000.0;
      v[5] = r.nextGaussian() * 1e9;
      v[6] = i % 10 == 0 ? 1 : i % 7 == 0 ? 2 : 0;
      for (int a = 0; a < 6; a++) {
        if (r.nextInt(15) == 0) {
          v[a] = Utils.missingValue();
        }
      }
      d.add(new DenseInstance(i % 3 == 0 ? 1 : r.nextInt(4) == 0 ? 0.5 + r.nextDouble() : 1, v));
    }
    return d;
  }

  private byte[][] bothWays(File in, String... filterOptions) throws Exception {
    File weka = tmp.newFile();
    File ours = tmp.newFile();
    List<String> a = new ArrayList<>(Arrays.asList(filterOptions));
    a.addAll(Arrays.asList("-i", in.getPath(), "-c", "last", "-o"));
    List<String> w = new ArrayList<>(a);
    w.add(weka.getPath());
    Filter.filterFile(new RandomOverSampler(), w.toArray(new String[0]));
    a.add(ours.getPath());
    ArffOutput.runFilter(new RandomOverSampler(), a.toArray(new String[0]));
    return new byte[][] {Files.readAllBytes(weka.toPath()), Files.readAllBytes(ours.toPath())};
  }

  @Test
  public void filesAreByteForByteWekas() throws Exception {
    File in = tmp.newFile("mixed.arff");
    ArffSaver s = new ArffSaver();
    s.setInstances(mixed(600, 5));
    s.setFile(in);
    s.writeBatch();
    for (String[] options : new String[][] {{}, {"-shrinkage", "1"}, {"-shrinkage", "1", "-decimal", "3"},
      {"-W", "-S", "4"}}) {
      byte[][] b = bothWays(in, options);
      assertTrue(Arrays.toString(options), b[0].length > 10_000);
      assertArrayEquals(Arrays.toString(options), b[0], b[1]);
    }
  }

  @Test
  public void bundledDataSetsAreByteForByteWekas() throws Exception {
    for (String name : new String[] {"car-vgood", "ecoli", "pima"}) {
      byte[][] b = bothWays(new File("data/" + name + ".arff"), "-shrinkage", "0.5");
      assertArrayEquals(name, b[0], b[1]);
    }
  }
}
