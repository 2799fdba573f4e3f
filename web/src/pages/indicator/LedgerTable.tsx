/**
 * 台账: every revision of every value — who, when, why, from which layer (示例数据 / 公开数据 / 填报) —
 * with the one that counts now marked; an administrator restores an earlier one (as a new revision).
 * Nothing here is ever overwritten.
 */
import { CheckCircleFilled } from '@ant-design/icons';
import { Button, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorPage } from '../../api/types';
import { useCan } from '../../app/use-can';
import { useRevisionColumns } from '../../components/revision-columns';
import { formatNumber, periodMonths, useLocalized, usePeriodLabel } from '../../i18n/localized';
import { RestoreModal } from './RestoreModal';

type Revision = IndicatorPage['ledger'][number];

const layerColor: Record<Revision['layer'], string> = {
  demo: 'orange',
  published: 'geekblue',
  reported: 'green',
};

export function LedgerTable({ page }: { page: IndicatorPage }) {
  const { t } = useTranslation();
  const revision = useRevisionColumns();
  const { locale } = useLocalized();
  const periodLabel = usePeriodLabel();
  const can = useCan();
  const [restoring, setRestoring] = useState<Revision | null>(null);
  const rows = [...page.ledger].sort((a, b) => b.period.localeCompare(a.period) || b.id - a.id);
  return (
    <>
      <Table<Revision>
        rowKey="id"
        size="small"
        dataSource={rows}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        scroll={{ x: 960 }}
        rowClassName={(r) => (r.current ? 'current-row' : '')}
        columns={[
          {
            title: t('ledger.period'),
            dataIndex: 'period',
            width: 120,
            render: (p: string) => periodLabel(p),
          },
          {
            title: t('ledger.measure'),
            key: 'measure',
            width: 150,
            render: (_, r) => t(`measure.${r.measure}`, { n: periodMonths(r.period) }),
          },
          {
            title: t('ledger.value'),
            dataIndex: 'value',
            width: 100,
            render: (v: number) => formatNumber(v, locale, 4),
          },
          {
            title: t('ledger.layer'),
            dataIndex: 'layer',
            width: 100,
            render: (l: Revision['layer']) => <Tag color={layerColor[l]}>{t(`layer.${l}`)}</Tag>,
          },
          {
            title: t('ledger.revision'),
            key: 'revision',
            width: 140,
            render: (_, r) => (
              <>
                #{r.revision}{' '}
                {r.current && (
                  <Tag color="success" icon={<CheckCircleFilled />}>
                    {t('ledger.current')}
                  </Tag>
                )}
              </>
            ),
          },
          revision.who,
          revision.when,
          { title: t('ledger.why'), dataIndex: 'reason', render: (r: string | null) => r ?? '—' },
          {
            title: t('ledger.source'),
            dataIndex: 'source',
            width: 160,
            render: (s: string | null) => s ?? '—',
          },
          ...(can('ledger.restore')
            ? [
                {
                  title: t('common.actions'),
                  key: 'restore',
                  width: 90,
                  render: (_: unknown, r: Revision) =>
                    !r.current && (
                      <Button size="small" onClick={() => setRestoring(r)}>
                        {t('restore.button')}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      <RestoreModal revision={restoring} onClose={() => setRestoring(null)} />
    </>
  );
}
