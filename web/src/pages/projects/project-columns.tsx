/**
 * Columns of the project library: code, name, 专栏, stage, chain, park, total investment (万元),
 * completion of the annual plan against 序时进度, and the warnings the server raised.
 */
import { Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import type { ProjectCodeLists, ProjectView, ProjectWarning } from '../../api/types';
import { wan } from '../../components/projects/money';
import { CompletionTag, StageTag } from '../../components/projects/ProjectTags';
import { WarningTag } from '../../components/StatusTag';
import type { useLocalized } from '../../i18n/localized';

type Localized = ReturnType<typeof useLocalized>;

export function projectColumns(
  t: TFunction,
  { text, locale }: Localized,
  codes: ProjectCodeLists | undefined,
  warningsOf: (code: string) => ProjectWarning[],
  unitName: (code: string | null | undefined) => string,
  columnLabel: (code: string | null) => string,
): ColumnsType<ProjectView> {
  const chain = (c: string | null) => {
    const found = codes?.chains.find((x) => x.code === c);
    return found ? text(found) : (c ?? '—');
  };
  return [
    { title: t('projects.code'), dataIndex: 'code', width: 100, fixed: 'left' },
    {
      title: t('projects.name'),
      dataIndex: 'name',
      width: 260,
      render: (name: string, p) => <Link to={`/projects/${encodeURIComponent(p.code)}`}>{name}</Link>,
    },
    {
      title: t('projects.column'),
      dataIndex: 'column',
      width: 90,
      render: (c: string | null, p) => <Tooltip title={p.columnTitle}>{columnLabel(c)}</Tooltip>,
    },
    {
      title: t('projects.stage'),
      dataIndex: 'stage',
      width: 100,
      render: (_, p) => <StageTag stage={p.stage} />,
    },
    { title: t('projects.chain'), dataIndex: 'chain', width: 130, render: chain },
    {
      title: t('projects.park'),
      key: 'park',
      width: 120,
      render: (_, p) => unitName(p.park?.code),
    },
    {
      title: t('projects.responsibleUnit'),
      key: 'unit',
      width: 130,
      render: (_, p) => unitName(p.responsibleUnit?.code),
    },
    {
      title: t('projects.totalInvestment'),
      dataIndex: 'totalInvestment',
      width: 130,
      align: 'right',
      sorter: (a, b) => (a.totalInvestment ?? -1) - (b.totalInvestment ?? -1),
      render: (v: number | null) => wan(v, locale),
    },
    {
      title: t('projects.completion'),
      key: 'completion',
      width: 190,
      render: (_, p) => (
        <CompletionTag
          completion={p.investment.completion}
          red={warningsOf(p.code).some((w) => w.type === 'project_behind_pace' && w.level === 'red')}
        />
      ),
    },
    {
      title: t('projects.warnings'),
      key: 'warnings',
      width: 150,
      render: (_, p) => {
        const list = warningsOf(p.code);
        if (list.length === 0) return '—';
        return (
          <Tooltip title={list.map((w) => text(w.reason)).join('\n')}>
            <span>
              {list.some((w) => w.level === 'red') ? (
                <WarningTag level="red" />
              ) : (
                <WarningTag level="yellow" />
              )}
              {list.length > 1 && <Tag>{t('projects.warningCount', { count: list.length })}</Tag>}
            </span>
          </Tooltip>
        );
      },
    },
  ];
}
