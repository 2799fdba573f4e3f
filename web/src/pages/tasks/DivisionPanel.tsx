/**
 * The 分工方案 in Excel: download it as offices circulate it; the plan office uploads one that came
 * back (its own layout is fine) and sees, row by row, what is unchanged, what differs from the task
 * library, what is new and what was rejected, with the row, column and reason — then applies the
 * changed rows with its reason (文号), each a new revision of the task's responsibility.
 */
import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Space, Table, Tag, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/session';
import { type DivisionCheck, divisionUrl, useDivisionApply, useDivisionCheck } from '../../api/tasks';
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
  const apply = useDivisionApply(plan);
  const [file, setFile] = useState<File | null>(null);
  const [reason, setReason] = useState('');
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
              if (!(file instanceof File)) return;
              setFile(file);
              apply.reset();
              check.mutate(file);
            }}
          >
            <Button icon={<UploadOutlined />} loading={check.isPending}>
              {t('tasks.division.check')}
            </Button>
          </Upload>
        )}
      </Space>
      {check.error && <ErrorAlert error={check.error} />}
      {result && file && result.counts.changed > 0 && !apply.data && (
        <Space wrap>
          <Input
            style={{ width: 360 }}
            value={reason}
            maxLength={500}
            aria-label={t('tasks.division.reason')}
            placeholder={t('tasks.division.reason')}
            onChange={(e) => setReason(e.target.value)}
          />
          <Button
            type="primary"
            disabled={reason.trim() === ''}
            loading={apply.isPending}
            onClick={() => apply.mutate({ file, reason: reason.trim() })}
          >
            {t('tasks.division.apply', { count: result.counts.changed })}
          </Button>
        </Space>
      )}
      {apply.error && <ErrorAlert error={apply.error} />}
      {apply.data && (
        <Alert
          type="success"
          showIcon
          data-testid="division-applied"
          message={t('tasks.division.applied', {
            count: apply.data.applied.length,
            codes: apply.data.applied.join('、'),
          })}
        />
      )}
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
