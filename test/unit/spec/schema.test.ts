// The JSON schema (for editors' hovers and completion) must say what the validator enforces.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  DEFAULTS,
  ENUMS,
  EXACTLY_ONE_OF,
  REQUIRED_KEYS,
  SECTION_KEYS,
  type Section,
} from '../../../src/core/spec/keys';

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
      if (s.type === 'object') found.push(path);
      for (const [k, v] of Object.entries(s.properties ?? {})) walk(v as Schema, path === '' ? k : `${path}.${k}`);
      if (s.items && !Array.isArray(s.items)) walk(s.items, `${path}.*`);
    };
    walk(root, '');
    assert.deepEqual(found.sort(), [...SECTIONS].sort());
  });
});
