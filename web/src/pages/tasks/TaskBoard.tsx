/**
 * The task board: counts by status per chapter and per lead unit, with the lights, and the list of
 * overdue tasks.
 */
import { Card, Col, Empty, Row, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TaskBoardResponse } from '../../api/tasks';
import { useLocalized } from '../../i18n/localized';
import { taskColumns } from './task-tags';

type Group = TaskBoardResponse['byChapter'][number];

function GroupTable({ title, rows, label }: { title: string; rows: Group[]; label: string }) {
  const { t } = useTranslation();
  const count = (key: keyof Group['counts']) => ({
    title: t(`tasks.statuses.${key}`),
    key,
    width: 80,
    align: 'right' as const,
    render: (_: unknown, g: Group) => g.counts[key],
  });
  return (
    <Card title={title} size="small">
      <Table<Group>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: label, key: 'name', render: (_, g) => g.name },
          { title: t('tasks.total'), dataIndex: 'total', width: 70, align: 'right' },
          count('completed'),
          count('on_track'),
          count('behind'),
          count('not_started'),
          {
            title: t('tasks.light'),
            key: 'lights',
            width: 110,
            render: (_, g) => (
              <span data-testid={`lights-${g.key}`}>
                {g.lights.green}/{g.lights.yellow}/{g.lights.red}
              </span>
            ),
          },
        ]}
      />
    </Card>
  );
}

export function TaskBoard({ board }: { board: TaskBoardResponse }) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <GroupTable title={t('tasks.byChapter')} rows={board.byChapter} label={t('tasks.chapter')} />
      </Col>
      <Col xs={24} xl={12}>
        <GroupTable title={t('tasks.byUnit')} rows={board.byUnit} label={t('tasks.lead')} />
      </Col>
      <Col span={24}>
        <Card title={t('tasks.overdue', { count: board.overdue.length })} size="small">
          {board.overdue.length === 0 ? (
            <Empty description={t('tasks.noOverdue')} />
          ) : (
            <Table rowKey="code" size="small" dataSource={board.overdue} columns={taskColumns(t, text)} />
          )}
        </Card>
      </Col>
    </Row>
  );
}
