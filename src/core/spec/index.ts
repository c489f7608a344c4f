// parseSpec: .nnspec text to a validated Spec, every problem as a diagnostic. Never throws.
import { msg } from '../messages/message';
import { Codes } from './codes';
import { diagnostic } from './ranges';
import { shown } from './shown';
import { Context } from './context';
import { applyOverrides, noteOverrides, type Override } from './overrides';
import type { Diagnostic, ParseResult } from './types';
import { validate } from './validate';
import { parseVariant, variantDiagnostics } from './variants';
import { readTree, type TreeNode } from './yamlTree';

/**
 * `overrides` (--set) change keys of the tree before validation, as if the file said so; the
 * diagnostics about them say so. Each compare: variant is validated with its keys changed too.
 */
export function parseSpec(text: string, overrides: Override[] = []): ParseResult {
  try {
    return parse(typeof text === 'string' ? text : String(text), overrides);
  } catch (e) {
    return { diagnostics: [internalError(e)], ranges: new Map() };
  }
}

function parse(text: string, overrides: Override[]): ParseResult {
  const tree = readTree(text);
  const result: ParseResult = { diagnostics: tree.diagnostics, ranges: tree.ranges };
  if (!tree.root) return result;
  if (tree.root.kind !== 'map') {
    result.diagnostics.push(
      diagnostic(
        tree.ranges.get('') ?? tree.rangeAt(0, 0),
        'error',
        Codes.notAMapping,
        msg(tree.root.kind === 'seq' ? 'spec.topList' : 'spec.topValue'),
      ),
    );
    return result;
  }
  const overridden = applyOverrides(tree.root, tree.ranges, tree.text, overrides);
  // Overrides replace keys inside the top-level mapping, so the root stays a mapping.
  const root = overridden.root as TreeNode & { kind: 'map' };
  const ctx = new Context(overridden.ranges, tree.text);
  const { spec, variants } = validate(ctx, root);
  const own = noteOverrides([...overridden.diagnostics, ...ctx.diagnostics], overridden.applied);
  result.diagnostics.push(...own);
  result.ranges = overridden.ranges;
  result.overrides = overridden.applied;
  if (!spec || tree.yamlErrors) return result;
  result.spec = spec;
  result.variants = variants.map((v) => parseVariant(root, overridden.ranges, tree.text, overridden.applied, v));
  for (const v of result.variants) result.diagnostics.push(...variantDiagnostics(v.parse.diagnostics, own, v));
  return result;
}

function internalError(e: unknown): Diagnostic {
  const message = e instanceof Error ? e.message : String(e);
  const why = /call stack/i.test(message) ? msg('spec.tooDeep') : msg('spec.internal', { error: shown(message) });
  return diagnostic(
    { line: 1, column: 1, endLine: 1, endColumn: 1 },
    'error',
    Codes.internalError,
    msg('spec.unreadable', { why }),
  );
}

export { Codes } from './codes';
export { DEFAULTS, ENUMS, EXACTLY_ONE_OF, MAX_VARIANTS, REQUIRED_KEYS, SECTION_KEYS } from './keys';
export { MAX_SPEC_CHARS } from './limits';
export { parseSetArgument, type Override } from './overrides';
