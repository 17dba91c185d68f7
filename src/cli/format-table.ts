// The `table` output of `dyad code`: a readable list of an article's events and quotations.
import type { ActorRef, DyadRecord } from '../model/types.js';

function actor(a: ActorRef | null): string {
  if (!a) return '—';
  return `${a.code ?? '?'} (${a.name ?? a.text})`;
}

function clip(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

export function formatTable(r: DyadRecord): string {
  const lines: string[] = [];
  lines.push(`# ${r.id}${r.published ? `  published ${r.published}` : ''}${r.title ? `  ${clip(r.title, 60)}` : ''}`);
  lines.push(`  ${r.sentences.length} sentences · ${r.actors.length} actor mentions · ${r.events.length} events · ${r.quotes.length} quotes · tone ${r.tone ? r.tone.score.toFixed(2) : '—'}`);
  if (r.events.length) {
    lines.push('  events:');
    for (const e of r.events) {
      const type = e.plover ? e.plover.type : `CAMEO ${e.cameo}`;
      const mod = e.modality === 'asserted' ? '' : ` [${e.modality}]`;
      const rep = e.reported ? ' (reported)' : '';
      lines.push(`    ${(e.date?.value ?? '').padEnd(10)}  ${type.padEnd(10)} ${e.cameo.padEnd(4)}  ${actor(e.source)} → ${actor(e.target)}${mod}${rep}`);
      lines.push(`        “${clip(e.trigger.text, 50)}”  ${e.rule}${e.location ? `  @ ${e.location.name}` : ''}`);
    }
  }
  if (r.quotes.length) {
    lines.push('  quotes:');
    for (const q of r.quotes) {
      const who = q.speaker ? `${q.speaker.name ?? q.speaker.text}${q.speaker.code ? ` [${q.speaker.code}]` : ''}` : 'unknown speaker';
      lines.push(`    ${who}${q.cue ? ` (${q.cue.text})` : ''}: “${clip(q.text, 90)}”`);
    }
  }
  for (const d of r.diagnostics) lines.push(`  note [${d.stage}]: ${d.message}`);
  return lines.join('\n');
}
