package weka.imbalance.meta;

import java.util.concurrent.atomic.AtomicInteger;

import weka.core.Instance;
import weka.core.Instances;

/**
 * A deterministic base learner that is NOT safe to share between threads, as Weka's Logistic is
 * not: it predicts the distribution read from the instance's first C attributes (as
 * {@link FixedDistributionClassifier}), but copies them through one scratch array owned by the
 * model, yielding in between, so that a concurrent call overwrites another call's values. It also
 * records how many calls were ever inside it at once.
 */
public class ScratchClassifier extends FixedDistributionClassifier {

  private static final long serialVersionUID = 1L;

  private double[] m_Scratch;
  private final AtomicInteger m_Inside = new AtomicInteger();
  private final AtomicInteger m_MaxInside = new AtomicInteger();

  @Override
  public void buildClassifier(Instances data) throws Exception {
    super.buildClassifier(data);
    m_Scratch = new double[data.numClasses()];
  }

  @Override
  public double[] distributionForInstance(Instance inst) {
    m_MaxInside.accumulateAndGet(m_Inside.incrementAndGet(), Math::max);
    try {
      for (int k = 0; k < m_Scratch.length; k++) {
        m_Scratch[k] = inst.value(k);
        Thread.yield();
      }
      double[] d = new double[m_Scratch.length];
      double s = 0;
      for (int k = 0; k < d.length; k++) {
        d[k] = m_Scratch[k];
        s += d[k];
      }
      for (int k = 0; k < d.length && s > 0; k++) {
        d[k] /= s;
      }
      return d;
    } finally {
      m_Inside.decrementAndGet();
    }
  }

  /** @return the most calls that were ever inside distributionForInstance at the same time */
  public int maxConcurrentCalls() {
    return m_MaxInside.get();
  }
}
