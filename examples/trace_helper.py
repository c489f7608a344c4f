# nnspec trace helper: records the matrices of your own implementation so that
# `nnspec diff SPEC trace.json` can compare them with nnspec's, and name the first that differs.
#
# Paste this into your notebook. In your training loop, on every step from the first, call
#     record(cost, **cache, **grads)      # or: record(cost, Z1=Z1, A1=A1, dW1=dW1, db1=db1, ...)
# after the backward pass and before the update; after training call
#     save_trace("trace.json", parameters)
# then run:  nnspec diff your.nnspec trace.json
# Train with the spec's data, initial parameters and batches (an exported script has them:
# nnspec export your.nnspec --to numpy), or nnspec will rightly find a difference at step 0.

import json
import re

import numpy as np

TRACE = {"steps": [], "costs": []}
TRACE_STEPS = 5  # the matrices of the first 5 steps are kept; the cost of every step


def record(cost, **matrices):
    """Call once per training step, from the first: record(cost, **cache, **grads).

    Keeps the matrices named Z1, A1, dA1, dZ1, dW1, db1, Z2, ... (the course's names; the
    number is the layer l, from 1), in your file's layout; other names are left out.
    """
    step = {"cost": float(np.squeeze(cost)), "layers": []}
    for name, value in matrices.items():
        match = re.fullmatch(r"(Z|A|dA|dZ|dW|db)([1-9][0-9]*)", name)
        if match:
            l = int(match.group(2))
            step["layers"] += [{} for _ in range(l - len(step["layers"]))]
            step["layers"][l - 1][match.group(1)] = np.asarray(value, dtype=float).tolist()
    TRACE["costs"].append(step["cost"])
    if len(TRACE["steps"]) < TRACE_STEPS:
        TRACE["steps"].append(step)


def save_trace(path, parameters=None):
    """Writes the trace, with your final W1, b1, W2, ... when given, for `nnspec diff SPEC path`."""
    if parameters is not None:
        TRACE["parameters"] = {
            name: np.asarray(value, dtype=float).tolist()
            for name, value in parameters.items()
            if re.fullmatch(r"[Wb][1-9][0-9]*", name)
        }
    with open(path, "w") as f:
        json.dump(TRACE, f)
