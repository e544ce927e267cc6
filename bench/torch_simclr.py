#!/usr/bin/env python3
"""PyTorch contender of SelfSupervisedEpochBenchmark (Debian's python3-torch): one SimCLR pre-training
epoch with the same encoder, batch and augmentation as ContrastiveRepresentation's defaults with
-image 28x28 -mask 0.1 -noise 0.1.

Usage: torch_simclr.py <raw float32 file: n rows of 784 grey pixels, row order>
A worker: reads the data once, then answers one request per line of stdin with one line on stdout.

  <epochs> <threads>  -> seconds=<wall per epoch> cpu=<process CPU per epoch> threads=<used>
      trains `epochs` epochs of a fresh network after one untimed warm-up epoch
  quit

Setting: encoder Linear(784, 256) + ReLU, head Linear(256, 256) + ReLU + Linear(256, 64), float32;
mini-batches of 256 instances from a fresh permutation (the last one kept if it has 2 or more);
each view: a random resized crop (area in [0.3, 1], aspect ratio in [3/4, 4/3], bilinear, via
affine_grid / grid_sample for the whole batch), a horizontal flip with probability 1/2, each pixel
replaced with probability 0.1 by the same pixel of a random image, pixels standardised by the mean and
standard deviation of all pixels, Gaussian noise 0.1; NT-Xent over the 2N views at temperature 0.2;
Adam, learning rate 1e-3, weight decay 1e-4 (coupled as ours; PyTorch decays the biases too, ours the weights only).
"""
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F

raw = np.fromfile(sys.argv[1], dtype=np.float32)
X = torch.from_numpy(raw.reshape(-1, 784).copy())
n = X.shape[0]
MEAN = X.mean().item()
SD = X.std().item()


def views(x, g):
    b = x.shape[0]
    area = 0.3 + 0.7 * torch.rand(b, generator=g)
    logr = np.log(3 / 4) + (np.log(4 / 3) - np.log(3 / 4)) * torch.rand(b, generator=g)
    ratio = torch.exp(logr)
    sw = torch.sqrt(area * ratio).clamp(max=1.0)
    sh = torch.sqrt(area / ratio).clamp(max=1.0)
    cx = (1 - sw) * (2 * torch.rand(b, generator=g) - 1)
    cy = (1 - sh) * (2 * torch.rand(b, generator=g) - 1)
    flip = torch.where(torch.rand(b, generator=g) < 0.5, -1.0, 1.0)
    theta = torch.zeros(b, 2, 3)
    theta[:, 0, 0] = sw * flip
    theta[:, 0, 2] = cx
    theta[:, 1, 1] = sh
    theta[:, 1, 2] = cy
    img = x.view(b, 1, 28, 28)
    grid = F.affine_grid(theta, img.shape, align_corners=False)
    out = F.grid_sample(img, grid, mode="bilinear", padding_mode="border", align_corners=False).view(b, 784)
    mask = torch.rand(b, 784, generator=g) < 0.1
    donors = X[torch.randint(0, n, (b,), generator=g)]
    out = torch.where(mask, donors, out)
    out = (out - MEAN) / SD
    return out + 0.1 * torch.randn(b, 784, generator=g)


def nt_xent(z1, z2, tau=0.2):
    z = F.normalize(torch.cat([z1, z2]), dim=1)
    m = z.shape[0] // 2
    sim = (z @ z.t() / tau).fill_diagonal_(float("-inf"))
    target = torch.cat([torch.arange(m, 2 * m), torch.arange(0, m)])
    return F.cross_entropy(sim, target)


def epoch(enc, head, opt, g):
    perm = torch.randperm(n, generator=g)
    for s in range(0, n, 256):
        idx = perm[s:s + 256]
        if len(idx) < 2:
            continue
        x = X[idx]
        v1, v2 = views(x, g), views(x, g)
        opt.zero_grad(set_to_none=True)
        loss = nt_xent(head(enc(v1)), head(enc(v2)))
        loss.backward()
        opt.step()


def run(epochs, threads):
    torch.set_num_threads(threads)
    torch.manual_seed(1)
    g = torch.Generator().manual_seed(1)
    enc = torch.nn.Sequential(torch.nn.Linear(784, 256), torch.nn.ReLU())
    head = torch.nn.Sequential(torch.nn.Linear(256, 256), torch.nn.ReLU(), torch.nn.Linear(256, 64))
    opt = torch.optim.Adam(list(enc.parameters()) + list(head.parameters()), lr=1e-3, weight_decay=1e-4)
    epoch(enc, head, opt, g)  # warm-up, not timed
    w, t = time.perf_counter(), time.process_time()
    for _ in range(epochs):
        epoch(enc, head, opt, g)
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
