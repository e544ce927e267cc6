#!/usr/bin/env python3
"""Times imbalanced-learn's SMOTE on data written by SmoteBenchmark (reference contender).

Usage: imblearn_smote.py X.bin y.bin n d k seed strategy
  X.bin: n*d float64 little-endian, row-major; y.bin: n int32 little-endian
  strategy: 'not majority', or 'c1:t1,c2:t2' (class index: target count)
Prints one line: rows=<output rows> seconds=<wall> cpu=<process cpu>.
Only fit_resample is timed (loading is not)."""
import sys
import time

import numpy as np
from imblearn.over_sampling import SMOTE

xf, yf, n, d, k, seed, strategy = sys.argv[1:8]
n, d, k, seed = int(n), int(d), int(k), int(seed)
X = np.fromfile(xf, dtype='<f8').reshape(n, d)
y = np.fromfile(yf, dtype='<i4')
if ':' in strategy:
    strategy = {int(c): int(t) for c, t in (p.split(':') for p in strategy.split(','))}
sm = SMOTE(k_neighbors=k, random_state=seed, sampling_strategy=strategy)
w0, c0 = time.perf_counter(), time.process_time()
Xr, yr = sm.fit_resample(X, y)
w1, c1 = time.perf_counter(), time.process_time()
print("rows=%d seconds=%.3f cpu=%.3f" % (len(yr), w1 - w0, c1 - c0))
