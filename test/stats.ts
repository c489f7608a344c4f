// Summaries of measured figures, shared by the suites and the bench; imports nothing, so that tests run
// inside the editor's extension host (test/integration) can use it as well as the e2e harness.

/** The middle of `xs`, or the mean of its two middle values. */
export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
};
