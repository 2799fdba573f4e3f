/**
 * The draft's candidates as editable tables: indicators, outline nodes and assignments. Every change
 * marks the candidate 已修改 (edited); accept and reject set its status. Rows carry their confidence.
 */
import { Input, InputNumber, Select, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DraftCandidates } from '../../api/plan-drafts';
import type { OrgUnit } from '../../api/types';

type Indicator = DraftCandidates['indicators'][number];
type Node = DraftCandidates['outline'][number];
type Assignment = DraftCandidates['assignments'][number];
type Status = Indicator['status'];

export function StatusSelect({ value, onChange }: { value: Status; onChange: (s: Status) => void }) {
  const { t } = useTranslation();
  return (
    <Select
      size="small"
      value={value}
      onChange={onChange}
      style={{ width: 96 }}
      aria-label={t('planDraft.status')}
      options={[
        { value: 'proposed', label: t('planDraft.proposed') },
        { value: 'accepted', label: t('planDraft.accept') },
        { value: 'edited', label: t('planDraft.edited') },
        { value: 'rejected', label: t('planDraft.reject') },
      ]}
    />
  );
}

export const confidenceTag = (c: number) => (
  <Tag color={c >= 0.8 ? 'green' : c >= 0.5 ? 'gold' : 'red'}>{Math.round(c * 100)}%</Tag>
);

export function IndicatorTable({
  rows,
  onChange,
  onPick,
  selected,
}: {
  rows: Indicator[];
  onChange: (code: string, patch: Partial<Indicator>) => void;
  onPick: (code: string) => void;
  selected: string | null;
}) {
  const { t } = useTranslation();
  const edit = (code: string, patch: Partial<Indicator>) => onChange(code, { ...patch, status: 'edited' });
  return (
    <Table
      size="small"
      rowKey="code"
      dataSource={rows}
      pagination={{ pageSize: 50, showSizeChanger: false }}
      rowClassName={(r) =>
        r.code === selected ? 'draft-row-selected' : r.status === 'rejected' ? 'draft-row-rejected' : ''
      }
      onRow={(r) => ({ onClick: () => onPick(r.code) })}
      scroll={{ x: 900 }}
      columns={[
        { title: '', dataIndex: 'code', width: 64 },
        {
          title: t('planDraft.origin'),
          dataIndex: 'origin',
          width: 64,
          render: (o: string) => t(o === 'table' ? 'planDraft.table' : 'planDraft.prose'),
        },
        {
          title: t('planDraft.name'),
          dataIndex: 'name',
          render: (v: string, r) => (
            <Input
              size="small"
              aria-label={t('planDraft.name')}
              value={v}
              onChange={(e) => edit(r.code, { name: e.target.value })}
            />
          ),
        },
        {
          title: t('planDraft.unit'),
          dataIndex: 'unit',
          width: 96,
          render: (v: string, r) => (
            <Input
              size="small"
              aria-label={t('planDraft.unit')}
              status={v ? undefined : 'error'}
              value={v}
              onChange={(e) => edit(r.code, { unit: e.target.value })}
            />
          ),
        },
        {
          title: t('planDraft.baseline'),
          key: 'baseline',
          width: 80,
          render: (_: unknown, r) => r.baseline?.value ?? '—',
        },
        {
          title: t('planDraft.target'),
          key: 'target',
          width: 120,
          render: (_: unknown, r) =>
            r.target ? (
              <InputNumber
                size="small"
                aria-label={t('planDraft.target')}
                value={r.target.value}
                onChange={(v) =>
                  r.target && edit(r.code, { target: { ...r.target, value: v === null ? null : Number(v) } })
                }
              />
            ) : (
              '—'
            ),
        },
        {
          title: t('planDraft.year'),
          key: 'year',
          width: 64,
          render: (_: unknown, r) => r.target?.year ?? '',
        },
        {
          title: t('planDraft.attribute'),
          dataIndex: 'attribute',
          width: 100,
          render: (v: Indicator['attribute'], r) => (
            <Select
              size="small"
              value={v}
              aria-label={t('planDraft.attribute')}
              onChange={(a) => edit(r.code, { attribute: a })}
              options={[
                { value: 'expected', label: t('planDraft.expected') },
                { value: 'binding', label: t('planDraft.binding') },
              ]}
            />
          ),
        },
        { title: t('planDraft.confidence'), dataIndex: 'confidence', width: 72, render: confidenceTag },
        {
          title: t('planDraft.status'),
          dataIndex: 'status',
          width: 110,
          render: (s: Status, r) => (
            <StatusSelect value={s} onChange={(status) => onChange(r.code, { status })} />
          ),
        },
      ]}
    />
  );
}

export function OutlineTable({
  rows,
  onChange,
  onPick,
}: {
  rows: Node[];
  onChange: (id: string, patch: Partial<Node>) => void;
  onPick: (id: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Table
      size="small"
      rowKey="id"
      dataSource={rows}
      pagination={false}
      onRow={(r) => ({ onClick: () => onPick(r.id) })}
      rowClassName={(r) => (r.status === 'rejected' ? 'draft-row-rejected' : '')}
      columns={[
        {
          title: t('planDraft.kind'),
          dataIndex: 'kind',
          width: 64,
          render: (k: Node['kind']) => t(`planDraft.kinds.${k}`),
        },
        { title: t('planDraft.number'), dataIndex: 'number', width: 56 },
        {
          title: t('planDraft.name'),
          dataIndex: 'title',
          render: (v: string, r) => (
            <Input
              size="small"
              aria-label={t('planDraft.name')}
              value={v}
              onChange={(e) => onChange(r.id, { title: e.target.value, status: 'edited' })}
            />
          ),
        },
        {
          title: '',
          key: 'items',
          width: 96,
          render: (_: unknown, r) => (r.items.length ? t('planDraft.items', { count: r.items.length }) : ''),
        },
        { title: t('planDraft.confidence'), dataIndex: 'confidence', width: 72, render: confidenceTag },
        {
          title: t('planDraft.status'),
          dataIndex: 'status',
          width: 110,
          render: (s: Status, r) => (
            <StatusSelect value={s} onChange={(status) => onChange(r.id, { status })} />
          ),
        },
      ]}
    />
  );
}

export function AssignmentTable({
  rows,
  units,
  onChange,
}: {
  rows: Assignment[];
  units: OrgUnit[];
  onChange: (id: string, patch: Partial<Assignment>) => void;
}) {
  const { t } = useTranslation();
  return (
    <Table
      size="small"
      rowKey="id"
      dataSource={rows}
      pagination={false}
      columns={[
        { title: t('planDraft.subject'), dataIndex: 'subject' },
        { title: t('planDraft.lead'), dataIndex: 'lead', render: (v: string[]) => v.join('、') },
        { title: t('planDraft.support'), dataIndex: 'support', render: (v: string[]) => v.join('、') },
        {
          title: t('planDraft.mapUnit'),
          key: 'map',
          width: 180,
          render: (_: unknown, r) => (
            <Select
              size="small"
              allowClear
              style={{ width: 170 }}
              aria-label={t('planDraft.mapUnit')}
              value={units.find((u) => u.name === r.lead[0])?.code}
              options={units.map((u) => ({ value: u.code, label: u.name }))}
              onChange={(code?: string) => {
                const unit = units.find((u) => u.code === code);
                if (unit) onChange(r.id, { lead: [unit.name, ...r.lead.slice(1)], status: 'edited' });
              }}
            />
          ),
        },
        {
          title: t('planDraft.status'),
          dataIndex: 'status',
          width: 110,
          render: (s: Status, r) => (
            <StatusSelect value={s} onChange={(status) => onChange(r.id, { status })} />
          ),
        },
      ]}
    />
  );
}
