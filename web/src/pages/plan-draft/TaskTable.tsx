/**
 * The key tasks the drafter read from the text: each with its chapter, lead sentence (节) and quote.
 * A task reaches the plan only when the office accepts it and it has a lead unit — read from the
 * paragraph's 牵头单位 phrase or chosen here from the deployment's units (docs/plan-import.md).
 */
import { Select, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DraftCandidates } from '../../api/plan-drafts';
import type { OrgUnit } from '../../api/types';
import { confidenceTag, StatusSelect } from './CandidateTables';

type Task = DraftCandidates['tasks'][number];

export function TaskTable({
  rows,
  outline,
  units,
  onPick,
  onChange,
}: {
  rows: Task[];
  outline: DraftCandidates['outline'];
  units: OrgUnit[];
  onPick: (id: string) => void;
  onChange: (id: string, patch: Partial<Task>) => void;
}) {
  const { t } = useTranslation();
  const chapter = (id: string) => outline.find((n) => n.id === id)?.title ?? id;
  const unitOptions = units.map((u) => ({ value: u.name, label: u.name }));
  return (
    <Table<Task>
      size="small"
      rowKey="id"
      dataSource={rows}
      pagination={{ pageSize: 50, showSizeChanger: false }}
      onRow={(r) => ({ onClick: () => onPick(r.id) })}
      columns={[
        {
          title: t('planDraft.task'),
          key: 'text',
          render: (_, r) => (
            <>
              {r.section && <Tag>{r.section.title}</Tag>}
              {r.text}
            </>
          ),
        },
        { title: t('planDraft.chapter'), key: 'chapter', width: 140, render: (_, r) => chapter(r.chapter) },
        {
          title: t('planDraft.lead'),
          key: 'lead',
          width: 180,
          render: (_, r) => (
            <Select
              size="small"
              allowClear
              showSearch
              style={{ width: 170 }}
              aria-label={t('planDraft.lead')}
              value={r.lead[0]}
              options={[
                ...r.lead
                  .filter((name) => !units.some((u) => u.name === name))
                  .map((name) => ({
                    value: name,
                    label: name,
                  })),
                ...unitOptions,
              ]}
              onChange={(name?: string) =>
                onChange(r.id, { lead: name ? [name, ...r.lead.slice(1)] : [], status: 'edited' })
              }
            />
          ),
        },
        { title: t('planDraft.confidence'), dataIndex: 'confidence', width: 80, render: confidenceTag },
        {
          title: t('planDraft.status'),
          dataIndex: 'status',
          width: 110,
          render: (s: Task['status'], r) => (
            <StatusSelect value={s} onChange={(status) => onChange(r.id, { status })} />
          ),
        },
      ]}
    />
  );
}
