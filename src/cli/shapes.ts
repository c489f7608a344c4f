// `nnspec shapes FILE [--json]`: every matrix's shape per layer, and the equations.
import { diagnosticJson, shapesJson } from '../core/report';
import { shapeTableText } from '../core/shapes/text';
import { shown } from '../core/spec/shown';
import type { Command } from './command';
import { formatDiagnostic, load, oneFile } from './io';
import { language } from './language';

export const shapesCommand: Command = {
  name: 'shapes',
  usage: [{ synopsis: 'nnspec shapes FILE [--json]            ', what: 'cli.usage.shapes' }],
  options: {},
  run(positionals, values, io) {
    const file = oneFile('shapes', positionals);
    const analysis = load(file);
    if (values.json) {
      const shapes = analysis.shapes ? shapesJson(analysis.shapes) : null;
      io.out(JSON.stringify({ shapes, diagnostics: analysis.diagnostics.map(diagnosticJson) }, null, 2));
    } else {
      const name = analysis.parse.spec?.name;
      if (analysis.shapes) io.out(shapeTableText(analysis.shapes, name && shown(name, 200), true, language()));
      for (const d of analysis.diagnostics) io.err(formatDiagnostic(file, d));
    }
    return analysis.diagnostics.some((d) => d.severity === 'error') || !analysis.shapes ? 1 : 0;
  },
};
