package weka.imbalance.ensemble;

import java.util.HashSet;
import java.util.Set;

import weka.classifiers.trees.DecisionStump;
import weka.classifiers.trees.RandomTree;
import weka.core.Instance;
import weka.core.Instances;

/**
 * Base learners that record what they were trained on (class counts, class weights, distinct
 * instances), for the tests of what each ensemble member sees.
 */
public final class Recording {

  private Recording() {
  }

  /** What one training set held. */
  public static final class Seen implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    /** Instances per class. */
    public double[] counts;
    /** Total weight per class. */
    public double[] weights;
    /** Distinct instances (by their values) per class. */
    public int[] distinct;

    static Seen of(Instances data) {
      Seen s = new Seen();
      int c = data.numClasses();
      s.counts = new double[c];
      s.weights = new double[c];
      s.distinct = new int[c];
      java.util.List<Set<String>> rows = new java.util.ArrayList<>();
      for (int k = 0; k < c; k++) {
        rows.add(new HashSet<>());
      }
      for (Instance inst : data) {
        int k = (int) inst.classValue();
        s.counts[k]++;
        s.weights[k] += inst.weight();
        rows.get(k).add(java.util.Arrays.toString(inst.toDoubleArray()));
      }
      for (int k = 0; k < c; k++) {
        s.distinct[k] = rows.get(k).size();
      }
      return s;
    }
  }

  /** A decision stump that records its training set. */
  public static class Stump extends DecisionStump {
    private static final long serialVersionUID = 1L;
    /** What it was trained on. */
    public Seen seen;

    @Override
    public void buildClassifier(Instances data) throws Exception {
      seen = Seen.of(data);
      super.buildClassifier(data);
    }
  }

  /** A random tree that records its training set. */
  public static class Tree extends RandomTree {
    private static final long serialVersionUID = 1L;
    /** What it was trained on. */
    public Seen seen;

    @Override
    public void buildClassifier(Instances data) throws Exception {
      seen = Seen.of(data);
      super.buildClassifier(data);
    }
  }
}
