/**
 * The 分工方案 in Excel: download it as offices circulate it; the plan office uploads one that came
 * back (its own layout is fine) and sees, row by row, what is unchanged, what differs from the task
 * library, what is new and what was rejected, with the row, column and reason.
 */
import { UploadOutlined } from '@ant-design/icons';
import { Button, Space, Table, Tag, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/session';
import { type DivisionCheck, divisionUrl, useDivisionCheck } from '../../api/tasks';
import { can } from '../../app/permissions';
import { DownloadButton } from '../../components/DownloadButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLocalized } from '../../i18n/localized';

type RowResult = DivisionCheck['rows'][number];
const statusColor = { unchanged: 'default', changed: 'blue', new: 'purple', rejected: 'red' } as const;

export function DivisionPanel({ plan }: { plan: string }) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const role = useMe().data?.user.role;
  const check = useDivisionCheck(plan);
  const result = check.data;
  return (
    <div className="block-gap">
      <Space wrap>
        <DownloadButton url={divisionUrl(plan)}>{t('tasks.division.export')}</DownloadButton>
        {can(role, 'task.supervise') && (
          <Upload
            accept=".xlsx"
            showUploadList={false}
            customRequest={({ file }) => {
              if (file instanceof File) check.mutate(file);
            }}
          >
            <Button icon={<UploadOutlined />} loading={check.isPending}>
              {t('tasks.division.check')}
            </Button>
          </Upload>
        )}
      </Space>
      {check.error && <ErrorAlert error={check.error} />}
      {result && (
        <>
          <p data-testid="division-counts">{t('tasks.division.counts', result.counts)}</p>
          {result.problems.map((p) => (
            <p key={p.zh} className="warning-reason">
              {text(p)}
            </p>
          ))}
          <Table<RowResult>
            rowKey="row"
            size="small"
            dataSource={result.rows.filter((r) => r.status !== 'unchanged')}
            columns={[
              { title: t('tasks.division.row'), dataIndex: 'row', width: 70 },
              { title: t('tasks.code'), dataIndex: 'code', width: 100 },
              {
                title: t('tasks.status'),
                key: 'status',
                width: 100,
                render: (_, r) => (
                  <Tag color={statusColor[r.status]}>{t(`tasks.division.status.${r.status}`)}</Tag>
                ),
              },
              {
                title: t('tasks.division.detail'),
                key: 'detail',
                render: (_, r) =>
                  [
                    ...r.changes.map((c) => text(c)),
                    ...r.issues.map((i) => `${i.field}:${text(i.message)}`),
                  ].join(';'),
              },
            ]}
          />
        </>
      )}
    </div>
  );
}
