// A student whose VS Code runs in Korean: the workbench gets --locale ko and a language pack of our own
// (test/fixtures/ko-language-pack, installed only into this test's extensions folder), so the shape error
// of the broken example reads in Korean in the Problems panel, the palette offers "nnspec: 네트워크 학습",
// and the training panel's labels are Korean. The other e2e tests keep their English workbench.
// nnspec is the .vsix named by NNSPEC_E2E_VSIX (`npm test` sets it), else loaded from this repository.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../src/core/analyze';
import { localizeDiagnostic } from '../../src/core/messages/localize';
import { diskIO } from '../../src/node/dataFiles';
import { PANEL_EN, PANEL_KO } from '../../webview/labels';
import { stage, withWorkbench, type WorkbenchOptions } from './harness';

const repoRoot = join(__dirname, '..', '..');
const BROKEN = 'broken-shapes.nnspec';
const VALID = 'xor.nnspec';
const HANGUL = /[\uac00-\ud7a3]/;

/** The Korean palette title of Train Network, from the manifest's category and package.nls.ko.json. */
function koreanTrainTitle(): string {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
    contributes: { commands: { command: string; category: string }[] };
  };
  const ko = JSON.parse(readFileSync(join(repoRoot, 'package.nls.ko.json'), 'utf8')) as Record<string, string>;
  const train = manifest.contributes.commands.find((c) => c.command === 'nnspec.train');
  assert.ok(train && ko['command.train.title'], 'Train Network has no Korean title');
  return `${train.category}: ${ko['command.train.title']}`;
}

/** The broken example's first error as the core words it in Korean (what the Problems panel must show). */
function koreanShapeError(): string {
  const examples = join(repoRoot, 'examples');
  const a = analyze(readFileSync(join(examples, BROKEN), 'utf8'), diskIO({ baseDir: examples, root: examples }));
  const error = a.diagnostics.find((d) => d.severity === 'error');
  assert.ok(error, `${BROKEN} has no error any more`);
  const message = localizeDiagnostic(error, 'ko').message;
  assert.notEqual(message, error.message, 'the shape error has no Korean wording');
  return message;
}

/** A folder holding the Korean language pack and nnspec (the .vsix, or else the development folder). */
async function koreanWorkbench(dir: string): Promise<WorkbenchOptions> {
  const { installExtension } = await import('../../scripts/vscode.mjs');
  const { installKoreanLanguagePack, koreanLanguagePacksJson } = await import('../../scripts/ko-language-pack.mjs');
  installKoreanLanguagePack(dir);
  const vsix = process.env.NNSPEC_E2E_VSIX;
  if (vsix) installExtension(vsix, dir);
  return {
    extensionsDir: dir,
    extensionPath: vsix ? undefined : repoRoot,
    locale: 'ko',
    userData: { 'languagepacks.json': koreanLanguagePacksJson(dir) },
  };
}

test(
  'in a Korean VS Code the shape error, the command and the panel read in Korean',
  { timeout: 300_000 },
  async (t) => {
    const title = koreanTrainTitle();
    const expected = koreanShapeError();
    t.diagnostic(`expecting "${title}" and "${expected}"`);
    const { cacheDir } = await import('../../scripts/vscode.mjs');
    const dir = mkdtempSync(join(cacheDir, 'e2e-ko-'));
    try {
      const options = await koreanWorkbench(dir);
      await withWorkbench(
        t,
        async (wb) => {
          const page = wb.page;
          await stage(t, wb, 'the workbench runs in Korean', async () => {
            assert.equal(
              await page.evaluate(() => (globalThis as { _VSCODE_NLS_LANGUAGE?: string })._VSCODE_NLS_LANGUAGE),
              'ko',
            );
          });

          await wb.openFile(BROKEN);
          await stage(t, wb, 'the Problems panel lists the shape error in Korean', async (st) => {
            await page.locator('[id="status.problems"]').click();
            const problems = page.locator('.markers-panel .monaco-list-row', { hasText: expected });
            const found = await problems
              .first()
              .waitFor({ timeout: 60_000 })
              .then(
                () => true,
                () => false,
              );
            const listed = (await page.locator('.markers-panel .monaco-list-row').allInnerTexts()).map((s) =>
              s.replace(/\s+/g, ' ').trim(),
            );
            st.diagnostic(`Problems: ${JSON.stringify(listed)}`);
            assert.ok(found, `Problems does not list "${expected}": ${JSON.stringify(listed)}`);
          });

          await wb.openFile(VALID);
          await wb.runCommand(title); // picks the palette row whose label is the Korean title
          const view = wb.webview();
          await stage(t, wb, 'the panel is written in Korean and trains to the end', async () => {
            await view.locator('#status[data-status="done"]').waitFor({ timeout: 120_000 });
            assert.equal(await view.locator('html').getAttribute('lang'), 'ko');
            const text = await view.locator('body').innerText();
            for (const id of ['section.controls', 'section.shapes', 'section.loss'] as const) {
              const korean = PANEL_KO?.[id] ?? `no Korean for ${id}`;
              assert.ok(text.includes(korean), `the panel does not show "${korean}" (${id})`);
              assert.ok(!text.includes(PANEL_EN[id]), `the panel still shows "${PANEL_EN[id]}" (${id})`);
            }
            // The finished run's summary, e.g. '스텝 1000개(0–999)를 모두 학습했습니다. …'
            assert.match(await view.locator('#status').innerText(), HANGUL);
            assert.match(await view.locator('#ctl-cost').innerText(), /^비용 \d/);
            assert.match(await view.locator('#ctl-play').innerText(), HANGUL);
          });
          t.diagnostic(`screenshot: ${await wb.screenshot('e2e-korean')}`);
        },
        options,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);
