/**
 * 责任分工: every indicator, task (chapter) or project with its lead and co-units; set them per item.
 */
import { Button, Input, Segmented, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAssignments } from '../../api/admin';
import { useIndicators, useOutline } from '../../api/plans';
import type { AssignmentView } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useUnitNames } from '../../components/unit-names';
import { useLocalized } from '../../i18n/localized';
import { useAsOf, usePlan } from '../../state/plan-context';
import { type AssignableItem, AssignmentModal } from './AssignmentModal';

type ItemType = AssignmentView['itemType'];

export default function AssignmentsPage() {
  const { t } = useTranslation();
  const { name } = useLocalized();
  const { code } = usePlan();
  const { asOf } = useAsOf();
  const units = useUnitNames();
  const assignments = useAssignments(code);
  const indicators = useIndicators(code, asOf);
  const outline = useOutline(code);
  const [type, setType] = useState<ItemType>('indicator');
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<AssignableItem | null>(null);
  const items: { itemCode: string; name: string }[] =
    type === 'indicator'
      ? (indicators.data?.indicators ?? []).map((i) => ({ itemCode: i.code, name: name(i) }))
      : type === 'task'
        ? (outline.data?.outline ?? [])
            .filter((n) => n.kind === 'chapter')
            .map((n) => ({ itemCode: n.id, name: n.title }))
        : (outline.data?.projects ?? []).map((p) => ({ itemCode: p.code, name: p.name }));
  const q = search.trim().toLowerCase();
  const rows: AssignableItem[] = items
    .filter((i) => !q || i.itemCode.toLowerCase().includes(q) || i.name.toLowerCase().includes(q))
    .map((i) => {
      const a = assignments.data?.find((x) => x.itemType === type && x.itemCode === i.itemCode);
      return { ...i, itemType: type, lead: a?.lead ?? null, co: a?.co ?? [] };
    });
  const error = assignments.error ?? indicators.error ?? outline.error;
  return (
    <>
      <PageHeader title={t('assignments.title')} />
      {error && <ErrorAlert error={error} />}
      <div className="filter-bar">
        <Segmented<ItemType>
          aria-label={t('assignments.itemType')}
          value={type}
          onChange={setType}
          options={(['indicator', 'task', 'project'] as const).map((v) => ({
            value: v,
            label: t(`itemType.${v}`),
          }))}
        />
        <Input.Search
          aria-label={t('indicators.search')}
          placeholder={t('indicators.search')}
          allowClear
          onSearch={setSearch}
          onChange={(e) => setSearch(e.target.value)}
          style={{ maxWidth: 280 }}
        />
      </div>
      <Table<AssignableItem>
        rowKey="itemCode"
        size="middle"
        loading={assignments.isPending || indicators.isPending || outline.isPending}
        dataSource={rows}
        pagination={{ pageSize: 25, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 800 }}
        columns={[
          { title: t('assignments.code'), dataIndex: 'itemCode', width: 90 },
          { title: t('assignments.item'), dataIndex: 'name' },
          {
            title: t('assignments.lead'),
            dataIndex: 'lead',
            width: 180,
            render: (lead: string | null) => (lead ? units.byCode(lead) : <Tag>{t('assignments.none')}</Tag>),
          },
          {
            title: t('assignments.co'),
            dataIndex: 'co',
            width: 220,
            render: (co: string[]) => (co.length > 0 ? co.map(units.byCode).join('、') : '—'),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 100,
            render: (_, item) => (
              <Button
                size="small"
                onClick={() => setEditing(item)}
                aria-label={t('assignments.setFor', { code: item.itemCode })}
              >
                {t('assignments.setButton')}
              </Button>
            ),
          },
        ]}
      />
      <AssignmentModal item={editing} onClose={() => setEditing(null)} />
    </>
  );
}
