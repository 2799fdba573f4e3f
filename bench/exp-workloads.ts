/** Temporary: the old and new evaluate workloads, alternately. */
import { printFigure } from './measure';
import { evaluateWorkload } from './workloads/evaluate';
import { evaluateWorkload as oldWorkload } from './workloads/evaluate-orig-tmp';

for (let i = 0; i < 3; i += 1) {
  for (const f of await oldWorkload(1)) printFigure({ ...f, workload: 'old' });
  for (const f of await evaluateWorkload(1)) printFigure({ ...f, workload: 'new' });
}
