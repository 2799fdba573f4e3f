/**
 * 项目信息: the attributes of docs/projects.md §2, every version kept on the server; the plan office
 * edits them (a reason is required; a stale version is refused with 409 and the latest is shown).
 */
import { EditOutlined, HistoryOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProjectCodes } from '../../api/projects';
import type { ProjectDetail } from '../../api/types';
import { useCan } from '../../app/use-can';
import { wan } from '../../components/projects/money';
import { useUnitNames } from '../../components/unit-names';
import { useLocalized } from '../../i18n/localized';
import { ProjectEditModal } from './ProjectEditModal';
import { RevisionsModal } from './RevisionsModal';

export function AttributesCard({ project, onConflict }: { project: ProjectDetail; onConflict(): void }) {
  const { t } = useTranslation();
  const { text, locale } = useLocalized();
  const can = useCan();
  const codes = useProjectCodes().data;
  const units = useUnitNames();
  const [editing, setEditing] = useState(false);
  const [history, setHistory] = useState(false);
  const [conflict, setConflict] = useState<number | null>(null);
  const named = (list: { code: string; zh: string; en: string }[] | undefined, code: string | null) => {
    const found = list?.find((x) => x.code === code);
    return found ? text(found) : (code ?? '—');
  };
  return (
    <Card
      title={t('project.attributes')}
      extra={
        <Space wrap>
          <Button size="small" icon={<HistoryOutlined />} onClick={() => setHistory(true)}>
            {t('project.versions', { version: project.version })}
          </Button>
          {can('project.manage') && (
            <Button size="small" type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
          )}
        </Space>
      }
    >
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, xl: 3 }}
        items={[
          { key: 'column', label: t('projects.column'), children: project.columnTitle ?? '—' },
          { key: 'chapter', label: t('project.chapter'), children: project.chapterTitle ?? '—' },
          {
            key: 'unit',
            label: t('projects.responsibleUnit'),
            children: units.byCode(project.responsibleUnit?.code),
          },
          {
            key: 'co',
            label: t('project.coUnits'),
            children:
              project.coUnits.length > 0 ? project.coUnits.map((u) => units.byCode(u.code)).join('、') : '—',
          },
          { key: 'park', label: t('projects.park'), children: units.byCode(project.park?.code) },
          { key: 'leader', label: t('project.leader'), children: project.leader ?? '—' },
          { key: 'chain', label: t('projects.chain'), children: named(codes?.chains, project.chain) },
          { key: 'owner', label: t('project.owner'), children: project.owner ?? '—' },
          { key: 'nature', label: t('project.nature'), children: named(codes?.natures, project.nature) },
          {
            key: 'investor',
            label: t('project.investor'),
            children: named(codes?.investors, project.investor),
          },
          {
            key: 'total',
            label: t('projects.totalInvestment'),
            children: wan(project.totalInvestment, locale),
          },
          { key: 'start', label: t('project.plannedStart'), children: project.plannedStart ?? '—' },
          { key: 'finish', label: t('project.plannedFinish'), children: project.plannedFinish ?? '—' },
        ]}
      />
      <ProjectEditModal
        project={project}
        open={editing}
        conflict={conflict}
        onClose={() => {
          setEditing(false);
          setConflict(null);
        }}
        onConflict={(version) => {
          setConflict(version ?? project.version);
          onConflict();
        }}
      />
      <RevisionsModal project={project} open={history} onClose={() => setHistory(false)} />
    </Card>
  );
}
