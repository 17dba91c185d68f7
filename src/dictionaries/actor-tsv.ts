// Reads the actor TSV files: `#` comments, blank lines and the header row skipped, rows keyed by column name.
import { readTsvRows } from './tsv-rows.js';

export interface ActorTsvRow {
  /** Cells by header name; missing trailing cells read as ''. */
  get(column: string): string;
  line: number;
  file: string;
}

export function readActorTsv(file: string): ActorTsvRow[] {
  const [head, ...body] = readTsvRows(file, 'actor data file');
  if (!head) return [];
  const index = new Map(head.cells.map((h, i) => [h, i] as const));
  return body.map(({ cells, line }) => ({
    get: (column: string) => {
      const i = index.get(column);
      if (i === undefined) throw new Error(`${file}: no column "${column}"`);
      return cells[i] ?? '';
    },
    line,
    file,
  }));
}

/** Splits a `|`-separated cell, dropping empties and the `-` placeholder. */
export function splitList(cell: string): string[] {
  if (cell === '' || cell === '-') return [];
  return cell.split('|').map((s) => s.trim()).filter((s) => s !== '');
}
