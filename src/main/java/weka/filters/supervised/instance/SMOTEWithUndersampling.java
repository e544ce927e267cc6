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
import weka.core.Randomizable;
import weka.core.RevisionUtils;
import weka.core.SelectedTag;
import weka.core.Tag;
import weka.core.TechnicalInformation;
import weka.imbalance.Citations;
import weka.core.TechnicalInformationHandler;
import weka.core.Utils;
import weka.core.WeightedInstancesHandler;
import weka.filters.SimpleBatchFilter;
import weka.filters.SupervisedFilter;
import weka.imbalance.ClassPriors;
import weka.imbalance.OptionValues;
import weka.imbalance.resampling.ExactKnn;
import weka.imbalance.resampling.MixedDistance;
import weka.imbalance.resampling.SamplingPlan;
import weka.imbalance.resampling.SmoteSynthesizer;
import weka.imbalance.Release;

/**
 * SMOTE combined with random undersampling, for any number of classes; see {@link #globalInfo()}.
 * The options -C, -K, -P and -S mean what they mean in Weka's SMOTE package. The plan (target
 * count per class) is computed by {@link SamplingPlan}, the neighbours by {@link ExactKnn} on the
 * {@link MixedDistance} embedding, the synthetic instances by {@link SmoteSynthesizer}.
 */
public class SMOTEWithUndersampling extends SimpleBatchFilter
  implements SupervisedFilter, Randomizable, TechnicalInformationHandler, WeightedInstancesHandler {

  private static final long serialVersionUID = -6329471245398715372L;

  /** The release that saved this object (null in models of release 0.1.0, which did not record it). */
  private String m_SavedByRelease = Release.VERSION;

  /** Default -C: auto, the smallest non-empty class. */
  public static final String DEFAULT_CLASS_VALUE = "0";
  public static final int DEFAULT_NEIGHBOURS = 5;
  public static final double DEFAULT_PERCENTAGE = 100;
  public static final int DEFAULT_SEED = 1;
  public static final double DEFAULT_RATIO = 1;
  public static final int DEFAULT_THREADS = 1;

  public static final int OVER_PERCENTAGE = 0, OVER_MAJORITY = 1, OVER_COUNT = 2, OVER_RATIO = 3, OVER_EXPLICIT = 4;
  public static final Tag[] TAGS_OVER = {
    new Tag(OVER_PERCENTAGE, "percentage", "class -C gains -P percent (SMOTE package)", false),
    new Tag(OVER_MAJORITY, "majority", "every class raised to the majority count", false),
    new Tag(OVER_COUNT, "count", "every class raised to -over-count", false),
    new Tag(OVER_RATIO, "ratio", "every class raised to -over-ratio x majority count", false),
    new Tag(OVER_EXPLICIT, "explicit", "per-class targets from -over-targets", false) };
  public static final int UNDER_NONE = 0, UNDER_COUNT = 1, UNDER_RATIO = 2;
  public static final Tag[] TAGS_UNDER = {
    new Tag(UNDER_NONE, "none", "no undersampling", false),
    new Tag(UNDER_COUNT, "count", "other classes cut to -under-count", false),
    new Tag(UNDER_RATIO, "ratio", "other classes cut to -under-ratio x oversampled count", false) };
  public static final Tag[] TAGS_GAP = {
    new Tag(0, "attribute", "one gap per attribute (hyper-rectangle; paper, SMOTE package)", false),
    new Tag(1, "instance", "one gap per instance (segment; imbalanced-learn)", false) };
  public static final Tag[] TAGS_NOMINAL = {
    new Tag(0, "smote-nc", "SMOTE-NC: median std per differing value", false),
    new Tag(1, "vdm", "value difference metric", false) };
  public static final Tag[] TAGS_SCALING = {
    new Tag(0, "range", "numeric attributes scaled to [0, 1]", false),
    new Tag(1, "std", "numeric attributes scaled to unit standard deviation", false),
    new Tag(2, "none", "no scaling", false) };
  public static final Tag[] TAGS_SEARCH = {
    new Tag(0, "auto", "KD-tree, brute force when the tree does not pay", false),
    new Tag(1, "kdtree", "KD-tree", false),
    new Tag(2, "brute", "blocked brute force", false) };

  protected String m_ClassValue = DEFAULT_CLASS_VALUE;
  protected int m_Neighbours = DEFAULT_NEIGHBOURS;
  protected double m_Percentage = DEFAULT_PERCENTAGE;
  protected int m_Seed = DEFAULT_SEED;
  protected int m_Over = OVER_PERCENTAGE;
  protected int m_OverCount = 0;
  protected double m_OverRatio = DEFAULT_RATIO;
  protected String m_OverTargets = "";
  protected int m_Under = UNDER_NONE;
  protected int m_UnderCount = 0;
  protected double m_UnderRatio = DEFAULT_RATIO;
  protected boolean m_KeepClassWeight = false;
  protected int m_Gap = 0;
  protected int m_Nominal = 0;
  protected int m_Scaling = 0;
  protected int m_Search = 0;
  protected int m_Threads = DEFAULT_THREADS;

  /** The plan of the last first batch (null before). */
  protected SamplingPlan m_LastPlan;

  public String globalInfo() {
    return "Oversamples minority classes with SMOTE (synthetic instances interpolated between an instance "
      + "and one of its k nearest neighbours of the same class) and randomly undersamples the other classes, "
      + "as the SMOTE paper proposes. The options -C, -K, -P and -S mean what they mean in Weka's SMOTE "
      + "package (class -C gains P percent synthetic instances); beyond it, a multi-class plan raises every "
      + "class to the majority count, a count, a ratio of the majority count or explicit per-class targets, "
      + "and the other classes can be cut to a count or ratio. The plan (counts before/after) is printed with "
      + "-output-debug-info. Neighbours are exact, found with a KD-tree or blocked brute force on numeric "
      + "attributes scaled to [0, 1] (by default) and nominal attributes through SMOTE-NC or the value "
      + "difference metric; missing values are ignored in the distance. Nominal values of a synthetic "
      + "instance are the neighbours' majority vote; string and relational values are copied from the base "
      + "instance. Tiny classes: k is reduced to the class size - 1, a "
      + "one-instance class is duplicated, an empty class stays empty. A synthetic instance gets the weight "
      + "of its base instance (-W instead keeps each class's total weight). Instances with a missing class "
      + "pass through. Only the first batch is resampled, so the filter can be used in the "
      + "FilteredClassifier.\n\nFor more information, see\n\n" + getTechnicalInformation().toString();
  }

  public TechnicalInformation getTechnicalInformation() {
    return Citations.chawla2002();
  }


  @Override
  public Capabilities getCapabilities() {
    Capabilities result = super.getCapabilities();
    result.disableAll();
    result.enable(Capability.NUMERIC_ATTRIBUTES);
    result.enable(Capability.DATE_ATTRIBUTES);
    result.enable(Capability.NOMINAL_ATTRIBUTES);
    result.enable(Capability.STRING_ATTRIBUTES);
    result.enable(Capability.RELATIONAL_ATTRIBUTES);
    result.enable(Capability.MISSING_VALUES);
    result.enable(Capability.NOMINAL_CLASS);
    result.enable(Capability.MISSING_CLASS_VALUES);
    result.setMinimumNumberInstances(0);
    return result;
  }

  @Override
  protected Instances determineOutputFormat(Instances inputFormat) {
    return new Instances(inputFormat, 0);
  }

  /** @return the plan used on the last first batch, or null */
  public SamplingPlan getLastPlan() {
    return m_LastPlan;
  }

  /**
   * Computes the plan for data (class counts only; no instances are made).
   *
   * @param data the data, class set
   * @return the plan
   */
  public SamplingPlan computePlan(Instances data) {
    int[] counts = new int[data.numClasses()];
    for (Instance inst : data) {
      if (!inst.classIsMissing()) {
        counts[(int) inst.classValue()]++;
      }
    }
    boolean[] fixed = new boolean[counts.length];
    int[] t;
    switch (m_Over) {
    case OVER_MAJORITY:
      t = SamplingPlan.raiseTo(counts, SamplingPlan.largest(counts));
      break;
    case OVER_COUNT:
      t = SamplingPlan.raiseTo(counts, m_OverCount);
      break;
    case OVER_RATIO:
      t = SamplingPlan.raiseToRatio(counts, m_OverRatio);
      break;
    case OVER_EXPLICIT:
      t = SamplingPlan.explicit(counts, m_OverTargets, fixed);
      break;
    default:
      int c = smoteClass(data, counts);
      t = c < 0 ? counts.clone() : SamplingPlan.percentage(counts, c, m_Percentage);
    }
    if (m_Under == UNDER_COUNT) {
      t = SamplingPlan.capAt(counts, t, fixed, m_UnderCount);
    } else if (m_Under == UNDER_RATIO) {
      t = SamplingPlan.capAtRatio(counts, t, fixed, m_UnderRatio);
    }
    return new SamplingPlan(counts, t);
  }

  /** The class of -C (0-based), -1 if auto finds no non-empty class. */
  private int smoteClass(Instances data, int[] counts) {
    String v = m_ClassValue.trim();
    if (v.equalsIgnoreCase("first")) {
      return 0;
    }
    if (v.equalsIgnoreCase("last")) {
      return counts.length - 1;
    }
    int idx;
    try {
      idx = Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("-C must be 0 (auto), first, last or a class value index, got '" + v + "'");
    }
    if (idx < 0 || idx > counts.length) {
      throw new IllegalArgumentException("-C must be in 0.." + counts.length + " for class '"
        + data.classAttribute().name() + "', got " + idx);
    }
    return idx == 0 ? SamplingPlan.smallestNonEmpty(counts) : idx - 1;
  }

  @Override
  protected Instances process(Instances instances) throws Exception {
    if (isFirstBatchDone()) {
      return new Instances(instances);
    }
    if (m_Neighbours < 1) {
      throw new IllegalArgumentException("-K (neighbours) must be >= 1, got " + m_Neighbours);
    }
    SamplingPlan plan = computePlan(instances);
    m_LastPlan = plan;
    int nc = plan.numClasses();
    int[][] rows = classRows(instances, nc);
    Random random = new Random(m_Seed);
    Instances out = new Instances(instances, instances.numInstances());
    // undersampling: a random subset of each reduced class, kept in input order
    boolean[] drop = new boolean[instances.numInstances()];
    for (int c = 0; c < nc; c++) {
      if (plan.after(c) < plan.before(c)) {
        int[] r = rows[c].clone();
        for (int i = 0; i < r.length - plan.after(c); i++) {
          int j = i + random.nextInt(r.length - i);
          int tmp = r[i];
          r[i] = r[j];
          r[j] = tmp;
          drop[r[i]] = true;
        }
      }
    }
    for (int i = 0; i < instances.numInstances(); i++) {
      if (!drop[i]) {
        out.add(instances.instance(i));
      }
    }
    // oversampling, class by class
    MixedDistance distance = null;
    SmoteSynthesizer synth = new SmoteSynthesizer(instances, SmoteSynthesizer.Gap.values()[m_Gap]);
    for (int c = 0; c < nc; c++) {
      int extra = plan.after(c) - plan.before(c);
      if (extra <= 0) {
        continue;
      }
      int k = Math.min(m_Neighbours, rows[c].length - 1);
      int[][] nn;
      if (k == 0) {
        nn = new int[rows[c].length][0];
      } else {
        if (distance == null) {
          distance = new MixedDistance(instances, MixedDistance.Scaling.values()[m_Scaling],
            MixedDistance.NominalMetric.values()[m_Nominal]);
        }
        ExactKnn knn = new ExactKnn(distance.embed(instances, rows[c]), rows[c].length, distance.dimension());
        int threads = m_Threads > 0 ? m_Threads : Runtime.getRuntime().availableProcessors();
        nn = knn.search(k, ExactKnn.Method.values()[m_Search], threads);
        if (getDebug()) {
          System.err.println(getClass().getSimpleName() + ": class " + instances.classAttribute().value(c) + ", k = "
            + k + ", search = " + knn.usedMethod());
        }
      }
      for (Instance syn : synth.synthesize(rows[c], nn, extra, random)) {
        out.add(syn);
      }
    }
    if (m_KeepClassWeight) {
      keepClassWeight(instances, out);
    }
    if (getDebug()) {
      System.err.println(getClass().getSimpleName() + " plan:\n" + plan.report(instances.classAttribute()));
    }
    return out;
  }

  private static int[][] classRows(Instances data, int nc) {
    int[] n = new int[nc];
    for (Instance inst : data) {
      if (!inst.classIsMissing()) {
        n[(int) inst.classValue()]++;
      }
    }
    int[][] rows = new int[nc][];
    for (int c = 0; c < nc; c++) {
      rows[c] = new int[n[c]];
    }
    int[] fill = new int[nc];
    for (int i = 0; i < data.numInstances(); i++) {
      Instance inst = data.instance(i);
      if (!inst.classIsMissing()) {
        int c = (int) inst.classValue();
        rows[c][fill[c]++] = i;
      }
    }
    return rows;
  }

  /** Rescales the weights of each class of out so that its total equals the one in in. */
  private static void keepClassWeight(Instances in, Instances out) throws Exception {
    double[] before = ClassPriors.weightedCounts(in);
    double[] after = ClassPriors.weightedCounts(out);
    for (Instance inst : out) {
      if (!inst.classIsMissing()) {
        int c = (int) inst.classValue();
        if (after[c] > 0) {
          inst.setWeight(inst.weight() * before[c] / after[c]);
        }
      }
    }
  }

  // ------------------------------------------------------------ options

  @Override
  public Enumeration<Option> listOptions() {
    Vector<Option> v = new Vector<>();
    v.add(new Option("\tThe index of the class value to SMOTE in the 'percentage' plan: 0 = auto (the smallest\n"
      + "\tnon-empty class), first, last or 1-based index (default " + DEFAULT_CLASS_VALUE + ")", "C", 1,
      "-C <value-index>"));
    v.add(new Option("\tNumber of nearest neighbours (default " + DEFAULT_NEIGHBOURS + ")", "K", 1,
      "-K <nearest-neighbors>"));
    v.add(new Option("\tPercentage of synthetic instances for class -C (default " + DEFAULT_PERCENTAGE + ")", "P", 1,
      "-P <percentage>"));
    v.add(new Option("\tRandom seed (default " + DEFAULT_SEED + ")", "S", 1, "-S <num>"));
    v.add(new Option("\tOversampling plan: " + tagList(TAGS_OVER) + " (default percentage)", "over", 1,
      "-over <mode>"));
    v.add(new Option("\tTarget count of the 'count' plan (default 0)", "over-count", 1, "-over-count <n>"));
    v.add(new Option("\tTarget ratio of the majority count of the 'ratio' plan (default " + DEFAULT_RATIO + ")",
      "over-ratio", 1, "-over-ratio <r>"));
    v.add(new Option("\tPer-class targets of the 'explicit' plan: one count or * per class, comma-separated",
      "over-targets", 1, "-over-targets <list>"));
    v.add(new Option("\tUndersampling of the other classes: " + tagList(TAGS_UNDER) + " (default none)", "under", 1,
      "-under <mode>"));
    v.add(new Option("\tLargest count a class keeps with -under count (default 0)", "under-count", 1,
      "-under-count <n>"));
    v.add(new Option("\tWith -under ratio, a class keeps at most ratio x the largest oversampled count\n"
      + "\t(default " + DEFAULT_RATIO + ")", "under-ratio", 1, "-under-ratio <r>"));
    v.add(new Option("\tKeep each class's total weight (as SpreadSubsample -W)", "W", 0, "-W"));
    v.add(new Option("\tInterpolation: " + tagList(TAGS_GAP) + " (default attribute)", "gap", 1, "-gap <mode>"));
    v.add(new Option("\tNominal distance: " + tagList(TAGS_NOMINAL) + " (default smote-nc)", "nominal-distance", 1,
      "-nominal-distance <mode>"));
    v.add(new Option("\tNumeric scaling: " + tagList(TAGS_SCALING) + " (default range)", "scaling", 1,
      "-scaling <mode>"));
    v.add(new Option("\tNeighbour search: " + tagList(TAGS_SEARCH) + " (default auto)", "search", 1,
      "-search <mode>"));
    v.add(new Option("\tThreads of the neighbour search, 0 = all processors (default " + DEFAULT_THREADS + ")",
      "num-threads", 1, "-num-threads <n>"));
    v.addAll(Collections.list(super.listOptions()));
    return v.elements();
  }

  private static String tagList(Tag[] tags) {
    StringBuilder sb = new StringBuilder();
    for (Tag t : tags) {
      sb.append(sb.length() > 0 ? ", " : "").append(t.getIDStr());
    }
    return sb.toString();
  }

  private static int tag(String option, String value, Tag[] tags, int dflt) {
    if (value.isEmpty()) {
      return dflt;
    }
    for (Tag t : tags) {
      if (t.getIDStr().equalsIgnoreCase(value)) {
        return t.getID();
      }
    }
    throw new IllegalArgumentException("-" + option + " must be one of " + tagList(tags) + ", got '" + value + "'");
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    String s = Utils.getOption('C', options);
    setClassValue(s.isEmpty() ? DEFAULT_CLASS_VALUE : s);
    setNearestNeighbors(OptionValues.getInt("K", options, DEFAULT_NEIGHBOURS));
    setPercentage(OptionValues.getDouble("P", options, DEFAULT_PERCENTAGE));
    setSeed(OptionValues.getInt("S", options, DEFAULT_SEED));
    m_Over = tag("over", Utils.getOption("over", options), TAGS_OVER, OVER_PERCENTAGE);
    setOverCount(OptionValues.getInt("over-count", options, 0));
    setOverRatio(OptionValues.getDouble("over-ratio", options, DEFAULT_RATIO));
    setOverTargets(Utils.getOption("over-targets", options));
    m_Under = tag("under", Utils.getOption("under", options), TAGS_UNDER, UNDER_NONE);
    setUnderCount(OptionValues.getInt("under-count", options, 0));
    setUnderRatio(OptionValues.getDouble("under-ratio", options, DEFAULT_RATIO));
    setKeepClassWeight(Utils.getFlag('W', options));
    m_Gap = tag("gap", Utils.getOption("gap", options), TAGS_GAP, 0);
    m_Nominal = tag("nominal-distance", Utils.getOption("nominal-distance", options), TAGS_NOMINAL, 0);
    m_Scaling = tag("scaling", Utils.getOption("scaling", options), TAGS_SCALING, 0);
    m_Search = tag("search", Utils.getOption("search", options), TAGS_SEARCH, 0);
    setNumThreads(OptionValues.getInt("num-threads", options, DEFAULT_THREADS));
    super.setOptions(options);
    Utils.checkForRemainingOptions(options);
  }

  @Override
  public String[] getOptions() {
    List<String> o = new ArrayList<>();
    Collections.addAll(o, "-C", m_ClassValue, "-K", "" + m_Neighbours, "-P", "" + m_Percentage, "-S", "" + m_Seed,
      "-over", TAGS_OVER[m_Over].getIDStr(), "-over-count", "" + m_OverCount, "-over-ratio", "" + m_OverRatio);
    if (!m_OverTargets.isEmpty()) {
      Collections.addAll(o, "-over-targets", m_OverTargets);
    }
    Collections.addAll(o, "-under", TAGS_UNDER[m_Under].getIDStr(), "-under-count", "" + m_UnderCount,
      "-under-ratio", "" + m_UnderRatio);
    if (m_KeepClassWeight) {
      o.add("-W");
    }
    Collections.addAll(o, "-gap", TAGS_GAP[m_Gap].getIDStr(), "-nominal-distance", TAGS_NOMINAL[m_Nominal].getIDStr(),
      "-scaling", TAGS_SCALING[m_Scaling].getIDStr(), "-search", TAGS_SEARCH[m_Search].getIDStr(), "-num-threads",
      "" + m_Threads);
    Collections.addAll(o, super.getOptions());
    return o.toArray(new String[0]);
  }

  public String classValueTipText() {
    return "The class value to SMOTE in the 'percentage' plan: 0 = auto (the smallest non-empty class), "
      + "first, last or a 1-based index (as in Weka's SMOTE package).";
  }

  public String getClassValue() {
    return m_ClassValue;
  }

  public void setClassValue(String v) {
    m_ClassValue = v;
  }

  public String nearestNeighborsTipText() {
    return "The number of nearest same-class neighbours k; reduced to the class size - 1 for smaller classes.";
  }

  public int getNearestNeighbors() {
    return m_Neighbours;
  }

  public void setNearestNeighbors(int k) {
    m_Neighbours = k;
  }

  public String percentageTipText() {
    return "The 'percentage' plan: class -C gains this percentage of its count as synthetic instances "
      + "(100 doubles it, as in Weka's SMOTE package).";
  }

  public double getPercentage() {
    return m_Percentage;
  }

  public void setPercentage(double p) {
    m_Percentage = p;
  }

  public String seedTipText() {
    return "The random seed (undersampling subsets, neighbour choice, gaps).";
  }

  @Override
  public int getSeed() {
    return m_Seed;
  }

  @Override
  public void setSeed(int seed) {
    m_Seed = seed;
  }

  public String oversamplingTipText() {
    return "The oversampling plan: percentage (class -C gains -P percent), majority (every class raised to the "
      + "majority count), count (to -over-count), ratio (to -over-ratio x the majority count), explicit "
      + "(-over-targets).";
  }

  public SelectedTag getOversampling() {
    return new SelectedTag(m_Over, TAGS_OVER);
  }

  public void setOversampling(SelectedTag t) {
    if (t.getTags() == TAGS_OVER) {
      m_Over = t.getSelectedTag().getID();
    }
  }

  public String overCountTipText() {
    return "The 'count' plan raises every non-empty class with fewer instances to this count.";
  }

  public int getOverCount() {
    return m_OverCount;
  }

  public void setOverCount(int n) {
    m_OverCount = n;
  }

  public String overRatioTipText() {
    return "The 'ratio' plan raises every non-empty class to at least this fraction (0, 1] of the majority count.";
  }

  public double getOverRatio() {
    return m_OverRatio;
  }

  public void setOverRatio(double r) {
    m_OverRatio = r;
  }

  public String overTargetsTipText() {
    return "The 'explicit' plan: one entry per class, comma-separated, a target count or * (unchanged); a count "
      + "below the class size undersamples it.";
  }

  public String getOverTargets() {
    return m_OverTargets;
  }

  public void setOverTargets(String s) {
    m_OverTargets = s == null ? "" : s.trim();
  }

  public String undersamplingTipText() {
    return "Random undersampling of the classes the plan does not oversample: none, count (keep at most "
      + "-under-count) or ratio (keep at most -under-ratio x the largest oversampled target).";
  }

  public SelectedTag getUndersampling() {
    return new SelectedTag(m_Under, TAGS_UNDER);
  }

  public void setUndersampling(SelectedTag t) {
    if (t.getTags() == TAGS_UNDER) {
      m_Under = t.getSelectedTag().getID();
    }
  }

  public String underCountTipText() {
    return "With undersampling 'count': the largest number of instances a non-oversampled class keeps.";
  }

  public int getUnderCount() {
    return m_UnderCount;
  }

  public void setUnderCount(int n) {
    m_UnderCount = n;
  }

  public String underRatioTipText() {
    return "With undersampling 'ratio': a non-oversampled class keeps at most ratio x the largest target of the "
      + "oversampled classes (the smallest class if none is); 1 balances two classes.";
  }

  public double getUnderRatio() {
    return m_UnderRatio;
  }

  public void setUnderRatio(double r) {
    m_UnderRatio = r;
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
    return "attribute: a fresh gap per numeric attribute (a point of the hyper-rectangle; the paper and Weka's "
      + "package); instance: one gap per synthetic instance (a point on the segment; imbalanced-learn).";
  }

  public SelectedTag getInterpolation() {
    return new SelectedTag(m_Gap, TAGS_GAP);
  }

  public void setInterpolation(SelectedTag t) {
    if (t.getTags() == TAGS_GAP) {
      m_Gap = t.getSelectedTag().getID();
    }
  }

  public String nominalDistanceTipText() {
    return "How nominal attributes count in the neighbour distance: smote-nc (each differing value adds the "
      + "squared median standard deviation of the class's numeric attributes) or vdm (value difference metric).";
  }

  public SelectedTag getNominalDistance() {
    return new SelectedTag(m_Nominal, TAGS_NOMINAL);
  }

  public void setNominalDistance(SelectedTag t) {
    if (t.getTags() == TAGS_NOMINAL) {
      m_Nominal = t.getSelectedTag().getID();
    }
  }

  public String scalingTipText() {
    return "Scaling of numeric attributes for the distance (statistics of the first batch): range, std or none.";
  }

  public SelectedTag getScaling() {
    return new SelectedTag(m_Scaling, TAGS_SCALING);
  }

  public void setScaling(SelectedTag t) {
    if (t.getTags() == TAGS_SCALING) {
      m_Scaling = t.getSelectedTag().getID();
    }
  }

  public String neighbourSearchTipText() {
    return "The exact neighbour search: auto, kdtree or brute (all give the same neighbours).";
  }

  public SelectedTag getNeighbourSearch() {
    return new SelectedTag(m_Search, TAGS_SEARCH);
  }

  public void setNeighbourSearch(SelectedTag t) {
    if (t.getTags() == TAGS_SEARCH) {
      m_Search = t.getSelectedTag().getID();
    }
  }

  public String numThreadsTipText() {
    return "Threads of the neighbour search, 0 = all processors; the output does not depend on it.";
  }

  public int getNumThreads() {
    return m_Threads;
  }

  public void setNumThreads(int n) {
    m_Threads = n;
  }

  @Override
  public String getRevision() {
    return RevisionUtils.extract("$Revision: 1 $");
  }

  public static void main(String[] args) {
    runFilter(new SMOTEWithUndersampling(), args);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
    Release.readFields(in, "SMOTEWithUndersampling", () -> m_SavedByRelease);
  }
}
