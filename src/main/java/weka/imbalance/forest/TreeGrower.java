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
package weka.imbalance.forest;

import java.util.Arrays;
import java.util.Random;

/**
 * Grows CART classification trees (Gini impurity, binary splits) on {@link ForestData}, one after
 * the other, reusing its buffers: not thread-safe, one grower per thread.
 *
 * <p>A tree is grown on a bootstrap sample (n draws with replacement; an instance drawn c times
 * weighs c times its weight) or on all instances. Each numeric attribute's instances are kept in
 * ascending order of value through the tree (the data's presorted order, partitioned stably at every
 * split), so the best threshold of a node is found in one pass over its instances, without sorting.
 * At every node attributes are drawn at random without replacement until {@code mtry} have been
 * tried and at least one of them was not constant on the node; the split with the largest weighted
 * Gini decrease among them is taken, the first found on a tie. A numeric threshold is the midpoint
 * between the two neighbouring values; a nominal split sends one value left and the others right.
 * Instances missing the split attribute's value go to the side that got more of the node's weight
 * (left on a tie), and the decrease is computed on the instances with a value, times their share of
 * the node's weight. A node becomes a leaf when it has fewer than two distinct instances, holds one
 * class (by weight), reaches the depth limit, or no tried attribute varies on it.
 */
public final class TreeGrower {

  private final ForestData m_Data;
  private final int m_Mtry;
  private final int m_MaxDepth;
  private final boolean m_Bootstrap;
  private final int m_C;
  /** Per feature: its list among the numeric ones, or -1 for a nominal feature. */
  private final int[] m_ListOf;
  private final int m_NumLists;

  private final int[] m_Count;
  private final double[] m_W;
  private final boolean[] m_GoLeft;
  private int[] m_Lists = new int[0];
  private int[] m_Tmp = new int[0];
  private int m_M;
  private final int[] m_Features;

  private final double[] m_NodeW;
  private final double[] m_P;
  private final double[] m_L;
  private final double[] m_R;
  private final double[] m_ValueW;
  private final int[] m_ValueN;

  // the best split of the current node
  private double m_BestScore;
  private int m_BestFeature;
  private int m_BestRank;
  private double m_BestThreshold;
  private boolean m_BestMissingLeft;

  // the tree being grown
  private int[] m_TAttr = new int[64];
  private boolean[] m_TNum = new boolean[64];
  private double[] m_TSplit = new double[64];
  private boolean[] m_TMiss = new boolean[64];
  private int[] m_TRight = new int[64];
  private double[] m_TDist = new double[64];
  private int m_Nodes;
  private int m_DistLen;

  private int[] m_Stack = new int[4 * 64];

  /**
   * @param data the shared training data
   * @param mtry attributes tried per node (1 to d)
   * @param maxDepth the depth limit (0: none)
   * @param bootstrap grow each tree on a bootstrap sample?
   */
  TreeGrower(ForestData data, int mtry, int maxDepth, boolean bootstrap) {
    m_Data = data;
    m_Mtry = mtry;
    m_MaxDepth = maxDepth;
    m_Bootstrap = bootstrap;
    m_C = data.numClasses;
    m_ListOf = new int[data.d];
    Arrays.fill(m_ListOf, -1);
    for (int j = 0; j < data.numeric.length; j++) {
      m_ListOf[data.numeric[j]] = j;
    }
    m_NumLists = data.numeric.length + 1;
    m_Count = new int[data.n];
    m_W = new double[data.n];
    m_GoLeft = new boolean[data.n];
    m_Features = new int[data.d];
    m_NodeW = new double[m_C];
    m_P = new double[m_C];
    m_L = new double[m_C];
    m_R = new double[m_C];
    int maxValues = 1;
    for (int f = 0; f < data.d; f++) {
      maxValues = Math.max(maxValues, data.numValues[f]);
    }
    m_ValueW = new double[maxValues * m_C];
    m_ValueN = new int[maxValues];
  }

  /**
   * @param seed the tree's seed (bootstrap and attribute draws)
   * @return the tree
   */
  GiniTree grow(long seed) {
    Random random = new Random(seed);
    ForestData data = m_Data;
    int n = data.n;
    if (m_Bootstrap) {
      Arrays.fill(m_Count, 0);
      for (int k = 0; k < n; k++) {
        m_Count[random.nextInt(n)]++;
      }
    } else {
      Arrays.fill(m_Count, 1);
    }
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (m_Count[i] > 0) {
        m_W[i] = data.w[i] * m_Count[i];
        m++;
      }
    }
    m_M = m;
    if (m_Lists.length < m_NumLists * m) {
      m_Lists = new int[m_NumLists * m];
      m_Tmp = new int[m];
    }
    for (int j = 0; j < m_NumLists - 1; j++) {
      int[] ord = data.order[data.numeric[j]];
      int p = j * m;
      for (int i : ord) {
        if (m_Count[i] > 0) {
          m_Lists[p++] = i;
        }
      }
    }
    int p = (m_NumLists - 1) * m;
    for (int i = 0; i < n; i++) {
      if (m_Count[i] > 0) {
        m_Lists[p++] = i;
      }
    }
    for (int f = 0; f < data.d; f++) {
      m_Features[f] = f;
    }
    m_Nodes = 0;
    m_DistLen = 0;
    int depthSeen = 0;
    int sp = 0;
    sp = push(sp, 0, m, 0, -1);
    while (sp > 0) {
      sp -= 4;
      int s = m_Stack[sp];
      int e = m_Stack[sp + 1];
      int depth = m_Stack[sp + 2];
      int parent = m_Stack[sp + 3];
      depthSeen = Math.max(depthSeen, depth);
      int id = newNode();
      if (parent >= 0 && id != parent + 1) {
        m_TRight[parent] = id;
      }
      double total = nodeWeights(s, e);
      int classes = 0;
      for (int c = 0; c < m_C; c++) {
        if (m_NodeW[c] > 0) {
          classes++;
        }
      }
      boolean leaf = e - s < 2 || classes < 2 || (m_MaxDepth > 0 && depth >= m_MaxDepth)
        || !findSplit(s, e, total, random);
      if (leaf) {
        m_TAttr[id] = -1;
        m_TRight[id] = addDistribution(total);
        continue;
      }
      int f = m_BestFeature;
      m_TAttr[id] = data.attribute[f];
      m_TNum[id] = !data.nominal[f];
      m_TSplit[id] = data.nominal[f] ? m_BestRank : m_BestThreshold;
      m_TMiss[id] = m_BestMissingLeft;
      int nl = partition(s, e, f);
      sp = push(sp, s + nl, e, depth + 1, id);
      sp = push(sp, s, s + nl, depth + 1, id);
    }
    int nodes = m_Nodes;
    return new GiniTree(Arrays.copyOf(m_TAttr, nodes), Arrays.copyOf(m_TNum, nodes), Arrays.copyOf(m_TSplit, nodes),
      Arrays.copyOf(m_TMiss, nodes), Arrays.copyOf(m_TRight, nodes), Arrays.copyOf(m_TDist, m_DistLen), m_C,
      depthSeen);
  }

  private int push(int sp, int s, int e, int depth, int parent) {
    if (sp + 4 > m_Stack.length) {
      m_Stack = Arrays.copyOf(m_Stack, 2 * m_Stack.length);
    }
    m_Stack[sp] = s;
    m_Stack[sp + 1] = e;
    m_Stack[sp + 2] = depth;
    m_Stack[sp + 3] = parent;
    return sp + 4;
  }

  private int newNode() {
    if (m_Nodes == m_TAttr.length) {
      int cap = 2 * m_Nodes;
      m_TAttr = Arrays.copyOf(m_TAttr, cap);
      m_TNum = Arrays.copyOf(m_TNum, cap);
      m_TSplit = Arrays.copyOf(m_TSplit, cap);
      m_TMiss = Arrays.copyOf(m_TMiss, cap);
      m_TRight = Arrays.copyOf(m_TRight, cap);
    }
    return m_Nodes++;
  }

  /** @return the offset of the leaf's distribution: the node's class weights normalised (uniform without weight) */
  private int addDistribution(double total) {
    if (m_DistLen + m_C > m_TDist.length) {
      m_TDist = Arrays.copyOf(m_TDist, Math.max(2 * m_TDist.length, m_DistLen + m_C));
    }
    int off = m_DistLen;
    for (int c = 0; c < m_C; c++) {
      m_TDist[off + c] = total > 0 ? m_NodeW[c] / total : 1.0 / m_C;
    }
    m_DistLen += m_C;
    return off;
  }

  /** Fills m_NodeW with the node's class weights; @return their sum */
  private double nodeWeights(int s, int e) {
    Arrays.fill(m_NodeW, 0);
    int base = (m_NumLists - 1) * m_M;
    int[] y = m_Data.y;
    for (int p = base + s; p < base + e; p++) {
      int i = m_Lists[p];
      m_NodeW[y[i]] += m_W[i];
    }
    double total = 0;
    for (int c = 0; c < m_C; c++) {
      total += m_NodeW[c];
    }
    return total;
  }

  /** @return whether a split was found (then in the m_Best fields) */
  private boolean findSplit(int s, int e, double total, Random random) {
    int d = m_Data.d;
    m_BestScore = Double.NEGATIVE_INFINITY;
    m_BestFeature = -1;
    int visited = 0;
    int varying = 0;
    for (int t = 0; t < d; t++) {
      if (visited >= m_Mtry && varying > 0) {
        break;
      }
      int j = t + random.nextInt(d - t);
      int f = m_Features[j];
      m_Features[j] = m_Features[t];
      m_Features[t] = f;
      visited++;
      boolean varies = m_Data.nominal[f] ? nominalSplit(f, s, e, total) : numericSplit(f, s, e, total);
      if (varies) {
        varying++;
      }
    }
    return m_BestFeature >= 0;
  }

  /**
   * Loads m_P with the class weights of the node's instances that have a value of feature f
   * (the node's weights minus those of the instances listed in [from, to) of list base).
   *
   * @return their total
   */
  private double present(int base, int from, int to, double total) {
    System.arraycopy(m_NodeW, 0, m_P, 0, m_C);
    double wnm = total;
    int[] y = m_Data.y;
    for (int p = base + from; p < base + to; p++) {
      int i = m_Lists[p];
      m_P[y[i]] -= m_W[i];
      wnm -= m_W[i];
    }
    return wnm;
  }

  private double sumOfSquares(double[] v) {
    double s = 0;
    for (int c = 0; c < m_C; c++) {
      s += v[c] * v[c];
    }
    return s;
  }

  /** Scores the best threshold of numeric feature f on [s, e). @return whether f varies there */
  private boolean numericSplit(int f, int s, int e, double total) {
    int base = m_ListOf[f] * m_M;
    int[] rank = m_Data.rank[f];
    int[] list = m_Lists;
    int q = e;
    while (q > s && rank[list[base + q - 1]] < 0) {
      q--;
    }
    if (q - s < 2 || rank[list[base + s]] == rank[list[base + q - 1]]) {
      return false;
    }
    double wnm = q == e ? total : present(base, q, e, total);
    double[] pc = q == e ? m_NodeW : m_P;
    double sumP2 = sumOfSquares(pc);
    double[] l = m_L;
    double[] r = m_R;
    Arrays.fill(l, 0);
    System.arraycopy(pc, 0, r, 0, m_C);
    double sumL2 = 0;
    double sumR2 = sumP2;
    double wl = 0;
    double wr = wnm;
    double best = Double.NEGATIVE_INFINITY;
    int pos = -1;
    double bestWL = 0;
    double bestWR = 0;
    int[] y = m_Data.y;
    double[] w = m_W;
    int i = list[base + s];
    int rNow = rank[i];
    for (int p = base + s; p < base + q - 1; p++) {
      double wt = w[i];
      int k = y[i];
      double lk = l[k];
      double rk = r[k];
      sumL2 += wt * (2 * lk + wt);
      sumR2 += wt * (wt - 2 * rk);
      l[k] = lk + wt;
      r[k] = rk - wt;
      wl += wt;
      wr -= wt;
      int next = list[p + 1];
      int rNext = rank[next];
      if (rNext != rNow && wl > 0 && wr > 0) {
        double score = sumL2 / wl + sumR2 / wr;
        if (score > best) {
          best = score;
          pos = p;
          bestWL = wl;
          bestWR = wr;
        }
      }
      i = next;
      rNow = rNext;
    }
    if (pos < 0) {
      return true;
    }
    double[] values = m_Data.values[f];
    int lo = rank[list[pos]];
    double v1 = values[lo];
    double v2 = values[rank[list[pos + 1]]];
    double threshold = v1 / 2.0 + v2 / 2.0;
    if (threshold == v2 || Double.isInfinite(threshold)) {
      threshold = v1;
    }
    offer(best - sumP2 / wnm, f, lo, threshold, bestWL >= bestWR);
    return true;
  }

  /**
   * Keeps a feature's best split if it beats the node's best so far (the first found wins a tie).
   *
   * @param score its Gini decrease times the node's weight, up to a constant of the node
   * @param f the feature
   * @param rank the rank sent left (numeric: at most it) or the value sent left (nominal)
   * @param threshold the numeric threshold (unused for a nominal feature)
   * @param missingLeft do instances without a value go left?
   */
  private void offer(double score, int f, int rank, double threshold, boolean missingLeft) {
    if (score > m_BestScore) {
      m_BestScore = score;
      m_BestFeature = f;
      m_BestRank = rank;
      m_BestThreshold = threshold;
      m_BestMissingLeft = missingLeft;
    }
  }

  /** Scores the best one-value-against-the-rest split of nominal feature f on [s, e). @return whether f varies there */
  private boolean nominalSplit(int f, int s, int e, double total) {
    int values = m_Data.numValues[f];
    int c = m_C;
    Arrays.fill(m_ValueW, 0, values * c, 0);
    Arrays.fill(m_ValueN, 0, values, 0);
    System.arraycopy(m_NodeW, 0, m_P, 0, c);
    double wnm = total;
    int base = (m_NumLists - 1) * m_M;
    int[] rank = m_Data.rank[f];
    int[] y = m_Data.y;
    for (int p = base + s; p < base + e; p++) {
      int i = m_Lists[p];
      int v = rank[i];
      if (v < 0) {
        m_P[y[i]] -= m_W[i];
        wnm -= m_W[i];
      } else {
        m_ValueW[v * c + y[i]] += m_W[i];
        m_ValueN[v]++;
      }
    }
    int present = 0;
    for (int v = 0; v < values; v++) {
      if (m_ValueN[v] > 0) {
        present++;
      }
    }
    if (present < 2) {
      return false;
    }
    double sumP2 = sumOfSquares(m_P);
    double best = Double.NEGATIVE_INFINITY;
    int bestValue = -1;
    double bestWL = 0;
    double bestWR = 0;
    for (int v = 0; v < values; v++) {
      if (m_ValueN[v] == 0) {
        continue;
      }
      double wl = 0;
      double sumL2 = 0;
      double sumR2 = 0;
      for (int k = 0; k < c; k++) {
        double lk = m_ValueW[v * c + k];
        double rk = m_P[k] - lk;
        wl += lk;
        sumL2 += lk * lk;
        sumR2 += rk * rk;
      }
      double wr = wnm - wl;
      if (wl > 0 && wr > 0) {
        double score = sumL2 / wl + sumR2 / wr;
        if (score > best) {
          best = score;
          bestValue = v;
          bestWL = wl;
          bestWR = wr;
        }
      }
    }
    if (bestValue >= 0) {
      offer(best - sumP2 / wnm, f, bestValue, Double.NaN, bestWL >= bestWR);
    }
    return true;
  }

  /** Sends the node's instances to the chosen side in every list, stably. @return how many went left */
  private int partition(int s, int e, int f) {
    int[] rank = m_Data.rank[f];
    boolean nominal = m_Data.nominal[f];
    int cut = m_BestRank;
    boolean missingLeft = m_BestMissingLeft;
    int base = (m_NumLists - 1) * m_M;
    int nl = 0;
    for (int p = base + s; p < base + e; p++) {
      int i = m_Lists[p];
      int v = rank[i];
      boolean left = v < 0 ? missingLeft : nominal ? v == cut : v <= cut;
      m_GoLeft[i] = left;
      if (left) {
        nl++;
      }
    }
    int[] list = m_Lists;
    int[] tmp = m_Tmp;
    boolean[] goLeft = m_GoLeft;
    for (int j = 0; j < m_NumLists; j++) {
      int from = j * m_M + s;
      int to = j * m_M + e;
      int a = from;
      int t = 0;
      for (int p = from; p < to; p++) {
        int i = list[p];
        if (goLeft[i]) {
          list[a++] = i;
        } else {
          tmp[t++] = i;
        }
      }
      System.arraycopy(tmp, 0, list, a, t);
    }
    return nl;
  }

  /**
   * Grows a forest: tree t from the t-th long of a {@link Random} seeded with {@code seed}, so the
   * trees depend only on the data, the options and the seed, not on the number of threads.
   *
   * @param data the training data
   * @param trees the number of trees
   * @param mtry attributes tried per node
   * @param maxDepth the depth limit (0: none)
   * @param bootstrap grow each tree on a bootstrap sample?
   * @param seed the forest's seed
   * @param threads threads to grow them with (0: one per processor)
   * @return the trees
   * @throws Exception if a thread fails
   */
  public static GiniTree[] forest(ForestData data, int trees, int mtry, int maxDepth, boolean bootstrap, long seed,
    int threads) throws Exception {
    long[] seeds = new long[trees];
    Random random = new Random(seed);
    for (int t = 0; t < trees; t++) {
      seeds[t] = random.nextLong();
    }
    GiniTree[] out = new GiniTree[trees];
    weka.imbalance.Parallel.forRange(threads, trees, 1, (from, to) -> {
      TreeGrower grower = new TreeGrower(data, mtry, maxDepth, bootstrap);
      for (int t = from; t < to; t++) {
        out[t] = grower.grow(seeds[t]);
      }
    });
    return out;
  }
}
