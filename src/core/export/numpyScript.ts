// The whole numpy script, in the course's style, assembled section by section.
import type { Dataset } from '../data/types';
import { dataCode, type DataOptions } from './data';
import { numpyFlavor } from './flavor';
import { constantsCode, docstring, layoutLine } from './header';
import { backwardCode, costCall, costCode } from './numpyLoss';
import { unitAxis } from '../layout';
import { activationCode, forwardCode, initializeCode } from './numpyNetwork';
import { miniBatchesCode, modelCode, optimizerText } from './numpyTraining';
import type { ExportPlan } from './plan';
import { banner, indent } from './python';
import { RANDOM_PY } from './random';
import { reportCode, reportFunctionsCode } from './report';
import { TRACE_FUNCTIONS_PY } from './traceHelper';

function evaluateCode(plan: ExportPlan): string {
  const axis = unitAxis(plan.spec.layout);
  const out: string[] = [];
  if (plan.classification) {
    out.push(
      plan.dims[plan.L] === 1
        ? `def accuracy(AL, Y):
    """The share of examples classified right, predicting 1 where a > 0.5."""
    return float(np.mean((AL > 0.5) == (Y > 0.5)))`
        : `def accuracy(AL, Y):
    """The share of examples classified right, predicting the output with the largest a."""
    return float(np.mean(np.argmax(AL, axis=${axis}) == np.argmax(Y, axis=${axis})))`,
    );
  }
  out.push(`def parameters_in_file_layout(parameters):
    """W1, b1, W2, ... as nested lists (this script's matrices are in the file's layout already)."""
    return {name: json_ready(value.tolist()) for name, value in parameters.items()}`);
  const andAccuracy = plan.classification ? ' and the accuracy' : '';
  out.push(`def evaluate(X, Y, parameters):
    """J (regularisation included)${andAccuracy} on a whole set, with the given parameters."""
    AL, cache = forward_propagation(X, parameters)
    return float(${costCall(plan, 'Y')}), ${plan.classification ? 'accuracy(AL, Y)' : 'None'}`);
  return out.join('\n\n\n');
}

function mainCode(plan: ExportPlan, dataCalls: string[]): string {
  return `def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\\n\\n")[0])
    parser.add_argument("--json", action="store_true",
                        help="print the costs and parameters as JSON, as nnspec train --json does")
    parser.add_argument("--trace", metavar="FILE",
                        help="record the first steps' matrices in FILE, for nnspec diff")
    args = parser.parse_args()

    ${dataCalls.join('\n    ')}
    record_trace = args.trace is not None
    parameters, costs, diverged = model(X, Y, print_cost=not args.json, record_trace=record_trace)
    if args.trace:
        save_trace(args.trace, parameters)
${indent(
  reportCode(plan, 'parameters_in_file_layout(parameters)', (X, Y) => `evaluate(${X}, ${Y}, parameters)`),
  4,
)}


if __name__ == "__main__":
    main()`;
}

export function numpyScript(plan: ExportPlan, data: Dataset, options: DataOptions & { scriptName: string }): string {
  const f = numpyFlavor(plan.spec.layout);
  const dataPart = dataCode(plan, data, f, options);
  const s = options.scriptName;
  const header = docstring(plan, {
    library: 'numpy',
    usage: [
      [`python3 ${s}`, 'trains, printing the cost now and then;'],
      [`python3 ${s} --json`, 'prints {"costs", "finalCost", "parameters", ...} as nnspec train --json does;'],
      [`python3 ${s} --trace trace.json`, 'records the first steps, to compare with: nnspec diff SPEC trace.json.'],
    ],
    notes: [layoutLine(plan)],
  });
  const imports = [
    'import argparse',
    ...dataPart.imports.filter((i) => i.startsWith('import')),
    'import json',
    'import math',
    'import re',
  ];
  const fromImports = dataPart.imports.filter((i) => i.startsWith('from'));
  const opt = optimizerText(plan);
  const network = [initializeCode(plan), activationCode(plan), forwardCode(plan), costCode(plan), backwardCode(plan)];
  const training = [...opt.functions, ...(plan.batch.kind === 'full' ? [] : [miniBatchesCode(plan)]), modelCode(plan)];
  const sections = [
    `${header}\n\n${[...imports.sort(), ...fromImports].join('\n')}\n\nimport numpy as np`,
    constantsCode(plan),
    `${banner("nnspec's random numbers")}\n\n${RANDOM_PY}`,
    `${banner('The data')}\n\n${dataPart.functions.join('\n\n\n')}`,
    `${banner('The network')}\n\n${network.join('\n\n\n')}`,
    `${banner('Training')}\n\n${training.join('\n\n\n')}`,
    `${banner('Evaluation and report')}\n\n${evaluateCode(plan)}\n\n\n${reportFunctionsCode(plan)}`,
    `${banner(
      'A trace of the first steps, for nnspec diff (the helper of nnspec ' + 'diff --helper)',
    )}\n\n${TRACE_FUNCTIONS_PY}`,
    mainCode(plan, dataPart.calls),
  ];
  return `${sections.join('\n\n\n')}\n`;
}
