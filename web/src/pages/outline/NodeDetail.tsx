/**
 * One outline node: its summary, and for a chapter what hangs on it — the indicators (by `chapter`),
 * the chapter itself as a task with its responsible units, and the columns with their projects.
 */
import { Card, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AssignmentView, IndicatorRowView, Outline, OutlineNode } from '../../api/types';
import { useUnitNames } from '../../components/unit-names';
import { ChapterIndicators } from './ChapterIndicators';
import { ColumnProjects } from './ColumnProjects';
import { useNodeLabel } from './node-label';

interface Props {
  node: OutlineNode;
  outline: Outline;
  indicators: IndicatorRowView[];
  assignments: AssignmentView[];
  onSelect(id: string): void;
}

export function NodeDetail({ node, outline, indicators, assignments, onSelect }: Props) {
  const { t } = useTranslation();
  const label = useNodeLabel();
  const units = useUnitNames();
  const children = outline.outline.filter((n) => n.parent === node.id && n.kind !== 'column');
  const chapterId = node.kind === 'column' ? node.parent : node.id;
  const columns = outline.columns.filter((c) =>
    node.kind === 'column' ? c.id === node.id : c.chapter === node.id,
  );
  const task = assignments.find((a) => a.itemType === 'task' && a.itemCode === node.id);
  const own = node.kind === 'chapter' ? indicators.filter((i) => i.chapter === chapterId) : [];
  return (
    <div className="stack">
      <Card>
        <Typography.Title level={2}>{label(node)}</Typography.Title>
        {node.summary && <p className="prose">{node.summary}</p>}
        <p className="muted">{t('outline.source', { ref: node.provenance.ref })}</p>
        {node.kind === 'chapter' && (
          <p>
            <strong>{t('outline.task')}</strong>{' '}
            {task
              ? t('outline.taskUnits', {
                  lead: units.byCode(task.lead),
                  co: task.co.map(units.byCode).join('、') || '—',
                })
              : t('outline.taskUnassigned')}
          </p>
        )}
      </Card>
      {children.length > 0 && (
        <Card title={t('outline.children')}>
          <ul className="link-list">
            {children.map((c) => (
              <li key={c.id}>
                <button type="button" className="link-button" onClick={() => onSelect(c.id)}>
                  {label(c)}
                </button>
              </li>
            ))}
          </ul>
        </Card>
      )}
      {node.kind === 'chapter' && (
        <Card title={t('outline.indicators', { count: own.length })}>
          {own.length > 0 ? (
            <ChapterIndicators indicators={own} />
          ) : (
            <Empty description={t('outline.noIndicators')} />
          )}
        </Card>
      )}
      {columns.map((c) => (
        <ColumnProjects key={c.id} column={c} projects={outline.projects.filter((p) => p.column === c.id)} />
      ))}
    </div>
  );
}
