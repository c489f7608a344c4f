// Each variant of compare: validated as the file with the variant's keys changed (and no compare
// of its own), and its diagnostics shown where they belong in the file.
import { withNote } from '../messages/localize';
import { msg } from '../messages/message';
import { Context } from './context';
import { applyOverrides, causesOf, noteOverrides, type AppliedOverride } from './overrides';
import type { Diagnostic, ParseResult, RangeMap } from './types';
import { validate } from './validate';
import type { VariantOverrides } from './validateCompare';
import type { TreeNode } from './yamlTree';

export interface VariantParse {
  name: string;
  /** The variant's own spec and ranges; its diagnostics as it sees them (see variantDiagnostics). */
  parse: ParseResult;
  /** The --set overrides and then the variant's own, for the diagnostics of the later stages. */
  applied: AppliedOverride[];
  variant: VariantOverrides;
}

/** `root` and `ranges` are the file's after --set (`cliApplied`). */
export function parseVariant(
  root: TreeNode & { kind: 'map' },
  ranges: RangeMap,
  text: string,
  cliApplied: AppliedOverride[],
  variant: VariantOverrides,
): VariantParse {
  const bare: TreeNode = { kind: 'map', entries: root.entries.filter((e) => e.key !== 'compare') };
  const tree = applyOverrides(bare, ranges, text, variant.overrides);
  const ctx = new Context(tree.ranges, text);
  const { spec } = validate(ctx, tree.root);
  const applied = [...cliApplied, ...tree.applied];
  const parse: ParseResult = {
    diagnostics: noteOverrides([...tree.diagnostics, ...ctx.diagnostics], applied),
    ranges: tree.ranges,
  };
  if (spec) parse.spec = spec;
  return { name: variant.name, parse, applied, variant };
}

const same = (a: Diagnostic, b: Diagnostic) =>
  a.code === b.code &&
  a.severity === b.severity &&
  a.message === b.message &&
  a.range.line === b.range.line &&
  a.range.column === b.range.column &&
  a.range.endLine === b.range.endLine &&
  a.range.endColumn === b.range.endColumn;

/**
 * What the file shows of a variant's diagnostics: those about its own set entries stay there;
 * those the file has too are the file's own; the rest go to the variant's first line, naming the
 * line they are about (a change such as units can make another key wrong).
 */
export function variantDiagnostics(ds: Diagnostic[], fileDs: Diagnostic[], v: VariantParse): Diagnostic[] {
  const own = v.applied.filter((a) => a.override.written);
  return ds.flatMap((d): Diagnostic[] => {
    if (causesOf(d, own).length > 0) return [d];
    if (fileDs.some((f) => same(f, d))) return [];
    const { fixes: _fixes, ...rest } = d;
    const note = msg('override.inVariant', { name: v.name, line: d.range.line });
    return [{ ...withNote(rest, note), range: v.variant.at }];
  });
}
