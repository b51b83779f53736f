import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** The reference documents that sit beside the repository, in `../shared/data`. */
export const SHARED_DATA_DIR = resolve(__dirname, '../../../shared/data');

/** List every JSON document under the shared data folder as [path relative to it, parsed content]. */
export function sharedDocuments(): Array<[string, unknown]> {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) {
        walk(path);
      } else if (entry.endsWith('.json')) {
        files.push(path);
      }
    }
  };
  walk(SHARED_DATA_DIR);

  return files.map((path) => [relative(SHARED_DATA_DIR, path), JSON.parse(readFileSync(path, 'utf8'))]);
}
