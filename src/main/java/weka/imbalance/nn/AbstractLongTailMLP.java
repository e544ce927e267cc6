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

package weka.imbalance.nn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Random;
import java.util.Vector;

import weka.classifiers.AbstractClassifier;
import weka.classifiers.IterativeClassifier;
import weka.core.Option;
import weka.core.OptionHandler;
import weka.core.Randomizable;
import weka.core.SelectedTag;
import weka.core.Tag;
import weka.core.Utils;
import weka.imbalance.OptionValues;
import weka.imbalance.Release;

/**
 * The options of {@link weka.classifiers.functions.LogitAdjustedMLP} (fields, defaults, parsing,
 * validation, getters, setters and tip texts), kept apart from the model so that each class stays
 * readable. Every default is one named constant used everywhere.
 */
public abstract class AbstractLongTailMLP extends AbstractClassifier implements Randomizable {

  private static final long serialVersionUID = 5590154964201374262L;

  /** The release that saved this object (null in models of release 0.1.0, which did not record it). */
  protected String m_SavedByRelease = Release.VERSION;

  /** Optimiser tags. */
  public static final Tag[] TAGS_OPTIMISER = { new Tag(0, "sgd", "SGD with momentum"),
    new Tag(1, "nesterov", "SGD with Nesterov momentum"), new Tag(2, "adam", "Adam") };
  /** Schedule tags (order of LearningRateSchedule.Shape). */
  public static final Tag[] TAGS_SCHEDULE = { new Tag(0, "constant", "constant"),
    new Tag(1, "step", "step decay at fractions of training"), new Tag(2, "cosine", "cosine annealing") };

  public static final String DEFAULT_HIDDEN = "128";
  public static final double DEFAULT_LEARNING_RATE = 0.05;
  public static final double DEFAULT_MOMENTUM = 0.9;
  public static final int DEFAULT_EPOCHS = 30;
  public static final int DEFAULT_SEED = 1;
  public static final int DEFAULT_MINI_BATCH = 128;
  public static final int DEFAULT_OPTIMISER = 1;
  public static final double DEFAULT_WEIGHT_DECAY = 2e-4;
  public static final int DEFAULT_WARMUP = 0;
  public static final int DEFAULT_SCHEDULE = 1;
  public static final String DEFAULT_DECAY_AT = "0.8,0.9";
  public static final double DEFAULT_DECAY_FACTOR = 0.1;
  public static final int DEFAULT_VALIDATION_PERCENT = 0;
  public static final int DEFAULT_PATIENCE = 20;
  public static final double DEFAULT_POSTHOC_TAU = 0;
  public static final int DEFAULT_THREADS = 1;
  /** Preset tags (order of TrainingPreset). */
  public static final Tag[] TAGS_PRESET = TrainingPreset.tags();
  /** Normalisation tags (order of LossNormalisation). */
  public static final Tag[] TAGS_NORMALISATION = { new Tag(0, LossNormalisation.BATCH_MEAN.optionName(),
    "divide by the batch's instance weights", false), new Tag(1, LossNormalisation.WEIGHTED_MEAN.optionName(),
      "divide by the batch's instance x class weights (PyTorch)", false) };
  public static final int DEFAULT_PRESET = TrainingPreset.NONE.ordinal();
  public static final int DEFAULT_NORMALISATION = LossNormalisation.BATCH_MEAN.ordinal();

  protected String m_hidden = DEFAULT_HIDDEN;
  protected double m_learningRate = DEFAULT_LEARNING_RATE;
  protected double m_momentum = DEFAULT_MOMENTUM;
  protected int m_epochs = DEFAULT_EPOCHS;
  protected int m_seed = DEFAULT_SEED;
  protected int m_miniBatch = DEFAULT_MINI_BATCH;
  protected int m_optimiser = DEFAULT_OPTIMISER;
  protected double m_weightDecay = DEFAULT_WEIGHT_DECAY;
  protected int m_warmup = DEFAULT_WARMUP;
  protected int m_schedule = DEFAULT_SCHEDULE;
  protected String m_decayAt = DEFAULT_DECAY_AT;
  protected double m_decayFactor = DEFAULT_DECAY_FACTOR;
  protected boolean m_cosine = false;
  protected int m_validationPercent = DEFAULT_VALIDATION_PERCENT;
  protected int m_patience = DEFAULT_PATIENCE;
  protected Loss m_loss = new LogitAdjustedLoss();
  protected ClassWeighting m_weighting = new NoClassWeighting();
  protected double m_posthocTau = DEFAULT_POSTHOC_TAU;
  protected int m_threads = DEFAULT_THREADS;
  protected int m_preset = DEFAULT_PRESET;
  protected int m_normalisation = DEFAULT_NORMALISATION;
  protected boolean m_resume = false;

  /* ---------------- options: validation and helpers ---------------- */

  protected int numThreads() {
    return m_threads == 0 ? Runtime.getRuntime().availableProcessors() : m_threads;
  }

  protected double[] decayFractions() {
    String s = m_decayAt.trim();
    if (s.isEmpty()) {
      return new double[0];
    }
    String[] parts = s.split(",");
    double[] f = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        f[i] = Double.parseDouble(parts[i].trim());
      } catch (NumberFormatException e) {
        f[i] = Double.NaN;
      }
      if (!(f[i] >= 0 && f[i] <= 1)) {
        throw new IllegalArgumentException("option -decay-at must be comma-separated fractions in [0, 1], got '"
          + m_decayAt + "'");
      }
    }
    return f;
  }

  /** Hidden layer sizes from -H: comma-separated numbers or the wildcards a, i, o, t of MultilayerPerceptron. */
  protected int[] layerSizes(int inputs, int classes) {
    List<Integer> sizes = new ArrayList<>();
    sizes.add(inputs);
    String spec = m_hidden.trim();
    if (!spec.isEmpty() && !spec.equals("0")) {
      for (String part : spec.split(",")) {
        String p = part.trim();
        int n;
        switch (p) {
        case "a":
          n = (inputs + classes) / 2;
          break;
        case "i":
          n = inputs;
          break;
        case "o":
          n = classes;
          break;
        case "t":
          n = inputs + classes;
          break;
        default:
          try {
            n = Integer.parseInt(p);
          } catch (NumberFormatException e) {
            n = -1;
          }
        }
        if (n < 1) {
          throw new IllegalArgumentException("option -H must be comma-separated layer sizes >= 1 or a, i, o, t "
            + "(or 0 for no hidden layer), got '" + m_hidden + "'");
        }
        sizes.add(n);
      }
    }
    sizes.add(classes);
    return sizes.stream().mapToInt(Integer::intValue).toArray();
  }

  protected void checkOptions() {
    layerSizes(1, 2);
    decayFractions();
    require(m_learningRate > 0 && !Double.isInfinite(m_learningRate), "-L", m_learningRate, "finite and > 0");
    require(m_momentum >= 0 && m_momentum < 1, "-M", m_momentum, "in [0, 1)");
    require(m_epochs >= 1, "-N", m_epochs, ">= 1");
    require(m_miniBatch >= 1, "-mini-batch", m_miniBatch, ">= 1");
    require(m_weightDecay >= 0 && !Double.isInfinite(m_weightDecay), "-weight-decay", m_weightDecay,
      "finite and >= 0");
    require(m_warmup >= 0, "-warmup", m_warmup, ">= 0");
    require(m_decayFactor > 0 && m_decayFactor <= 1, "-decay-factor", m_decayFactor, "in (0, 1]");
    require(m_validationPercent >= 0 && m_validationPercent < 100, "-V", m_validationPercent, "in [0, 100)");
    require(m_patience >= 1, "-E", m_patience, ">= 1");
    require(m_posthocTau >= 0 && !Double.isInfinite(m_posthocTau), "-posthoc-tau", m_posthocTau, "finite and >= 0");
    require(m_threads >= 0, "-num-threads", m_threads, ">= 0 (0 = one per processor)");
    checkPreset();
    if (m_loss.needsCosineOutput() && !m_cosine) {
      throw new IllegalArgumentException("option -loss: " + m_loss.getClass().getSimpleName()
        + " needs the cosine output layer (set -cosine)");
    }
  }

  /**
   * A preset sets the optimiser, warm-up, schedule and normalisation: any of them changed from its
   * default would be silently ignored, so it is refused.
   */
  protected void checkPreset() {
    if (m_preset == DEFAULT_PRESET) {
      return;
    }
    String preset = TAGS_PRESET[m_preset].getIDStr();
    String[][] changed = { { "optimiser", m_optimiser != DEFAULT_OPTIMISER ? TAGS_OPTIMISER[m_optimiser].getIDStr()
      : null }, { "M", m_momentum != DEFAULT_MOMENTUM ? "" + m_momentum : null },
      { "warmup", m_warmup != DEFAULT_WARMUP ? "" + m_warmup : null },
      { "schedule", m_schedule != DEFAULT_SCHEDULE ? TAGS_SCHEDULE[m_schedule].getIDStr() : null },
      { "decay-at", !m_decayAt.equals(DEFAULT_DECAY_AT) ? m_decayAt : null },
      { "decay-factor", m_decayFactor != DEFAULT_DECAY_FACTOR ? "" + m_decayFactor : null },
      { "normalisation", m_normalisation != DEFAULT_NORMALISATION ? TAGS_NORMALISATION[m_normalisation].getIDStr()
        : null } };
    for (String[] c : changed) {
      if (c[1] != null) {
        throw new IllegalArgumentException("-preset " + preset + " sets the optimiser, warm-up, schedule and "
          + "normalisation; -" + c[0] + " " + c[1] + " would be ignored: leave -" + c[0] + " at its default or use "
          + "-preset none");
      }
    }
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

  protected static void require(boolean ok, String option, double value, String rule) {
    if (!ok) {
      throw new IllegalArgumentException("option " + option + " must be " + rule + ", got " + value);
    }
  }

  protected static String spec(Object o) {
    String s = o.getClass().getName();
    if (o instanceof OptionHandler) {
      s += " " + Utils.joinOptions(((OptionHandler) o).getOptions());
    }
    return s.trim();
  }

  protected static int tag(String option, String value, Tag[] tags) {
    for (Tag t : tags) {
      if (t.getIDStr().equalsIgnoreCase(value.trim()) || ("" + t.getID()).equals(value.trim())) {
        return t.getID();
      }
    }
    StringBuilder ok = new StringBuilder();
    for (Tag t : tags) {
      ok.append(ok.length() == 0 ? "" : ", ").append(t.getIDStr());
    }
    throw new IllegalArgumentException("option -" + option + " must be one of " + ok + ", got '" + value + "'");
  }

  /** Parses "<class> <options>"; a bare class name without a package is looked up in weka.imbalance.nn. */
  protected static Object fromSpec(Class<?> type, String option, String spec) throws Exception {
    String[] parts = Utils.splitOptions(spec);
    if (parts.length == 0) {
      throw new IllegalArgumentException("option -" + option + " needs a class name, got '" + spec + "'");
    }
    String cls = parts[0].contains(".") ? parts[0] : "weka.imbalance.nn." + parts[0];
    parts[0] = "";
    try {
      return Utils.forName(type, cls, parts);
    } catch (IllegalArgumentException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalArgumentException("option -" + option + ": cannot use '" + spec + "' (" + e.getMessage() + ")",
        e);
    }
  }

  /* ---------------- options ---------------- */

  @Override
  public Enumeration<Option> listOptions() {
    Vector<Option> v = new Vector<>();
    v.add(new Option("\tHidden layer sizes, comma-separated; wildcards a = (inputs+classes)/2, i = inputs,\n"
      + "\to = classes, t = inputs+classes; 0 = no hidden layer. (default " + DEFAULT_HIDDEN + ")", "H", 1,
      "-H <layers>"));
    v.add(new Option("\tLearning rate. (default " + DEFAULT_LEARNING_RATE + ")", "L", 1, "-L <rate>"));
    v.add(new Option("\tMomentum of SGD. (default " + DEFAULT_MOMENTUM + ")", "M", 1, "-M <momentum>"));
    v.add(new Option("\tNumber of epochs. (default " + DEFAULT_EPOCHS + ")", "N", 1, "-N <epochs>"));
    v.add(new Option("\tRandom seed. (default " + DEFAULT_SEED + ")", "S", 1, "-S <seed>"));
    v.add(new Option("\tMini-batch size. (default " + DEFAULT_MINI_BATCH + ")", "mini-batch", 1,
      "-mini-batch <size>"));
    v.add(new Option("\tOptimiser: sgd, nesterov or adam. (default " + TAGS_OPTIMISER[DEFAULT_OPTIMISER].getIDStr()
      + ")", "optimiser", 1, "-optimiser <sgd|nesterov|adam>"));
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
      + "\tand normalisation (ldam-drw, logit-adjustment, wang2023), in place of the five options above;\n"
      + "\tnone = those options. (default " + TAGS_PRESET[DEFAULT_PRESET].getIDStr() + ")", "preset", 1,
      "-preset <none|ldam-drw|logit-adjustment|wang2023>"));
    v.add(new Option("\tCosine (normalised) output layer, needed by LDAMLoss.", "cosine", 0, "-cosine"));
    v.add(new Option("\tValidation set size in percent (stratified), 0 = none; early stopping on its balanced\n"
      + "\taccuracy, the best epoch's weights are kept. (default " + DEFAULT_VALIDATION_PERCENT + ")", "V", 1,
      "-V <percent>"));
    v.add(new Option("\tEpochs without improvement before early stopping. (default " + DEFAULT_PATIENCE + ")", "E",
      1, "-E <epochs>"));
    v.add(new Option("\tThe loss: class name and options. (default weka.imbalance.nn.LogitAdjustedLoss -tau 1.0)",
      "loss", 1, "-loss \"<class> <options>\""));
    v.add(new Option("\tThe class weighting: class name and options. (default weka.imbalance.nn.NoClassWeighting)",
      "weighting", 1, "-weighting \"<class> <options>\""));
    v.add(new Option("\tPost-hoc logit adjustment at prediction: predict argmax f(x) - tau log prior; 0 = off.\n"
      + "\t(default " + DEFAULT_POSTHOC_TAU + ")", "posthoc-tau", 1, "-posthoc-tau <tau>"));
    v.add(new Option("\tNumber of threads, 0 = one per processor (results do not depend on it). (default "
      + DEFAULT_THREADS + ")", "num-threads", 1, "-num-threads <n>"));
    v.addAll(Collections.list(super.listOptions()));
    return v.elements();
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    String s = Utils.getOption('H', options);
    m_hidden = s.isEmpty() ? DEFAULT_HIDDEN : s;
    m_learningRate = OptionValues.getDouble("L", options, DEFAULT_LEARNING_RATE);
    m_momentum = OptionValues.getDouble("M", options, DEFAULT_MOMENTUM);
    m_epochs = OptionValues.getInt("N", options, DEFAULT_EPOCHS);
    m_seed = OptionValues.getInt("S", options, DEFAULT_SEED);
    m_miniBatch = OptionValues.getInt("mini-batch", options, DEFAULT_MINI_BATCH);
    s = Utils.getOption("optimiser", options);
    m_optimiser = s.isEmpty() ? DEFAULT_OPTIMISER : tag("optimiser", s, TAGS_OPTIMISER);
    m_weightDecay = OptionValues.getDouble("weight-decay", options, DEFAULT_WEIGHT_DECAY);
    m_warmup = OptionValues.getInt("warmup", options, DEFAULT_WARMUP);
    s = Utils.getOption("schedule", options);
    m_schedule = s.isEmpty() ? DEFAULT_SCHEDULE : tag("schedule", s, TAGS_SCHEDULE);
    s = Utils.getOption("decay-at", options);
    m_decayAt = s.isEmpty() ? DEFAULT_DECAY_AT : s;
    m_decayFactor = OptionValues.getDouble("decay-factor", options, DEFAULT_DECAY_FACTOR);
    m_normalisation = OptionValues.getTag("normalisation", options, TAGS_NORMALISATION, DEFAULT_NORMALISATION);
    m_preset = OptionValues.getTag("preset", options, TAGS_PRESET, DEFAULT_PRESET);
    m_cosine = Utils.getFlag("cosine", options);
    m_validationPercent = OptionValues.getInt("V", options, DEFAULT_VALIDATION_PERCENT);
    m_patience = OptionValues.getInt("E", options, DEFAULT_PATIENCE);
    s = Utils.getOption("loss", options);
    m_loss = s.isEmpty() ? new LogitAdjustedLoss() : (Loss) fromSpec(Loss.class, "loss", s);
    s = Utils.getOption("weighting", options);
    m_weighting = s.isEmpty() ? new NoClassWeighting() : (ClassWeighting) fromSpec(ClassWeighting.class,
      "weighting", s);
    m_posthocTau = OptionValues.getDouble("posthoc-tau", options, DEFAULT_POSTHOC_TAU);
    m_threads = OptionValues.getInt("num-threads", options, DEFAULT_THREADS);
    super.setOptions(options);
    Utils.checkForRemainingOptions(options);
    checkPreset();
  }

  @Override
  public String[] getOptions() {
    List<String> o = new ArrayList<>();
    Collections.addAll(o, "-H", m_hidden, "-L", "" + m_learningRate, "-M", "" + m_momentum, "-N", "" + m_epochs,
      "-S", "" + m_seed, "-mini-batch", "" + m_miniBatch, "-optimiser", TAGS_OPTIMISER[m_optimiser].getIDStr(),
      "-weight-decay", "" + m_weightDecay, "-warmup", "" + m_warmup, "-schedule",
      TAGS_SCHEDULE[m_schedule].getIDStr(), "-decay-at", m_decayAt, "-decay-factor", "" + m_decayFactor,
      "-normalisation", TAGS_NORMALISATION[m_normalisation].getIDStr(), "-preset", TAGS_PRESET[m_preset].getIDStr());
    if (m_cosine) {
      o.add("-cosine");
    }
    Collections.addAll(o, "-V", "" + m_validationPercent, "-E", "" + m_patience, "-loss", spec(m_loss),
      "-weighting", spec(m_weighting), "-posthoc-tau", "" + m_posthocTau, "-num-threads", "" + m_threads);
    Collections.addAll(o, super.getOptions());
    return o.toArray(new String[0]);
  }

  /** @return tip text */
  public String hiddenLayersTipText() {
    return "Hidden layer sizes, comma-separated (a, i, o, t wildcards as in MultilayerPerceptron; 0 = none).";
  }

  /** @return the hiddenLayers (see its tip text) */
  public String getHiddenLayers() {
    return m_hidden;
  }

  /** @param h the new hiddenLayers (checked when training starts) */
  public void setHiddenLayers(String h) {
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

  /** @param v the new learningRate (checked when training starts) */
  public void setLearningRate(double v) {
    m_learningRate = v;
  }

  /** @return tip text */
  public String momentumTipText() {
    return "Momentum of SGD in [0, 1) (not used by Adam).";
  }

  /** @return the momentum (see its tip text) */
  public double getMomentum() {
    return m_momentum;
  }

  /** @param v the new momentum (checked when training starts) */
  public void setMomentum(double v) {
    m_momentum = v;
  }

  /** @return tip text */
  public String trainingTimeTipText() {
    return "Number of epochs (one IterativeClassifier iteration each).";
  }

  /** @return the trainingTime (see its tip text) */
  public int getTrainingTime() {
    return m_epochs;
  }

  /** @param v the new trainingTime (checked when training starts) */
  public void setTrainingTime(int v) {
    m_epochs = v;
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

  /** @return tip text */
  public String miniBatchSizeTipText() {
    return "Number of instances per gradient step (the loss is their instance-weighted mean).";
  }

  /** @return the miniBatchSize (see its tip text) */
  public int getMiniBatchSize() {
    return m_miniBatch;
  }

  /** @param v the new miniBatchSize (checked when training starts) */
  public void setMiniBatchSize(int v) {
    m_miniBatch = v;
  }

  /** @return tip text */
  public String optimiserTipText() {
    return "SGD with momentum, SGD with Nesterov momentum, or Adam (beta1 0.9, beta2 0.999).";
  }

  /** @return the optimiser (see its tip text) */
  public SelectedTag getOptimiser() {
    return new SelectedTag(m_optimiser, TAGS_OPTIMISER);
  }

  /** @param t the new optimiser (checked when training starts) */
  public void setOptimiser(SelectedTag t) {
    if (t.getTags() == TAGS_OPTIMISER) {
      m_optimiser = t.getSelectedTag().getID();
    }
  }

  /** @return tip text */
  public String weightDecayTipText() {
    return "L2 weight decay added to the gradient of the weights (not the biases).";
  }

  /** @return the weightDecay (see its tip text) */
  public double getWeightDecay() {
    return m_weightDecay;
  }

  /** @param v the new weightDecay (checked when training starts) */
  public void setWeightDecay(double v) {
    m_weightDecay = v;
  }

  /** @return tip text */
  public String warmupEpochsTipText() {
    return "Epochs of linear learning-rate warm-up (0 = none).";
  }

  /** @return the warmupEpochs (see its tip text) */
  public int getWarmupEpochs() {
    return m_warmup;
  }

  /** @param v the new warmupEpochs (checked when training starts) */
  public void setWarmupEpochs(int v) {
    m_warmup = v;
  }

  /** @return tip text */
  public String scheduleTipText() {
    return "Learning-rate schedule after warm-up: constant, step decay at the decayAt fractions, or cosine.";
  }

  /** @return the schedule (see its tip text) */
  public SelectedTag getSchedule() {
    return new SelectedTag(m_schedule, TAGS_SCHEDULE);
  }

  /** @param t the new schedule (checked when training starts) */
  public void setSchedule(SelectedTag t) {
    if (t.getTags() == TAGS_SCHEDULE) {
      m_schedule = t.getSelectedTag().getID();
    }
  }

  /** @return tip text */
  public String decayAtTipText() {
    return "Comma-separated fractions of the epochs at which the step schedule multiplies the rate by decayFactor.";
  }

  /** @return the decayAt (see its tip text) */
  public String getDecayAt() {
    return m_decayAt;
  }

  /** @param v the new decayAt (checked when training starts) */
  public void setDecayAt(String v) {
    m_decayAt = v;
  }

  /** @return tip text */
  public String decayFactorTipText() {
    return "Factor of each step decay, in (0, 1].";
  }

  /** @return the decayFactor (see its tip text) */
  public double getDecayFactor() {
    return m_decayFactor;
  }

  /** @param v the new decayFactor (checked when training starts) */
  public void setDecayFactor(double v) {
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

  /** @param t the new normalisation */
  public void setNormalisation(SelectedTag t) {
    if (t.getTags() == TAGS_NORMALISATION) {
      m_normalisation = t.getSelectedTag().getID();
    }
  }

  /** @return tip text */
  public String presetTipText() {
    return "A paper's training schedule as its authors' code runs it (optimiser, warm-up, learning-rate decay, "
      + "loss normalisation): ldam-drw, logit-adjustment or wang2023; none = the optimiser, momentum, warmupEpochs, "
      + "schedule, decayAt, decayFactor and normalisation properties, which must stay at their defaults otherwise.";
  }

  /** @return the preset (see its tip text) */
  public SelectedTag getPreset() {
    return new SelectedTag(m_preset, TAGS_PRESET);
  }

  /** @param t the new preset */
  public void setPreset(SelectedTag t) {
    if (t.getTags() == TAGS_PRESET) {
      m_preset = t.getSelectedTag().getID();
    }
  }

  /** @return tip text */
  public String cosineOutputTipText() {
    return "Cosine output layer: logits are cosines between the last hidden layer and the class weights (LDAM).";
  }

  /** @return the cosineOutput (see its tip text) */
  public boolean getCosineOutput() {
    return m_cosine;
  }

  /** @param v the new cosineOutput (checked when training starts) */
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

  /** @param v the new validationSetSize (checked when training starts) */
  public void setValidationSetSize(int v) {
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

  /** @param v the new validationThreshold (checked when training starts) */
  public void setValidationThreshold(int v) {
    m_patience = v;
  }

  /** @return tip text */
  public String lossTipText() {
    return "The training loss (cross-entropy, logit-adjusted, LDAM, focal, VS).";
  }

  /** @return the loss (see its tip text) */
  public Loss getLoss() {
    return m_loss;
  }

  /** @param v the new loss (checked when training starts) */
  public void setLoss(Loss v) {
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

  /** @param v the new classWeighting (checked when training starts) */
  public void setClassWeighting(ClassWeighting v) {
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

  /** @param v the new posthocTau (checked when training starts) */
  public void setPosthocTau(double v) {
    m_posthocTau = v;
  }

  /** @return tip text */
  public String numThreadsTipText() {
    return "Threads for training and batch prediction (0 = one per processor); results do not depend on it.";
  }

  /** @return the numThreads (see its tip text) */
  public int getNumThreads() {
    return m_threads;
  }

  /** @param v the new numThreads (checked when training starts) */
  public void setNumThreads(int v) {
    m_threads = v;
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
}
