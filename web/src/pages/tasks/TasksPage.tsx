/**
 * 重点任务: the board per chapter and per unit, or the list filtered by chapter, light and status,
 * under the count sentence the dashboard and the reports print.
 */
import { Segmented, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type TaskFilter, useTaskBoard, useTasks } from '../../api/tasks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { PageSpin } from '../../components/PageSpin';
import { useLocalized } from '../../i18n/localized';
import { usePlan } from '../../state/plan-context';
import { DivisionPanel } from './DivisionPanel';
import { TaskBoard } from './TaskBoard';
import { taskColumns } from './task-tags';

export default function TasksPage() {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const { code } = usePlan();
  const [view, setView] = useState<'board' | 'list'>('board');
  const [filter, setFilter] = useState<TaskFilter>({});
  const board = useTaskBoard(code);
  const list = useTasks(code, filter);
  const set = (key: keyof TaskFilter) => (value: string | undefined) =>
    setFilter((f) => {
      const next = { ...f };
      if (value) next[key] = value;
      else delete next[key];
      return next;
    });
  return (
    <>
      <PageHeader
        title={t('tasks.title')}
        sub={board.data && <span data-testid="task-sentence">{text(board.data.sentence)}</span>}
      />
      <Segmented<'board' | 'list'>
        className="block-gap"
        aria-label={t('tasks.view')}
        value={view}
        onChange={setView}
        options={[
          { value: 'board', label: t('tasks.board') },
          { value: 'list', label: t('tasks.list') },
        ]}
      />
      <DivisionPanel plan={code} />
      {(board.error ?? list.error) && <ErrorAlert error={board.error ?? list.error} />}
      {view === 'board' ? (
        board.data ? (
          <TaskBoard board={board.data} />
        ) : (
          <PageSpin />
        )
      ) : (
        <>
          <Space wrap className="block-gap">
            <Select
              allowClear
              placeholder={t('tasks.chapter')}
              aria-label={t('tasks.chapter')}
              style={{ minWidth: 260 }}
              value={filter.chapter}
              onChange={set('chapter')}
              options={(board.data?.byChapter ?? []).map((c) => ({ value: c.key, label: c.name }))}
            />
            <Select
              allowClear
              placeholder={t('tasks.filterLight')}
              aria-label={t('tasks.filterLight')}
              style={{ minWidth: 120 }}
              value={filter.light}
              onChange={set('light')}
              options={(['green', 'yellow', 'red'] as const).map((l) => ({
                value: l,
                label: t(`tasks.lights.${l}`),
              }))}
            />
            <Select
              allowClear
              placeholder={t('tasks.filterStatus')}
              aria-label={t('tasks.filterStatus')}
              style={{ minWidth: 140 }}
              value={filter.status}
              onChange={set('status')}
              options={(['completed', 'on_track', 'behind', 'not_started'] as const).map((s) => ({
                value: s,
                label: t(`tasks.statuses.${s}`),
              }))}
            />
          </Space>
          <Table
            rowKey="code"
            size="small"
            loading={list.isLoading}
            dataSource={list.data?.tasks ?? []}
            columns={taskColumns(t, text)}
          />
        </>
      )}
    </>
  );
}
