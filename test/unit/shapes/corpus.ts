// Realistic student mistakes, each with every diagnostic it must give: the code, the severity, the
// line (text found on it) and the words of the cause. CSV paths are relative to examples/.
// Shared by test/unit/shapes/corpus.test.ts and test/integration/quickfixes.itest.ts.

export interface Expected {
  code: string;
  severity: 'error' | 'warning' | 'info';
  /** Text on the line the diagnostic starts on (its first occurrence in the file). */
  line: string;
  /** Words of the message: a literal part of it. */
  words: string;
}

export interface Mistake {
  name: string;
  text: string;
  /** Every diagnostic of the file, each exactly once. */
  expect: Expected[];
  /** Applying the first fix of each error or warning in turn leaves a spec without errors or warnings. */
  fixable: boolean;
}

const TRAINING = `loss: binary_cross_entropy
training:
  iterations: 100
  learning_rate: 0.5
`;

const XOR_X = `    X: [[0, 0, 1, 1],
        [0, 1, 0, 1]]
`;
const XOR_Y = `    Y: [[0, 1, 1, 0]]
`;
const XOR_X_ROWS = `    X: [[0, 0], [0, 1], [1, 0], [1, 1]]
`;
const XOR_Y_ROWS = `    Y: [[0], [1], [1], [0]]
`;

/** A 2-4-1 network; `hidden` and `output` are extra lines (W, b) of each layer. */
function network(
  o: { input?: number; units?: [number, number]; hidden?: string; output?: string; last?: string } = {},
) {
  const [h, out] = o.units ?? [4, 1];
  return `network:
${o.input === undefined ? '' : `  input: ${o.input}\n`}  layers:
    - units: ${h}
      activation: tanh
${o.hidden ?? ''}    - units: ${out}
      activation: ${o.last ?? 'sigmoid'}
${o.output ?? ''}`;
}

function xor(layout: string | undefined, X: string, Y: string, net = network({ input: 2 }), tail = TRAINING): string {
  return `name: XOR
${layout === undefined ? '' : `layout: ${layout}\n`}data:
  inline:
${X}${Y}${net}${tail}`;
}

const generated = (layout: string, gen: string, net: string, tail = TRAINING) =>
  `layout: ${layout}
data:
  generate: {${gen}}
${net}${tail}`;

const csv = (layout: string, csvBody: string, net: string, tail: string) =>
  `layout: ${layout}
data:
  csv:
${csvBody}${net}${tail}`;

const lossTail = (loss: string) => TRAINING.replace('binary_cross_entropy', loss);

const e = (code: string, line: string, words: string, severity: Expected['severity'] = 'error'): Expected => ({
  code,
  severity,
  line,
  words,
});

const COLUMNS: Mistake[] = [
  {
    name: 'X written one example per row in a columns file',
    text: xor('columns', XOR_X_ROWS, XOR_Y),
    expect: [
      e(
        'x-transposed',
        'X: [[0, 0], [0, 1]',
        'X is written with one example per row: (4, 2) holds 4 examples of 2 features, but layout: columns wants (2, 4) = (n[0], m), one example per column. Z[1] = W[1] A[0]: (4, 2)(4, 2) — 2 ≠ 4.',
      ),
    ],
    fixable: true,
  },
  {
    name: 'X as a block list of examples, no network.input',
    text: xor('columns', '    X:\n      - [0, 0]\n      - [0, 1]\n      - [1, 0]\n      - [1, 1]\n', XOR_Y, network()),
    expect: [e('x-transposed', '- [0, 0]', 'X is written with one example per row: (4, 2) holds 4 examples')],
    fixable: true,
  },
  {
    name: 'Y written as a column',
    text: xor('columns', XOR_X, XOR_Y_ROWS),
    expect: [
      e(
        'y-transposed',
        'Y: [[0], [1]',
        'Y is written with one example per row: (4, 1) holds 4 examples of 1 target, but layout: columns wants (1, 4) = (n[2], m), one example per column. A[2] - Y: (1, m) - (4, 1) — 1 ≠ 4.',
      ),
    ],
    fixable: true,
  },
  {
    name: 'Y as a block column',
    text: xor('columns', XOR_X, '    Y:\n      - [0]\n      - [1]\n      - [1]\n      - [0]\n'),
    expect: [e('y-transposed', '- [0]', 'Y is written with one example per row')],
    fixable: true,
  },
  {
    name: 'the whole file written in rows under layout: columns',
    text: xor('columns', XOR_X_ROWS, XOR_Y_ROWS),
    expect: [
      e(
        'layout-mismatch',
        'layout: columns',
        'The matrices are written for layout: rows, one example per row: X (4, 2) = (m, n[0]), Y (4, 1) = (m, n[2]); but this file says layout: columns. Z[1] = W[1] A[0]: (4, 2)(4, 2) — 2 ≠ 4.',
      ),
    ],
    fixable: true,
  },
  {
    name: 'the whole file written in rows without a layout key',
    text: xor(undefined, XOR_X_ROWS, XOR_Y_ROWS),
    expect: [
      e('layout-mismatch', 'X: [[0, 0], [0, 1]', 'but this file has no layout key, so it is read as layout: columns'),
    ],
    fixable: true,
  },
  {
    name: 'a target missing from Y',
    text: xor('columns', XOR_X, '    Y: [[0, 1, 1]]\n'),
    expect: [
      e(
        'inline-example-count',
        'Y: [[0, 1, 1]]',
        'Y is (1, 3) but X is (2, 4): X holds m = 4 examples, one per column, and Y holds 3',
      ),
    ],
    fixable: false,
  },
  {
    name: 'network.input against the rows of X',
    text: xor('columns', XOR_X, XOR_Y, network({ input: 3 })),
    expect: [
      e(
        'input-mismatch',
        'input: 3',
        'X is (2, 4) but network.input is 3: n[0] must equal the number of rows of X. Z[1] = W[1] A[0]: (4, 3)(2, 4) — 3 ≠ 2.',
      ),
    ],
    fixable: true,
  },
  {
    name: 'two output units for one row of targets',
    text: xor('columns', XOR_X, XOR_Y, network({ input: 2, units: [4, 2] })),
    expect: [
      e(
        'output-mismatch',
        '- units: 2',
        'Y has 1 row but the last layer has n[2] = 2 units: n[2] must equal the number of rows of Y, one output per target. A[2] - Y: (2, m) - (1, 4) — 2 ≠ 1.',
      ),
    ],
    fixable: true,
  },
  {
    name: 'W[2] with one column too few (the course example)',
    text: xor('columns', XOR_X, XOR_Y, network({ input: 2, output: '      W: [[0.1, -0.2, 0.3]]\n' })),
    expect: [
      e(
        'shape-mismatch-W',
        'W: [[0.1, -0.2, 0.3]]',
        'W[2] must be (1, 4) = (n[2], n[1]), but is (1, 3): its 3 columns should be n[1] = 4, the units of layer 1. Z[2] = W[2] A[1]: (1, 3)(4, m) — 3 ≠ 4.',
      ),
    ],
    fixable: true,
  },
  {
    name: 'W[1] written transposed, as in numpy code',
    text: xor(
      'columns',
      XOR_X,
      XOR_Y,
      network({ input: 2, hidden: '      W: [[0.1, 0.2, 0.3, 0.4], [0.5, 0.6, 0.7, 0.8]]\n' }),
    ),
    expect: [
      e(
        'shape-mismatch-W',
        'W: [[0.1, 0.2, 0.3, 0.4]',
        'W[1] must be (4, 2) = (n[1], n[0]), but is (2, 4): it is written transposed. With layout: columns, W[l] is (n[l], n[l-1]). Z[1] = W[1] A[0]: (2, 4)(2, 4) — 4 ≠ 2.',
      ),
    ],
    fixable: true,
  },
  {
    name: 'b[1] written as a row',
    text: xor('columns', XOR_X, XOR_Y, network({ input: 2, hidden: '      b: [[0, 0, 0, 0]]\n' })),
    expect: [
      e(
        'shape-mismatch-b',
        'b: [[0, 0, 0, 0]]',
        'b[1] must be (4, 1) = (n[1], 1), but is (1, 4): it is written transposed. With layout: columns, b[l] is (n[l], 1). Z[1] = W[1] A[0] + b[1]: (4, 2)(2, 4) + (1, 4) — 4 ≠ 1.',
      ),
    ],
    fixable: true,
  },
  {
    name: 'units changed after W[1], b[1] and W[2] were written',
    text: xor(
      'columns',
      XOR_X,
      XOR_Y,
      network({
        input: 2,
        units: [3, 1],
        hidden: '      W: [[1, 0], [0, 1], [1, 1], [1, -1]]\n      b: [[0], [0], [0], [0]]\n',
        output: '      W: [[0.5, -0.5, 0.5, -0.5]]\n',
      }),
    ),
    expect: [
      e(
        'units-mismatch',
        '- units: 3',
        'Layer 1 has 3 units, but W[1] (4, 2), b[1] (4, 1) and W[2] (1, 4) are written for n[1] = 4. Z[2] = W[2] A[1]: (1, 4)(3, m) — 4 ≠ 3.',
      ),
    ],
    fixable: true,
  },
  {
    name: 'W[1] written for 3 features without network.input',
    text: xor('columns', XOR_X, XOR_Y, network({ hidden: '      W: [[1, 2, 3], [1, 2, 3], [1, 2, 3], [1, 2, 3]]\n' })),
    expect: [
      e(
        'shape-mismatch-W',
        'W: [[1, 2, 3]',
        'W[1] must be (4, 2) = (n[1], n[0]), but is (4, 3): its 3 columns should be n[0] = 2, the rows of X. Z[1] = W[1] A[0]: (4, 3)(2, 4) — 3 ≠ 2.',
      ),
    ],
    fixable: false,
  },
  {
    name: 'one-hot Y of three classes written one example per row',
    text: xor(
      'columns',
      '    X: [[0, 1, 2, 3, 4, 5],\n        [5, 4, 3, 2, 1, 0]]\n',
      '    Y: [[1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 0, 0], [0, 1, 0], [0, 0, 1]]\n',
      network({ input: 2, units: [4, 3], last: 'softmax' }),
      lossTail('cross_entropy'),
    ),
    expect: [
      e('y-transposed', 'Y: [[1, 0, 0]', '(6, 3) holds 6 examples of 3 targets, but layout: columns wants (3, 6)'),
    ],
    fixable: true,
  },
];

const ROWS: Mistake[] = [
  {
    name: 'rows file with X written one example per column',
    text: xor('rows', XOR_X, XOR_Y_ROWS),
    expect: [
      e(
        'x-transposed',
        'X: [[0, 0, 1, 1]',
        'X is written with one example per column: (2, 4) holds 4 examples of 2 features, but layout: rows wants (4, 2) = (m, n[0]), one example per row. Z[1] = A[0] W[1]: (2, 4)(2, 4) — 4 ≠ 2.',
      ),
    ],
    fixable: true,
  },
  {
    name: 'rows file with Y written as a row',
    text: xor('rows', XOR_X_ROWS, XOR_Y),
    expect: [
      e('y-transposed', 'Y: [[0, 1, 1, 0]]', 'Y is written with one example per column: (1, 4) holds 4 examples'),
    ],
    fixable: true,
  },
  {
    name: 'the whole file written in columns under layout: rows',
    text: xor('rows', XOR_X, XOR_Y),
    expect: [
      e(
        'layout-mismatch',
        'layout: rows',
        'The matrices are written for layout: columns, one example per column: X (2, 4) = (n[0], m), Y (1, 4) = (n[2], m); but this file says layout: rows. Z[1] = A[0] W[1]: (2, 4)(2, 4) — 4 ≠ 2.',
      ),
    ],
    fixable: true,
  },
  {
    name: 'rows file with W[1] written (n[1], n[0])',
    text: xor(
      'rows',
      XOR_X_ROWS,
      XOR_Y_ROWS,
      network({ input: 2, hidden: '      W: [[1, 2], [3, 4], [5, 6], [7, 8]]\n' }),
    ),
    expect: [
      e(
        'shape-mismatch-W',
        'W: [[1, 2], [3, 4]',
        'W[1] must be (2, 4) = (n[0], n[1]), but is (4, 2): it is written transposed. With layout: rows, W[l] is (n[l-1], n[l]). Z[1] = A[0] W[1]: (4, 2)(4, 2) — 2 ≠ 4.',
      ),
    ],
    fixable: true,
  },
  {
    name: 'rows file with b[1] written as a column',
    text: xor(
      'rows',
      XOR_X_ROWS,
      XOR_Y_ROWS,
      network({ input: 2, hidden: '      b:\n        - [0]\n        - [0]\n        - [0]\n        - [0]\n' }),
    ),
    expect: [
      e(
        'shape-mismatch-b',
        '        - [0]',
        'b[1] must be (1, 4) = (1, n[1]), but is (4, 1): it is written transposed. With layout: rows, b[l] is (1, n[l]). Z[1] = A[0] W[1] + b[1]: (4, 2)(2, 4) + (4, 1) — 4 ≠ 1.',
      ),
    ],
    fixable: true,
  },
  {
    name: 'rows file: units changed after W[1] and W[2] were written',
    text: xor(
      'rows',
      XOR_X_ROWS,
      XOR_Y_ROWS,
      network({
        input: 2,
        units: [3, 1],
        hidden: '      W: [[1, 0, 1, 1], [0, 1, 1, -1]]\n',
        output: '      W: [[0.5], [-0.5], [0.5], [-0.5]]\n',
      }),
    ),
    expect: [
      e(
        'units-mismatch',
        '- units: 3',
        'Layer 1 has 3 units, but W[1] (2, 4) and W[2] (4, 1) are written for n[1] = 4.',
      ),
    ],
    fixable: true,
  },
];

const GENERATED: Mistake[] = [
  {
    name: 'flower data with network.input 3',
    text: generated('columns', 'kind: flower, samples: 200', network({ input: 3 })),
    expect: [
      e('input-mismatch', 'input: 3', 'X is (2, 200) but network.input is 3: n[0] must equal the number of rows of X.'),
    ],
    fixable: true,
  },
  {
    name: 'rows layout, flower data with network.input 3',
    text: generated('rows', 'kind: flower, samples: 200', network({ input: 3 })),
    expect: [
      e(
        'input-mismatch',
        'input: 3',
        'X is (200, 2) but network.input is 3: n[0] must equal the number of columns of X.',
      ),
    ],
    fixable: true,
  },
  {
    name: 'three spiral arms into one sigmoid unit',
    text: generated('columns', 'kind: spiral, samples: 300, classes: 3', network({ input: 2 })),
    expect: [e('output-mismatch', '- units: 1', 'Y has 3 rows but the last layer has n[2] = 1 unit')],
    fixable: true,
  },
  {
    name: 'four blobs into a 3-way softmax',
    text: generated(
      'columns',
      'kind: blobs, samples: 200, classes: 4',
      network({ input: 2, units: [8, 3], last: 'softmax' }),
      lossTail('cross_entropy'),
    ),
    expect: [e('output-mismatch', '- units: 3', 'Y has 4 rows but the last layer has n[2] = 3 units')],
    fixable: true,
  },
  {
    name: 'W[1] and b[1] written for rows in a columns file on generated data',
    text: generated(
      'columns',
      'kind: moons, samples: 100',
      network({ input: 2, hidden: '      W: [[0.1, 0.2, 0.3, 0.4], [0.5, 0.6, 0.7, 0.8]]\n      b: [[0, 0, 0, 0]]\n' }),
    ),
    expect: [
      e(
        'layout-mismatch',
        'layout: columns',
        'The matrices are written for layout: rows: W[1] (2, 4) = (n[0], n[1]), b[1] (1, 4) = (1, n[1]); but this file says layout: columns. Z[1] = W[1] A[0]: (2, 4)(2, m) — 4 ≠ 2.',
      ),
    ],
    fixable: true,
  },
];

const HOUSES = '    path: data/houses.csv\n    features: [rooms, lower_status]\n    target: price\n';
const PENGUINS =
  '    path: data/penguins.csv\n    features: [bill_length_mm, bill_depth_mm]\n    target: species\n    one_hot: true\n';

const CSV: Mistake[] = [
  {
    name: 'two CSV features but network.input 3',
    text: csv('rows', HOUSES, network({ input: 3, last: 'linear' }), lossTail('mse')),
    expect: [
      e(
        'input-mismatch',
        'input: 3',
        'X is (500, 2) but network.input is 3: n[0] must equal the number of columns of X.',
      ),
    ],
    fixable: true,
  },
  {
    name: 'three one-hot penguin species into one sigmoid unit',
    text: csv('rows', PENGUINS, network({ input: 2 }), TRAINING),
    expect: [
      e(
        'output-mismatch',
        '- units: 1',
        'Y has 3 columns but the last layer has n[2] = 1 unit: n[2] must equal the number of columns of Y',
      ),
    ],
    fixable: true,
  },
  {
    name: 'CSV data with W[1] written (n[1], n[0]) in a rows file',
    text: csv(
      'rows',
      PENGUINS,
      network({ input: 2, units: [4, 3], last: 'softmax', hidden: '      W: [[1, 2], [3, 4], [5, 6], [7, 8]]\n' }),
      lossTail('cross_entropy'),
    ),
    expect: [
      e(
        'shape-mismatch-W',
        'W: [[1, 2], [3, 4]',
        'W[1] must be (2, 4) = (n[0], n[1]), but is (4, 2): it is written transposed.',
      ),
    ],
    fixable: true,
  },
];

const LOSS: Mistake[] = [
  {
    name: 'softmax output with binary_cross_entropy on three classes',
    text: generated(
      'columns',
      'kind: spiral, samples: 300, classes: 3',
      network({ input: 2, units: [8, 3], last: 'softmax' }),
    ),
    expect: [
      e(
        'softmax-needs-cross-entropy',
        'activation: softmax',
        'softmax needs cross_entropy; with binary_cross_entropy use a single sigmoid unit.',
      ),
    ],
    fixable: true,
  },
  {
    name: 'one softmax unit with binary_cross_entropy',
    text: xor('columns', XOR_X, XOR_Y, network({ input: 2, last: 'softmax' })),
    expect: [
      e(
        'softmax-needs-cross-entropy',
        'activation: softmax',
        'A softmax over one unit always outputs 1, and softmax needs cross_entropy; with binary_cross_entropy use a single sigmoid unit.',
      ),
    ],
    fixable: true,
  },
  {
    name: 'cross_entropy with one sigmoid unit on XOR',
    text: xor('columns', XOR_X, XOR_Y, network({ input: 2 }), lossTail('cross_entropy')),
    expect: [
      e(
        'cross-entropy-needs-softmax',
        'loss: cross_entropy',
        'layer 2 is a single sigmoid unit: for two classes use binary_cross_entropy',
      ),
    ],
    fixable: true,
  },
  {
    name: 'one softmax unit with cross_entropy on XOR',
    text: xor('columns', XOR_X, XOR_Y, network({ input: 2, last: 'softmax' }), lossTail('cross_entropy')),
    expect: [e('softmax-one-unit', '- units: 1', 'A softmax over one unit always outputs 1')],
    fixable: true,
  },
  {
    name: 'a 2-way softmax with cross_entropy on one row of 0/1 targets',
    text: xor(
      'columns',
      XOR_X,
      XOR_Y,
      network({ input: 2, units: [4, 2], last: 'softmax' }),
      lossTail('cross_entropy'),
    ),
    expect: [e('output-mismatch', '- units: 2', 'Y has 1 row but the last layer has n[2] = 2 units')],
    fixable: true,
  },
  {
    name: 'a relu output with binary_cross_entropy',
    text: xor('columns', XOR_X, XOR_Y, network({ input: 2, last: 'relu' })),
    expect: [
      e('bce-needs-sigmoid', 'activation: relu', 'use sigmoid in the output layer (relu can give NaN)', 'warning'),
    ],
    fixable: true,
  },
  {
    name: 'softmax in the hidden layer',
    text: xor('columns', XOR_X, XOR_Y, network({ input: 2 }).replace('activation: tanh', 'activation: softmax')),
    expect: [e('softmax-not-output', 'activation: softmax', "softmax can only be the output layer's activation")],
    fixable: true,
  },
];

const SEVERAL: Mistake[] = [
  {
    name: 'X as rows, W[2] one column short and cross_entropy on one unit: three mistakes, three errors',
    text: xor(
      'columns',
      XOR_X_ROWS,
      XOR_Y,
      network({ input: 2, output: '      W: [[0.1, -0.2, 0.3]]\n' }),
      lossTail('cross_entropy'),
    ),
    expect: [
      e('x-transposed', 'X: [[0, 0], [0, 1]', 'X is written with one example per row'),
      e('shape-mismatch-W', 'W: [[0.1, -0.2, 0.3]]', 'its 3 columns should be n[1] = 4'),
      e('cross-entropy-needs-softmax', 'loss: cross_entropy', 'for two classes use binary_cross_entropy'),
    ],
    fixable: true,
  },
  {
    name: 'rows file: Y as a row, b[1] as a column and a relu output',
    text: xor(
      'rows',
      XOR_X_ROWS,
      XOR_Y,
      network({ input: 2, hidden: '      b: [[0], [0], [0], [0]]\n', last: 'relu' }),
    ),
    expect: [
      e('y-transposed', 'Y: [[0, 1, 1, 0]]', 'Y is written with one example per column'),
      e('shape-mismatch-b', 'b: [[0], [0]', 'it is written transposed'),
      e('bce-needs-sigmoid', 'activation: relu', 'use sigmoid', 'warning'),
    ],
    fixable: true,
  },
  {
    name: 'network.input wrong and units changed under written W[1] and W[2]',
    text: xor(
      'columns',
      XOR_X,
      XOR_Y,
      network({
        input: 3,
        units: [3, 1],
        hidden: '      W: [[1, 0], [0, 1], [1, 1], [1, -1]]\n',
        output: '      W: [[0.5, -0.5, 0.5, -0.5]]\n',
      }),
    ),
    expect: [
      e('input-mismatch', 'input: 3', 'X is (2, 4) but network.input is 3'),
      e(
        'units-mismatch',
        '- units: 3',
        'Layer 1 has 3 units, but W[1] (4, 2) and W[2] (1, 4) are written for n[1] = 4.',
      ),
    ],
    fixable: true,
  },
  {
    name: 'the whole file written in rows under layout: columns, and network.input 3',
    text: xor('columns', XOR_X_ROWS, XOR_Y_ROWS, network({ input: 3 })),
    expect: [
      e('layout-mismatch', 'layout: columns', 'The matrices are written for layout: rows, one example per row'),
      // Read in the layout the matrices are written for, X has 2 features: the fix sets 2, not 4.
      e(
        'input-mismatch',
        'input: 3',
        'X, read as the other error says it is written, is (4, 2): n[0] = 2 features, but network.input is 3.',
      ),
    ],
    fixable: true,
  },
  {
    name: 'Y written as a column and two output units',
    text: xor('columns', XOR_X, XOR_Y_ROWS, network({ input: 2, units: [4, 2] })),
    expect: [
      e('y-transposed', 'Y: [[0], [1]', 'Y is written with one example per row: (4, 1) holds 4 examples of 1 target'),
      e('output-mismatch', '- units: 2', 'Y has 1 row but the last layer has n[2] = 2 units'),
    ],
    fixable: true,
  },
  {
    name: 'X written one example per row and network.input 3',
    text: xor('columns', XOR_X_ROWS, XOR_Y, network({ input: 3 })),
    expect: [
      e('x-transposed', 'X: [[0, 0], [0, 1]', 'X is written with one example per row'),
      e(
        'input-mismatch',
        'input: 3',
        'X, read as the other error says it is written, is (2, 4): n[0] = 2 features, but network.input is 3. Z[1] = W[1] A[0]: (4, 3)(2, 4) — 3 ≠ 2.',
      ),
    ],
    fixable: true,
  },
  {
    name: 'the whole file written in rows under layout: columns, with cross_entropy on one sigmoid unit',
    text: xor('columns', XOR_X_ROWS, XOR_Y_ROWS, network({ input: 2 }), lossTail('cross_entropy')),
    expect: [
      e('layout-mismatch', 'layout: columns', 'The matrices are written for layout: rows'),
      e('cross-entropy-needs-softmax', 'loss: cross_entropy', 'for two classes use binary_cross_entropy'),
    ],
    fixable: true,
  },
  {
    name: 'X written one example per row and W[1] written transposed: W[1] judged for X read the right way',
    text: xor(
      'columns',
      XOR_X_ROWS,
      XOR_Y,
      network({ input: 2, units: [3, 1], hidden: '      W: [[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]]\n' }),
    ),
    expect: [
      e('x-transposed', 'X: [[0, 0], [0, 1]', 'X is written with one example per row: (4, 2) holds 4 examples'),
      e(
        'shape-mismatch-W',
        'W: [[0.1, 0.2, 0.3]',
        'W[1] must be (3, 2) = (n[1], n[0]), but is (2, 3): it is written transposed. With layout: columns, W[l] is (n[l], n[l-1]). Z[1] = W[1] A[0]: (2, 3)(2, 4) — 3 ≠ 2.',
      ),
    ],
    fixable: true,
  },
  {
    name: 'rows file: X written one example per column and W[1] written (n[1], n[0])',
    text: xor(
      'rows',
      XOR_X,
      XOR_Y_ROWS,
      network({ input: 2, units: [3, 1], hidden: '      W: [[1, 2], [3, 4], [5, 6]]\n' }),
    ),
    expect: [
      e('x-transposed', 'X: [[0, 0, 1, 1]', 'X is written with one example per column'),
      e(
        'shape-mismatch-W',
        'W: [[1, 2], [3, 4]',
        'W[1] must be (2, 3) = (n[0], n[1]), but is (3, 2): it is written transposed. With layout: rows, W[l] is (n[l-1], n[l]). Z[1] = A[0] W[1]: (4, 2)(3, 2) — 2 ≠ 3.',
      ),
    ],
    fixable: true,
  },
  {
    name: 'Y written as a column and W[2] written transposed',
    text: xor('columns', XOR_X, XOR_Y_ROWS, network({ input: 2, output: '      W: [[0.1], [-0.2], [0.3], [0.4]]\n' })),
    expect: [
      e('y-transposed', 'Y: [[0], [1]', 'Y is written with one example per row'),
      e(
        'shape-mismatch-W',
        'W: [[0.1], [-0.2]',
        'W[2] must be (1, 4) = (n[2], n[1]), but is (4, 1): it is written transposed. With layout: columns, W[l] is (n[l], n[l-1]). Z[2] = W[2] A[1]: (4, 1)(4, m) — 1 ≠ 4.',
      ),
    ],
    fixable: true,
  },
  {
    name: 'generated data: input wrong and three classes into one unit',
    text: generated('columns', 'kind: spiral, samples: 300, classes: 3', network({ input: 3 })),
    expect: [
      e('input-mismatch', 'input: 3', 'X is (2, 300) but network.input is 3'),
      e('output-mismatch', '- units: 1', 'Y has 3 rows but the last layer has n[2] = 1 unit'),
    ],
    fixable: true,
  },
];

export const MISTAKES: Mistake[] = [...COLUMNS, ...ROWS, ...GENERATED, ...CSV, ...LOSS, ...SEVERAL];
