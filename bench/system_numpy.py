"""Trains one workload of bench/workloads.ts with numpy in float64, the course's way (bench/system-numpy.ts
feeds it the data and initial parameters). Reads from stdin a JSON line describing the workload, then
X, Y, W[1], b[1], ..., W[L], b[L] as little-endian float64 in that order; prints a JSON RunResult.
Batches are contiguous column blocks of X, as for tfjs; the cost J_t is computed at every step, as nnspec does."""
import json
import sys
import time

import numpy as np


def blas_info():
    """Which BLAS numpy calls, and with how many threads (threadpoolctl when installed)."""
    try:
        from threadpoolctl import threadpool_info

        pools = [p for p in threadpool_info() if p.get("user_api") == "blas"]
        return ", ".join(f"{p['internal_api']} {p.get('version') or ''} {p.get('architecture') or ''} {p['num_threads']} thread(s)".replace("  ", " ") for p in pools) or "no BLAS pool found"
    except ImportError:
        return "threadpoolctl not installed"


def read_arrays(stream, shapes):
    out = []
    for rows, cols in shapes:
        raw = stream.read(8 * rows * cols)
        out.append(np.frombuffer(raw, dtype="<f8").reshape(rows, cols).copy())
    return out


def activate(g, Z):
    if g == "relu":
        return np.maximum(Z, 0)
    if g == "tanh":
        return np.tanh(Z)
    if g == "sigmoid":
        return 1 / (1 + np.exp(-Z))
    if g == "softmax":
        E = np.exp(Z - Z.max(axis=0, keepdims=True))
        return E / E.sum(axis=0, keepdims=True)
    raise ValueError(g)


def derivative(g, Z, A):
    if g == "relu":
        return (Z > 0).astype(np.float64)
    if g == "tanh":
        return 1 - A * A
    raise ValueError(g)


def cost(loss, A, Y, m):
    if loss == "binary_cross_entropy":
        return float(-np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m)
    return float(-np.sum(Y * np.log(A)) / m)


def train(w, X, Y, W, b):
    L = len(W)
    m_all = X.shape[1]
    batch = m_all if w["batchSize"] == "full" else w["batchSize"]
    batches = [(X[:, s : s + batch], Y[:, s : s + batch]) for s in range(0, m_all, batch)]
    steps = w["iterations"] if "iterations" in w else w["epochs"] * len(batches)
    lr, g = w["learningRate"], w["activations"]
    J = float("nan")
    for t in range(steps):
        Xb, Yb = batches[t % len(batches)]
        m = Xb.shape[1]
        A, Z = [Xb], [Xb]
        for l in range(L):
            Z.append(W[l] @ A[l] + b[l])
            A.append(activate(g[l], Z[l + 1]))
        J = cost(w["loss"], A[L], Yb, m)
        dZ = A[L] - Yb  # sigmoid + BCE, softmax + CE
        for l in range(L, 0, -1):
            dW = dZ @ A[l - 1].T / m
            db = dZ.sum(axis=1, keepdims=True) / m
            if l > 1:
                dZ = (W[l - 1].T @ dZ) * derivative(g[l - 2], Z[l - 1], A[l - 1])
            W[l - 1] -= lr * dW
            b[l - 1] -= lr * db
    return steps, J


def main():
    t0 = time.perf_counter()
    w = json.loads(sys.stdin.buffer.readline())
    sizes, m = w["sizes"], w["m"]
    shapes = [(sizes[0], m), (sizes[-1], m)]
    for l in range(1, len(sizes)):
        shapes += [(sizes[l], sizes[l - 1]), (sizes[l], 1)]
    arrays = read_arrays(sys.stdin.buffer, shapes)
    X, Y, params = arrays[0], arrays[1], arrays[2:]
    t1 = time.perf_counter()
    steps, J = train(w, X, Y, params[0::2], params[1::2])
    t2 = time.perf_counter()
    result = {"setupMs": (t1 - t0) * 1000, "trainMs": (t2 - t1) * 1000, "steps": steps, "finalCost": J}
    result["note"] = f"numpy {np.__version__}, {blas_info()}"
    print(json.dumps(result))


if __name__ == "__main__":
    main()
