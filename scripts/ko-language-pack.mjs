// A Korean workbench for the e2e tests: packages test/fixtures/ko-language-pack (a language pack with
// no translations of its own) and installs it, and writes the language-pack index code-server reads.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { installFixtureExtension } from './vscode.mjs';

export const KO_PACK_ID = 'nnspec-test.ko-language-pack';

/** Packages the Korean language pack and installs it into `extensionsDir`. */
export function installKoreanLanguagePack(extensionsDir) {
  installFixtureExtension('ko-language-pack', extensionsDir);
}

/**
 * The user-data file `languagepacks.json` for the pack installed in `extensionsDir`, as VS Code writes it
 * when a pack is installed from the workbench. code-server resolves `--locale` only through this file,
 * and neither its CLI install nor its start-up writes it.
 */
export function koreanLanguagePacksJson(extensionsDir) {
  const installed = JSON.parse(readFileSync(join(extensionsDir, 'extensions.json'), 'utf8'));
  const pack = installed.find((e) => e.identifier.id === KO_PACK_ID);
  if (!pack) throw new Error(`nnspec: ${KO_PACK_ID} is not installed in ${extensionsDir}`);
  const folder = join(extensionsDir, pack.relativeLocation); // `location` loses fsPath once another install rewrites the file
  const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
  const [ko] = manifest.contributes.localizations;
  const translations = Object.fromEntries(ko.translations.map((t) => [t.id, join(folder, t.path)]));
  // The hash names the cache folder of the generated messages; VS Code takes md5(id + version).
  const hash = createHash('md5').update(pack.identifier.id).update(pack.version).digest('hex');
  const entry = { hash, extensions: [{ extensionIdentifier: pack.identifier, version: pack.version }], translations };
  return JSON.stringify({ [ko.languageId]: { ...entry, label: ko.localizedLanguageName } });
}
