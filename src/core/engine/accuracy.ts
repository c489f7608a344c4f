// Classification accuracy of A[L] against Y, both (n[L], m) row-major.

/**
 * One output unit: predict 1 when a > 0.5 (the course's threshold) and compare with y.
 * Several outputs: the predicted class is the argmax of each column of A, the true class that of Y.
 */
export function accuracy(A: Float64Array, Y: Float64Array, n: number, m: number): number {
  if (m === 0) return NaN;
  let correct = 0;
  if (n === 1) {
    for (let j = 0; j < m; j++) if ((A[j] > 0.5 ? 1 : 0) === (Y[j] > 0.5 ? 1 : 0)) correct++;
    return correct / m;
  }
  for (let j = 0; j < m; j++) {
    let bestA = 0;
    let bestY = 0;
    for (let i = 1; i < n; i++) {
      if (A[i * m + j] > A[bestA * m + j]) bestA = i;
      if (Y[i * m + j] > Y[bestY * m + j]) bestY = i;
    }
    if (bestA === bestY) correct++;
  }
  return correct / m;
}
