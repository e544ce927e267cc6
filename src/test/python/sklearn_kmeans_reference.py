#!/usr/bin/env python3
"""scikit-learn's KMeans as an independent reference for FastKMeans's within-cluster sum of
squares (FastKMeansTest), on the numeric attributes (raw values, the class left out) of bundled
data sets.

    /usr/bin/python3 src/test/python/sklearn_kmeans_reference.py data/pima.arff:3 data/glass4.arff:5 ... \
        > src/test/resources/weka/clusterers/sklearn-kmeans-reference.txt

For each file:k, KMeans(n_clusters=k, init='k-means++', n_init=10, max_iter=300, tol=0,
algorithm='lloyd', random_state=0) and prints one line: file k inertia
"""
import sys

import numpy as np
from scipy.io import arff
from sklearn.cluster import KMeans


def numeric(path):
    data, meta = arff.loadarff(path)
    cols = [n for n in meta.names()[:-1] if meta[n][0] == 'numeric']
    return np.column_stack([data[c].astype(float) for c in cols])


def main():
    for spec in sys.argv[1:]:
        path, k = spec.rsplit(':', 1)
        km = KMeans(n_clusters=int(k), init='k-means++', n_init=10, max_iter=300, tol=0, algorithm='lloyd',
                    random_state=0).fit(numeric(path))
        print("%s %s %.12g" % (path, k, km.inertia_))


if __name__ == '__main__':
    main()
