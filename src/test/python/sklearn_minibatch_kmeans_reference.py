#!/usr/bin/env python3
"""scikit-learn's MiniBatchKMeans as an independent reference for MiniBatchKMeans's within-cluster
sum of squares (MiniBatchKMeansTest), on the numeric attributes (raw values, the class left out)
of bundled data sets.

    /usr/bin/python3 src/test/python/sklearn_minibatch_kmeans_reference.py data/pima.arff:3 ... \
        > src/test/resources/weka/clusterers/sklearn-minibatch-kmeans-reference.txt

For each file:k[:batch], MiniBatchKMeans(n_clusters=k, n_init=3, random_state=s, batch_size=batch
(default 1024)) with scikit-learn's other
defaults (batch_size 1024, max_iter 100, max_no_improvement 10, tol 0, reassignment_ratio 0.01;
n_init=3 is 1.2's default, given so that later releases run the same algorithm) for the seeds
s = 0 .. 4, and prints one line: file k batch mean-inertia, the mean of the five inertias (labels of
every instance by its nearest final centre).
"""
import os
import sys

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one thread: OpenMP's spinning threads crawl on a busy machine
import numpy as np
from sklearn.cluster import MiniBatchKMeans

from sklearn_kmeans_reference import numeric  # the numeric attributes, raw, the class left out


def main():
    for spec in sys.argv[1:]:
        f = spec.split(':')
        path, k, batch = f[0], int(f[1]), int(f[2]) if len(f) > 2 else 1024
        x = numeric(path)
        inertia = [MiniBatchKMeans(n_clusters=k, n_init=3, batch_size=batch, random_state=s).fit(x).inertia_
                   for s in range(5)]
        print("%s %d %d %.12g" % (path, k, batch, np.mean(inertia)))


if __name__ == '__main__':
    main()
