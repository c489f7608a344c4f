// `nnspec check FILE [--json]`: the diagnostics, as the editor shows them; exit 1 on an error.
import { diagnosticJson } from '../core/report';
import type { Command } from './command';
import { countsText, formatDiagnostic, load, oneFile } from './io';
import { say } from './language';

export const checkCommand: Command = {
  name: 'check',
  usage: [{ synopsis: 'nnspec check  FILE [--json]            ', what: 'cli.usage.check' }],
  options: {},
  run(positionals, values, io) {
    const file = oneFile('check', positionals);
    const ds = load(file).diagnostics;
    if (values.json) io.out(JSON.stringify({ diagnostics: ds.map(diagnosticJson) }, null, 2));
    else {
      for (const d of ds) io.out(formatDiagnostic(file, d));
      io.out(ds.length === 0 ? say('cli.noProblems', { file }) : countsText(ds));
    }
    return ds.some((d) => d.severity === 'error') ? 1 : 0;
  },
};
