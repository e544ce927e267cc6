#!/usr/bin/env python3
"""Writes the imbalanced-learn reference for ImbalancedReportVsImblearnTest.

    /usr/bin/python3 src/test/python/imblearn_report.py \
        > src/test/resources/weka/imbalance/imblearn-report.csv

With an argument (a CSV written by this script) it prints the same "name=value" lines for that
file, which the Java test compares with the committed ones when imbalanced-learn is installed
(Debian: apt-get install python3-imblearn). See metric_reference.py for the predictions.

Unweighted values come from imbalanced-learn itself: sensitivity_score / specificity_score
(average="macro"), the default index of balanced accuracy
make_index_balanced_accuracy(alpha=0.1, squared=True)(geometric_mean_score), and
classification_report_imbalanced (per class and the "avg / total" row). As for the G-mean
reference, the labels with test instances are passed explicitly (labels=...), since our measures
leave out a class without test instances.

Weighted values are computed here from the definitions with numpy, not by imbalanced-learn:
imbalanced-learn 0.10 forms TN from the unweighted number of samples and weighted sums
(scikit-learn-contrib/imbalanced-learn issue #1180), so its weighted specificity is wrong.
"""
import sys

import imblearn
import numpy as np
from imblearn.metrics import (classification_report_imbalanced, geometric_mean_score,
                              make_index_balanced_accuracy, sensitivity_score, specificity_score)

import metric_reference

COLUMNS = ["pre", "rec", "spe", "f1", "geo", "iba"]


def unweighted(actual, predicted):
    labels = np.unique(actual)
    out = {
        "macro_sensitivity": sensitivity_score(actual, predicted, labels=labels, average="macro"),
        "macro_specificity": specificity_score(actual, predicted, labels=labels, average="macro"),
        "iba": make_index_balanced_accuracy(alpha=0.1, squared=True)(geometric_mean_score)(
            actual, predicted, labels=labels),
    }
    report = classification_report_imbalanced(actual, predicted, labels=labels, output_dict=True)
    for k in labels:
        for c in COLUMNS:
            out["%s_%d" % (c, k)] = report[k][c]
    for c in COLUMNS:
        out["avg_" + c] = report["avg_" + c]
    return out


def weighted(actual, predicted, weight):
    """The definitions, one class against the others, every count a sum of weights."""
    labels = np.unique(actual)
    total = weight.sum()
    out = {}
    per = {c: [] for c in COLUMNS}
    support = []
    for k in labels:
        tp = weight[(actual == k) & (predicted == k)].sum()
        fn = weight[(actual == k) & (predicted != k)].sum()
        fp = weight[(actual != k) & (predicted == k)].sum()
        tn = total - tp - fn - fp
        rec = tp / (tp + fn)
        spe = tn / (tn + fp)
        pre = tp / (tp + fp) if tp + fp > 0 else 0.0
        f1 = 2 * pre * rec / (pre + rec) if pre + rec > 0 else 0.0
        geo = np.sqrt(rec * spe)
        iba = (1 + 0.1 * (rec - spe)) * rec * spe
        for c, v in zip(COLUMNS, [pre, rec, spe, f1, geo, iba]):
            out["w_%s_%d" % (c, k)] = v
            per[c].append(v)
        support.append(tp + fn)
    out["w_macro_sensitivity"] = np.mean(per["rec"])
    out["w_macro_specificity"] = np.mean(per["spe"])
    gmean = np.prod(per["rec"]) ** (1.0 / len(labels))
    out["w_iba"] = (1 + 0.1 * (out["w_macro_sensitivity"] - out["w_macro_specificity"])) * gmean ** 2
    for c in COLUMNS:
        out["w_avg_" + c] = np.average(per[c], weights=support)
    return out


def answers(actual, predicted, weight):
    out = unweighted(actual, predicted)
    out.update(weighted(actual, predicted, weight))
    return out


if __name__ == "__main__":
    if len(sys.argv) > 1:
        with open(sys.argv[1]) as f:
            rows = [line for line in f if line[0].isdigit()]
        data = np.loadtxt(rows, delimiter=",")
        for name, value in answers(data[:, 0].astype(int), data[:, 1].astype(int), data[:, 2]).items():
            print("%s=%.17g" % (name, value))
        sys.exit(0)
    actual, predicted, weight = metric_reference.draw(20261201, [250, 90, 45, 15, 0], [0.85, 0.6, 0.5, 0.4, 0.0], 0.7)
    print("# imbalanced-learn %s sensitivity/specificity, IBA and classification_report_imbalanced "
          "(w_: weighted, from the definitions), written by src/test/python/imblearn_report.py" % imblearn.__version__)
    for name, value in answers(actual, predicted, weight).items():
        print("# %s=%.17g" % (name, value))
    print("actual,predicted,weight")
    for a, p, w in zip(actual, predicted, weight):
        print("%d,%d,%s" % (a, p, w))
