package weka.imbalance.meta;

import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import weka.core.Instance;

/**
 * A base learner that declares itself safe to share and, once armed, lets a prediction finish
 * only when a second prediction is inside it at the same time: a wrapper that serialised the calls
 * would make the first one time out.
 */
public class BarrierClassifier extends FixedDistributionClassifier.Weighted implements ThreadSafePrediction {

  private static final long serialVersionUID = 1L;

  private transient volatile CyclicBarrier m_Barrier;

  /** From now on, each prediction waits (at most 10 s) for a second one. */
  public void arm() {
    m_Barrier = new CyclicBarrier(2);
  }

  @Override
  public double[] distributionForInstance(Instance inst) throws Exception {
    CyclicBarrier b = m_Barrier;
    if (b != null) {
      b.await(10, TimeUnit.SECONDS);
    }
    return super.distributionForInstance(inst);
  }
}
