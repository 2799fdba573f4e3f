/**
 * 审计日志: every change with who, when, what and the request id; newest first, fifty at a time,
 * with the before/after record of each entry on demand.
 */
import { Button, Select, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAudit } from '../../api/admin';
import { exportUrls } from '../../api/files';
import type { AuditEntry } from '../../api/types';
import { ExportMenu } from '../../components/DownloadButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LabeledControl } from '../../components/LabeledControl';
import { PageHeader } from '../../components/PageHeader';
import { useLocalized } from '../../i18n/localized';

const entityTypes = [
  'user',
  'unit',
  'plan',
  'indicator',
  'assignment',
  'round',
  'report',
  'attachment',
  'project',
];

function json(value: unknown): string {
  return value === null || value === undefined ? '—' : JSON.stringify(value, null, 2);
}

export default function AuditPage() {
  const { t } = useTranslation();
  const { locale } = useLocalized();
  const [entityType, setEntityType] = useState<string | null>(null);
  const audit = useAudit(entityType);
  const rows = audit.data?.pages.flat() ?? [];
  return (
    <>
      <PageHeader
        title={t('audit.title')}
        extra={<ExportMenu urlFor={exportUrls.audit} label={t('files.exportAudit')} />}
      />
      <LabeledControl label={t('audit.entityType')} className="block-gap">
        {(id) => (
          <Select
            id={id}
            allowClear
            placeholder={t('common.all')}
            style={{ minWidth: 180 }}
            value={entityType ?? undefined}
            onChange={(v?: string) => setEntityType(v ?? null)}
            options={entityTypes.map((e) => ({ value: e, label: e }))}
          />
        )}
      </LabeledControl>
      {audit.error && <ErrorAlert error={audit.error} />}
      <Table<AuditEntry>
        rowKey="id"
        size="small"
        loading={audit.isPending}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 900 }}
        expandable={{
          expandedRowRender: (e) => (
            <div className="audit-diff">
              <div>
                <h4>{t('audit.before')}</h4>
                <pre>{json(e.before)}</pre>
              </div>
              <div>
                <h4>{t('audit.after')}</h4>
                <pre>{json(e.after)}</pre>
              </div>
            </div>
          ),
        }}
        columns={[
          {
            title: t('audit.at'),
            dataIndex: 'at',
            width: 170,
            render: (at: string) => new Date(at).toLocaleString(locale, { hour12: false }),
          },
          {
            title: t('audit.actor'),
            dataIndex: 'actorName',
            width: 120,
            render: (n: string | null) => n ?? t('ledger.system'),
          },
          { title: t('audit.action'), dataIndex: 'action', width: 200 },
          { title: t('audit.entity'), key: 'entity', render: (_, e) => `${e.entityType} ${e.entityId}` },
          {
            title: t('audit.requestId'),
            dataIndex: 'requestId',
            width: 340,
            render: (r: string | null) => <code>{r ?? '—'}</code>,
          },
        ]}
      />
      {audit.hasNextPage && (
        <Button
          className="top-gap"
          onClick={() => void audit.fetchNextPage()}
          loading={audit.isFetchingNextPage}
        >
          {t('audit.more')}
        </Button>
      )}
    </>
  );
}
