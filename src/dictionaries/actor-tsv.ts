// Reads the actor TSV files: `#` comments, blank lines and the header row skipped, rows keyed by column name.
import { readFileSync } from 'node:fs';

export interface ActorTsvRow {
  /** Cells by header name; missing trailing cells read as ''. */
  get(column: string): string;
  line: number;
  file: string;
}

export function readActorTsv(file: string): ActorTsvRow[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`cannot read actor data file ${file}: ${(err as Error).message}`);
  }
  const rows: ActorTsvRow[] = [];
  let header: string[] | null = null;
  const lines = text.split(/\r?\n/);
  for (let k = 0; k < lines.length; k++) {
    const raw = lines[k]!;
    if (raw.trim() === '' || raw.startsWith('#')) continue;
    const cells = raw.split('\t').map((c) => c.trim());
    if (!header) {
      header = cells;
      continue;
    }
    const index = new Map(header.map((h, i) => [h, i] as const));
    rows.push({
      get: (column: string) => {
        const i = index.get(column);
        if (i === undefined) throw new Error(`${file}: no column "${column}"`);
        return cells[i] ?? '';
      },
      line: k + 1,
      file,
    });
  }
  return rows;
}

/** Splits a `|`-separated cell, dropping empties and the `-` placeholder. */
export function splitList(cell: string): string[] {
  if (cell === '' || cell === '-') return [];
  return cell.split('|').map((s) => s.trim()).filter((s) => s !== '');
}
