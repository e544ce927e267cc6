"""NT-Xent (SimCLR's loss over 2N views) and its gradient with PyTorch's autograd, the reference for
weka.imbalance.ssl.NTXentTest. Reads a CSV: first line the temperature, then N lines of the first
views' projections z1, then N lines of the second views' z2 (same width). Prints the loss, then the
gradient rows dL/dz1 and dL/dz2 (one per line, comma-separated). Written from the paper's definition
with PyTorch's own operations: F.normalize, the cosine similarity matrix over the temperature with the
diagonal set to -inf, F.cross_entropy with each view's other view as its target (mean over 2N).
Usage: /usr/bin/python3 torch_ntxent_reference.py INPUT.csv (Debian's python3-torch)."""
import sys

import torch
import torch.nn.functional as F

rows = [l.strip() for l in open(sys.argv[1]) if l.strip()]
tau = float(rows[0])
z = torch.tensor([[float(v) for v in r.split(",")] for r in rows[1:]], dtype=torch.float64, requires_grad=True)
n = z.shape[0] // 2
u = F.normalize(z, dim=1)
sim = u @ u.t() / tau
sim = sim.masked_fill(torch.eye(2 * n, dtype=torch.bool), float("-inf"))
target = torch.cat([torch.arange(n, 2 * n), torch.arange(0, n)])
loss = F.cross_entropy(sim, target)
loss.backward()
print("%.17g" % loss.item())
for g in z.grad:
    print(",".join("%.17g" % v for v in g.tolist()))
