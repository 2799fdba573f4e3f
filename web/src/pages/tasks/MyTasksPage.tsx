/**
 * 我的任务: the tasks the signed-in unit leads or helps with, with the counts and, per task, what was
 * approved last time — the form of each task then asks only for what is new.
 */
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMyTasks } from '../../api/tasks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useLocalized } from '../../i18n/localized';
import { usePlan } from '../../state/plan-context';
import { taskColumns } from './task-tags';

export default function MyTasksPage() {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const { code } = usePlan();
  const mine = useMyTasks(code);
  return (
    <>
      <PageHeader title={t('tasks.mine')} sub={mine.data ? text(mine.data.sentence) : t('tasks.mineSub')} />
      {mine.error && <ErrorAlert error={mine.error} />}
      <Table
        rowKey="code"
        size="small"
        loading={mine.isLoading}
        dataSource={mine.data?.tasks ?? []}
        columns={[
          ...taskColumns(t, text),
          {
            title: t('tasks.lastReported'),
            key: 'last',
            width: 120,
            render: (_, r) => r.lastApprovedPeriod ?? t('tasks.never'),
          },
        ]}
      />
    </>
  );
}
