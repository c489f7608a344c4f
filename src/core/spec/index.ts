// parseSpec: .nnspec text to a validated Spec, every problem as a diagnostic. Never throws.
import { Codes } from './codes';
import { diagnostic } from './ranges';
import { shown } from './shown';
import { Context } from './context';
import type { Diagnostic, ParseResult } from './types';
import { validate } from './validate';
import { readTree } from './yamlTree';

export function parseSpec(text: string): ParseResult {
  try {
    return parse(typeof text === 'string' ? text : String(text));
  } catch (e) {
    return { diagnostics: [internalError(e)], ranges: new Map() };
  }
}

function parse(text: string): ParseResult {
  const tree = readTree(text);
  const result: ParseResult = { diagnostics: tree.diagnostics, ranges: tree.ranges };
  if (!tree.root) return result;
  if (tree.root.kind !== 'map') {
    result.diagnostics.push(
      diagnostic(
        tree.ranges.get('') ?? tree.rangeAt(0, 0),
        'error',
        Codes.notAMapping,
        `The file must be a mapping of keys (data, network, loss, training), but its top level is ${tree.root.kind === 'seq' ? 'a list' : 'a single value'}.`,
      ),
    );
    return result;
  }
  const ctx = new Context(tree.ranges, tree.text);
  const spec = validate(ctx, tree.root);
  result.diagnostics.push(...ctx.diagnostics);
  if (spec && !tree.yamlErrors) result.spec = spec;
  return result;
}

function internalError(e: unknown): Diagnostic {
  const message = e instanceof Error ? e.message : String(e);
  const why = /call stack/i.test(message) ? 'it is nested too deeply' : `of an internal error (${shown(message)})`;
  return diagnostic(
    { line: 1, column: 1, endLine: 1, endColumn: 1 },
    'error',
    Codes.internalError,
    `nnspec could not read this file because ${why}.`,
  );
}

export { Codes } from './codes';
export { DEFAULTS, ENUMS, EXACTLY_ONE_OF, REQUIRED_KEYS, SECTION_KEYS } from './keys';
export { MAX_SPEC_CHARS } from './limits';
