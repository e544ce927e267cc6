/**
 * The long-tail chart of the imbalancedLearning package: per-class recall against class
 * frequency, drawn with plain Java2D (no charting library), shared by the Explorer plugin
 * {@code weka.gui.visualize.plugins.LongTailRecallPlot} and the comparison command.
 */
package weka.imbalance.chart;
