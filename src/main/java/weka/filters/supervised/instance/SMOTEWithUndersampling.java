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

package weka.filters.supervised.instance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Random;
import java.util.Vector;

import weka.core.Capabilities;
import weka.core.Capabilities.Capability;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Option;
import weka.core.RevisionUtils;
import weka.core.SelectedTag;
import weka.core.Tag;
import weka.core.TechnicalInformation;
import weka.core.Utils;
import weka.imbalance.Citations;
import weka.imbalance.OptionValues;
import weka.imbalance.Release;
import weka.imbalance.resampling.ExactSearch;
import weka.imbalance.resampling.MixedDistance;
import weka.imbalance.resampling.NeighbourSearch;
import weka.imbalance.resampling.ResamplingFilter;
import weka.imbalance.resampling.SamplingPlan;
import weka.imbalance.resampling.SavedFields;
import weka.imbalance.resampling.SmoteSynthesizer;
import weka.imbalance.resampling.strategy.EqualCounts;
import weka.imbalance.resampling.strategy.LegacyOptions;
import weka.imbalance.resampling.strategy.SamplingStrategy;
import weka.imbalance.resampling.strategy.SmotePercentage;

/**
 * SMOTE combined with random undersampling, for any number of classes; see {@link #globalInfo()}.
 * The plan (target count per class) comes from a {@link SamplingStrategy}, the neighbours from a
 * {@link NeighbourSearch} on the {@link MixedDistance} embedding, the synthetic instances from
 * {@link SmoteSynthesizer}; the first-batch rule, the undersampling and the seed from
 * {@link ResamplingFilter}.
 */
public class SMOTEWithUndersampling extends ResamplingFilter {

  private static final long serialVersionUID = -6329471245398715372L;

  /** The release that saved this object (null in models of release 0.1.0, which did not record it). */
  private String m_SavedByRelease = Release.VERSION;

  public static final int DEFAULT_NEIGHBOURS = 5;

  /** Where the short class names of -strategy and -search are looked up. */
  static final String[] PLUGIN_PACKAGES = {"weka.imbalance.resampling.strategy", "weka.imbalance.resampling"};

  /** The SMOTE package's own options, which on their own select its plan (see {@link #setOptions}). */
  static final String[] PACKAGE_OPTIONS = {"-C", "-K", "-P", "-S"};

  public static final int GAP_ATTRIBUTE = 0, GAP_INSTANCE = 1;
  public static final Tag[] TAGS_GAP = {
    new Tag(GAP_ATTRIBUTE, "attribute", "one gap per attribute (hyper-rectangle; paper's pseudocode, SMOTE package)",
      false),
    new Tag(GAP_INSTANCE, "instance", "one gap per instance (segment; paper's text, imbalanced-learn)", false) };
  public static final int DEFAULT_GAP = GAP_ATTRIBUTE;
  public static final Tag[] TAGS_NOMINAL = MixedDistance.TAGS_NOMINAL;
  public static final Tag[] TAGS_SCALING = MixedDistance.TAGS_SCALING;

  protected SamplingStrategy m_Strategy = defaultStrategy();
  protected int m_Neighbours = DEFAULT_NEIGHBOURS;
  protected boolean m_KeepClassWeight = false;
  protected int m_Gap = DEFAULT_GAP;
  protected int m_Nominal = 0;
  protected int m_Scaling = 0;
  protected NeighbourSearch m_NeighbourSearch = new ExactSearch();

  /** @return the strategy of a filter given no option: every class to the mean class count */
  public static SamplingStrategy defaultStrategy() {
    return new EqualCounts();
  }

  public String globalInfo() {
    return "SMOTE combined with random undersampling, the method the SMOTE paper proposes, for any number of "
      + "classes. By default every class ends with the mean class count: the smaller classes gain synthetic "
      + "instances interpolated between an instance and one of its k nearest neighbours of the same class, the "
      + "larger ones lose a random subset. Other plans are chosen with -strategy (the SMOTE package's amount, "
      + "every class raised to the majority, explicit counts, the paper's undersampling ratio, ...). Drop-in for "
      + "Weka's SMOTE package: a command line made only of its options -C, -K, -P, -S means what it means there "
      + "(class -C gains -P percent, nothing is undersampled). Neighbours are exact, on numeric attributes "
      + "scaled to [0, 1] (by default) and nominal attributes through SMOTE-NC or the value difference metric; "
      + "missing values are ignored in the distance. Nominal values of a synthetic instance are the neighbours' "
      + "majority vote; string and relational values are copied from the base instance. Tiny classes: k is "
      + "reduced to the class size - 1, a one-instance class is duplicated, an empty class stays empty. A "
      + "synthetic instance gets the weight of its base instance (-W instead keeps each class's total weight). "
      + "Instances with a missing class pass through. Only the first batch is resampled, so the filter can be "
      + "used in the FilteredClassifier. The plan is printed with -output-debug-info.\n\nFor more "
      + "information, see\n\n" + getTechnicalInformation().toString();
  }

  public TechnicalInformation getTechnicalInformation() {
    return Citations.chawla2002();
  }

  @Override
  public Capabilities getCapabilities() {
    Capabilities result = super.getCapabilities();
    result.enable(Capability.NUMERIC_ATTRIBUTES);
    result.enable(Capability.DATE_ATTRIBUTES);
    result.enable(Capability.NOMINAL_ATTRIBUTES);
    result.enable(Capability.STRING_ATTRIBUTES);
    result.enable(Capability.RELATIONAL_ATTRIBUTES);
    result.enable(Capability.MISSING_VALUES);
    return result;
  }

  /**
   * Computes the plan for data (class counts only; no instances are made).
   *
   * @param data the data, class set
   * @return the plan
   */
  public SamplingPlan computePlan(Instances data) {
    return plan(classCounts(classRows(data)), data, new Random(getSeed()));
  }

  @Override
  protected SamplingPlan plan(int[] counts, Instances data, Random random) {
    return new SamplingPlan(counts, m_Strategy.targets(counts, random));
  }

  @Override
  protected void oversample(Instances data, int[][] rows, SamplingPlan plan, Random random, Instances out)
    throws Exception {
    int[][][] nn = new int[plan.numClasses()][][];
    String[] how = searchClasses(data, rows, plan, nn);
    SmoteSynthesizer synth = new SmoteSynthesizer(data, SmoteSynthesizer.Gap.values()[m_Gap]);
    for (int c = 0; c < plan.numClasses(); c++) {
      int extra = plan.after(c) - plan.before(c);
      if (extra <= 0) {
        continue;
      }
      if (how[c] != null && getDebug()) {
        System.err.println(getClass().getSimpleName() + ": class " + data.classAttribute().value(c) + ", k = "
          + nn[c][0].length + ", search = " + how[c]);
      }
      for (Instance syn : synth.synthesize(rows[c], nn[c], extra, random)) {
        out.add(syn);
      }
    }
    if (m_KeepClassWeight) {
      keepClassWeight(data, out);
    }
  }

  /**
   * The neighbours of every class to raise, all classes in one call to the search (which may run
   * them at the same time, see {@link NeighbourSearch#kNearestEach}).
   *
   * @param nn receives per class its neighbours (classes not raised: null)
   * @return per class how it was searched (null where it was not)
   */
  private String[] searchClasses(Instances data, int[][] rows, SamplingPlan plan, int[][][] nn) throws Exception {
    List<Integer> searched = new ArrayList<>();
    for (int c = 0; c < plan.numClasses(); c++) {
      if (plan.after(c) > plan.before(c)) {
        if (Math.min(m_Neighbours, rows[c].length - 1) > 0) {
          searched.add(c);
        } else {
          nn[c] = new int[rows[c].length][0];
        }
      }
    }
    String[] how = new String[plan.numClasses()];
    if (searched.isEmpty()) {
      return how;
    }
    MixedDistance distance = new MixedDistance(data, MixedDistance.Scaling.values()[m_Scaling],
      MixedDistance.NominalMetric.values()[m_Nominal]);
    int m = searched.size();
    double[][] points = new double[m][];
    int[] n = new int[m];
    int[] k = new int[m];
    for (int s = 0; s < m; s++) {
      int c = searched.get(s);
      points[s] = distance.embed(data, rows[c]);
      n[s] = rows[c].length;
      k[s] = Math.min(m_Neighbours, n[s] - 1);
    }
    String[] used = new String[m];
    int[][][] found = m_NeighbourSearch.kNearestEach(points, n, distance.dimension(), k, used);
    for (int s = 0; s < m; s++) {
      nn[searched.get(s)] = found[s];
      how[searched.get(s)] = used[s];
    }
    return how;
  }

  // ------------------------------------------------------------ options

  @Override
  public Enumeration<Option> listOptions() {
    Vector<Option> v = new Vector<>();
    v.add(new Option("\tThe sampling strategy, class name and options (default " + defaultStrategy() + ");\n"
      + "\tclasses of weka.imbalance.resampling.strategy may be named without their package", "strategy", 1,
      "-strategy \"<strategy>\""));
    v.add(new Option("\tNumber of nearest neighbours (default " + DEFAULT_NEIGHBOURS + ")", "K", 1,
      "-K <nearest-neighbors>"));
    v.add(new Option("\tKeep each class's total weight (as SpreadSubsample -W)", "W", 0, "-W"));
    v.add(new Option("\tInterpolation: " + OptionValues.tagNames(TAGS_GAP) + " (default "
      + OptionValues.tagName(TAGS_GAP, DEFAULT_GAP) + ")", "gap", 1, "-gap <mode>"));
    v.add(new Option("\tNominal distance: " + OptionValues.tagNames(TAGS_NOMINAL) + " (default smote-nc)",
      "nominal-distance", 1, "-nominal-distance <mode>"));
    v.add(new Option("\tNumeric scaling: " + OptionValues.tagNames(TAGS_SCALING) + " (default range)", "scaling", 1,
      "-scaling <mode>"));
    v.add(new Option("\tThe neighbour search, class name and options (default " + new ExactSearch() + ");\n"
      + "\tauto, kdtree or brute stand for ExactSearch -method <name>", "search", 1, "-search \"<search>\""));
    v.add(new Option("\tWithout -strategy, as in Weka's SMOTE package: the class to oversample\n"
      + "\t(0 = the smallest, first, last or a 1-based index; default 0)", "C", 1, "-C <value-index>"));
    v.add(new Option("\tWithout -strategy, as in Weka's SMOTE package: synthetic instances for class -C,\n"
      + "\tpercent of its count (default 100)", "P", 1, "-P <percentage>"));
    v.add(new Option("\tOlder plan options, still read (see the documentation): -over, -over-count,\n"
      + "\t-over-ratio, -over-targets, -under, -under-count, -under-ratio; -num-threads <n> sets the\n"
      + "\tsearch's threads", "over", 1, "-over <mode>"));
    v.addAll(Collections.list(super.listOptions()));
    return v.elements();
  }

  /**
   * Reads the options. The plan comes from {@code -strategy}; without it, from the older
   * {@code -over}/{@code -under} options when any is given; without those, a command line that
   * holds any of the SMOTE package's options (-C, -K, -P, -S) gets the package's plan (class -C
   * gains -P percent), and otherwise the default strategy.
   */
  @Override
  public void setOptions(String[] options) throws Exception {
    boolean packageOption = false;
    for (String o : options) {
      for (String p : PACKAGE_OPTIONS) {
        packageOption |= p.equals(o);
      }
    }
    String strategy = Utils.getOption("strategy", options);
    if (!strategy.trim().isEmpty()) {
      for (String o : options) {
        OptionValues.require(!"-C".equals(o) && !"-P".equals(o) && !LegacyOptions.isOption(o), "strategy",
          "'" + strategy + "' with " + o, "given alone: -C, -P and the -over/-under options choose a plan too (give "
          + "them inside the strategy, e.g. -strategy \"SmotePercentage -C 0 -P 200\")");
      }
      setSamplingStrategy(OptionValues.fromSpec(SamplingStrategy.class, "strategy", strategy, PLUGIN_PACKAGES));
    } else if (packageOption || LegacyOptions.present(options)) {
      setSamplingStrategy(LegacyOptions.read(options));
    } else {
      setSamplingStrategy(defaultStrategy());
    }
    setNearestNeighbors(OptionValues.getInt("K", options, DEFAULT_NEIGHBOURS));
    setKeepClassWeight(Utils.getFlag('W', options));
    m_Gap = OptionValues.getTag("gap", options, TAGS_GAP, DEFAULT_GAP);
    m_Nominal = OptionValues.getTag("nominal-distance", options, TAGS_NOMINAL, 0);
    m_Scaling = OptionValues.getTag("scaling", options, TAGS_SCALING, 0);
    String search = Utils.getOption("search", options).trim();
    String threads = Utils.getOption("num-threads", options);
    NeighbourSearch ns = search.isEmpty() || search.matches("(?i)auto|kdtree|brute")
      ? ExactSearch.of(search.isEmpty() ? "auto" : search, ExactSearch.DEFAULT_THREADS)
      : OptionValues.fromSpec(NeighbourSearch.class, "search", search, PLUGIN_PACKAGES);
    if (!threads.isEmpty()) {
      OptionValues.require(ns instanceof ExactSearch, "num-threads", threads, "given with ExactSearch only (set the "
        + "threads of another search inside -search)");
      ((ExactSearch) ns).setNumThreads(OptionValues.parseInt("num-threads", threads));
    }
    setNeighbourSearch(ns);
    super.setOptions(options);
    Utils.checkForRemainingOptions(options);
  }

  @Override
  public String[] getOptions() {
    List<String> o = new ArrayList<>();
    Collections.addAll(o, "-strategy", OptionValues.toSpec(m_Strategy), "-K", "" + m_Neighbours);
    if (m_KeepClassWeight) {
      o.add("-W");
    }
    Collections.addAll(o, "-gap", OptionValues.tagName(TAGS_GAP, m_Gap), "-nominal-distance",
      OptionValues.tagName(TAGS_NOMINAL, m_Nominal), "-scaling", OptionValues.tagName(TAGS_SCALING, m_Scaling),
      "-search", OptionValues.toSpec(m_NeighbourSearch));
    Collections.addAll(o, super.getOptions());
    return o.toArray(new String[0]);
  }

  public String samplingStrategyTipText() {
    return "How many instances each class ends with: EqualCounts (default: every class to the mean count), "
      + "SmotePercentage (the SMOTE package's amount), RaiseToRatio, RaiseToCount, ExplicitTargets, and "
      + "UndersampleToRatio / UndersampleToCount (the SMOTE paper's undersampling on top of another strategy).";
  }

  public SamplingStrategy getSamplingStrategy() {
    return m_Strategy;
  }

  /** @param s the strategy (not null) */
  public void setSamplingStrategy(SamplingStrategy s) {
    OptionValues.require(s != null, "strategy", s, "a sampling strategy");
    m_Strategy = s;
  }

  public String nearestNeighborsTipText() {
    return "The number of nearest same-class neighbours k; reduced to the class size - 1 for smaller classes.";
  }

  public int getNearestNeighbors() {
    return m_Neighbours;
  }

  /** @param k the number of neighbours, &gt;= 1 */
  public void setNearestNeighbors(int k) {
    m_Neighbours = OptionValues.atLeast("K", k, 1);
  }

  public String keepClassWeightTipText() {
    return "If set, the weights of each class are rescaled so that its total weight is the same as before.";
  }

  public boolean getKeepClassWeight() {
    return m_KeepClassWeight;
  }

  public void setKeepClassWeight(boolean b) {
    m_KeepClassWeight = b;
  }

  public String interpolationTipText() {
    return "attribute: a fresh gap per numeric attribute (a point of the hyper-rectangle; the paper's pseudocode "
      + "and Weka's package); instance: one gap per synthetic instance (a point on the segment; the paper's text "
      + "and imbalanced-learn).";
  }

  public SelectedTag getInterpolation() {
    return new SelectedTag(m_Gap, TAGS_GAP);
  }

  public void setInterpolation(SelectedTag t) {
    m_Gap = OptionValues.tagId("gap", t, TAGS_GAP);
  }

  public String nominalDistanceTipText() {
    return "How nominal attributes count in the neighbour distance: smote-nc (each differing value adds the "
      + "squared median standard deviation of the class's numeric attributes) or vdm (value difference metric).";
  }

  public SelectedTag getNominalDistance() {
    return new SelectedTag(m_Nominal, TAGS_NOMINAL);
  }

  public void setNominalDistance(SelectedTag t) {
    m_Nominal = OptionValues.tagId("nominal-distance", t, TAGS_NOMINAL);
  }

  public String scalingTipText() {
    return "Scaling of numeric attributes for the distance (statistics of the first batch): range, std or none.";
  }

  public SelectedTag getScaling() {
    return new SelectedTag(m_Scaling, TAGS_SCALING);
  }

  public void setScaling(SelectedTag t) {
    m_Scaling = OptionValues.tagId("scaling", t, TAGS_SCALING);
  }

  public String neighbourSearchTipText() {
    return "The neighbour search; ExactSearch (KD-tree or blocked brute force, 1 thread by default). Every exact "
      + "search gives the same neighbours, so the output does not depend on it.";
  }

  public NeighbourSearch getNeighbourSearch() {
    return m_NeighbourSearch;
  }

  /** @param s the search (not null) */
  public void setNeighbourSearch(NeighbourSearch s) {
    OptionValues.require(s != null, "search", s, "a neighbour search");
    m_NeighbourSearch = s;
  }

  @Override
  public String getRevision() {
    return RevisionUtils.extract("$Revision: 1 $");
  }

  public static void main(String[] args) {
    runFilter(new SMOTEWithUndersampling(), args);
  }

  /**
   * Reads the fields by name: a model of release 0.1.0 holds the plan as -over/-under settings (turned
   * into the strategy they meant), the seed and the plan (now in the superclass) and the search as a
   * method and a thread count.
   */
  private void readObject(java.io.ObjectInputStream in) throws java.io.IOException {
    SavedFields f = SavedFields.read(in, "SMOTEWithUndersampling");
    m_SavedByRelease = f.get("m_SavedByRelease", (String) null);
    m_Neighbours = f.get("m_Neighbours", DEFAULT_NEIGHBOURS);
    m_KeepClassWeight = f.get("m_KeepClassWeight", false);
    m_Gap = f.get("m_Gap", DEFAULT_GAP);
    m_Nominal = f.get("m_Nominal", 0);
    m_Scaling = f.get("m_Scaling", 0);
    if (!f.has("m_Over")) {
      m_Strategy = f.require("m_Strategy", m_SavedByRelease);
      m_NeighbourSearch = f.require("m_NeighbourSearch", m_SavedByRelease);
    } else {
      try {
        m_Strategy = LegacyOptions.strategy(f.get("m_Over", 0), f.get("m_ClassValue", "0"),
          f.get("m_Percentage", SmotePercentage.DEFAULT_PERCENTAGE), f.get("m_OverCount", 0),
          f.get("m_OverRatio", 1.0), f.get("m_OverTargets", ""), f.get("m_Under", 0), f.get("m_UnderCount", 0),
          f.get("m_UnderRatio", 1.0));
        m_NeighbourSearch = ExactSearch.of(ExactSearch.TAGS_METHOD[f.get("m_Search", 0)].getIDStr(),
          f.get("m_Threads", ExactSearch.DEFAULT_THREADS));
      } catch (IllegalArgumentException e) {
        throw Release.mustRetrain("SMOTEWithUndersampling", m_SavedByRelease, "its settings are invalid: "
          + e.getMessage());
      }
      setSeed(f.get("m_Seed", DEFAULT_SEED));
      setLastPlan(f.get("m_LastPlan", (SamplingPlan) null));
    }
  }
}
