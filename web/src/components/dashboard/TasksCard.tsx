/**
 * 重点任务 on the dashboard: the server's sentence ("重点任务 N项:已完成 a项、序时推进 b项、滞后 c项"),
 * the lights and the overdue count, with a link to the board.
 */
import { Card, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Dashboard } from '../../api/types';
import { useLocalized } from '../../i18n/localized';

export function TasksCard({ tasks }: { tasks: Dashboard['tasks'] }) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  if (tasks.total === 0) return null;
  return (
    <Card
      title={t('tasks.dashboard.title')}
      className="block-gap"
      extra={<Link to="/tasks">{t('tasks.dashboard.open')}</Link>}
    >
      <p data-testid="dashboard-tasks">{text(tasks.sentence)}</p>
      <Space wrap>
        <Tag color="success">
          {t('tasks.lights.green')} {tasks.lights.green}
        </Tag>
        <Tag color="warning">
          {t('tasks.lights.yellow')} {tasks.lights.yellow}
        </Tag>
        <Tag color="error" data-testid="dashboard-tasks-red">
          {t('tasks.lights.red')} {tasks.lights.red}
        </Tag>
        <span>{t('tasks.overdue', { count: tasks.overdue })}</span>
      </Space>
    </Card>
  );
}
