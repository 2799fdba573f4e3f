/**
 * 轮次管理: open a reporting round, watch completion by unit, remind, extend (the round or a unit),
 * close; the round's Excel template, whole or per unit. The chosen round is kept in ?round=.
 */
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Popconfirm, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { exportUrls } from '../../api/files';
import { useCloseRound, useRounds } from '../../api/rounds';
import type { Round } from '../../api/types';
import { DownloadButton } from '../../components/DownloadButton';
import { ErrorAlert, errorText } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useLocalized, usePeriodLabel } from '../../i18n/localized';
import { usePlan } from '../../state/plan-context';
import { ExtendModal, type ExtendTarget } from './rounds/ExtendModal';
import { OpenRoundModal } from './rounds/OpenRoundModal';
import { RoundProgressTable } from './rounds/RoundProgressTable';

export default function RoundsPage() {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const { message } = App.useApp();
  const periodLabel = usePeriodLabel();
  const { code } = usePlan();
  const rounds = useRounds(code);
  const close = useCloseRound();
  const [opening, setOpening] = useState(false);
  const [extending, setExtending] = useState<ExtendTarget | null>(null);
  const [params, setParams] = useSearchParams();
  const list = [...(rounds.data ?? [])].sort((a, b) => b.id - a.id);
  const chosen = list.find((r) => r.id === Number(params.get('round'))) ?? list[0];
  return (
    <>
      <PageHeader
        title={t('rounds.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpening(true)}>
            {t('rounds.open')}
          </Button>
        }
      />
      {rounds.error && <ErrorAlert error={rounds.error} />}
      <Card title={t('rounds.list')} className="block-gap">
        <Table<Round>
          rowKey="id"
          size="small"
          loading={rounds.isPending}
          dataSource={list}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          scroll={{ x: 800 }}
          locale={{ emptyText: <Empty description={t('rounds.none')} /> }}
          rowClassName={(r) => (r.id === chosen?.id ? 'selected-row' : '')}
          columns={[
            {
              title: t('rounds.name'),
              dataIndex: 'name',
              render: (name: string, r) => (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => setParams({ round: String(r.id) })}
                >
                  {name}
                </button>
              ),
            },
            { title: t('rounds.period'), dataIndex: 'period', render: (p: string) => periodLabel(p) },
            { title: t('rounds.opensOn'), dataIndex: 'opensOn' },
            { title: t('rounds.dueOn'), dataIndex: 'dueOn' },
            {
              title: t('rounds.status'),
              dataIndex: 'status',
              render: (s: Round['status']) => (
                <Tag color={s === 'open' ? 'green' : 'default'}>{t(`roundStatus.${s}`)}</Tag>
              ),
            },
            {
              title: t('common.actions'),
              key: 'actions',
              render: (_, r) =>
                r.status === 'open' && (
                  <Space wrap>
                    <DownloadButton size="small" url={exportUrls.roundTemplate(r.id)}>
                      {t('excel.roundTemplate')}
                    </DownloadButton>
                    <Button size="small" onClick={() => setExtending({ roundId: r.id, dueOn: r.dueOn })}>
                      {t('rounds.extendRound')}
                    </Button>
                    <Popconfirm
                      title={t('rounds.closeConfirm', { name: r.name })}
                      onConfirm={() =>
                        close.mutate(
                          { id: r.id, version: r.version },
                          { onError: (e) => message.error(errorText(e, text), 8) },
                        )
                      }
                    >
                      <Button size="small" danger>
                        {t('rounds.close')}
                      </Button>
                    </Popconfirm>
                  </Space>
                ),
            },
          ]}
        />
      </Card>
      {chosen && (
        <Card title={t('rounds.progress', { name: chosen.name })}>
          <RoundProgressTable round={chosen} onExtend={setExtending} />
          {chosen.status === 'open' && <p className="muted top-gap">{t('excel.officeHint')}</p>}
        </Card>
      )}
      <OpenRoundModal open={opening} onClose={() => setOpening(false)} />
      <ExtendModal target={extending} onClose={() => setExtending(null)} />
    </>
  );
}
