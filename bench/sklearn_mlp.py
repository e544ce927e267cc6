#!/usr/bin/env python3
"""scikit-learn MLPClassifier timing for LogitAdjustedMLPSpeedBenchmark.

Usage: sklearn_mlp.py <csv: features..., class index> <epochs>
Same setting as the Java side: one hidden layer of 128 ReLU units, mini-batch 128, SGD with
Nesterov momentum 0.9, learning rate 0.05, L2 2e-4, standardised inputs, exactly <epochs> epochs.
Prints one markdown row: | learner | threads | s/epoch wall | s/epoch CPU | - |
"""
import sys, time, warnings
import numpy as np
from sklearn.neural_network import MLPClassifier
from sklearn.preprocessing import StandardScaler
from sklearn.exceptions import ConvergenceWarning

data = np.loadtxt(sys.argv[1], delimiter=",", dtype=np.float64)
epochs = int(sys.argv[2])
X, y = StandardScaler().fit_transform(data[:, :-1]), data[:, -1].astype(int)
warnings.simplefilter("ignore", ConvergenceWarning)
clf = MLPClassifier(hidden_layer_sizes=(128,), batch_size=128, solver="sgd", momentum=0.9,
                    nesterovs_momentum=True, learning_rate_init=0.05, alpha=2e-4, max_iter=epochs,
                    tol=0.0, n_iter_no_change=epochs + 1, shuffle=True, random_state=1)
w, c = time.perf_counter(), time.process_time()
clf.fit(X, y)
w, c = time.perf_counter() - w, time.process_time() - c
import sklearn
print("| scikit-learn %s MLPClassifier (float64, OpenBLAS) | BLAS default | %.4f | %.4f | - |"
      % (sklearn.__version__, w / clf.n_iter_, c / clf.n_iter_))
