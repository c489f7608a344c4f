// The whole PyTorch script: torch.nn, autograd, float64, --device, and DistributedDataParallel
// under torchrun; assembled section by section.
import type { Dataset } from '../data/types';
import { forLayout } from '../layout';
import { dataCode, type DataOptions } from './data';
import { pytorchFlavor } from './flavor';
import { constantsCode, docstring } from './header';
import type { ExportPlan } from './plan';
import { banner } from './python';
import { buildModelCode, costCode, initializeCode } from './pytorchNetwork';
import { evaluateCode, mainCode, MINI_BATCHES_PY, optimizerCode, stepCode, trainCode } from './pytorchTraining';
import { RANDOM_PY } from './random';
import { reportFunctionsCode } from './report';

function layoutNote(plan: ExportPlan): string {
  const reported = forLayout(plan.spec.layout, {
    columns: 'weight is W[l] of the columns layout and bias is b[l] as a row',
    rows: 'weight is W[l] transposed and bias is b[l]',
  });
  return (
    `PyTorch holds one example per row: X is (m, n[0]), Z[l] and A[l] are (m, n[l]). Each ` +
    `nn.Linear computes Z[l] = A[l-1] weightᵀ + bias with weight (n[l], n[l-1]) and bias (n[l],): ${reported}. ` +
    `--json reports the parameters in this file's layout (${plan.spec.layout}). ` +
    'Autograd gives the gradients of J, the mean over each whole batch as in the course.'
  );
}

const DISTRIBUTED = `# Under torchrun every process trains on its part of each batch (DistributedDataParallel);
# started by python3 alone, there is one process and it takes the whole batch.
RANK = int(os.environ.get("RANK", "0"))
WORLD_SIZE = int(os.environ.get("WORLD_SIZE", "1"))`;

export function pytorchScript(plan: ExportPlan, data: Dataset, options: DataOptions & { scriptName: string }): string {
  const f = pytorchFlavor(plan.spec.layout);
  const dataPart = dataCode(plan, data, f, options);
  const s = options.scriptName;
  const header = docstring(plan, {
    library: 'PyTorch',
    usage: [
      [`python3 ${s}`, 'trains on the CPU, printing the cost now and then;'],
      [`python3 ${s} --device cuda`, 'trains the same network on a GPU;'],
      [`python3 ${s} --json`, 'prints {"costs", "finalCost", "parameters", ...} as nnspec train --json does;'],
      [
        `torchrun --standalone --nproc_per_node 2 ${s}`,
        'splits each batch across 2 processes (DistributedDataParallel, gloo on the CPU). With ' +
          'PyTorch 1.13 on Python 3.11 (Debian 12) add --redirects 2 --tee 1 before the script: ' +
          'its torchrun has a bug fixed in PyTorch 2.0.',
      ],
    ],
    notes: [layoutNote(plan)],
  });
  const imports = [
    'import argparse',
    ...dataPart.imports.filter((i) => i.startsWith('import')),
    'import json',
    'import math',
    'import os',
  ];
  const fromImports = dataPart.imports.filter((i) => i.startsWith('from'));
  const torchImports = [
    'import torch',
    'import torch.distributed as dist',
    'import torch.nn as nn',
    'import torch.nn.functional as F',
    'from torch.nn.parallel import DistributedDataParallel',
  ];
  const opt = optimizerCode(plan);
  const training = [
    ...opt.classes,
    ...(plan.batch.kind === 'full' ? [] : [MINI_BATCHES_PY]),
    stepCode(plan),
    trainCode(plan),
  ];
  const sections = [
    `${header}\n\n${[...imports.sort(), ...fromImports].join('\n')}\n\n${torchImports.join('\n')}\n\n` +
      'torch.set_default_dtype(torch.float64)',
    `${constantsCode(plan)}\n\n${DISTRIBUTED}`,
    `${banner("nnspec's random numbers")}\n\n${RANDOM_PY}`,
    `${banner('The data')}\n\n${dataPart.functions.join('\n\n\n')}`,
    `${banner('The network')}\n\n${[buildModelCode(plan), initializeCode(plan), costCode(plan)].join('\n\n\n')}`,
    `${banner('Training')}\n\n${training.join('\n\n\n')}`,
    `${banner('Evaluation and report')}\n\n${evaluateCode(plan)}\n\n\n${reportFunctionsCode(plan)}`,
    mainCode(plan, dataPart.calls),
  ];
  return `${sections.join('\n\n\n')}\n`;
}
