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

package weka.imbalance.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

import weka.core.Instance;
import weka.core.Instances;
import weka.core.SelectedTag;
import weka.filters.supervised.instance.SMOTEWithUndersampling;
import weka.imbalance.OptionValues;
import weka.imbalance.resampling.MixedDistance;
import weka.imbalance.resampling.NeighbourSearch;
import weka.imbalance.resampling.SamplingPlan;
import weka.imbalance.resampling.SmoteSynthesizer;

/**
 * {@link SMOTEWithUndersampling} on a Spark RDD of rows ({@link ArffRows}), with the filter's
 * options (strategy, k, interpolation, neighbour search, seed).
 *
 * <ol>
 * <li>One pass: the class counts and the range of every numeric attribute, per partition, merged
 * on the driver; the plan is the filter's strategy applied to the counts.</li>
 * <li>Random undersampling with EXACT per-class counts: the driver splits each lowered class's
 * target over the partitions by drawing the partitions' quotas as a sequential hypergeometric
 * draw (every subset of the target size equally likely), and each partition keeps exactly its
 * quota by selection sampling (Knuth's Algorithm S).</li>
 * <li>SMOTE of a raised class of at most {@code gatherMax} instances: its instances are gathered
 * on the driver, in file order, and oversampled exactly as the single-JVM filter does (the same
 * distance with the whole data's attribute ranges, the same exact neighbour search, the same
 * draws). With a plan that lowers no class and every raised class gathered, the output equals the
 * filter's on the whole data, instance for instance.</li>
 * <li>SMOTE of a larger raised class, partition-local: each partition makes its share of the
 * synthetic instances (proportional to its instances of the class, largest remainders) from its
 * own instances of the class, neighbours searched within the partition. Exact total, but the
 * neighbours are the partition's, not the whole class's: with p partitions a base's neighbours
 * come from about 1/p of the class.</li>
 * </ol>
 * Rows with a missing class pass through, as in the filter.
 */
public class SparkResampler implements Serializable {

  private static final long serialVersionUID = -1942772302514262163L;

  /** Default of {@link #SparkResampler(SMOTEWithUndersampling, long)}'s gatherMax. */
  public static final long DEFAULT_GATHER_MAX = 1_000_000;

  private final SMOTEWithUndersampling m_Filter;
  private final long m_GatherMax;

  /** The plan of the last run. */
  private SamplingPlan m_Plan;
  /** Per class, whether the last run oversampled it partition-locally. */
  private boolean[] m_Local;

  /**
   * @param filter the filter whose options apply (not changed)
   * @param gatherMax the largest class size oversampled on the driver (exact neighbours); larger
   *          classes are oversampled partition-locally
   */
  public SparkResampler(SMOTEWithUndersampling filter, long gatherMax) {
    OptionValues.require(!filter.getKeepClassWeight(), "sampler", "-W",
      "without -W (keep class weight) on Spark: rescale the weights after resampling instead");
    OptionValues.require(filter.getScaling().getSelectedTag().getID() != 1, "sampler", "-scaling std",
      "given -scaling range or none on Spark (std would depend on the order of a floating-point sum over partitions)");
    OptionValues.require(filter.getNominalDistance().getSelectedTag().getID() == 0, "sampler",
      "-nominal-distance vdm", "given -nominal-distance smote-nc on Spark");
    OptionValues.require(gatherMax >= 0, "gather-max", gatherMax, ">= 0");
    m_Filter = filter;
    m_GatherMax = gatherMax;
  }

  /** @return the plan of the last {@link #resample} */
  public SamplingPlan lastPlan() {
    return m_Plan;
  }

  /** @return per class, whether the last {@link #resample} oversampled it partition-locally */
  public boolean[] lastLocal() {
    return m_Local.clone();
  }

  /**
   * @param sc the context
   * @param rows the rows
   * @param header their header, class set
   * @return the resampled rows: the kept rows in their partitions' order, with each partition's
   *         local synthetic rows after its own, then the gathered classes' synthetic rows
   * @throws Exception if the plan does not fit the data
   */
  public JavaRDD<double[]> resample(JavaSparkContext sc, JavaRDD<double[]> rows, Instances header) throws Exception {
    int ci = header.classIndex();
    int nc = header.numClasses();
    List<PartitionStats> parts = new ArrayList<>(rows.mapPartitionsWithIndex(
      (p, it) -> Collections.singletonList(PartitionStats.of(p, it, ci, nc)).iterator(), true).collect());
    parts.sort((a, b) -> Integer.compare(a.m_Partition, b.m_Partition));
    PartitionStats all = PartitionStats.merge(parts, header.numAttributes(), nc);
    int[] counts = new int[nc];
    for (int c = 0; c < nc; c++) {
      OptionValues.require(all.m_Counts[c] <= Integer.MAX_VALUE, "class " + header.classAttribute().value(c),
        all.m_Counts[c], "at most " + Integer.MAX_VALUE + " instances");
      counts[c] = (int) all.m_Counts[c];
    }
    Random random = new Random(m_Filter.getSeed());
    m_Plan = new SamplingPlan(counts, m_Filter.getSamplingStrategy().targets(counts, random));
    m_Local = new boolean[nc];
    boolean[] gathered = new boolean[nc];
    for (int c = 0; c < nc; c++) {
      if (m_Plan.after(c) > m_Plan.before(c)) {
        gathered[c] = m_Plan.before(c) <= m_GatherMax;
        m_Local[c] = !gathered[c];
      }
    }
    long[][] keep = undersamplingQuotas(parts, nc);
    long[][] local = localQuotas(parts, nc);
    Instances h = new Instances(header, 0);
    SMOTEWithUndersampling filter = m_Filter;
    long seed = m_Filter.getSeed();
    double[][] range = {all.m_Min, all.m_Max};
    JavaRDD<double[]> kept = rows.mapPartitionsWithIndex((p, it) ->
      new PartitionResampler(it, h, parts.get(p).m_Counts, keep[p], local[p], range, filter, mix(seed, p)), true);
    List<double[]> synthetic = gatheredSmote(rows, h, gathered, range, random);
    return synthetic.isEmpty() ? kept : kept.union(sc.parallelize(synthetic, Math.max(1, rows.getNumPartitions())));
  }

  private long[][] undersamplingQuotas(List<PartitionStats> parts, int nc) {
    long[][] counts = new long[parts.size()][];
    for (int p = 0; p < counts.length; p++) {
      counts[p] = parts.get(p).m_Counts;
    }
    return undersamplingQuotas(counts, m_Plan, new Random(mix(m_Filter.getSeed(), -1)));
  }

  /**
   * Per partition and class, how many rows to keep (-1: all): for each lowered class, a
   * sequential hypergeometric draw over the partitions, so that the kept set, once each partition
   * has drawn its quota uniformly ({@link #take}), is a uniformly random subset of exactly the
   * target size.
   *
   * @param counts per partition, the class counts
   * @param plan the plan
   * @param r the generator
   * @return the quotas
   */
  static long[][] undersamplingQuotas(long[][] counts, SamplingPlan plan, Random r) {
    int nc = plan.numClasses();
    long[][] keep = new long[counts.length][nc];
    for (long[] k : keep) {
      Arrays.fill(k, -1);
    }
    for (int c = 0; c < nc; c++) {
      if (plan.after(c) >= plan.before(c)) {
        continue;
      }
      long wanted = plan.after(c);
      long left = plan.before(c);
      for (int p = 0; p < counts.length; p++) {
        long q = 0;
        for (long i = 0; i < counts[p][c]; i++, left--) {
          if (take(r, left, wanted - q)) {
            q++;
          }
        }
        keep[p][c] = q;
        wanted -= q;
      }
    }
    return keep;
  }

  /**
   * One step of selection sampling (Knuth's Algorithm S).
   *
   * @param r the generator
   * @param remaining the items not yet seen, this one included
   * @param needed the items still to choose
   * @return whether to choose this item: with probability needed / remaining
   */
  static boolean take(Random r, long remaining, long needed) {
    return r.nextDouble() * remaining < needed;
  }

  /** Per partition and class, how many synthetic rows to make there (largest remainders). */
  private long[][] localQuotas(List<PartitionStats> parts, int nc) {
    long[][] quota = new long[parts.size()][nc];
    for (int c = 0; c < nc; c++) {
      if (!m_Local[c]) {
        continue;
      }
      long extra = m_Plan.after(c) - m_Plan.before(c);
      double[] rest = new double[parts.size()];
      long given = 0;
      for (int p = 0; p < parts.size(); p++) {
        double share = (double) extra * parts.get(p).m_Counts[c] / m_Plan.before(c);
        quota[p][c] = (long) Math.floor(share);
        rest[p] = share - quota[p][c];
        given += quota[p][c];
      }
      Integer[] order = new Integer[parts.size()];
      for (int p = 0; p < order.length; p++) {
        order[p] = p;
      }
      Arrays.sort(order, (a, b) -> Double.compare(rest[b], rest[a]));
      for (int i = 0; given < extra; i = (i + 1) % order.length) {
        if (parts.get(order[i]).m_Counts[c] > 0) {
          quota[order[i]][c]++;
          given++;
        }
      }
    }
    return quota;
  }

  /** The synthetic rows of the gathered classes, class by class, as the filter makes them. */
  private List<double[]> gatheredSmote(JavaRDD<double[]> rows, Instances header, boolean[] gathered,
    double[][] range, Random random) throws Exception {
    List<double[]> out = new ArrayList<>();
    boolean any = false;
    for (boolean g : gathered) {
      any |= g;
    }
    if (!any) {
      return out;
    }
    int ci = header.classIndex();
    List<double[]> small = rows.filter(r -> {
      int c = ArffRows.classOf(r, ci);
      return c >= 0 && gathered[c];
    }).collect();
    for (int c = 0; c < gathered.length; c++) {
      if (!gathered[c]) {
        continue;
      }
      List<double[]> mine = new ArrayList<>();
      for (double[] r : small) {
        if (ArffRows.classOf(r, ci) == c) {
          mine.add(r);
        }
      }
      out.addAll(smote(mine, header, range, m_Plan.after(c) - m_Plan.before(c), m_Filter, random));
    }
    return out;
  }

  /**
   * SMOTE of one class's rows, with the filter's distance, search and synthesis.
   *
   * @param classRows the class's rows, in order
   * @param header the header
   * @param range the whole data's minimum and maximum of each attribute (NaN: no value)
   * @param extra the number of synthetic rows
   * @param filter the options
   * @param random the generator
   * @return the synthetic rows
   * @throws Exception if the search fails
   */
  static List<double[]> smote(List<double[]> classRows, Instances header, double[][] range, long extra,
    SMOTEWithUndersampling filter, Random random) throws Exception {
    List<double[]> out = new ArrayList<>();
    if (classRows.isEmpty() || extra <= 0) {
      return out;
    }
    // the class's rows, then two rows holding the whole data's range: the distance's scaling then
    // sees the statistics the filter sees on the whole data
    Instances data = ArffRows.toInstances(classRows, header);
    for (double[] bound : range) {
      double[] r = bound.clone();
      r[header.classIndex()] = Double.NaN;
      data.add(ArffRows.toInstance(r, data));
    }
    int n = classRows.size();
    int[] rows = new int[n];
    for (int i = 0; i < n; i++) {
      rows[i] = i;
    }
    int k = Math.min(filter.getNearestNeighbors(), n - 1);
    int[][] nn;
    if (k == 0) {
      nn = new int[n][0];
    } else {
      MixedDistance distance = new MixedDistance(data, MixedDistance.Scaling.values()[tag(filter.getScaling())],
        MixedDistance.NominalMetric.values()[tag(filter.getNominalDistance())]);
      NeighbourSearch search = filter.getNeighbourSearch();
      nn = search.kNearest(distance.embed(data, rows), n, distance.dimension(), k);
    }
    SmoteSynthesizer synth = new SmoteSynthesizer(data, SmoteSynthesizer.Gap.values()[tag(filter.getInterpolation())]);
    OptionValues.require(extra <= Integer.MAX_VALUE, "synthetic instances", extra, "at most " + Integer.MAX_VALUE);
    for (Instance syn : synth.synthesize(rows, nn, (int) extra, random)) {
      out.add(ArffRows.toRow(syn));
    }
    return out;
  }

  private static int tag(SelectedTag t) {
    return t.getSelectedTag().getID();
  }

  /** A seed for partition p (or the driver, p = -1) from the filter's seed. */
  static long mix(long seed, int p) {
    long z = seed * 0x9E3779B97F4A7C15L + p + 0x632BE59BD9B4E019L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** The class counts and attribute ranges of one partition. */
  static final class PartitionStats implements Serializable {
    private static final long serialVersionUID = 1L;
    int m_Partition;
    long[] m_Counts;
    double[] m_Min;
    double[] m_Max;

    static PartitionStats of(int p, Iterator<double[]> it, int ci, int nc) {
      PartitionStats s = new PartitionStats();
      s.m_Partition = p;
      s.m_Counts = new long[nc];
      while (it.hasNext()) {
        double[] r = it.next();
        if (s.m_Min == null) {
          s.m_Min = new double[r.length - 1];
          s.m_Max = new double[r.length - 1];
          Arrays.fill(s.m_Min, Double.NaN);
          Arrays.fill(s.m_Max, Double.NaN);
        }
        int c = ArffRows.classOf(r, ci);
        if (c >= 0) {
          s.m_Counts[c]++;
        }
        for (int a = 0; a < s.m_Min.length; a++) {
          double x = r[a];
          if (!Double.isNaN(x)) {
            s.m_Min[a] = Double.isNaN(s.m_Min[a]) ? x : Math.min(s.m_Min[a], x);
            s.m_Max[a] = Double.isNaN(s.m_Max[a]) ? x : Math.max(s.m_Max[a], x);
          }
        }
      }
      return s;
    }

    static PartitionStats merge(List<PartitionStats> parts, int numAttributes, int nc) {
      PartitionStats all = new PartitionStats();
      all.m_Counts = new long[nc];
      all.m_Min = new double[numAttributes];
      all.m_Max = new double[numAttributes];
      Arrays.fill(all.m_Min, Double.NaN);
      Arrays.fill(all.m_Max, Double.NaN);
      for (PartitionStats s : parts) {
        for (int c = 0; c < nc; c++) {
          all.m_Counts[c] += s.m_Counts[c];
        }
        if (s.m_Min == null) {
          continue;
        }
        for (int a = 0; a < numAttributes; a++) {
          if (!Double.isNaN(s.m_Min[a])) {
            all.m_Min[a] = Double.isNaN(all.m_Min[a]) ? s.m_Min[a] : Math.min(all.m_Min[a], s.m_Min[a]);
            all.m_Max[a] = Double.isNaN(all.m_Max[a]) ? s.m_Max[a] : Math.max(all.m_Max[a], s.m_Max[a]);
          }
        }
      }
      return all;
    }
  }

  /**
   * One partition's output: its rows thinned to the undersampling quotas (selection sampling),
   * then its share of the partition-local SMOTE.
   */
  private static final class PartitionResampler implements Iterator<double[]> {
    private final Iterator<double[]> m_In;
    private final Instances m_Header;
    private final long[] m_Keep;
    private final long[] m_Local;
    private final double[][] m_Range;
    private final SMOTEWithUndersampling m_Filter;
    private final Random m_Random;
    private final long[] m_Count;
    private final long[] m_Seen;
    private final long[] m_Kept;
    private final List<List<double[]>> m_LocalRows = new ArrayList<>();
    private double[] m_Next;
    private Iterator<double[]> m_Synthetic;

    PartitionResampler(Iterator<double[]> in, Instances header, long[] count, long[] keep, long[] local,
      double[][] range, SMOTEWithUndersampling filter, long seed) {
      m_In = in;
      m_Count = count;
      m_Header = header;
      m_Keep = keep;
      m_Local = local;
      m_Range = range;
      m_Filter = filter;
      m_Random = new Random(seed);
      m_Seen = new long[keep.length];
      m_Kept = new long[keep.length];
      for (int c = 0; c < keep.length; c++) {
        m_LocalRows.add(local[c] > 0 ? new ArrayList<>() : null);
      }
      advance();
    }

    private void advance() {
      m_Next = null;
      int ci = m_Header.classIndex();
      while (m_In.hasNext()) {
        double[] r = m_In.next();
        int c = ArffRows.classOf(r, ci);
        if (c >= 0 && m_LocalRows.get(c) != null) {
          m_LocalRows.get(c).add(r);
        }
        if (c >= 0 && m_Keep[c] >= 0) {
          // Algorithm S: keep with probability (still needed) / (still to come)
          boolean take = take(m_Random, m_Count[c] - m_Seen[c], m_Keep[c] - m_Kept[c]);
          m_Seen[c]++;
          if (!take) {
            continue;
          }
          m_Kept[c]++;
        }
        m_Next = r;
        return;
      }
    }

    @Override
    public boolean hasNext() {
      if (m_Next != null) {
        return true;
      }
      if (m_Synthetic == null) {
        m_Synthetic = localSynthetic().iterator();
      }
      return m_Synthetic.hasNext();
    }

    @Override
    public double[] next() {
      if (m_Next != null) {
        double[] r = m_Next;
        advance();
        return r;
      }
      hasNext();
      return m_Synthetic.next();
    }

    private List<double[]> localSynthetic() {
      List<double[]> out = new ArrayList<>();
      for (int c = 0; c < m_Local.length; c++) {
        if (m_Local[c] > 0) {
          try {
            out.addAll(smote(m_LocalRows.get(c), m_Header, m_Range, m_Local[c], m_Filter, m_Random));
          } catch (Exception e) {
            throw new IllegalStateException("partition-local SMOTE of class " + m_Header.classAttribute().value(c)
              + " failed: " + e.getMessage(), e);
          }
        }
      }
      return out;
    }
  }
}
