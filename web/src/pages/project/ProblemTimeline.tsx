/**
 * 督办过程: every step of one problem — raised, assigned, answered, closed — with the date, the unit,
 * the deadline set and who recorded it.
 */
import { Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProblem } from '../../api/projects';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useUnitNames } from '../../components/unit-names';

const color = { raise: 'blue', assign: 'orange', respond: 'green', close: 'gray' } as const;

export function ProblemTimeline({ id, asOf }: { id: number; asOf: string }) {
  const { t } = useTranslation();
  const units = useUnitNames();
  const problem = useProblem(id, asOf);
  if (problem.error) return <ErrorAlert error={problem.error} />;
  return (
    <Timeline
      className="problem-timeline"
      items={(problem.data?.events ?? []).map((e) => ({
        key: `${e.action}-${e.at}`,
        color: color[e.action],
        content: (
          <>
            <strong>{t(`problems.events.${e.action}`)}</strong> {e.onDate}
            {e.unit && ` · ${units.byCode(e.unit.code)}`}
            {e.dueOn && ` · ${t('problems.dueOn', { date: e.dueOn })}`}
            {e.actor && <span className="muted"> · {e.actor}</span>}
            {e.text && <div>{e.text}</div>}
          </>
        ),
      }))}
    />
  );
}
