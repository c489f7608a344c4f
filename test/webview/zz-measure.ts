import { openPanel, startHarness } from './harness';
import { analysis, progressPoints, snapshot, boundary, XOR_X, XOR_Y } from './fixtures';
(async () => {
  const h = await startHarness();
  const p = await openPanel(h);
  await p.send(analysis(true), { type: 'snapshot', snapshot: snapshot(0, XOR_X, XOR_Y) }, { type: 'boundary', boundary: boundary(0, 60) });
  for (let k = 0; k < 20; k++) await p.send({ type: 'progress', points: progressPoints(k * 5000, (k + 1) * 5000), testPoints: [] });
  const cpu = async (n: number, make: (i: number) => unknown) => p.page.evaluate(async ({ n, msgs }) => {
    let busy = 0;
    const raf = window.requestAnimationFrame.bind(window);
    (window as any).requestAnimationFrame = (cb: FrameRequestCallback) => raf((t) => { const t0 = performance.now(); cb(t); busy += performance.now() - t0; });
    for (let i = 0; i < n; i++) {
      window.postMessage(msgs[i], '*');
      await new Promise<void>((ok) => setTimeout(ok, 0));
      await new Promise<void>((ok) => raf(() => raf(() => ok())));
    }
    (window as any).requestAnimationFrame = raf;
    return busy / n;
  }, { n, msgs: Array.from({ length: n }, (_, i) => make(i)) });
  console.log('progress batch of 50 with 100k history, ms/frame:', (await cpu(30, (i) => ({ type: 'progress', points: progressPoints(100000 + i * 50, 100000 + (i + 1) * 50), testPoints: [] }))).toFixed(2));
  console.log('snapshot 2-4-1 m=4, ms/frame:', (await cpu(30, (i) => ({ type: 'snapshot', snapshot: snapshot(i, XOR_X, XOR_Y) }))).toFixed(2));
  const m = 400; const X = [Array.from({ length: m }, (_, k) => k / m), Array.from({ length: m }, (_, k) => (k * 7 % m) / m)]; const Y = [Array.from({ length: m }, (_, k) => k % 2)];
  console.log('snapshot 2-4-1 m=400, ms/frame:', (await cpu(20, (i) => ({ type: 'snapshot', snapshot: snapshot(i, X, Y) }))).toFixed(2));
  console.log('boundary 60x60, ms/frame:', (await cpu(20, (i) => ({ type: 'boundary', boundary: boundary(i, 60) }))).toFixed(2));
  await h.close();
})();
