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

package weka.imbalance.resampling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Vector;
import java.util.concurrent.atomic.AtomicInteger;

import weka.core.Option;
import weka.core.OptionHandler;
import weka.core.SelectedTag;
import weka.core.Tag;
import weka.core.Utils;
import weka.imbalance.OptionValues;
import weka.imbalance.Parallel;

/**
 * The exact neighbour search of {@link ExactKnn} as a {@link NeighbourSearch}: a KD-tree or a
 * blocked brute force, chosen automatically (default) or fixed; every method gives the same
 * neighbours. Threads: 0 = one per processor; the answer does not depend on them.
 */
public class ExactSearch implements NeighbourSearch, OptionHandler {

  private static final long serialVersionUID = -8149633205176093824L;

  public static final Tag[] TAGS_METHOD = {
    new Tag(ExactKnn.Method.AUTO.ordinal(), "auto", "KD-tree, brute force when the tree does not pay", false),
    new Tag(ExactKnn.Method.KDTREE.ordinal(), "kdtree", "KD-tree", false),
    new Tag(ExactKnn.Method.BRUTE_FORCE.ordinal(), "brute", "blocked brute force", false) };

  public static final int DEFAULT_THREADS = 1;

  private int m_Method = ExactKnn.Method.AUTO.ordinal();
  private int m_Threads = DEFAULT_THREADS;
  private transient String m_Last = "";

  /**
   * @param method auto, kdtree or brute
   * @param threads the threads, &gt;= 0
   * @return the search
   */
  public static ExactSearch of(String method, int threads) {
    ExactSearch s = new ExactSearch();
    s.m_Method = OptionValues.tagId("method", method, TAGS_METHOD);
    s.setNumThreads(threads);
    return s;
  }

  public String globalInfo() {
    return "Exact k-nearest-neighbour search: a KD-tree with tight bounding boxes, or a blocked brute force over "
      + "each pair of points once, which screens the pairs with a vectorised single-precision matrix product and "
      + "a certified error bound and confirms every pair that may count with the exact distance; auto picks one "
      + "from how many points the tree visits for a fixed sample of queries, and takes the brute force without "
      + "building the tree when there are fewer than 2^d points (d attributes; up to 16,384 points). All give the "
      + "same neighbours, ties broken by the smaller index, for any number of threads.";
  }

  @Override
  public int[][] kNearest(double[] points, int n, int d, int k) throws Exception {
    String[] used = new String[1];
    int[][] nn = search(points, n, d, k, m_Threads, used, 0);
    m_Last = used[0];
    return nn;
  }

  /**
   * Several sets (a filter's classes): the sets whose brute force would take more than one thread
   * on their own are searched one after another with all the threads; the others run whole on the
   * threads at the same time, one thread each, the largest first, each thread taking the next set
   * when it is done. Each set's answer is {@link #kNearest}'s, so the output does not depend on the
   * threads.
   */
  @Override
  public int[][][] kNearestEach(double[][] points, int[] n, int d, int[] k, String[] how) throws Exception {
    int sets = n.length;
    int[][][] result = new int[sets][][];
    String[] used = new String[sets];
    Integer[] order = new Integer[sets];
    for (int s = 0; s < sets; s++) {
      order[s] = s;
    }
    Arrays.sort(order, (a, b) -> n[a] != n[b] ? Integer.compare(n[b], n[a]) : Integer.compare(a, b));
    List<Integer> whole = new ArrayList<>();
    for (int s : order) {
      if (ExactKnn.bruteThreads(n[s], d, m_Threads, ExactKnn.MIN_PAIR_WORK_PER_THREAD) > 1) {
        result[s] = search(points[s], n[s], d, k[s], m_Threads, used, s);
      } else {
        whole.add(s);
      }
    }
    AtomicInteger next = new AtomicInteger();
    int t = Parallel.ranges(m_Threads, whole.size(), 1);
    Parallel.forRange(t, t, 1, (from, to) -> {
      for (int q = next.getAndIncrement(); q < whole.size(); q = next.getAndIncrement()) {
        int s = whole.get(q);
        result[s] = search(points[s], n[s], d, k[s], 1, used, s);
      }
    });
    if (how != null) {
      System.arraycopy(used, 0, how, 0, sets);
    }
    m_Last = sets == 0 ? "" : used[sets - 1];
    return result;
  }

  private int[][] search(double[] points, int n, int d, int k, int threads, String[] used, int s) throws Exception {
    ExactKnn knn = new ExactKnn(points, n, d);
    int[][] nn = knn.search(k, ExactKnn.Method.values()[m_Method], threads);
    used[s] = knn.usedMethod().toString();
    return nn;
  }

  @Override
  public String lastSearch() {
    return m_Last == null ? "" : m_Last;
  }

  @Override
  public Enumeration<Option> listOptions() {
    Vector<Option> v = new Vector<>();
    v.add(new Option("\tThe method: " + OptionValues.tagNames(TAGS_METHOD) + " (default auto)", "method", 1,
      "-method <name>"));
    v.add(new Option("\tThreads, 0 = one per processor (default " + DEFAULT_THREADS + ")", "num-threads", 1,
      "-num-threads <n>"));
    return v.elements();
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    m_Method = OptionValues.getTag("method", options, TAGS_METHOD, ExactKnn.Method.AUTO.ordinal());
    setNumThreads(OptionValues.getInt("num-threads", options, DEFAULT_THREADS));
    Utils.checkForRemainingOptions(options);
  }

  @Override
  public String[] getOptions() {
    return new String[] {"-method", OptionValues.tagName(TAGS_METHOD, m_Method), "-num-threads", "" + m_Threads};
  }

  public String methodTipText() {
    return "auto (KD-tree, or brute force when the tree would visit too many points or there are fewer than 2^d "
      + "points for d attributes), kdtree or brute; all give the same neighbours.";
  }

  public SelectedTag getMethod() {
    return new SelectedTag(m_Method, TAGS_METHOD);
  }

  public void setMethod(SelectedTag t) {
    m_Method = OptionValues.tagId("method", t, TAGS_METHOD);
  }

  public String numThreadsTipText() {
    return "Threads of the search, 0 = one per processor; a search too small to pay for a second thread (the brute "
      + "force under about 2,600 points at 20 attributes) runs on one, and a filter's classes of that size run on "
      + "the threads at the same time, one class per thread. The neighbours do not depend on it.";
  }

  public int getNumThreads() {
    return m_Threads;
  }

  /** @param n threads, &gt;= 0 */
  public void setNumThreads(int n) {
    m_Threads = OptionValues.atLeast("num-threads", n, 0);
  }

  @Override
  public String toString() {
    return (getClass().getSimpleName() + " " + Utils.joinOptions(getOptions())).trim();
  }
}
