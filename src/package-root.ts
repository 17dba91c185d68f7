// Where the package's own files are: the folder holding package.json above this module. Found by
// walking up, so it is the same whether the code runs from src/, from dist/ or bundled into one file.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findPackageRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${from}: cannot find Dyad's data folder`);
  }
}

export const PACKAGE_ROOT = findPackageRoot(path.dirname(fileURLToPath(import.meta.url)));

/** The project's own dictionaries, shipped in `data/`. */
export const BUNDLED_DATA_DIR = path.join(PACKAGE_ROOT, 'data');
