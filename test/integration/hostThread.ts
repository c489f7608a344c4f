// The extension host's own thread, profiled while something runs: its longest stretch of work
// (JavaScript, garbage collection or native code) without a return to the event loop. A late timer
// on a thread that was idle all along is the machine running other processes, not the host's work.
import { Session } from 'node:inspector';
import { constants, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  /** Microseconds since the sample before. */
  timeDeltas: number[];
}

export interface BusyStretch {
  ms: number;
  /** Seconds from the profile's start to the stretch's. */
  at: number;
  /** The stack most often sampled during it: its top frame and, when that is native, the nearest caller in a script. */
  top: string;
}

function post<T>(s: Session, method: string, params: object = {}): Promise<T> {
  return new Promise((resolve, reject) => s.post(method, params, (e, r) => (e ? reject(e) : resolve(r as T))));
}

/** A script's file name, from its extension's folder on when it is an extension's (`git/dist/main.js`). */
const scriptName = (url: string): string => {
  const at = url.lastIndexOf('/extensions/');
  return at >= 0 ? url.slice(at + '/extensions/'.length) : url.split('/').pop()!;
};

const frameName = (f: ProfileNode['callFrame']): string =>
  f.url ? `${f.functionName || '(anonymous)'} (${scriptName(f.url)}:${f.lineNumber + 1})` : f.functionName;

/** A frame of a script outside Node's own modules: an extension's, VS Code's or ours. */
const inScript = (f: ProfileNode['callFrame']): boolean => f.url !== '' && !f.url.startsWith('node:');

/**
 * Names sample nodes by their top frame, with the nearest caller in a script outside Node's own modules
 * when the top is native code or Node's (so a `spawn` or an `open` names the extension that asked for it).
 */
function stackNamer(p: Profile): (id: number) => string {
  const nodes = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  return (id) => {
    const top = nodes.get(id)!.callFrame;
    if (inScript(top)) return frameName(top);
    let caller = parent.get(id);
    while (caller !== undefined && !inScript(nodes.get(caller)!.callFrame)) caller = parent.get(caller);
    return caller === undefined ? frameName(top) : `${frameName(top)} < ${frameName(nodes.get(caller)!.callFrame)}`;
  };
}

const INTERVAL_US = 500;

/**
 * The longest run of samples that are not `(idle)`. A gap in the sampling between two busy samples
 * counts as work: the thread was busy at both ends (a long garbage collection can go unsampled).
 */
export function longestBusyStretch(p: Profile): BusyStretch {
  const frames = new Map(p.nodes.map((n) => [n.id, n.callFrame]));
  let best = { ms: 0, at: 0, from: 0, to: -1 };
  let from = -1;
  let ms = 0;
  let at = 0;
  let now = 0;
  p.samples.forEach((id, k) => {
    now += p.timeDeltas[k];
    if (frames.get(id)?.functionName === '(idle)') {
      from = -1;
      return;
    }
    // The first sample of a run only marks its start (the profile's first one comes after the profiler's own start-up).
    if (from < 0) [from, ms, at] = [k, 0, now];
    else ms += p.timeDeltas[k] / 1000;
    if (ms > best.ms) best = { ms, at, from, to: k };
  });
  const counts = new Map<string, number>();
  const name = stackNamer(p);
  for (let k = best.from; k <= best.to; k++) {
    const stack = name(p.samples[k]);
    counts.set(stack, (counts.get(stack) ?? 0) + 1);
  }
  const top = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '(none)';
  return { ms: best.ms, at: best.at / 1e6, top };
}

/** Starts sampling this thread; the returned function stops and sums it up. */
export async function profileHostThread(): Promise<() => Promise<BusyStretch>> {
  const s = new Session();
  s.connect();
  await post(s, 'Profiler.enable');
  await post(s, 'Profiler.setSamplingInterval', { interval: INTERVAL_US });
  await post(s, 'Profiler.start');
  return async () => {
    try {
      const { profile } = await post<{ profile: Profile }>(s, 'Profiler.stop');
      return longestBusyStretch(profile);
    } finally {
      s.disconnect();
    }
  };
}

export interface GcPauses {
  count: number;
  totalMs: number;
  /** The longest pause, its kind and what V8 said of it (forced, for external memory, ...). */
  longest: { ms: number; kind: string; flags: string[] };
  /** The thread's heap when the watch stopped, in MB: V8's heap used and memory outside it (array buffers). */
  heapMb: { used: number; external: number };
}

const GC_KINDS: Record<number, string> = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak callbacks',
};

const GC_FLAGS: [number, string][] = [
  [constants.NODE_PERFORMANCE_GC_FLAGS_FORCED, 'forced'],
  [constants.NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE, 'all available garbage'],
  [constants.NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY, 'external memory'],
  [constants.NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE, 'scheduled for idle time'],
];

/** Starts watching this thread's garbage collections; the returned function stops and sums them up. */
export function watchGc(): () => GcPauses {
  const pauses: GcPauses = {
    count: 0,
    totalMs: 0,
    longest: { ms: 0, kind: '', flags: [] },
    heapMb: { used: 0, external: 0 },
  };
  const add = (entries: PerformanceEntry[]) => {
    for (const e of entries) {
      const detail = (e as PerformanceEntry & { detail?: { kind?: number; flags?: number } }).detail;
      const kind = GC_KINDS[detail?.kind ?? 0] ?? 'other';
      const flags = GC_FLAGS.filter(([bit]) => ((detail?.flags ?? 0) & bit) !== 0).map(([, name]) => name);
      pauses.count++;
      pauses.totalMs += e.duration;
      if (e.duration > pauses.longest.ms) pauses.longest = { ms: e.duration, kind, flags };
    }
  };
  const observer = new PerformanceObserver((list) => add(list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  return () => {
    add(observer.takeRecords());
    observer.disconnect();
    const m = process.memoryUsage();
    pauses.heapMb = { used: m.heapUsed / 2 ** 20, external: m.external / 2 ** 20 };
    return pauses;
  };
}
