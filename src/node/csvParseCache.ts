// csv-parse's synchronous `parse`, remembering its last results. The analysis worker's bundle uses it
// in place of csv-parse/sync (scripts/bundle-options.mjs), so checking a spec again after a keystroke
// elsewhere in it does not parse its unchanged CSV file again (a 5 MB file takes about a second).
// Keyed by the text itself, so a file changed on disk is parsed anew. The core only reads the records.
import { parse as parseCsv, type Options } from 'csv-parse/sync';

/** Two: a file's records and, when a message needs line numbers, the same file parsed with `info`. */
const KEPT = 2;

interface Parsed {
  text: string;
  options: string;
  records?: unknown[];
  error?: Error;
}

const kept: Parsed[] = [];

export function parse(text: string, options: Options): unknown[] {
  const key = JSON.stringify(options);
  let hit = kept.find((p) => p.options === key && p.text === text);
  if (hit) kept.splice(kept.indexOf(hit), 1);
  else {
    hit = { text, options: key };
    try {
      hit.records = parseCsv(text, options);
    } catch (e) {
      // a file that is not valid CSV stays so until it changes
      hit.error = e instanceof Error ? e : new Error(String(e));
    }
  }
  kept.unshift(hit);
  kept.length = Math.min(kept.length, KEPT);
  if (hit.error !== undefined) throw hit.error;
  return hit.records!;
}
