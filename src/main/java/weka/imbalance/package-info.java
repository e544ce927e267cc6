/**
 * Shared arithmetic and infrastructure of the imbalancedLearning Weka package: class priors,
 * the log-prior offset of logit adjustment, class weights, and the many/medium/few-shot grouping
 * of classes. The Weka-facing components live in Weka's own packages (filters, meta-classifiers,
 * functions, evaluation metrics) so that the Explorer shows them where a user looks.
 */
package weka.imbalance;
