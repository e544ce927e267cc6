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

package weka.imbalance.cog;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Vector;

import weka.clusterers.AbstractClusterer;
import weka.clusterers.Clusterer;
import weka.clusterers.SimpleKMeans;
import weka.core.Option;
import weka.core.SelectedTag;
import weka.imbalance.OptionValues;

/**
 * The settings of COG's Phase I, the local class decomposition, written once for the
 * meta-classifier and the filter: which classes are decomposed, into how many subclasses, by
 * which clusterer. Each setter checks its value when it is set ({@link OptionValues} messages
 * naming the option and the value); {@link #setOptions} and {@link #getOptions} are the
 * command-line form, {@link #listOptions} its help, and the {@code ..._TIP} constants the object
 * editor's tool tips, so that {@code COGClassifier} and {@code COGDecomposition} only forward
 * Weka's required accessors here.
 */
public class DecompositionSettings implements Serializable {

  private static final long serialVersionUID = -2911540837705622813L;

  /** Default of {@code -decompose-factor}: decompose classes at least twice the smallest. */
  public static final double DEFAULT_DECOMPOSE_FACTOR = 2.0;

  /** Value of {@code -K} that asks for the automatic number of subclasses (the default). */
  public static final int AUTOMATIC = 0;

  /** Default of {@code -K}: automatic. */
  public static final int DEFAULT_NUM_SUBCLASSES = AUTOMATIC;

  /** Default of {@code -target-size}: 0, the weighted count of the smallest class. */
  public static final double DEFAULT_TARGET_SIZE = 0;

  /** Default of {@code -max-subclasses}: at most 10 automatic subclasses per class. */
  public static final int DEFAULT_MAX_SUBCLASSES = 10;

  /** Default of {@code -min-subclass-size}: automatic subclasses average at least 10 instances. */
  public static final int DEFAULT_MIN_SUBCLASS_SIZE = 10;

  /** Tool tip of the clusterer. */
  public static final String CLUSTERER_TIP = "The clusterer that splits each decomposed class (on all attributes "
    + "but the class); its number of clusters and, if randomizable, its seed are set for each class.";

  /** Tool tip of the decompose factor. */
  public static final String DECOMPOSE_FACTOR_TIP = "Classes whose weight is at least this many times that of "
    + "the smallest class are decomposed; 1 decomposes every class.";

  /** Tool tip of the number of subclasses. */
  public static final String NUM_SUBCLASSES_TIP = "Number of subclasses of each decomposed class; 0 = automatic "
    + "(class weight / target size, at most maxSubclasses). A fixed number larger than a decomposed class's "
    + "instance count is an error.";

  /** Tool tip of the target size. */
  public static final String TARGET_SIZE_TIP =
    "Target subclass weight of the automatic number of subclasses; 0 = the weight of the smallest class.";

  /** Tool tip of the cap on the number of subclasses. */
  public static final String MAX_SUBCLASSES_TIP = "Most subclasses per class when their number is automatic.";

  /** Tool tip of the minimum subclass size. */
  public static final String MIN_SUBCLASS_SIZE_TIP = "When the number of subclasses is automatic, a class of m "
    + "instances gets at most floor(m / minSubclassSize) subclasses.";

  private Clusterer m_Clusterer = defaultClusterer();

  private double m_DecomposeFactor = DEFAULT_DECOMPOSE_FACTOR;

  private int m_NumSubclasses = DEFAULT_NUM_SUBCLASSES;

  private double m_TargetSize = DEFAULT_TARGET_SIZE;

  private int m_MaxSubclasses = DEFAULT_MAX_SUBCLASSES;

  private int m_MinSubclassSize = DEFAULT_MIN_SUBCLASS_SIZE;

  /**
   * The default clusterer: SimpleKMeans with k-means++ initialisation (more reliable than
   * SimpleKMeans's default random initialisation at finding well-separated subclusters), other
   * options at their defaults.
   *
   * @return a new default clusterer
   */
  public static Clusterer defaultClusterer() {
    SimpleKMeans km = new SimpleKMeans();
    km.setInitializationMethod(new SelectedTag(SimpleKMeans.KMEANS_PLUS_PLUS, SimpleKMeans.TAGS_SELECTION));
    return km;
  }

  /**
   * @return the options -clusterer, -decompose-factor, -K, -target-size, -max-subclasses and
   *         -min-subclass-size
   */
  public static Vector<Option> listOptions() {
    Vector<Option> v = new Vector<>();
    v.add(new Option("\tThe clusterer that splits each decomposed class, with its options\n"
      + "\t(its number of clusters and seed are set per class).\n"
      + "\t(default: weka.clusterers.SimpleKMeans -init 1, i.e. k-means++)", "clusterer", 1, "-clusterer <clusterer spec>"));
    v.add(new Option("\tDecompose the classes whose weight is at least this many times that of\n"
      + "\tthe smallest class; 1 decomposes every class.\n"
      + "\t(default: " + DEFAULT_DECOMPOSE_FACTOR + ")", "decompose-factor", 1, "-decompose-factor <factor>"));
    v.add(new Option("\tNumber of subclasses of each decomposed class; 0 = automatic:\n"
      + "\tround(class weight / target size), at most -max-subclasses.\n"
      + "\t(default: " + DEFAULT_NUM_SUBCLASSES + ")", "K", 1, "-K <number>"));
    v.add(new Option("\tTarget subclass weight of the automatic number of subclasses;\n"
      + "\t0 = the weight of the smallest class.\n"
      + "\t(default: 0)", "target-size", 1, "-target-size <weight>"));
    v.add(new Option("\tMost subclasses per class when their number is automatic.\n"
      + "\t(default: " + DEFAULT_MAX_SUBCLASSES + ")", "max-subclasses", 1, "-max-subclasses <number>"));
    v.add(new Option("\tWhen the number of subclasses is automatic, a class of m instances gets at\n"
      + "\tmost floor(m / this) subclasses.\n"
      + "\t(default: " + DEFAULT_MIN_SUBCLASS_SIZE + ")", "min-subclass-size", 1, "-min-subclass-size <number>"));
    return v;
  }

  /**
   * Reads the six options (each removed from the array), restoring the default of an absent one.
   *
   * @param options the options
   * @throws IllegalArgumentException naming the option and the value if one is malformed or out of
   *           range, or the clusterer cannot be built
   */
  public void setOptions(String[] options) throws Exception {
    setClusterer(OptionValues.getObject("clusterer", options, Clusterer.class, defaultClusterer(), "weka.clusterers"));
    setDecomposeFactor(OptionValues.getDouble("decompose-factor", options, DEFAULT_DECOMPOSE_FACTOR));
    setNumSubclasses(OptionValues.getInt("K", options, DEFAULT_NUM_SUBCLASSES));
    setTargetSize(OptionValues.getDouble("target-size", options, DEFAULT_TARGET_SIZE));
    setMaxSubclasses(OptionValues.getInt("max-subclasses", options, DEFAULT_MAX_SUBCLASSES));
    setMinSubclassSize(OptionValues.getInt("min-subclass-size", options, DEFAULT_MIN_SUBCLASS_SIZE));
  }

  /** @return the six options, as {@link #setOptions} reads them */
  public List<String> getOptions() {
    List<String> o = new ArrayList<>();
    o.add("-clusterer");
    o.add(OptionValues.toSpec(m_Clusterer));
    o.add("-decompose-factor");
    o.add("" + m_DecomposeFactor);
    o.add("-K");
    o.add("" + m_NumSubclasses);
    o.add("-target-size");
    o.add("" + m_TargetSize);
    o.add("-max-subclasses");
    o.add("" + m_MaxSubclasses);
    o.add("-min-subclass-size");
    o.add("" + m_MinSubclassSize);
    return o;
  }

  /**
   * @return a copy with a deep copy of the clusterer, for a decomposition that must not change
   *         when the settings are edited after training
   * @throws Exception if the clusterer cannot be copied
   */
  public DecompositionSettings copy() throws Exception {
    DecompositionSettings s = new DecompositionSettings();
    s.m_Clusterer = AbstractClusterer.makeCopy(m_Clusterer);
    s.m_DecomposeFactor = m_DecomposeFactor;
    s.m_NumSubclasses = m_NumSubclasses;
    s.m_TargetSize = m_TargetSize;
    s.m_MaxSubclasses = m_MaxSubclasses;
    s.m_MinSubclassSize = m_MinSubclassSize;
    return s;
  }

  /** @param clusterer the clusterer, copied for each decomposed class */
  public void setClusterer(Clusterer clusterer) {
    OptionValues.require(clusterer != null, "clusterer", null, "a clusterer");
    m_Clusterer = clusterer;
  }

  /** @return the clusterer */
  public Clusterer getClusterer() {
    return m_Clusterer;
  }

  /** @param factor the decompose factor, finite and &gt;= 1 */
  public void setDecomposeFactor(double factor) {
    m_DecomposeFactor = OptionValues.atLeast("decompose-factor", factor, 1.0);
  }

  /** @return the decompose factor */
  public double getDecomposeFactor() {
    return m_DecomposeFactor;
  }

  /** @param k the number of subclasses, {@link #AUTOMATIC} or more */
  public void setNumSubclasses(int k) {
    m_NumSubclasses = OptionValues.atLeast("K", k, AUTOMATIC);
  }

  /** @return the number of subclasses, {@link #AUTOMATIC} = automatic */
  public int getNumSubclasses() {
    return m_NumSubclasses;
  }

  /** @param size the target subclass weight, finite and &gt;= 0 (0 = the smallest class) */
  public void setTargetSize(double size) {
    m_TargetSize = OptionValues.nonNegative("target-size", size);
  }

  /** @return the target subclass weight, 0 = the smallest class */
  public double getTargetSize() {
    return m_TargetSize;
  }

  /** @param max the cap on the automatic number of subclasses, &gt;= 1 */
  public void setMaxSubclasses(int max) {
    m_MaxSubclasses = OptionValues.atLeast("max-subclasses", max, 1);
  }

  /** @return the cap on the automatic number of subclasses */
  public int getMaxSubclasses() {
    return m_MaxSubclasses;
  }

  /** @param size the smallest average number of instances of automatic subclasses, &gt;= 1 */
  public void setMinSubclassSize(int size) {
    m_MinSubclassSize = OptionValues.atLeast("min-subclass-size", size, 1);
  }

  /** @return the smallest average number of instances of automatic subclasses */
  public int getMinSubclassSize() {
    return m_MinSubclassSize;
  }

  /**
   * The settings of a component saved by release 0.1.0, which kept them in six fields of its own
   * (the values were checked when they were set).
   *
   * @param clusterer the clusterer
   * @param decomposeFactor the decompose factor
   * @param numSubclasses the number of subclasses
   * @param targetSize the target subclass size
   * @param maxSubclasses the cap on the automatic number of subclasses
   * @param minSubclassSize the minimum average subclass size
   * @return the settings
   */
  public static DecompositionSettings ofRelease010(Clusterer clusterer, double decomposeFactor, int numSubclasses,
    double targetSize, int maxSubclasses, int minSubclassSize) {
    DecompositionSettings s = new DecompositionSettings();
    s.m_Clusterer = clusterer;
    s.m_DecomposeFactor = decomposeFactor;
    s.m_NumSubclasses = numSubclasses;
    s.m_TargetSize = targetSize;
    s.m_MaxSubclasses = maxSubclasses;
    s.m_MinSubclassSize = minSubclassSize;
    return s;
  }
}
