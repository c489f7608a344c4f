// Entry point VS Code's extension host calls for `extensionTestsPath` (code-server or desktop):
// runs every bundled `*.itest.js` beside this file with mocha and resolves when all of them pass.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';

/** Prefix of mocha's report lines, so a driver can pick them out of the workbench's own log. */
export const REPORT_TAG = '[nnspec-mocha]';
/** Prefix of the one line carrying the counts as JSON: {"passed": N, "failed": N}. */
export const SUMMARY_TAG = '[nnspec-mocha-summary]';

const log = Mocha.reporters.Base.consoleLog;
// The extension host ignores a reassigned console.log, so tag at mocha's own output point.
Mocha.reporters.Base.consoleLog = (...args: unknown[]) => log(`${REPORT_TAG} ${format(...args)}`);

/** The spec reporter, plus one tagged summary line at the end of the run. */
class TaggedSpecReporter extends Mocha.reporters.Spec {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const stats = runner.stats ?? { passes: 0, failures: 0 };
      log(`${SUMMARY_TAG} ${JSON.stringify({ passed: stats.passes, failed: stats.failures })}`);
    });
  }
}

export function run(): Promise<void> {
  Mocha.reporters.Base.useColors = false;
  const mocha = new Mocha({ ui: 'tdd', timeout: 20_000, reporter: TaggedSpecReporter });
  const files = readdirSync(__dirname, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.itest.js'))
    .sort();
  for (const f of files) mocha.addFile(join(__dirname, f));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
  });
}
