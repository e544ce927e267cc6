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

package weka.filters.unsupervised.attribute;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Random;
import java.util.Vector;

import weka.core.Attribute;
import weka.core.Capabilities;
import weka.core.Capabilities.Capability;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Option;
import weka.core.Randomizable;
import weka.core.RevisionUtils;
import weka.core.TechnicalInformation;
import weka.core.TechnicalInformationHandler;
import weka.core.Utils;
import weka.core.WeightedInstancesHandler;
import weka.core.WekaException;
import weka.filters.SimpleBatchFilter;
import weka.filters.UnsupervisedFilter;
import weka.imbalance.OptionValues;
import weka.imbalance.Release;
import weka.imbalance.nn.Adam;
import weka.imbalance.nn.LearningRateSchedule;
import weka.imbalance.nn.Network;
import weka.imbalance.nn.Optimiser;
import weka.imbalance.ssl.Augmenter;
import weka.imbalance.ssl.ContrastiveMethod;
import weka.imbalance.ssl.ContrastiveTrainer;
import weka.imbalance.ssl.GH;
import weka.imbalance.ssl.SimCLR;

/**
 * Self-supervised contrastive representation learning as a filter; see {@link #globalInfo()} and
 * doc/SelfSupervised.md.
 */
public class ContrastiveRepresentation extends SimpleBatchFilter
  implements UnsupervisedFilter, Randomizable, TechnicalInformationHandler, WeightedInstancesHandler {

  private static final long serialVersionUID = -6204468316419523377L;

  /** Where a method's class name without a package is looked up. */
  static final String METHODS = "weka.imbalance.ssl";
  static final String OPTIMISERS = "weka.imbalance.nn";

  /** The release that saved this object. */
  private String m_SavedByRelease = Release.VERSION;

  private ContrastiveMethod m_Method = new SimCLR();
  private String m_Hidden = "256";
  private String m_Head = "256,64";
  private double m_Temperature = 0.2;
  private int m_BatchSize = 256;
  private int m_Epochs = 100;
  private double m_LearningRate = 1e-3;
  private double m_WeightDecay = 1e-4;
  private Optimiser m_Optimiser = new Adam();
  private double m_Mask = 0.2;
  private double m_Noise = 0.1;
  private String m_Image = "";
  private double m_CropScale = 0.3;
  private boolean m_NoFlip;
  private int m_Seed = 1;
  private int m_NumThreads = 1;

  /** The trained encoder (after the first batch). */
  private Network m_Network;
  private Augmenter m_Augmenter;
  private int m_EncoderLayers;

  @Override
  public String globalInfo() {
    return "Learns a representation of the data without its labels, by contrastive self-supervised learning, "
      + "and replaces the attributes with it: an MLP encoder (-hidden) and a projection head (-head) are trained "
      + "on the first batch so that two random views of an instance (tabular: attributes masked from their "
      + "marginals and Gaussian noise; images declared with -image WxH: random resized crops and flips as well) "
      + "have close projections and those of different instances do not (NT-Xent). The output is the encoder's "
      + "last hidden layer, one numeric attribute per unit, followed by the class attribute if one is set (of "
      + "any kind), which training never looks at (missing class values are welcome: many unlabelled "
      + "instances, few labelled ones; so is data without a class attribute). "
      + "The method (-method) is SimCLR, or one made for long-tailed data, where the head classes take the "
      + "feature space: SDCLR (a pruned second encoder), BCL (augmentation boosted by memorization: on images "
      + "its code's RandAugment operations) or GH (geometric harmonization). The plain views are ours for "
      + "every method, not the papers' colour jitter and grey-scale (which a grey image does not need) nor "
      + "their crop scale. Later batches are transformed with the trained encoder, so the filter "
      + "works in the FilteredClassifier: a linear classifier on top is the papers' linear probe. Instance "
      + "weights are passed to the output unchanged; pre-training gives every instance the same weight (the "
      + "contrastive loss has none). Results do not depend on the number of threads.\n\nFor more information see:\n\n"
      + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    return m_Method.getTechnicalInformation();
  }

  @Override
  public Capabilities getCapabilities() {
    Capabilities result = super.getCapabilities();
    result.disableAll();
    result.enable(Capability.NUMERIC_ATTRIBUTES);
    result.enable(Capability.NOMINAL_ATTRIBUTES);
    result.enable(Capability.DATE_ATTRIBUTES);
    result.enable(Capability.MISSING_VALUES);
    // the class is never looked at, only copied to the output: any kind, or none
    result.enable(Capability.NOMINAL_CLASS);
    result.enable(Capability.NUMERIC_CLASS);
    result.enable(Capability.DATE_CLASS);
    result.enable(Capability.MISSING_CLASS_VALUES);
    result.enable(Capability.NO_CLASS);
    result.setMinimumNumberInstances(2);
    return result;
  }

  /**
   * Checks the format without the number of instances: the format is often set from the header
   * alone (Filter.filterFile, the command line's -i); the first batch's size is checked when
   * training starts. An image size (-image) that the attributes cannot have is refused here, before
   * any training.
   */
  @Override
  protected void testInputFormat(Instances instanceInfo) throws Exception {
    Capabilities c = getCapabilities(instanceInfo);
    c.setMinimumNumberInstances(0);
    c.testWithFail(instanceInfo);
    int[] image = image(m_Image);
    Augmenter.checkImage(instanceInfo, image[0], image[1]);
  }

  @Override
  protected Instances determineOutputFormat(Instances inputFormat) throws Exception {
    int[] hidden = sizes("hidden", m_Hidden);
    ArrayList<Attribute> atts = new ArrayList<>();
    for (int j = 0; j < hidden[hidden.length - 1]; j++) {
      atts.add(new Attribute("contrastive_" + (j + 1)));
    }
    if (inputFormat.classIndex() >= 0) {
      atts.add((Attribute) inputFormat.classAttribute().copy());
    }
    Instances out = new Instances(inputFormat.relationName() + "-" + getClass().getSimpleName(), atts, 0);
    if (inputFormat.classIndex() >= 0) {
      out.setClassIndex(atts.size() - 1);
    }
    return out;
  }

  @Override
  protected Instances process(Instances data) throws Exception {
    if (!isFirstBatchDone()) {
      train(data);
    } else if (m_Network == null) {
      throw new WekaException("ContrastiveRepresentation has no encoder: it trains on its first batch, which was "
        + "empty");
    }
    float[][] rep = ContrastiveTrainer.represent(m_Network, m_EncoderLayers, m_Augmenter, data, m_NumThreads);
    Instances out = new Instances(getOutputFormat(), data.numInstances());
    int h = m_Network.size(m_EncoderLayers);
    for (int i = 0; i < data.numInstances(); i++) {
      Instance in = data.instance(i);
      double[] v = new double[out.numAttributes()];
      for (int j = 0; j < h; j++) {
        v[j] = rep[i][j];
      }
      if (data.classIndex() >= 0) {
        v[h] = in.classValue();
      }
      out.add(new DenseInstance(in.weight(), v));
    }
    return out;
  }

  private void train(Instances data) throws Exception {
    if (data.numInstances() < 2) {
      throw new WekaException("ContrastiveRepresentation needs at least 2 instances in its first batch (NT-Xent "
        + "compares the views of different instances), got " + data.numInstances());
    }
    checkOptions();
    int[] hidden = sizes("hidden", m_Hidden);
    int[] head = sizes("head", m_Head);
    int[] image = image(m_Image);
    Augmenter aug = new Augmenter(data, m_Mask, m_Noise, image[0], image[1], m_CropScale, !m_NoFlip);
    int[] layers = new int[1 + hidden.length + head.length];
    layers[0] = aug.width();
    System.arraycopy(hidden, 0, layers, 1, hidden.length);
    System.arraycopy(head, 0, layers, 1 + hidden.length, head.length);
    Network net = new Network(layers, false);
    Random rand = new Random(m_Seed);
    net.initialise(rand);
    ContrastiveMethod method = OptionValues.fromSpec(ContrastiveMethod.class, "method", OptionValues.toSpec(
      m_Method), METHODS);
    Optimiser opt = OptionValues.fromSpec(Optimiser.class, "optimiser", OptionValues.toSpec(m_Optimiser), OPTIMISERS);
    // the papers' linear warm-up (10 of 1000-2000 epochs) and cosine decay
    LearningRateSchedule schedule = new LearningRateSchedule(m_LearningRate, (int) Math.round(0.01 * m_Epochs),
      LearningRateSchedule.Shape.COSINE, new double[0], 1);
    int threads = m_NumThreads == 0 ? Runtime.getRuntime().availableProcessors() : m_NumThreads;
    ContrastiveTrainer trainer = new ContrastiveTrainer(net, hidden.length, opt, method, aug, m_Temperature,
      Math.min(m_BatchSize, data.numInstances()), threads);
    trainer.train(data, m_Epochs, schedule, m_WeightDecay, rand);
    m_Network = net;
    m_Augmenter = aug;
    m_EncoderLayers = hidden.length;
  }

  /** The checks that involve two options: GH's K against the projection size. */
  private void checkOptions() {
    if (m_Method instanceof GH) {
      int[] head = sizes("head", m_Head);
      GH.checkK(((GH) m_Method).getK(), head[head.length - 1]);
    }
  }

  private static int[] sizes(String name, String spec) {
    String[] parts = spec.trim().split("\\s*,\\s*");
    int[] s = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      s[i] = OptionValues.parseInt(name, parts[i]);
      OptionValues.require(s[i] >= 1, name, "'" + spec + "'", "comma-separated layer sizes >= 1");
    }
    return s;
  }

  private static int[] image(String spec) {
    String s = spec.trim();
    if (s.isEmpty()) {
      return new int[] { 0, 0 };
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,6})\\s*[xX]\\s*(\\d{1,6})").matcher(s);
    OptionValues.require(m.matches() && Integer.parseInt(m.group(1)) >= 1 && Integer.parseInt(m.group(2)) >= 1,
      "image", "'" + spec + "'", "WIDTHxHEIGHT (e.g. 28x28) or empty");
    return new int[] { Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) };
  }

  @Override
  public Enumeration<Option> listOptions() {
    Vector<Option> v = new Vector<>();
    v.add(new Option("\tThe method: class name (in " + METHODS + ": SimCLR, SDCLR, BCL, GH) and options.\n"
      + "\t(default SimCLR)", "method", 1, "-method \"<class> <options>\""));
    v.add(new Option("\tEncoder hidden layer sizes, comma-separated; the last is the representation. (default 256)",
      "hidden", 1, "-hidden <sizes>"));
    v.add(new Option("\tProjection head layer sizes, comma-separated; the last is the projection. (default 256,64)",
      "head", 1, "-head <sizes>"));
    v.add(new Option("\tNT-Xent temperature. (default 0.2)", "temperature", 1, "-temperature <t>"));
    v.add(new Option("\tMini-batch size (instances; 2x views). (default 256)", "batch", 1, "-batch <n>"));
    v.add(new Option("\tEpochs. (default 100)", "epochs", 1, "-epochs <n>"));
    v.add(new Option("\tLearning rate. (default 0.001)", "L", 1, "-L <rate>"));
    v.add(new Option("\tWeight decay (L2, weights only). (default 1e-4)", "weight-decay", 1, "-weight-decay <d>"));
    v.add(new Option("\tThe optimiser: class name (in weka.imbalance.nn: SGD, Adam) and options. (default Adam)",
      "optimiser", 1, "-optimiser \"<class> <options>\""));
    v.add(new Option("\tProbability that a view takes an attribute from a random instance. (default 0.2)", "mask", 1,
      "-mask <p>"));
    v.add(new Option("\tGaussian noise, in standard deviations of each attribute. (default 0.1)", "noise", 1,
      "-noise <s>"));
    v.add(new Option("\tThe attributes (class aside) are a grey image WIDTHxHEIGHT in row order; adds random\n"
      + "\tresized crops and horizontal flips. (default: none)", "image", 1, "-image <WxH>"));
    v.add(new Option("\tSmallest crop area of an image, a fraction. (default 0.3)", "crop-scale", 1,
      "-crop-scale <f>"));
    v.add(new Option("\tNo horizontal flips of images.", "no-flip", 0, "-no-flip"));
    v.add(new Option("\tRandom seed. (default 1)", "S", 1, "-S <seed>"));
    v.add(new Option("\tNumber of threads, 0 = one per processor (results do not depend on it). (default 1)",
      "num-threads", 1, "-num-threads <n>"));
    v.addAll(Collections.list(super.listOptions()));
    return v.elements();
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    setMethod(OptionValues.getObject("method", options, ContrastiveMethod.class, new SimCLR(), METHODS));
    setHiddenLayers(OptionValues.getString("hidden", options, "256"));
    setHeadLayers(OptionValues.getString("head", options, "256,64"));
    setTemperature(OptionValues.getDouble("temperature", options, 0.2));
    setBatchSize(OptionValues.getInt("batch", options, 256));
    setEpochs(OptionValues.getInt("epochs", options, 100));
    setLearningRate(OptionValues.getDouble("L", options, 1e-3));
    setWeightDecay(OptionValues.getDouble("weight-decay", options, 1e-4));
    setOptimiser(OptionValues.getObject("optimiser", options, Optimiser.class, new Adam(), OPTIMISERS));
    setMask(OptionValues.getDouble("mask", options, 0.2));
    setNoise(OptionValues.getDouble("noise", options, 0.1));
    setImage(OptionValues.getString("image", options, ""));
    setCropScale(OptionValues.getDouble("crop-scale", options, 0.3));
    setNoFlip(Utils.getFlag("no-flip", options));
    setSeed(OptionValues.getInt("S", options, 1));
    setNumThreads(OptionValues.getInt("num-threads", options, 1));
    super.setOptions(options);
    Utils.checkForRemainingOptions(options);
    checkOptions();
  }

  @Override
  public String[] getOptions() {
    List<String> o = new ArrayList<>();
    Collections.addAll(o, "-method", OptionValues.toSpec(m_Method), "-hidden", m_Hidden, "-head", m_Head,
      "-temperature", "" + m_Temperature, "-batch", "" + m_BatchSize, "-epochs", "" + m_Epochs, "-L",
      "" + m_LearningRate, "-weight-decay", "" + m_WeightDecay, "-optimiser", OptionValues.toSpec(m_Optimiser),
      "-mask", "" + m_Mask, "-noise", "" + m_Noise);
    if (!m_Image.isEmpty()) {
      Collections.addAll(o, "-image", m_Image);
    }
    Collections.addAll(o, "-crop-scale", "" + m_CropScale);
    if (m_NoFlip) {
      o.add("-no-flip");
    }
    Collections.addAll(o, "-S", "" + m_Seed, "-num-threads", "" + m_NumThreads);
    Collections.addAll(o, super.getOptions());
    return o.toArray(new String[0]);
  }

  public String methodTipText() {
    return "SimCLR (the baseline), SDCLR (-prune), BCL (-beta) or GH (-K, -weight, -warmup); see each one's help.";
  }

  public ContrastiveMethod getMethod() {
    return m_Method;
  }

  /** @param m the method */
  public void setMethod(ContrastiveMethod m) {
    OptionValues.require(m != null, "method", m, "a contrastive method");
    m_Method = m;
  }

  public String hiddenLayersTipText() {
    return "The encoder's hidden layer sizes, comma-separated (ReLU); the last layer is the output representation.";
  }

  public String getHiddenLayers() {
    return m_Hidden;
  }

  /** @param s comma-separated sizes &gt;= 1 */
  public void setHiddenLayers(String s) {
    sizes("hidden", s);
    m_Hidden = s.trim();
  }

  public String headLayersTipText() {
    return "The projection head's layer sizes, comma-separated: SimCLR's head is one hidden ReLU layer and a linear "
      + "output (the projection, on which the loss works, thrown away after training).";
  }

  public String getHeadLayers() {
    return m_Head;
  }

  /** @param s comma-separated sizes &gt;= 1 */
  public void setHeadLayers(String s) {
    sizes("head", s);
    m_Head = s.trim();
  }

  public String temperatureTipText() {
    return "The NT-Xent temperature (0.2 in the SDCLR, BCL and GH code; 0.5 in SimCLR's CIFAR runs).";
  }

  public double getTemperature() {
    return m_Temperature;
  }

  /** @param t the temperature, finite and &gt; 0 */
  public void setTemperature(double t) {
    m_Temperature = OptionValues.positive("temperature", t);
  }

  public String batchSizeTipText() {
    return "Instances per mini-batch; each gives two views, so NT-Xent compares 2N views (the papers: 512).";
  }

  public int getBatchSize() {
    return m_BatchSize;
  }

  /** @param n the mini-batch size, at least 2 */
  public void setBatchSize(int n) {
    m_BatchSize = OptionValues.atLeast("batch", n, 2);
  }

  public String epochsTipText() {
    return "Training epochs (the papers: 1000-2000 for a ResNet on CIFAR; an MLP needs far fewer).";
  }

  public int getEpochs() {
    return m_Epochs;
  }

  /** @param n the epochs, at least 1 */
  public void setEpochs(int n) {
    m_Epochs = OptionValues.atLeast("epochs", n, 1);
  }

  public String learningRateTipText() {
    return "The peak learning rate: linear warm-up over the first 1% of the epochs, then cosine decay (the papers' "
      + "schedule; their SGD rate 0.5 with LARS-free SGD and a ResNet becomes Adam's 0.001 for an MLP). GH with a "
      + "warm-up decays in its code's two stages instead (to 0.6 of the peak at the warm-up's end, then to 0).";
  }

  public double getLearningRate() {
    return m_LearningRate;
  }

  /** @param r the learning rate, finite and &gt; 0 */
  public void setLearningRate(double r) {
    m_LearningRate = OptionValues.positive("L", r);
  }

  public String weightDecayTipText() {
    return "L2 weight decay on the weights (not the biases).";
  }

  public double getWeightDecay() {
    return m_WeightDecay;
  }

  /** @param d the decay, finite and &gt;= 0 */
  public void setWeightDecay(double d) {
    m_WeightDecay = OptionValues.nonNegative("weight-decay", d);
  }

  public String optimiserTipText() {
    return "The optimiser: Adam (default) or SGD (momentum, optionally Nesterov; the papers' choice for ResNets).";
  }

  public Optimiser getOptimiser() {
    return m_Optimiser;
  }

  /** @param o the optimiser */
  public void setOptimiser(Optimiser o) {
    OptionValues.require(o != null, "optimiser", o, "an optimiser");
    m_Optimiser = o;
  }

  public String maskTipText() {
    return "Probability that a view replaces an attribute (a pixel) by its value in a random training instance.";
  }

  public double getMask() {
    return m_Mask;
  }

  /** @param p the probability, in [0, 1] */
  public void setMask(double p) {
    m_Mask = OptionValues.fraction("mask", p);
  }

  public String noiseTipText() {
    return "Standard deviation of the Gaussian noise added to each numeric value of a view, in units of the "
      + "attribute's standard deviation (for images, of all pixels').";
  }

  public double getNoise() {
    return m_Noise;
  }

  /** @param s the noise, finite and &gt;= 0 */
  public void setNoise(double s) {
    m_Noise = OptionValues.nonNegative("noise", s);
  }

  public String imageTipText() {
    return "Empty for tabular data; WIDTHxHEIGHT (e.g. 28x28) when the attributes other than the class are the "
      + "pixels of a grey image in row order: views then also get random resized crops and horizontal flips.";
  }

  public String getImage() {
    return m_Image;
  }

  /** @param s WIDTHxHEIGHT or empty */
  public void setImage(String s) {
    image(s);
    m_Image = s.trim();
  }

  public String cropScaleTipText() {
    return "Smallest area of a random crop of an image, a fraction of the image (1 = no crops).";
  }

  public double getCropScale() {
    return m_CropScale;
  }

  /** @param f the fraction, in (0, 1] */
  public void setCropScale(double f) {
    OptionValues.require(f > 0 && f <= 1, "crop-scale", f, "in (0, 1]");
    m_CropScale = f;
  }

  public String noFlipTipText() {
    return "No horizontal flips of images (for images whose left and right differ in meaning, such as digits).";
  }

  public boolean getNoFlip() {
    return m_NoFlip;
  }

  public void setNoFlip(boolean b) {
    m_NoFlip = b;
  }

  public String seedTipText() {
    return "The random seed: initial weights, views and mini-batches.";
  }

  @Override
  public int getSeed() {
    return m_Seed;
  }

  @Override
  public void setSeed(int s) {
    m_Seed = s;
  }

  public String numThreadsTipText() {
    return "Threads for training and transforming, 0 = one per processor; the results do not depend on it.";
  }

  public int getNumThreads() {
    return m_NumThreads;
  }

  /** @param n the threads, &gt;= 0 */
  public void setNumThreads(int n) {
    m_NumThreads = OptionValues.atLeast("num-threads", n, 0);
  }

  @Override
  public String getRevision() {
    return RevisionUtils.extract("$Revision: 1 $");
  }

  private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
    Release.readFields(in, "ContrastiveRepresentation", () -> m_SavedByRelease);
  }

  public static void main(String[] args) {
    runFilter(new ContrastiveRepresentation(), args);
  }
}
