/**
 * `lantu start` (npm start): the overview of the bundled Hebi plan — what it is and how it stands.
 * The web server replaces this once it exists.
 */
import type { Command } from 'commander';
import { openPlan } from '../../services/plan-package/plan-catalog';
import { evaluatePlanPackage } from '../../services/plans/plan-evaluation';
import { langOf, parseAsOf, print } from '../context';
import { renderEvaluation } from '../evaluation-view';
import { renderPlan } from '../plan-show-view';

export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .option('--plan <plan>', '规划编号 / plan code', 'hebi-etdz-14th')
    .option('--as-of <period>', '评估期间 / evaluation date', '2023')
    .description('显示内置规划概览和评估 / overview of the bundled plan and its evaluation')
    .action((opts: { plan: string; asOf: string }, command: Command) => {
      const lang = langOf(command);
      const plan = openPlan(opts.plan);
      print(renderPlan(plan, lang, ['summary']));
      print('');
      print(renderEvaluation(plan, evaluatePlanPackage(plan, parseAsOf(opts.asOf)), lang, false));
    });
}
