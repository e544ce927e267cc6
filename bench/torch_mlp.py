#!/usr/bin/env python3
"""PyTorch contender of LogitAdjustedMLPSpeedBenchmark (Debian's python3-torch).

Usage: torch_mlp.py <csv: features..., class index>
A worker: reads the data once, then answers one request per line of stdin with one line on stdout,
so that the benchmark can alternate it with its own contenders without paying Python's start-up,
the imports and the data loading each time.

  <epochs> <threads>  -> seconds=<wall per epoch> cpu=<process CPU per epoch> threads=<used>
      trains `epochs` epochs of a fresh network after one untimed warm-up epoch, with
      torch.set_num_threads(threads)
  quit

Same setting as the Java side: one hidden layer of 128 ReLU units, float32, mini-batch 128 drawn
from a fresh permutation every epoch, mean cross-entropy over the batch, SGD with Nesterov
momentum 0.9, learning rate 0.05, weight decay 2e-4 (PyTorch's: added to the gradient),
standardised inputs.
"""
import sys
import time

import numpy as np
import torch

data = np.loadtxt(sys.argv[1], delimiter=",", dtype=np.float64)
X = data[:, :-1]
X = (X - X.mean(axis=0)) / np.where(X.std(axis=0) > 0, X.std(axis=0), 1)
X = torch.from_numpy(X.astype(np.float32))
y = torch.from_numpy(data[:, -1].astype(np.int64))
n, d = X.shape
c = int(y.max()) + 1


def epoch(model, opt, loss_fn, g):
    perm = torch.randperm(n, generator=g)
    for s in range(0, n, 128):
        idx = perm[s:s + 128]
        opt.zero_grad(set_to_none=True)
        loss = loss_fn(model(X[idx]), y[idx])
        loss.backward()
        opt.step()


def run(epochs, threads):
    torch.set_num_threads(threads)
    torch.manual_seed(1)
    g = torch.Generator().manual_seed(1)
    model = torch.nn.Sequential(torch.nn.Linear(d, 128), torch.nn.ReLU(), torch.nn.Linear(128, c))
    opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9, nesterov=True, weight_decay=2e-4)
    loss_fn = torch.nn.CrossEntropyLoss()
    epoch(model, opt, loss_fn, g)  # warm-up, not timed
    w, t = time.perf_counter(), time.process_time()
    for _ in range(epochs):
        epoch(model, opt, loss_fn, g)
    w, t = time.perf_counter() - w, time.process_time() - t
    return "seconds=%.5f cpu=%.5f threads=%d" % (w / epochs, t / epochs, torch.get_num_threads())


for line in sys.stdin:
    f = line.split()
    if not f:
        continue
    if f[0] == 'quit':
        break
    try:
        print(run(int(f[0]), int(f[1])), flush=True)
    except Exception as e:  # report and keep serving
        print("error=" + repr(e).replace('\n', ' '), flush=True)
