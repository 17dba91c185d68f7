// Reads the project's data files: `#` lines are comments, blank lines are skipped, cells are trimmed.
import { readFileSync } from 'node:fs';

/** A data file's text; a missing or unreadable file is an error that names it and what it holds. */
export function readDataFile(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`cannot read ${what} ${file}: ${(err as Error).message}`);
  }
}

/** One data row: its cells and the 1-based line it came from, so loaders can name bad lines. */
export interface TsvRow {
  cells: string[];
  line: number;
}

export function readTsvRows(file: string, what = 'rule file'): TsvRow[] {
  const text = readDataFile(file, what);
  const rows: TsvRow[] = [];
  const lines = text.split(/\r?\n/);
  for (let k = 0; k < lines.length; k++) {
    const raw = lines[k]!;
    if (raw.trim() === '' || raw.startsWith('#')) continue;
    rows.push({ cells: raw.split('\t').map((c) => c.trim()), line: k + 1 });
  }
  return rows;
}
