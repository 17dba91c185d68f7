// Summarises a V8 `.cpuprofile` (from `node --cpu-prof`): self time by function and time by pipeline stage.
import { readFileSync } from 'node:fs';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface Hotspot {
  name: string;
  where: string;
  ms: number;
  share: number;
}

export interface HotspotSummary {
  totalMs: number;
  /** Self time per function, largest first. */
  functions: Hotspot[];
  /** Time per pipeline stage (or package/runtime when no stage is on the stack), inclusive of what it calls. */
  areas: Hotspot[];
}

/** Names the code a URL belongs to: a stage folder, another src folder, a package, or the runtime. */
export function areaOf(url: string): string | null {
  const pkg = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (pkg) return `pkg ${pkg[1]}`;
  // the sources under tsx, or their compiled copies in dist/ when the benchmark runs those
  const stage = /\/(?:src|dist)\/stages\/([^/]+)\//.exec(url);
  if (stage) return `stage ${stage[1]}`;
  const src = /\/(?:src|dist)\/((?:[^/]+\/)?[^/]+)\.[tj]s$/.exec(url);
  if (src) return `src/${src[1]}`;
  return null;
}

function shortWhere(frame: CallFrame): string {
  if (!frame.url) return '(native)';
  const m = /\/(src|dist|bench|node_modules)\/(.*)$/.exec(frame.url);
  const file = m ? `${m[1]}/${m[2]}` : frame.url.replace(/^file:\/\//, '');
  // tsx hands V8 transpiled code, so positions in .ts files do not point at the source line.
  return file.endsWith('.ts') ? file : `${file}:${frame.lineNumber + 1}`;
}

export function summariseProfile(file: string, top = 15): HotspotSummary {
  const prof = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map<number, ProfileNode>();
  const parent = new Map<number, number>();
  for (const n of prof.nodes) {
    byId.set(n.id, n);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  const selfUs = new Map<number, number>();
  for (let k = 0; k < prof.samples.length; k++) {
    const id = prof.samples[k]!;
    selfUs.set(id, (selfUs.get(id) ?? 0) + (prof.timeDeltas[k] ?? 0));
  }

  // The area of a node is the outermost pipeline stage on its stack, so wink-nlp time spent for the
  // segment stage counts as segment; with no stage on the stack, the nearest known area.
  const areaCache = new Map<number, string>();
  const areaFor = (id: number): string => {
    const cached = areaCache.get(id);
    if (cached) return cached;
    let stage: string | null = null;
    let nearest: string | null = null;
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const a = areaOf(byId.get(cur)!.callFrame.url);
      if (!a) continue;
      nearest ??= a;
      if (a.startsWith('stage ')) stage = a;
    }
    const fn = byId.get(id)!.callFrame.functionName;
    const area = stage ?? nearest ?? (fn.startsWith('(') ? fn : 'node runtime');
    areaCache.set(id, area);
    return area;
  };

  let totalUs = 0;
  const fnUs = new Map<string, { name: string; where: string; us: number }>();
  const areaUs = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const node = byId.get(id)!;
    const full = node.callFrame.functionName || '(anonymous)';
    if (full === '(idle)') continue;
    // A regex shows up under its whole source, which can be pages long (the compiled discard lists).
    const fn = full.length > 60 ? `${full.slice(0, 57)}...` : full;
    totalUs += us;
    const where = shortWhere(node.callFrame);
    const key = `${fn}@${where}`;
    const entry = fnUs.get(key) ?? { name: fn, where, us: 0 };
    entry.us += us;
    fnUs.set(key, entry);
    const area = areaFor(id);
    areaUs.set(area, (areaUs.get(area) ?? 0) + us);
  }
  const totalMs = totalUs / 1000;
  const functions = [...fnUs.values()]
    .sort((a, b) => b.us - a.us)
    .slice(0, top)
    .map((f) => ({ name: f.name, where: f.where, ms: f.us / 1000, share: f.us / (totalUs || 1) }));
  const areas = [...areaUs.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([name, us]) => ({ name, where: '', ms: us / 1000, share: us / (totalUs || 1) }));
  return { totalMs, functions, areas };
}
