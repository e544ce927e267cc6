#!/usr/bin/env python3
"""Writes the imbalanced-learn reference for GMeanVsImblearnTest.

    /usr/bin/python3 src/test/python/imblearn_geometric_mean.py \
        > src/test/resources/weka/imbalance/imblearn-geometric-mean.csv

With an argument (a CSV written by this script) it prints imbalanced-learn's answers for that
file, which the Java test uses for a live check when imbalanced-learn is installed (Debian:
apt-get install python3-imblearn). See metric_reference.py.

Convention: our G-mean leaves out a class without test instances (its recall is undefined);
imbalanced-learn counts every label that occurs in y_true or y_pred, a predicted-only label with
recall 0, so the G-mean would be 0. The labels with test instances are therefore passed
explicitly (labels=...), which is how imbalanced-learn is told the same thing.
"""
import imblearn
import numpy as np
from imblearn.metrics import geometric_mean_score

import metric_reference


def answers(actual, predicted, weight):
    labels = np.unique(actual)  # the classes with test instances
    return (geometric_mean_score(actual, predicted, labels=labels),
            geometric_mean_score(actual, predicted, labels=labels, sample_weight=weight))


if __name__ == "__main__":
    metric_reference.main(answers, (20261130, [300, 120, 40, 12, 0], [0.9, 0.7, 0.55, 0.45, 0.0], 0.8),
                          "imbalanced-learn %s geometric_mean_score" % imblearn.__version__,
                          ["geometric_mean", "weighted_geometric_mean"])
