// What "nnspec: Compare…" offers: the keys students compare most (learning rate, initialisation, a
// hidden layer's activation or units, L2 λ) with the file's value and sensible values to try, and
// how a typed list of values is split (at commas outside brackets and quotes).
import { msg, render, type Language } from '../core/messages/message';
import { ENUMS } from '../core/spec/keys';
import type { Spec } from '../core/spec/types';

export interface CompareKey {
  /** What the quick pick shows, in the editor's language. */
  label: string;
  /** The --set PATH (layers from 1). */
  path: string;
  /** The file's value, as text; absent when the file does not say and there is no default. */
  current?: string;
  /** A fixed set of values (pick several), or absent for numbers typed as a list. */
  choices?: readonly string[];
  /** Values to start from: the box's text for numbers, the ones picked at first for choices. */
  suggested: string[];
}

/** 3 significant digits: 1.2 / 10 is 0.12, not 0.12000000000000001. */
const round = (x: number): string => String(Number(x.toPrecision(3)));

/** Hidden activations a variant may try (softmax belongs to the output layer). */
const HIDDEN_ACTIVATIONS = ENUMS.activation.filter((a) => a !== 'softmax');

function hiddenLayerKeys(spec: Spec, lang: Language): CompareKey[] {
  const hidden = spec.network.layers.slice(0, -1);
  return hidden.flatMap((layer, i) => {
    const l = i + 1;
    const others = HIDDEN_ACTIVATIONS.filter((a) => a !== layer.activation);
    return [
      {
        label: render(lang, msg('compareKey.activation', { layer: l })),
        path: `network.layers.${l}.activation`,
        current: layer.activation,
        choices: others,
        suggested: others.filter((a) => a === 'relu' || a === 'tanh' || a === 'sigmoid').slice(0, 2),
      },
      {
        label: render(lang, msg('compareKey.units', { layer: l })),
        path: `network.layers.${l}.units`,
        current: String(layer.units),
        suggested: [...new Set([Math.max(1, Math.floor(layer.units / 2)), layer.units * 2])]
          .filter((u) => u !== layer.units)
          .map(String),
      },
    ];
  });
}

/** The keys offered for this spec, in the order a student meets them; without a spec, the three that need none. */
export function compareKeys(spec: Spec | undefined, lang: Language = 'en'): CompareKey[] {
  const lr = spec?.training.learningRate;
  const init = spec?.network.init;
  const reg = spec?.training.regularization;
  const l2 = reg?.kind === 'l2' ? reg.lambda : undefined;
  const inits = ENUMS.init.filter((k) => k !== init);
  return [
    {
      label: render(lang, msg('compareKey.learningRate')),
      path: 'training.learning_rate',
      current: lr === undefined ? undefined : String(lr),
      suggested: lr === undefined ? ['0.01', '0.1', '1'] : [round(lr / 10), round(lr * 3)],
    },
    {
      label: render(lang, msg('compareKey.init')),
      path: 'network.init',
      current: init,
      choices: inits,
      suggested: inits.filter((k) => k === 'zeros' || k === 'he' || k === 'random').slice(0, 2),
    },
    ...(spec ? hiddenLayerKeys(spec, lang) : []),
    {
      label: render(lang, msg('compareKey.l2')),
      path: 'training.regularization.l2',
      current: l2 === undefined ? undefined : String(l2),
      suggested: ['0', '0.01', '0.1', '1'].filter((v) => Number(v) !== (l2 ?? 0)),
    },
  ];
}

/** `0.01, 0.1, [a, b], "x, y"` → ['0.01', '0.1', '[a, b]', '"x, y"']: commas inside brackets or quotes stay. */
export function splitValues(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') depth++;
    else if ((c === ']' || c === '}') && depth > 0) depth--;
    else if (c === ',' && depth === 0) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out.map((v) => v.trim()).filter((v) => v !== '');
}
