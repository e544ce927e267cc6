package weka.imbalance.meta;

import java.util.ArrayList;
import java.util.List;

import weka.classifiers.AbstractClassifier;
import weka.core.Capabilities;
import weka.core.Capabilities.Capability;
import weka.core.Instance;
import weka.core.Instances;

/**
 * A deterministic dummy base learner for the meta-classifier tests: the distribution it predicts
 * for an instance is read from the instance itself, attributes 0..C-1 normalised (all zero = no
 * prediction). Training does nothing but record the data it was given. It is NOT a
 * WeightedInstancesHandler; {@link Weighted} is.
 */
public class FixedDistributionClassifier extends AbstractClassifier {

  private static final long serialVersionUID = 1L;

  /** The data of every build of this object, in order (copies made by makeCopy keep their own list). */
  public List<Instances> trainedOn = new ArrayList<>();

  /** The last array handed out by distributionForInstance, and a copy of its content. */
  public double[] lastReturned;
  public double[] lastReturnedCopy;

  @Override
  public Capabilities getCapabilities() {
    Capabilities c = new Capabilities(this);
    c.disableAll();
    c.enable(Capability.NUMERIC_ATTRIBUTES);
    c.enable(Capability.NOMINAL_CLASS);
    c.enable(Capability.MISSING_CLASS_VALUES);
    c.setMinimumNumberInstances(0);
    return c;
  }

  @Override
  public void buildClassifier(Instances data) throws Exception {
    trainedOn.add(new Instances(data));
  }

  @Override
  public double[] distributionForInstance(Instance inst) throws Exception {
    int c = inst.numClasses();
    double[] d = new double[c];
    double s = 0;
    for (int k = 0; k < c; k++) {
      d[k] = inst.value(k);
      s += d[k];
    }
    if (s > 0) {
      for (int k = 0; k < c; k++) {
        d[k] /= s;
      }
    }
    lastReturned = d;
    lastReturnedCopy = d.clone();
    return d;
  }

  /** The same learner, declaring that it uses instance weights. */
  public static class Weighted extends FixedDistributionClassifier implements weka.core.WeightedInstancesHandler {
    private static final long serialVersionUID = 1L;
  }
}
