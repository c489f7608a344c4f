// The JSON schema (for editors' hovers and completion) must say what the validator enforces.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  DEFAULTS,
  ENUMS,
  EXACTLY_ONE_OF,
  MAX_VARIANTS,
  REQUIRED_KEYS,
  SECTION_KEYS,
  type Section,
} from '../../../src/core/spec/keys';
import { resolvePath } from '../../../src/core/spec/overridePath';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON of any shape
type Schema = Record<string, any>;
const root: Schema = JSON.parse(readFileSync(join(__dirname, '../../../schemas/nnspec.schema.json'), 'utf8'));

function resolve(s: Schema): Schema {
  if (typeof s.$ref !== 'string') return s;
  const name = s.$ref.replace('#/definitions/', '');
  return root.definitions[name];
}

/** The schema object of a section path such as 'network.layers.*'. */
function sectionSchema(section: Section): Schema {
  let s = root;
  if (section === '') return s;
  for (const part of section.split('.')) s = resolve(part === '*' ? s.items : s.properties[part]);
  return s;
}

const SECTIONS = Object.keys(SECTION_KEYS) as Section[];

describe('schemas/nnspec.schema.json agrees with the validator', () => {
  test('it is a draft-07 schema', () => {
    assert.equal(root.$schema, 'http://json-schema.org/draft-07/schema#');
  });

  for (const section of SECTIONS) {
    test(`section '${section || '(top level)'}': same keys, same required keys, no others allowed`, () => {
      const s = sectionSchema(section);
      assert.equal(s.type, 'object');
      assert.equal(s.additionalProperties, false);
      assert.deepEqual(Object.keys(s.properties).sort(), [...SECTION_KEYS[section]].sort());
      assert.deepEqual([...(s.required ?? [])].sort(), [...REQUIRED_KEYS[section]].sort());
      for (const key of Object.keys(s.properties)) {
        assert.ok(
          typeof s.properties[key].description === 'string' ||
            typeof resolve(s.properties[key]).description === 'string',
          `${key} has a description`,
        );
      }
    });
  }

  test('groups of which exactly one is required are oneOf lists', () => {
    for (const section of SECTIONS) {
      const group = (EXACTLY_ONE_OF as Partial<Record<Section, readonly string[]>>)[section];
      const s = sectionSchema(section);
      if (!group) {
        assert.equal(s.oneOf, undefined, section);
        continue;
      }
      assert.deepEqual(
        s.oneOf.map((alt: Schema) => alt.required),
        group.map((k) => [k]),
        section,
      );
    }
  });

  test('every enum lists the same values', () => {
    const where: Record<keyof typeof ENUMS, Schema> = {
      layout: root.properties.layout,
      activation: sectionSchema('network.layers.*').properties.activation,
      loss: root.properties.loss,
      init: sectionSchema('network').properties.init,
      optimizer: sectionSchema('training').properties.optimizer,
      generator: sectionSchema('data.generate').properties.kind,
      normalize: sectionSchema('data').properties.normalize,
    };
    assert.deepEqual(Object.keys(where).sort(), Object.keys(ENUMS).sort());
    for (const [name, values] of Object.entries(ENUMS))
      assert.deepEqual(where[name as keyof typeof ENUMS].enum, [...values], name);
  });

  test('the defaults are the validator defaults', () => {
    assert.equal(root.properties.seed.default, DEFAULTS.seed);
    assert.equal(root.properties.layout.default, DEFAULTS.layout);
    assert.equal(sectionSchema('network').properties.init.default, DEFAULTS.init);
    assert.equal(sectionSchema('network').properties.init_scale.default, DEFAULTS.initScale);
    assert.equal(sectionSchema('network.layers.*').properties.alpha.default, DEFAULTS.alpha);
    assert.equal(sectionSchema('data').properties.normalize.default, DEFAULTS.normalize);
    assert.equal(sectionSchema('data').properties.test_split.default, DEFAULTS.testSplit);
    assert.equal(sectionSchema('training').properties.batch_size.default, DEFAULTS.batchSize);
    assert.equal(sectionSchema('training').properties.optimizer.default, DEFAULTS.optimizer);
    assert.equal(sectionSchema('data.csv').properties.one_hot.default, DEFAULTS.oneHot);
  });

  test('every object in the schema is a section the validator knows', () => {
    const found: string[] = [];
    const walk = (s: Schema, path: string) => {
      s = resolve(s);
      if (s.propertyNames) return; // a variant's set: PATHs, not keys (the next test)
      if (s.type === 'object') found.push(path);
      for (const [k, v] of Object.entries(s.properties ?? {})) walk(v as Schema, path === '' ? k : `${path}.${k}`);
      if (s.items && !Array.isArray(s.items)) walk(s.items, `${path}.*`);
    };
    walk(root, '');
    assert.deepEqual(found.sort(), [...SECTIONS].sort());
  });

  test("a variant's set takes exactly the PATHs that --set takes, and at most MAX_VARIANTS variants", () => {
    const compare = root.properties.compare;
    assert.equal(compare.maxItems, MAX_VARIANTS);
    const set = compare.items.properties.set;
    assert.equal(set.type, 'object');
    const pattern = new RegExp(set.propertyNames.pattern as string);
    const good = settablePaths();
    assert.ok(good.includes('network.layers.2.activation') && good.includes('training.regularization.l2'));
    const bad = [
      ...good.map((p) => `${p}.x`),
      ...good.map((p) => p.replace(/[a-z_]+$/, (k) => `${k}s`)),
      'compare',
      'compare.1.name',
      'network.layers.0.units',
      'network.layers.one.units',
      'network.layers.01',
      'Training.learning_rate',
      'training..learning_rate',
      'learning_rate',
      'units',
      '',
    ];
    for (const p of [...good, ...bad]) assert.equal(pattern.test(p), resolvePath(p).ok, p);
    assert.ok(good.every((p) => pattern.test(p)));
  });
});

/** Every PATH the key tables allow (layers 1, 2 and 12 standing for any). */
function settablePaths(): string[] {
  const out: string[] = [];
  const walk = (section: Section, prefix: string) => {
    for (const key of SECTION_KEYS[section]) {
      if (key === 'compare') continue;
      const path = prefix === '' ? key : `${prefix}.${key}`;
      const child = section === '' ? key : `${section}.${key}`;
      out.push(path);
      if (child === 'network.layers') {
        for (const l of [1, 2, 12]) {
          out.push(`${path}.${l}`);
          walk('network.layers.*', `${path}.${l}`);
        }
      } else if (child in SECTION_KEYS) walk(child as Section, path);
    }
  };
  walk('', '');
  return out;
}
