/**
 * The light and status of a key task as tags, and the columns of a task table — shared by the board,
 * the list, my tasks and the dashboard.
 */
import { Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import type { TaskView } from '../../api/tasks';

const lightColor = { green: 'success', yellow: 'warning', red: 'error' } as const;
const statusColor = { completed: 'green', on_track: 'blue', behind: 'red', not_started: 'default' } as const;

export function TaskLightTag({
  task,
  t,
  text,
}: {
  task: TaskView;
  t: TFunction;
  text: (b: TaskView['lightReason']) => string;
}) {
  return (
    <Tooltip title={text(task.lightReason)}>
      <Tag color={lightColor[task.light]} data-light={task.light}>
        {t(`tasks.lights.${task.light}`)}
      </Tag>
    </Tooltip>
  );
}

export function TaskStatusTag({ status, t }: { status: TaskView['status']; t: TFunction }) {
  return (
    <Tag color={statusColor[status]} data-status={status}>
      {t(`tasks.statuses.${status}`)}
    </Tag>
  );
}

export function taskColumns(
  t: TFunction,
  text: (b: TaskView['lightReason']) => string,
): ColumnsType<TaskView> {
  return [
    {
      title: t('tasks.code'),
      dataIndex: 'code',
      width: 96,
      render: (code: string) => <Link to={`/tasks/${code}`}>{code}</Link>,
    },
    { title: t('tasks.text'), dataIndex: 'text', ellipsis: true },
    { title: t('tasks.lead'), key: 'lead', width: 170, render: (_, r) => r.lead.name },
    { title: t('tasks.deadline'), dataIndex: 'deadline', width: 110 },
    {
      title: t('tasks.percent'),
      key: 'percent',
      width: 90,
      align: 'right',
      render: (_, r) => (r.percent === null ? '—' : `${r.percent}%`),
    },
    {
      title: t('tasks.status'),
      key: 'status',
      width: 100,
      render: (_, r) => <TaskStatusTag status={r.status} t={t} />,
    },
    {
      title: t('tasks.light'),
      key: 'light',
      width: 80,
      render: (_, r) => <TaskLightTag task={r} t={t} text={text} />,
    },
  ];
}
