// Entry point bundled by the bench with the extension's own esbuild options, so the per-keystroke
// figures are those of the code the editor runs.
import { hostileTimingLines } from './hostile-timing';
import { specTimingLines } from './spec-timing';

for (const line of [...specTimingLines(), ...hostileTimingLines()]) console.log(line);
