/**
 * Completion by unit in one round: counts by report status, due date (overdue marked), reminders;
 * 催报, 延期, the unit's Excel template, and 代为上传 of a template the unit sent in.
 */
import { App, Button, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportUrls } from '../../../api/files';
import { useRemind, useRoundProgress } from '../../../api/rounds';
import type { Round, UnitProgress } from '../../../api/types';
import { useCan } from '../../../app/use-can';
import { DownloadButton } from '../../../components/DownloadButton';
import { ErrorAlert, errorText } from '../../../components/ErrorAlert';
import { useUnitNames } from '../../../components/unit-names';
import { useLocalized } from '../../../i18n/localized';
import type { ExtendTarget } from './ExtendModal';
import { ProxyUploadModal, type ProxyUploadTarget } from './ProxyUploadModal';

export function RoundProgressTable({
  round,
  onExtend,
}: {
  round: Round;
  onExtend(target: ExtendTarget): void;
}) {
  const { t } = useTranslation();
  const { text, locale } = useLocalized();
  const { message } = App.useApp();
  const units = useUnitNames();
  const progress = useRoundProgress(round.id);
  const remind = useRemind();
  const can = useCan();
  const [proxy, setProxy] = useState<ProxyUploadTarget | null>(null);
  const open = round.status === 'open';
  if (progress.error) return <ErrorAlert error={progress.error} />;
  return (
    <>
      <Table<UnitProgress>
        rowKey="unit"
        size="small"
        loading={progress.isPending}
        dataSource={progress.data ?? []}
        pagination={false}
        scroll={{ x: 900 }}
        rowClassName={(r) => (r.overdue ? 'overdue-row' : '')}
        columns={[
          { title: t('rounds.unit'), dataIndex: 'unit', render: (code: string) => units.byCode(code) },
          {
            title: t('rounds.completion'),
            key: 'completion',
            render: (_, r) => (
              <>
                {t('rounds.approvedOf', { approved: r.counts.approved, total: r.total })}{' '}
                {r.complete && <Tag color="green">{t('rounds.complete')}</Tag>}
              </>
            ),
          },
          {
            title: t('rounds.byStatus'),
            key: 'counts',
            render: (_, r) =>
              (['pending', 'draft', 'submitted', 'returned'] as const)
                .filter((s) => r.counts[s] > 0)
                .map((s) => (
                  <Tag key={s}>
                    {t('rounds.statusCount', { status: t(`reportStatus.${s}`), count: r.counts[s] })}
                  </Tag>
                )),
          },
          {
            title: t('rounds.dueOn'),
            key: 'due',
            render: (_, r) => (
              <>
                {r.dueOn} {r.overdue && <Tag color="red">{t('inbox.overdue')}</Tag>}
              </>
            ),
          },
          {
            title: t('rounds.reminders'),
            key: 'reminders',
            render: (_, r) =>
              r.reminders === 0
                ? '—'
                : t('rounds.reminderCount', {
                    count: r.reminders,
                    at: r.lastRemindedAt ? new Date(r.lastRemindedAt).toLocaleDateString(locale) : '',
                  }),
          },
          ...(open
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  render: (_: unknown, r: UnitProgress) => (
                    <Space wrap>
                      <Button
                        size="small"
                        disabled={r.complete}
                        onClick={() =>
                          remind.mutate(
                            { id: round.id, unit: r.unit },
                            {
                              onSuccess: () =>
                                message.success(t('rounds.reminded', { unit: units.byCode(r.unit) })),
                              onError: (e) => message.error(errorText(e, text)),
                            },
                          )
                        }
                      >
                        {t('rounds.remind')}
                      </Button>
                      <Button
                        size="small"
                        onClick={() =>
                          onExtend({
                            roundId: round.id,
                            dueOn: r.dueOn,
                            unit: r.unit,
                            unitName: units.byCode(r.unit),
                          })
                        }
                      >
                        {t('rounds.extend')}
                      </Button>
                      <DownloadButton size="small" url={exportUrls.roundTemplate(round.id, r.unit)}>
                        {t('excel.unitTemplate')}
                      </DownloadButton>
                      {can('report.proxy') && !r.complete && (
                        <Button
                          size="small"
                          onClick={() =>
                            setProxy({ roundId: round.id, unit: r.unit, unitName: units.byCode(r.unit) })
                          }
                        >
                          {t('rounds.proxyUpload')}
                        </Button>
                      )}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <ProxyUploadModal target={proxy} onClose={() => setProxy(null)} />
    </>
  );
}
