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
import java.util.Enumeration;
import java.util.List;
import java.util.Vector;

import weka.classifiers.AbstractClassifier;
import weka.core.Option;
import weka.core.OptionMetadata;
import weka.core.Randomizable;
import weka.core.SelectedTag;
import weka.core.Tag;
import weka.core.Utils;
import weka.imbalance.OptionValues;
import weka.imbalance.Release;
import weka.imbalance.loss.LogitAdjustedLoss;
import weka.imbalance.loss.Loss;
import weka.imbalance.nn.LearningRateSchedule;
import weka.imbalance.nn.LossNormalisation;
import weka.imbalance.nn.Optimiser;
import weka.imbalance.nn.SGD;
import weka.imbalance.nn.TrainingPreset;
import weka.imbalance.weighting.ClassWeighting;
import weka.imbalance.weighting.NoClassWeighting;

/**
 * The options of {@link LogitAdjustedMLP} (fields, defaults, parsing, getters, setters and tip
 * texts), kept apart from the model so that each class stays readable. Every default is one named
 * constant; every setter checks its value ({@link OptionValues}), so a bad value is refused when it
 * is set, naming the option; the checks that involve two options ({@link #checkOptions()}) run at
 * the end of {@link #setOptions} and again when training starts.
 */
public abstract class AbstractLongTailMLP extends AbstractClassifier implements Randomizable {

  private static final long serialVersionUID = 5590154964201374262L;

  /** The release that saved this object (null in models of release 0.1.0, which did not record it). */
  protected String m_SavedByRelease = Release.VERSION;

  /** Schedule tags (order of LearningRateSchedule.Shape). */
  public static final Tag[] TAGS_SCHEDULE = { new Tag(0, "constant", "constant", false),
    new Tag(1, "step", "step decay at fractions of training", false), new Tag(2, "cosine", "cosine annealing", false) };
  /** Normalisation tags (order of LossNormalisation). */
  public static final Tag[] TAGS_NORMALISATION = { new Tag(0, LossNormalisation.BATCH_MEAN.optionName(),
    "divide by the batch's instance weights", false), new Tag(1, LossNormalisation.WEIGHTED_MEAN.optionName(),
      "divide by the batch's instance x class weights (PyTorch)", false) };
  /** Preset tags (order of TrainingPreset). */
  public static final Tag[] TAGS_PRESET = TrainingPreset.tags();

  public static final String DEFAULT_HIDDEN = "128";
  public static final double DEFAULT_LEARNING_RATE = 0.05;
  public static final int DEFAULT_EPOCHS = 30;
  public static final int DEFAULT_SEED = 1;
  public static final int DEFAULT_MINI_BATCH = 128;
  public static final double DEFAULT_WEIGHT_DECAY = 2e-4;
  public static final int DEFAULT_WARMUP = 0;
  public static final int DEFAULT_SCHEDULE = LearningRateSchedule.Shape.STEP.ordinal();
  public static final String DEFAULT_DECAY_AT = "0.8,0.9";
  public static final double DEFAULT_DECAY_FACTOR = 0.1;
  public static final int DEFAULT_NORMALISATION = LossNormalisation.BATCH_MEAN.ordinal();
  /**
   * Default: the logit-adjustment paper's schedule, since the default loss is its loss and, on the
   * Fashion-MNIST-LT validation split, the schedule beat our own (doc/benchmarks/mlp.md).
   */
  public static final int DEFAULT_PRESET = TrainingPreset.LOGIT_ADJUSTMENT.ordinal();
  public static final int DEFAULT_VALIDATION_PERCENT = 0;
  public static final int DEFAULT_PATIENCE = 20;
  public static final double DEFAULT_POSTHOC_TAU = 0;
  public static final int DEFAULT_THREADS = 1;

  /** Where a plug-in's class name without a package is looked up. */
  static final String LOSSES = "weka.imbalance.loss";
  static final String WEIGHTINGS = "weka.imbalance.weighting";
  static final String OPTIMISERS = "weka.imbalance.nn";

  protected String m_hidden = DEFAULT_HIDDEN;
  protected double m_learningRate = DEFAULT_LEARNING_RATE;
  protected int m_epochs = DEFAULT_EPOCHS;
  protected int m_seed = DEFAULT_SEED;
  protected int m_miniBatch = DEFAULT_MINI_BATCH;
  protected Optimiser m_optimiser = defaultOptimiser();
  protected double m_weightDecay = DEFAULT_WEIGHT_DECAY;
  protected int m_warmup = DEFAULT_WARMUP;
  protected int m_schedule = DEFAULT_SCHEDULE;
  protected String m_decayAt = DEFAULT_DECAY_AT;
  protected double m_decayFactor = DEFAULT_DECAY_FACTOR;
  protected int m_normalisation = DEFAULT_NORMALISATION;
  protected int m_preset = DEFAULT_PRESET;
  protected boolean m_cosine = false;
  protected int m_validationPercent = DEFAULT_VALIDATION_PERCENT;
  protected int m_patience = DEFAULT_PATIENCE;
  protected Loss m_loss = new LogitAdjustedLoss();
  protected ClassWeighting m_weighting = new NoClassWeighting();
  protected double m_posthocTau = DEFAULT_POSTHOC_TAU;
  protected int m_threads = DEFAULT_THREADS;
  protected boolean m_resume = false;

  /** @return the default optimiser: SGD with Nesterov momentum 0.9 */
  public static Optimiser defaultOptimiser() {
    return new SGD(SGD.DEFAULT_MOMENTUM, true);
  }

  /* ---------------- derived values and the checks of two options ---------------- */

  protected int numThreads() {
    return m_threads == 0 ? Runtime.getRuntime().availableProcessors() : m_threads;
  }

  protected double[] decayFractions() {
    return decayFractions(m_decayAt);
  }

  private static double[] decayFractions(String list) {
    double[] f = OptionValues.parseDoubles("decay-at", list);
    for (double v : f) {
      OptionValues.require(v >= 0 && v <= 1, "decay-at", "'" + list + "'", "fractions of the epochs in [0, 1]");
    }
    return f;
  }

  /** Layer sizes from -H: comma-separated numbers or the wildcards a, i, o, t of MultilayerPerceptron. */
  protected int[] layerSizes(int inputs, int classes) {
    return layerSizes(m_hidden, inputs, classes);
  }

  private static int[] layerSizes(String hidden, int inputs, int classes) {
    List<Integer> sizes = new ArrayList<>();
    sizes.add(inputs);
    String spec = hidden.trim();
    if (!spec.isEmpty() && !spec.equals("0")) {
      for (String part : spec.split(",")) {
        String p = part.trim();
        int n = p.equals("a") ? (inputs + classes) / 2 : p.equals("i") ? inputs : p.equals("o") ? classes
          : p.equals("t") ? inputs + classes : p.matches("\\d{1,9}") ? Integer.parseInt(p) : -1;
        OptionValues.require(n >= 1, "H", "'" + hidden + "'", "comma-separated layer sizes >= 1 or a, i, o, t "
          + "(or 0 for no hidden layer)");
        sizes.add(n);
      }
    }
    sizes.add(classes);
    return sizes.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * The checks that involve two options, run at the end of setOptions and when training starts
   * (the object editor sets properties one at a time): a loss that needs the cosine layer, and a
   * preset with options it would ignore.
   */
  protected void checkOptions() {
    if (m_loss.needsCosineOutput() && !m_cosine) {
      throw new IllegalArgumentException("-loss " + m_loss.getClass().getSimpleName()
        + " needs the cosine output layer: set -cosine");
    }
    if (m_preset == TrainingPreset.NONE.ordinal()) {
      return;
    }
    String[][] changed = { { "optimiser", changed(OptionValues.toSpec(m_optimiser), OptionValues.toSpec(
      defaultOptimiser())) }, { "warmup", changed("" + m_warmup, "" + DEFAULT_WARMUP) },
      { "schedule", changed(TAGS_SCHEDULE[m_schedule].getIDStr(), TAGS_SCHEDULE[DEFAULT_SCHEDULE].getIDStr()) },
      { "decay-at", changed(m_decayAt, DEFAULT_DECAY_AT) },
      { "decay-factor", changed("" + m_decayFactor, "" + DEFAULT_DECAY_FACTOR) },
      { "normalisation", changed(TAGS_NORMALISATION[m_normalisation].getIDStr(),
        TAGS_NORMALISATION[DEFAULT_NORMALISATION].getIDStr()) } };
    for (String[] c : changed) {
      if (c[1] != null) {
        String preset = TAGS_PRESET[m_preset].getIDStr();
        throw new IllegalArgumentException("-preset " + preset + " sets the optimiser, warm-up, schedule and "
          + "normalisation; -" + c[0] + " " + c[1] + " would be ignored: leave -" + c[0] + " at its default or use "
          + "-preset none");
      }
    }
  }

  private static String changed(String value, String dflt) {
    return value.equals(dflt) ? null : value;
  }

  /** @return the preset chosen */
  protected TrainingPreset preset() {
    return TrainingPreset.values()[m_preset];
  }

  /** @return the normalisation of the mini-batch loss that training uses (the preset's, if any) */
  protected LossNormalisation normalisation() {
    return preset() == TrainingPreset.NONE ? LossNormalisation.values()[m_normalisation]
      : preset().normalisation();
  }

  /**
   * A "class + options" specification of a loss or weighting; class names of release 0.1.0, which
   * kept both in weka.imbalance.nn, are still understood (saved command lines and experiments).
   */
  private static String movedSince010(String spec) {
    return spec.replaceFirst("^\\s*weka\\.imbalance\\.nn\\.(\\w+(Loss|Weighting))\\b", "$1");
  }

  /* ---------------- options ---------------- */

  @Override
  public Enumeration<Option> listOptions() {
    Vector<Option> v = new Vector<>();
    v.add(new Option("\tHidden layer sizes, comma-separated; wildcards a = (inputs+classes)/2, i = inputs,\n"
      + "\to = classes, t = inputs+classes; 0 = no hidden layer. (default " + DEFAULT_HIDDEN + ")", "H", 1,
      "-H <layers>"));
    v.add(new Option("\tLearning rate. (default " + DEFAULT_LEARNING_RATE + ")", "L", 1, "-L <rate>"));
    v.add(new Option("\tNumber of epochs. (default " + DEFAULT_EPOCHS + ")", "N", 1, "-N <epochs>"));
    v.add(new Option("\tRandom seed. (default " + DEFAULT_SEED + ")", "S", 1, "-S <seed>"));
    v.add(new Option("\tTraining mini-batch size: instances per gradient step. (default " + DEFAULT_MINI_BATCH + ")",
      "mini-batch", 1, "-mini-batch <size>"));
    v.add(new Option("\tThe optimiser: class name (in weka.imbalance.nn: SGD, Adam) and options.\n\t(default "
      + OptionValues.toSpec(defaultOptimiser()) + ")", "optimiser", 1, "-optimiser \"<class> <options>\""));
    v.add(new Option("\tWeight decay (L2, weights only). (default " + DEFAULT_WEIGHT_DECAY + ")", "weight-decay", 1,
      "-weight-decay <decay>"));
    v.add(new Option("\tLinear warm-up epochs. (default " + DEFAULT_WARMUP + ")", "warmup", 1, "-warmup <epochs>"));
    v.add(new Option("\tLearning-rate schedule after warm-up: constant, step or cosine. (default "
      + TAGS_SCHEDULE[DEFAULT_SCHEDULE].getIDStr() + ")", "schedule", 1, "-schedule <constant|step|cosine>"));
    v.add(new Option("\tStep decay points, fractions of the epochs. (default " + DEFAULT_DECAY_AT + ")", "decay-at",
      1, "-decay-at <f1,f2,...>"));
    v.add(new Option("\tStep decay factor. (default " + DEFAULT_DECAY_FACTOR + ")", "decay-factor", 1,
      "-decay-factor <factor>"));
    v.add(new Option("\tWhat each mini-batch's loss is divided by: batch-mean (the batch's instance weights)\n"
      + "\tor weighted-mean (instance x class weights, as PyTorch's weighted cross-entropy). (default "
      + TAGS_NORMALISATION[DEFAULT_NORMALISATION].getIDStr() + ")", "normalisation", 1,
      "-normalisation <batch-mean|weighted-mean>"));
    v.add(new Option("\tA paper's training schedule as its authors' code runs it: optimiser, warm-up, decay\n"
      + "\tand normalisation (ldam-drw, logit-adjustment, wang2023), in place of the six options above;\n"
      + "\tnone = those options, whose defaults are our own schedule. (default " + TAGS_PRESET[DEFAULT_PRESET].getIDStr() + ")", "preset", 1,
      "-preset <none|ldam-drw|logit-adjustment|wang2023>"));
    v.add(new Option("\tCosine (normalised) output layer, needed by LDAMLoss.", "cosine", 0, "-cosine"));
    v.add(new Option("\tValidation set size in percent (stratified), 0 = none; early stopping on its balanced\n"
      + "\taccuracy, the best epoch's weights are kept. (default " + DEFAULT_VALIDATION_PERCENT + ")", "V", 1,
      "-V <percent>"));
    v.add(new Option("\tEpochs without improvement before early stopping. (default " + DEFAULT_PATIENCE + ")", "E",
      1, "-E <epochs>"));
    v.add(new Option("\tThe loss: class name (in " + LOSSES + ") and options.\n\t(default "
      + OptionValues.toSpec(new LogitAdjustedLoss()) + ")", "loss", 1, "-loss \"<class> <options>\""));
    v.add(new Option("\tThe class weighting: class name (in " + WEIGHTINGS + ") and options.\n\t(default "
      + OptionValues.toSpec(new NoClassWeighting()) + ")", "weighting", 1, "-weighting \"<class> <options>\""));
    v.add(new Option("\tPost-hoc logit adjustment at prediction: predict argmax f(x) - tau log prior; 0 = off.\n"
      + "\t(default " + DEFAULT_POSTHOC_TAU + ")", "posthoc-tau", 1, "-posthoc-tau <tau>"));
    v.add(new Option("\tNumber of threads, 0 = one per processor (results do not depend on it). (default "
      + DEFAULT_THREADS + ")", "num-threads", 1, "-num-threads <n>"));
    v.addAll(Collections.list(super.listOptions()));
    return v.elements();
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    setHiddenLayers(OptionValues.getString("H", options, DEFAULT_HIDDEN));
    setLearningRate(OptionValues.getDouble("L", options, DEFAULT_LEARNING_RATE));
    setTrainingTime(OptionValues.getInt("N", options, DEFAULT_EPOCHS));
    setSeed(OptionValues.getInt("S", options, DEFAULT_SEED));
    setMiniBatchSize(OptionValues.getInt("mini-batch", options, DEFAULT_MINI_BATCH));
    setOptimiser(OptionValues.getObject("optimiser", options, Optimiser.class, defaultOptimiser(), OPTIMISERS));
    setWeightDecay(OptionValues.getDouble("weight-decay", options, DEFAULT_WEIGHT_DECAY));
    setWarmupEpochs(OptionValues.getInt("warmup", options, DEFAULT_WARMUP));
    setSchedule(new SelectedTag(OptionValues.getTag("schedule", options, TAGS_SCHEDULE, DEFAULT_SCHEDULE),
      TAGS_SCHEDULE));
    setDecayAt(OptionValues.getString("decay-at", options, DEFAULT_DECAY_AT));
    setDecayFactor(OptionValues.getDouble("decay-factor", options, DEFAULT_DECAY_FACTOR));
    setNormalisation(new SelectedTag(OptionValues.getTag("normalisation", options, TAGS_NORMALISATION,
      DEFAULT_NORMALISATION), TAGS_NORMALISATION));
    setPreset(new SelectedTag(OptionValues.getTag("preset", options, TAGS_PRESET, DEFAULT_PRESET), TAGS_PRESET));
    setCosineOutput(Utils.getFlag("cosine", options));
    setValidationSetSize(OptionValues.getInt("V", options, DEFAULT_VALIDATION_PERCENT));
    setValidationThreshold(OptionValues.getInt("E", options, DEFAULT_PATIENCE));
    String loss = Utils.getOption("loss", options);
    setLoss(loss.trim().isEmpty() ? new LogitAdjustedLoss() : OptionValues.fromSpec(Loss.class, "loss",
      movedSince010(loss), LOSSES));
    String weighting = Utils.getOption("weighting", options);
    setClassWeighting(weighting.trim().isEmpty() ? new NoClassWeighting() : OptionValues.fromSpec(
      ClassWeighting.class, "weighting", movedSince010(weighting), WEIGHTINGS));
    setPosthocTau(OptionValues.getDouble("posthoc-tau", options, DEFAULT_POSTHOC_TAU));
    setNumThreads(OptionValues.getInt("num-threads", options, DEFAULT_THREADS));
    super.setOptions(options);
    Utils.checkForRemainingOptions(options);
    checkOptions();
  }

  @Override
  public String[] getOptions() {
    List<String> o = new ArrayList<>();
    Collections.addAll(o, "-H", m_hidden, "-L", "" + m_learningRate, "-N", "" + m_epochs, "-S", "" + m_seed,
      "-mini-batch", "" + m_miniBatch, "-optimiser", OptionValues.toSpec(m_optimiser), "-weight-decay",
      "" + m_weightDecay, "-warmup", "" + m_warmup, "-schedule", TAGS_SCHEDULE[m_schedule].getIDStr(), "-decay-at",
      m_decayAt, "-decay-factor", "" + m_decayFactor, "-normalisation", TAGS_NORMALISATION[m_normalisation]
        .getIDStr(), "-preset", TAGS_PRESET[m_preset].getIDStr());
    if (m_cosine) {
      o.add("-cosine");
    }
    Collections.addAll(o, "-V", "" + m_validationPercent, "-E", "" + m_patience, "-loss", OptionValues.toSpec(
      m_loss), "-weighting", OptionValues.toSpec(m_weighting), "-posthoc-tau", "" + m_posthocTau, "-num-threads",
      "" + m_threads);
    Collections.addAll(o, super.getOptions());
    return o.toArray(new String[0]);
  }

  /* ---------------- properties: every setter checks its value ---------------- */

  /** @return tip text */
  public String hiddenLayersTipText() {
    return "Hidden layer sizes, comma-separated (a, i, o, t wildcards as in MultilayerPerceptron; 0 = none).";
  }

  /** @return the hiddenLayers (see its tip text) */
  public String getHiddenLayers() {
    return m_hidden;
  }

  /** @param h comma-separated layer sizes &gt;= 1 or a, i, o, t; 0 or empty for none */
  public void setHiddenLayers(String h) {
    layerSizes(h, 1, 2);
    m_hidden = h;
  }

  /** @return tip text */
  public String learningRateTipText() {
    return "The (base) learning rate.";
  }

  /** @return the learningRate (see its tip text) */
  public double getLearningRate() {
    return m_learningRate;
  }

  /** @param v the learning rate, finite and &gt; 0 */
  public void setLearningRate(double v) {
    m_learningRate = OptionValues.positive("L", v);
  }

  /** @return tip text */
  public String trainingTimeTipText() {
    return "Number of epochs (one IterativeClassifier iteration each).";
  }

  /** @return the trainingTime (see its tip text) */
  public int getTrainingTime() {
    return m_epochs;
  }

  /** @param v the number of epochs, &gt;= 1 */
  public void setTrainingTime(int v) {
    m_epochs = OptionValues.atLeast("N", v, 1);
  }

  /** @return tip text */
  public String seedTipText() {
    return "Random seed for initialisation, shuffling and the validation split.";
  }

  @Override
  public int getSeed() {
    return m_seed;
  }

  @Override
  public void setSeed(int v) {
    m_seed = v;
  }

  /** @return the training mini-batch size */
  @OptionMetadata(displayName = "miniBatchSize (training)", description = "Training: the number of instances per "
    + "gradient step (the loss is their weighted mean). Not batchSize, which only groups instances for "
    + "prediction.", displayOrder = Integer.MAX_VALUE)
  public int getMiniBatchSize() {
    return m_miniBatch;
  }

  /** @param v instances per gradient step, &gt;= 1 */
  public void setMiniBatchSize(int v) {
    m_miniBatch = OptionValues.atLeast("mini-batch", v, 1);
  }

  /** @return Weka's batch size for batch prediction */
  @Override
  @OptionMetadata(displayName = "batchSize (prediction)", description = "Prediction only: how many instances Weka "
    + "hands over at once when it predicts in batches; it does not change the model. Training uses "
    + "miniBatchSize.", displayOrder = Integer.MAX_VALUE)
  public String getBatchSize() {
    return super.getBatchSize();
  }

  /** @param size Weka's batch size for batch prediction, a whole number &gt;= 1 */
  @Override
  public void setBatchSize(String size) {
    OptionValues.atLeast("batch-size", OptionValues.parseInt("batch-size", size), 1);
    super.setBatchSize(size);
  }

  /** @return tip text */
  public String optimiserTipText() {
    return "The optimiser: SGD (momentum, optionally Nesterov) or Adam. Set by a preset.";
  }

  /** @return the optimiser (see its tip text) */
  public Optimiser getOptimiser() {
    return m_optimiser;
  }

  /** @param v the optimiser */
  public void setOptimiser(Optimiser v) {
    OptionValues.require(v != null, "optimiser", v, "an optimiser");
    m_optimiser = v;
  }

  /** @return tip text */
  public String weightDecayTipText() {
    return "L2 weight decay added to the gradient of the weights (not the biases).";
  }

  /** @return the weightDecay (see its tip text) */
  public double getWeightDecay() {
    return m_weightDecay;
  }

  /** @param v the weight decay, finite and &gt;= 0 */
  public void setWeightDecay(double v) {
    m_weightDecay = OptionValues.nonNegative("weight-decay", v);
  }

  /** @return tip text */
  public String warmupEpochsTipText() {
    return "Epochs of linear learning-rate warm-up (0 = none). Set by a preset.";
  }

  /** @return the warmupEpochs (see its tip text) */
  public int getWarmupEpochs() {
    return m_warmup;
  }

  /** @param v warm-up epochs, &gt;= 0 */
  public void setWarmupEpochs(int v) {
    m_warmup = OptionValues.atLeast("warmup", v, 0);
  }

  /** @return tip text */
  public String scheduleTipText() {
    return "Learning-rate schedule after warm-up: constant, step decay at the decayAt fractions, or cosine. Set by "
      + "a preset.";
  }

  /** @return the schedule (see its tip text) */
  public SelectedTag getSchedule() {
    return new SelectedTag(m_schedule, TAGS_SCHEDULE);
  }

  /** @param t the schedule */
  public void setSchedule(SelectedTag t) {
    m_schedule = OptionValues.tagId("schedule", t, TAGS_SCHEDULE);
  }

  /** @return tip text */
  public String decayAtTipText() {
    return "Comma-separated fractions of the epochs at which the step schedule multiplies the rate by decayFactor. "
      + "Set by a preset.";
  }

  /** @return the decayAt (see its tip text) */
  public String getDecayAt() {
    return m_decayAt;
  }

  /** @param v comma-separated fractions in [0, 1] */
  public void setDecayAt(String v) {
    decayFractions(v);
    m_decayAt = v;
  }

  /** @return tip text */
  public String decayFactorTipText() {
    return "Factor of each step decay, in (0, 1]. Set by a preset.";
  }

  /** @return the decayFactor (see its tip text) */
  public double getDecayFactor() {
    return m_decayFactor;
  }

  /** @param v the factor, in (0, 1] */
  public void setDecayFactor(double v) {
    OptionValues.require(v > 0 && v <= 1, "decay-factor", v, "in (0, 1]");
    m_decayFactor = v;
  }

  /** @return tip text */
  public String normalisationTipText() {
    return "What each mini-batch's loss is divided by: batch-mean, the batch's instance weights (the TensorFlow "
      + "code of the logit-adjustment paper); weighted-mean, instance times class weights (PyTorch's weighted "
      + "cross-entropy, the LDAM-DRW code). They differ only with class weights. Set by a preset.";
  }

  /** @return the normalisation (see its tip text) */
  public SelectedTag getNormalisation() {
    return new SelectedTag(m_normalisation, TAGS_NORMALISATION);
  }

  /** @param t the normalisation */
  public void setNormalisation(SelectedTag t) {
    m_normalisation = OptionValues.tagId("normalisation", t, TAGS_NORMALISATION);
  }

  /** @return tip text */
  public String presetTipText() {
    return "A paper's training schedule as its authors' code runs it (optimiser, warm-up, learning-rate decay, "
      + "loss normalisation): ldam-drw, logit-adjustment or wang2023. none = the optimiser, warmupEpochs, schedule, "
      + "decayAt, decayFactor and normalisation properties, which must stay at their defaults under a preset.";
  }

  /** @return the preset (see its tip text) */
  public SelectedTag getPreset() {
    return new SelectedTag(m_preset, TAGS_PRESET);
  }

  /** @param t the preset */
  public void setPreset(SelectedTag t) {
    m_preset = OptionValues.tagId("preset", t, TAGS_PRESET);
  }

  /** @return tip text */
  public String cosineOutputTipText() {
    return "Cosine output layer: logits are cosines between the last hidden layer and the class weights (LDAM).";
  }

  /** @return the cosineOutput (see its tip text) */
  public boolean getCosineOutput() {
    return m_cosine;
  }

  /** @param v whether the output layer is a cosine layer */
  public void setCosineOutput(boolean v) {
    m_cosine = v;
  }

  /** @return tip text */
  public String validationSetSizeTipText() {
    return "Percentage of the training data held out (stratified) for early stopping on balanced accuracy; 0 = none.";
  }

  /** @return the validationSetSize (see its tip text) */
  public int getValidationSetSize() {
    return m_validationPercent;
  }

  /** @param v the percentage, in [0, 100) */
  public void setValidationSetSize(int v) {
    OptionValues.require(v >= 0 && v < 100, "V", v, "in [0, 100)");
    m_validationPercent = v;
  }

  /** @return tip text */
  public String validationThresholdTipText() {
    return "Epochs without a better validation balanced accuracy before training stops.";
  }

  /** @return the validationThreshold (see its tip text) */
  public int getValidationThreshold() {
    return m_patience;
  }

  /** @param v epochs, &gt;= 1 */
  public void setValidationThreshold(int v) {
    m_patience = OptionValues.atLeast("E", v, 1);
  }

  /** @return tip text */
  public String lossTipText() {
    return "The training loss (cross-entropy, logit-adjusted, LDAM, focal, VS).";
  }

  /** @return the loss (see its tip text) */
  public Loss getLoss() {
    return m_loss;
  }

  /** @param v the loss */
  public void setLoss(Loss v) {
    OptionValues.require(v != null, "loss", v, "a loss");
    m_loss = v;
  }

  /** @return tip text */
  public String classWeightingTipText() {
    return "Per-class loss weights (none, class-balanced by effective number, inverse frequency), optionally "
      + "deferred (DRW, ADRW).";
  }

  /** @return the classWeighting (see its tip text) */
  public ClassWeighting getClassWeighting() {
    return m_weighting;
  }

  /** @param v the class weighting */
  public void setClassWeighting(ClassWeighting v) {
    OptionValues.require(v != null, "weighting", v, "a class weighting");
    m_weighting = v;
  }

  /** @return tip text */
  public String posthocTauTipText() {
    return "Post-hoc logit adjustment: predict with f(x) - tau log(prior); 0 = off.";
  }

  /** @return the posthocTau (see its tip text) */
  public double getPosthocTau() {
    return m_posthocTau;
  }

  /** @param v tau, finite and &gt;= 0 */
  public void setPosthocTau(double v) {
    m_posthocTau = OptionValues.nonNegative("posthoc-tau", v);
  }

  /** @return tip text */
  public String numThreadsTipText() {
    return "Threads for training and batch prediction (0 = one per processor); results do not depend on it.";
  }

  /** @return the numThreads (see its tip text) */
  public int getNumThreads() {
    return m_threads;
  }

  /** @param v threads, &gt;= 0 (0 = one per processor) */
  public void setNumThreads(int v) {
    m_threads = OptionValues.atLeast("num-threads", v, 0);
  }

  /** @return tip text */
  public String resumeTipText() {
    return "Keep the training state after building so that training can continue (larger model).";
  }

  /** @param resume whether to keep the training state (IterativeClassifier) */
  public void setResume(boolean resume) {
    m_resume = resume;
  }

  /** @return whether the training state is kept */
  public boolean getResume() {
    return m_resume;
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
    Release.readFields(in, getClass().getSimpleName(), () -> m_SavedByRelease);
  }

  /**
   * Called instead of readObject for a model whose options this class did not keep: release 0.1.0
   * kept them in weka.imbalance.nn.AbstractLongTailMLP, with the losses and weightings in
   * weka.imbalance.nn.
   */
  private void readObjectNoData() throws java.io.ObjectStreamException {
    throw Release.mustRetrain(getClass().getSimpleName(), null, "its options, losses and class weightings have "
      + "moved to other classes");
  }
}
