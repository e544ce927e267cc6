#!/usr/bin/env python3
"""scikit-learn's RandomForestClassifier with its defaults as an independent reference for
GiniRandomForest (GiniRandomForestReferenceTest), on bundled data sets with numeric attributes.

    /usr/bin/python3 src/test/python/sklearn_forest_reference.py data/pima.arff data/ecoli.arff ... \
        > src/test/resources/weka/classifiers/trees/sklearn-forest-reference.txt

For each file prints one line: file, the mean number of nodes per tree and the mean depth of the
trees of RandomForestClassifier(random_state=s) fitted on all the data (s = 0..9, 1,000 trees), and
the accuracy of a stratified 5-fold cross-validation (shuffled, random_state=0) averaged over the
forests random_state=0..2.
"""
import sys

import numpy as np
from scipy.io import arff
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import StratifiedKFold, cross_val_score


def load(path):
    data, meta = arff.loadarff(path)
    names = meta.names()
    X = np.column_stack([data[c].astype(float) for c in names[:-1]])
    y = np.array([v.decode() if isinstance(v, bytes) else v for v in data[names[-1]]])
    return X, y


def main():
    for path in sys.argv[1:]:
        X, y = load(path)
        nodes = []
        depths = []
        for s in range(10):
            m = RandomForestClassifier(random_state=s).fit(X, y)
            nodes += [e.tree_.node_count for e in m.estimators_]
            depths += [e.tree_.max_depth for e in m.estimators_]
        folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
        acc = np.mean([cross_val_score(RandomForestClassifier(random_state=s), X, y, cv=folds).mean()
                       for s in range(3)])
        print("%s %.3f %.3f %.4f" % (path, np.mean(nodes), np.mean(depths), acc))


if __name__ == '__main__':
    main()
