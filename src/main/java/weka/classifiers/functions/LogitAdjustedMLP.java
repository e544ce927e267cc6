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
package weka.classifiers.functions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import weka.classifiers.IterativeClassifier;
import weka.core.Capabilities;
import weka.core.Capabilities.Capability;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.SerializedObject;
import weka.core.TechnicalInformation;
import weka.core.TechnicalInformationHandler;
import weka.core.Utils;
import weka.core.WeightedInstancesHandler;
import weka.imbalance.ModelTrainingCounts;
import weka.imbalance.TrainingClassCounts;
import weka.imbalance.Citations;
import weka.imbalance.ClassPriors;
import weka.imbalance.OptionValues;
import weka.imbalance.PerClassRecall;
import weka.imbalance.Release;
import weka.imbalance.loss.Loss;
import weka.imbalance.nn.InputEncoder;
import weka.imbalance.nn.LearningRateSchedule;
import weka.imbalance.nn.MiniBatchTrainer;
import weka.imbalance.nn.Network;
import weka.imbalance.nn.Optimiser;
import weka.imbalance.nn.TrainingPreset;
import weka.imbalance.weighting.ClassWeighting;

/**
 * A fast softmax multilayer perceptron with the losses of long-tail learning. See
 * {@link #globalInfo()} and doc/LogitAdjustedMLP.md.
 */
public class LogitAdjustedMLP extends AbstractLongTailMLP implements IterativeClassifier,
  WeightedInstancesHandler, TechnicalInformationHandler, TrainingClassCounts {

  private static final long serialVersionUID = -2093658180871012453L;

  /* The model. */
  private Instances m_header;
  private InputEncoder m_encoder;
  private Network m_net;
  private double[] m_counts;
  private double[] m_priors;
  /** The trained loss's logit scale ({@link Loss#logitScale()}): probabilities are softmax(scale * output). */
  private double m_logitScale = 1;
  private int m_epochsDone;
  private double m_lastLoss = Double.NaN;
  private double m_bestValidation = Double.NaN;

  /* Training state (dropped by done() unless resume is on). */
  private transient MiniBatchTrainer m_trainer;
  private transient Loss m_trainLoss;
  private transient ClassWeighting m_trainWeighting;
  private transient LearningRateSchedule m_rate;
  private transient Random m_rand;
  private transient float[][] m_valX;
  private transient int[] m_valY;
  private transient double[] m_valW;
  private transient float[][] m_bestParams;
  private transient int m_badEpochs;
  private transient boolean m_stopped;

  /** @return a description for the GUI */
  public String globalInfo() {
    return "A fast softmax multilayer perceptron trained with the losses of long-tail learning: "
      + "logit-adjusted cross-entropy (default, tau = 1), cross-entropy, LDAM (with the cosine output layer), "
      + "focal and VS, with optional class weighting (class-balanced by effective number, inverse frequency; "
      + "deferred: DRW/ADRW) and post-hoc logit adjustment at prediction time. Probabilities come from the logits "
      + "the loss trained (LDAM's cosines times its scale).\n\n"
      + "ReLU hidden layers, mini-batch SGD (momentum/Nesterov) or Adam, weight decay, warm-up, step or cosine "
      + "learning-rate schedule, or a paper's schedule as its authors' code runs it (preset: ldam-drw, "
      + "logit-adjustment, wang2023); optional validation split with early stopping on balanced accuracy; several "
      + "threads (results do not depend on their number). Nominal attributes are turned into 0/1 columns, "
      + "missing values replaced by mean/mode and numeric attributes standardised inside the model. Instance "
      + "weights multiply the loss. A class without training weight is never predicted. One iteration "
      + "(IterativeClassifier) is one epoch.\n\nLDAM-DRW: -preset ldam-drw -cosine -loss LDAMLoss -weighting "
      + "\"EffectiveNumberWeighting -start 0.8\". Algorithm 1 of Wang et al. (NeurIPS 2023): -preset wang2023 "
      + "-loss \"VSLoss -gamma 0.1 -tau 1 -drop-at 0.8\" -weighting \"InverseFrequencyWeighting -nu 0.25 -start "
      + "0.8\".\n\nFor more information see:\n\n" + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    TechnicalInformation t = Citations.menon2021();
    t.add(Citations.cao2019());
    t.add(Citations.kini2021());
    t.add(Citations.wang2023());
    return t;
  }

  @Override
  public Capabilities getCapabilities() {
    Capabilities result = super.getCapabilities();
    result.disableAll();
    result.enable(Capability.NOMINAL_ATTRIBUTES);
    result.enable(Capability.NUMERIC_ATTRIBUTES);
    result.enable(Capability.DATE_ATTRIBUTES);
    result.enable(Capability.MISSING_VALUES);
    result.enable(Capability.NOMINAL_CLASS);
    result.enable(Capability.MISSING_CLASS_VALUES);
    result.setMinimumNumberInstances(0);
    return result;
  }

  @Override
  public void buildClassifier(Instances data) throws Exception {
    initializeClassifier(data);
    while (next()) {
      // one epoch per iteration
    }
    done();
  }

  @Override
  public void initializeClassifier(Instances data) throws Exception {
    getCapabilities().testWithFail(data);
    checkOptions();
    closeTrainer();
    m_trainer = null;
    data = new Instances(data);
    data.deleteWithMissingClass();
    for (Instance inst : data) {
      if (!(inst.weight() >= 0) || Double.isInfinite(inst.weight())) {
        throw new IllegalArgumentException("instance weights must be finite and >= 0, got " + inst.weight());
      }
    }
    m_header = new Instances(data, 0);
    m_rand = new Random(m_seed);
    m_epochsDone = 0;
    m_stopped = false;
    m_badEpochs = 0;
    m_bestParams = null;
    m_bestValidation = Double.NaN;
    m_lastLoss = Double.NaN;
    Instances[] split = split(data);
    Instances train = split[0];
    m_counts = ClassPriors.weightedCounts(train);
    if (Utils.sum(m_counts) <= 0) {
      m_net = null;
      m_priors = null;
      m_encoder = null;
      m_stopped = true;
      return;
    }
    m_priors = ClassPriors.priors(m_counts);
    m_encoder = new InputEncoder(train);
    int[] sizes = layerSizes(m_encoder.width(), data.numClasses());
    m_trainLoss = (Loss) new SerializedObject(m_loss).getObject();
    m_trainWeighting = (ClassWeighting) new SerializedObject(m_weighting).getObject();
    m_trainLoss.initialise(m_counts);
    m_logitScale = m_trainLoss.logitScale();
    m_net = new Network(sizes, m_cosine);
    m_net.initialise(m_rand);
    if (m_net.firstLayerIsLinear()) {
      // mostly-zero inputs are fed uncentred and the centring folded into the first layer (same model)
      m_net.setInputOffsets(m_encoder.inputOffsets());
    } else {
      m_encoder = new InputEncoder(train, false);
    }
    TrainingPreset preset = preset();
    m_rate = preset == TrainingPreset.NONE ? new LearningRateSchedule(m_learningRate, m_warmup,
      LearningRateSchedule.Shape.values()[m_schedule], decayFractions(), m_decayFactor)
      : preset.schedule(m_learningRate, m_epochs);
    int[] y = new int[train.numInstances()];
    double[] w = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      y[i] = (int) train.instance(i).classValue();
      w[i] = train.instance(i).weight();
    }
    Optimiser opt = preset != TrainingPreset.NONE ? preset.optimiser()
      : (Optimiser) new SerializedObject(m_optimiser).getObject();
    m_trainer = new MiniBatchTrainer(m_net, opt, m_encoder.encode(train), y, w, m_miniBatch, numThreads());
    Instances val = split[1];
    m_valX = val == null ? null : m_encoder.encode(val);
    m_valY = null;
    if (val != null) {
      m_valY = new int[val.numInstances()];
      m_valW = new double[m_valY.length];
      for (int i = 0; i < m_valY.length; i++) {
        m_valY[i] = (int) val.instance(i).classValue();
        m_valW[i] = val.instance(i).weight();
      }
    }
  }

  @Override
  public boolean next() throws Exception {
    if (m_stopped || m_trainer == null || m_epochsDone >= m_epochs) {
      return false;
    }
    long start = System.nanoTime();
    int e = m_epochsDone;
    m_trainLoss.startEpoch(e, m_epochs);
    double[] cw = m_trainWeighting.weights(m_counts, e, m_epochs);
    double lr = m_rate.rate(e, m_epochs);
    m_lastLoss = m_trainer.epoch(m_trainLoss, cw, lr, m_weightDecay, m_rand, normalisation());
    if (!(m_lastLoss < Double.POSITIVE_INFINITY)) {
      throw new IllegalStateException("training diverged at epoch " + (e + 1) + " (loss " + m_lastLoss
        + "): lower the learning rate (-L " + m_learningRate + ")");
    }
    m_epochsDone++;
    String val = "";
    if (m_valX != null) {
      double ba = validationBalancedAccuracy();
      val = String.format(", validation balanced accuracy %.4f", ba);
      if (Double.isNaN(m_bestValidation) || ba > m_bestValidation) {
        m_bestValidation = ba;
        m_bestParams = m_net.copyParams();
        m_badEpochs = 0;
      } else if (++m_badEpochs >= m_patience) {
        m_stopped = true;
        val += " (early stop)";
      }
    }
    if (getDebug()) {
      System.out.println(String.format(
        "LogitAdjustedMLP epoch %d/%d: loss %.5f, lr %.4g, %.3f s%s", m_epochsDone, m_epochs, m_lastLoss, lr,
        (System.nanoTime() - start) / 1e9, val));
    }
    return !m_stopped && m_epochsDone < m_epochs;
  }

  @Override
  public void done() throws Exception {
    if (m_bestParams != null) {
      m_net.setParams(m_bestParams);
    }
    if (!m_resume) {
      closeTrainer();
      m_trainer = null;
      m_valX = null;
      m_bestParams = null;
    } else if (m_trainer != null) {
      m_trainer.close();
    }
  }

  private void closeTrainer() {
    if (m_trainer != null) {
      m_trainer.close();
    }
  }

  /** Balanced accuracy on the validation part, with the final decision rule (0 if the part is empty). */
  private double validationBalancedAccuracy() throws Exception {
    float[][] outputs = m_net.logits(m_valX, numThreads());
    PerClassRecall recall = new PerClassRecall(m_priors.length);
    for (int i = 0; i < m_valY.length; i++) {
      recall.add(m_valY[i], PerClassRecall.predictedClass(distribution(outputs[i])), m_valW[i], -1);
    }
    double ba = recall.balancedAccuracy();
    return Double.isNaN(ba) ? 0 : ba;
  }

  /** Stratified, seeded split into training and validation parts (validation null when off). */
  private Instances[] split(Instances data) {
    if (m_validationPercent <= 0) {
      return new Instances[] { data, null };
    }
    Instances train = new Instances(data, data.numInstances());
    Instances val = new Instances(data, data.numInstances());
    List<List<Instance>> byClass = new ArrayList<>();
    for (int k = 0; k < data.numClasses(); k++) {
      byClass.add(new ArrayList<>());
    }
    for (Instance inst : data) {
      byClass.get((int) inst.classValue()).add(inst);
    }
    for (List<Instance> list : byClass) {
      Collections.shuffle(list, m_rand);
      int nVal = (int) Math.round(list.size() * m_validationPercent / 100.0);
      nVal = Math.min(nVal, Math.max(0, list.size() - 1));
      for (int i = 0; i < list.size(); i++) {
        (i < nVal ? val : train).add(list.get(i));
      }
    }
    return new Instances[] { train, val };
  }

  /**
   * The class distribution from the network's outputs: softmax of the scaled logits (post-hoc
   * adjustment applied, absent classes at 0).
   */
  private double[] distribution(float[] outputs) {
    double[] z = scaled(outputs);
    if (m_posthocTau > 0) {
      z = ClassPriors.adjustLogits(z, ClassPriors.logPriorOffset(m_priors, m_posthocTau));
    }
    for (int k = 0; k < z.length; k++) {
      if (m_counts[k] <= 0) {
        z[k] = Double.NEGATIVE_INFINITY;
      }
    }
    return ClassPriors.softmax(z);
  }

  /** The logits the loss trained: the network's outputs times the loss's scale. */
  private double[] scaled(float[] outputs) {
    double[] z = new double[outputs.length];
    for (int k = 0; k < z.length; k++) {
      z[k] = m_logitScale * outputs[k];
    }
    return z;
  }

  /** The network's outputs for one instance. */
  private float[] outputs(Instance inst) {
    float[] x = new float[m_encoder.width()];
    m_encoder.encode(inst, x, 0);
    Network.Workspace ws = m_net.newWorkspace(1);
    m_net.forward(new float[][] { x }, 1, ws);
    return java.util.Arrays.copyOf(ws.logits()[0], m_net.numOutputs());
  }

  /**
   * The logits f(x) of an instance before any post-hoc adjustment: the logits the loss trained,
   * whose softmax is the predicted distribution when post-hoc adjustment is off. With the cosine
   * output layer and LDAM these are the cosines times LDAM's scale s.
   *
   * @param inst the instance
   * @return the logits
   */
  public double[] logits(Instance inst) {
    if (m_net == null) {
      throw new IllegalStateException("LogitAdjustedMLP: no trained network (build the model first)");
    }
    return scaled(outputs(inst));
  }

  @Override
  public double[] distributionForInstance(Instance inst) throws Exception {
    if (m_header == null) {
      throw new IllegalStateException("LogitAdjustedMLP: no model built yet");
    }
    ModelTrainingCounts.offer(this);
    if (m_net == null) {
      double[] uniform = new double[m_header.numClasses()];
      java.util.Arrays.fill(uniform, 1.0 / uniform.length);
      return uniform;
    }
    return distribution(outputs(inst));
  }

  @Override
  public double[] getTrainingClassCounts() {
    return m_counts == null ? null : m_counts.clone();
  }

  @Override
  public double[][] distributionsForInstances(Instances insts) throws Exception {
    ModelTrainingCounts.offer(this);
    double[][] out = new double[insts.numInstances()][];
    if (m_net == null) {
      for (int i = 0; i < out.length; i++) {
        out[i] = distributionForInstance(insts.instance(i));
      }
      return out;
    }
    float[][] outputs = m_net.logits(m_encoder.encode(insts), numThreads());
    for (int i = 0; i < out.length; i++) {
      out[i] = distribution(outputs[i]);
    }
    return out;
  }

  @Override
  public boolean implementsMoreEfficientBatchPrediction() {
    return true;
  }

  /** @return the number of epochs trained */
  public int getEpochsTrained() {
    return m_epochsDone;
  }

  @Override
  public String toString() {
    if (m_header == null) {
      return "LogitAdjustedMLP: no model built yet.";
    }
    StringBuilder sb = new StringBuilder("LogitAdjustedMLP\n================\n\n");
    if (m_net == null) {
      return sb.append("No training instance with positive weight: predicts the uniform distribution.\n")
        .toString();
    }
    sb.append("Inputs: ").append(m_encoder).append('\n');
    sb.append("Layers:");
    for (int l = 0; l <= m_net.numLayers(); l++) {
      sb.append(' ').append(m_net.size(l));
    }
    sb.append(m_cosine ? " (cosine output)\n" : "\n");
    sb.append("Loss: ").append(OptionValues.toSpec(m_loss)).append('\n');
    sb.append("Class weighting: ").append(OptionValues.toSpec(m_weighting)).append('\n');
    if (preset() != TrainingPreset.NONE) {
      sb.append("Preset: ").append(preset().describe(m_epochs)).append('\n');
    } else {
      sb.append("Optimiser: ").append(OptionValues.toSpec(m_optimiser)).append(", loss normalised by ")
        .append(normalisation().optionName()).append('\n');
    }
    sb.append("Post-hoc tau: ").append(Utils.doubleToString(m_posthocTau, 4)).append('\n');
    sb.append("Epochs trained: ").append(m_epochsDone).append(" of ").append(m_epochs).append('\n');
    sb.append("Last epoch loss: ").append(Utils.doubleToString(m_lastLoss, 6)).append('\n');
    if (!Double.isNaN(m_bestValidation)) {
      sb.append("Best validation balanced accuracy: ").append(Utils.doubleToString(m_bestValidation, 4)).append('\n');
    }
    sb.append("Training class priors:");
    for (int k = 0; k < m_priors.length; k++) {
      sb.append(' ').append(m_header.classAttribute().value(k)).append('=').append(Utils.doubleToString(m_priors[k],
        4));
    }
    return sb.append('\n').toString();
  }

  /**
   * Runs the classifier from the command line.
   *
   * @param args the options
   */
  public static void main(String[] args) {
    runClassifier(new LogitAdjustedMLP(), args);
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
    Release.readFields(in, "LogitAdjustedMLP", () -> m_SavedByRelease);
  }
}
