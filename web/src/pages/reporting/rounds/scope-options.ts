/**
 * What a round can be limited to: the items of the chosen kinds — indicators, tasks (chapters) and
 * projects (those added later included) — as select options "code name". Loaded only while the
 * opening form is shown.
 */
import { useIndicators, useOutline } from '../../../api/plans';
import { useProjects } from '../../../api/projects';
import type { OpenRoundInput } from '../../../api/rounds';
import { useLocalized } from '../../../i18n/localized';
import { useAsOf, usePlan } from '../../../state/plan-context';

export function useScopeOptions(types: OpenRoundInput['itemTypes'], open: boolean) {
  const { code } = usePlan();
  const { asOf } = useAsOf();
  const { name } = useLocalized();
  const indicators = useIndicators(code, open && types.includes('indicator') ? asOf : null).data;
  const outline = useOutline(code).data;
  const projects = useProjects(code, null, {}, open && types.includes('project')).data;
  const options: { value: string; label: string }[] = [];
  if (types.includes('indicator'))
    for (const i of indicators?.indicators ?? [])
      options.push({ value: i.code, label: `${i.code} ${name(i)}` });
  if (types.includes('task'))
    for (const n of outline?.outline ?? [])
      if (n.kind === 'chapter') options.push({ value: n.id, label: `${n.id} ${n.title}` });
  if (types.includes('project'))
    for (const p of projects?.projects ?? []) options.push({ value: p.code, label: `${p.code} ${p.name}` });
  return options;
}
