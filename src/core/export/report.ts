// The end of both scripts: the report dictionary in the form of `nnspec train --json`, printed as
// JSON or as the lines `nnspec train` prints.
import type { ExportPlan } from './plan';
import { pyNumber } from './python';

/** The report's JSON and text forms (pure Python). */
export function reportFunctionsCode(plan: ExportPlan): string {
  const lines = ['print(f"trained {len(costs)} steps: cost J = {report[\'finalCost\']:.6g} (J_0 = {costs[0]:.6g})")'];
  if (plan.classification) lines.push('print(f"training accuracy {100 * report[\'accuracy\']:.2f}%")');
  if (plan.mTest > 0) {
    const acc = plan.classification ? ", accuracy {100 * report['testAccuracy']:.2f}%" : '';
    lines.push(`print(f"test cost {report['testCost']:.6g}${acc}")`);
  }
  return `def json_ready(value):
    """Floats (or nested lists of them), with None for NaN and ±Infinity as in nnspec's JSON."""
    if isinstance(value, list):
        return [json_ready(v) for v in value]
    value = float(value)
    return value if math.isfinite(value) else None


def print_report(report, costs):
    if "diverged" in report:
        step = report["diverged"]["step"]
        print(f"Training diverged at step {step}: a number became NaN or infinite.")
        if step == 0 and not math.isfinite(costs[0]):
            print("It happened with the initial parameters, before any update: check the data, and "
                  "that the output activation suits the loss.")
        else:
            print("The learning rate (α = ${pyNumber(plan.spec.training.learningRate)}) is probably too large.")
        return
    ${lines.join('\n    ')}`;
}

/**
 * main()'s lines after training, unindented: the report, then JSON or text. `evaluate(X, Y)` is
 * the call that gives (cost, accuracy) of a whole set.
 */
export function reportCode(
  plan: ExportPlan,
  parametersJson: string,
  evaluate: (X: string, Y: string) => string,
): string {
  const trainKeys = plan.classification ? 'report["finalCost"], report["accuracy"]' : 'report["finalCost"], _';
  const testKeys = plan.classification ? 'report["testCost"], report["testAccuracy"]' : 'report["testCost"], _';
  const test = plan.mTest > 0 ? `\n    ${testKeys} = ${evaluate('X_test', 'Y_test')}` : '';
  return `report = {"costs": json_ready(costs), "finalCost": None}
report["parameters"] = ${parametersJson}
if diverged is None:
    ${trainKeys} = ${evaluate('X', 'Y')}${test}
else:
    report["diverged"] = {"step": diverged}
if args.json:
    print(json.dumps(report))
else:
    print_report(report, costs)`;
}
