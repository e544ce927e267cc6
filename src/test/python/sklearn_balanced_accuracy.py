#!/usr/bin/env python3
"""Writes the scikit-learn reference for BalancedAccuracyVsSklearnTest.

    /usr/bin/python3 src/test/python/sklearn_balanced_accuracy.py \
        > src/test/resources/weka/imbalance/sklearn-balanced-accuracy.csv

With an argument (a CSV written by this script) it prints scikit-learn's answers for that file,
which the Java test uses for a live check when scikit-learn is installed (Debian:
apt-get install python3-sklearn). See metric_reference.py.
"""
import sklearn
from sklearn.metrics import balanced_accuracy_score

import metric_reference


def answers(actual, predicted, weight):
    return (balanced_accuracy_score(actual, predicted),
            balanced_accuracy_score(actual, predicted, sample_weight=weight))


if __name__ == "__main__":
    metric_reference.main(answers, (20261127, [400, 150, 40, 9, 0], [0.95, 0.7, 0.4, 0.2, 0.0], 0.9),
                          "scikit-learn %s balanced_accuracy_score" % sklearn.__version__,
                          ["balanced_accuracy", "weighted_balanced_accuracy"])
