/**
 * The comparison front end of the imbalancedLearning package: runs methods side by side on
 * Weka's own Experimenter engine with the package's metrics as result columns, and prints
 * a table and Weka's significance test.
 */
package weka.imbalance.experiment;
