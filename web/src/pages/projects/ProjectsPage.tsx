/**
 * 项目库 (项目为王): every major project of the plan's columns and any added later — as a list with
 * filters, as a board by stage, or as the pipeline 谋划一批、储备一批、建设一批 — at an evaluation date,
 * with the Excel ledger one click away.
 */
import { Segmented, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOutline } from '../../api/plans';
import { projectExportUrl, useProjectCodes, useProjects, useProjectWarnings } from '../../api/projects';
import type { ProjectWarning } from '../../api/types';
import { DownloadButton } from '../../components/DownloadButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { ProjectAsOf } from '../../components/projects/ProjectAsOf';
import { useUnitNames } from '../../components/unit-names';
import { useLocalized } from '../../i18n/localized';
import { usePlan } from '../../state/plan-context';
import { PipelineView } from './PipelineView';
import { ProjectBoard } from './ProjectBoard';
import { ProjectFilters } from './ProjectFilters';
import { projectColumns } from './project-columns';
import { type LibraryView, useProjectFilters } from './project-filters';

export default function ProjectsPage() {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { code } = usePlan();
  const { filter, view, asOf, setFilter, setView, setAsOf, showStage } = useProjectFilters();
  const list = useProjects(code, asOf, filter);
  const warnings = useProjectWarnings(code, asOf);
  const codes = useProjectCodes().data;
  const outline = useOutline(code).data;
  const units = useUnitNames();
  const bySubject = new Map<string, ProjectWarning[]>();
  for (const w of warnings.data?.warnings ?? [])
    bySubject.set(w.subject, [...(bySubject.get(w.subject) ?? []), w]);
  const warningsOf = (project: string) => bySubject.get(project) ?? [];
  const columnLabel = (id: string | null) => {
    const column = outline?.columns.find((c) => c.id === id);
    return column ? t('outline.number.column', { n: column.number }) : (id ?? '—');
  };
  const rows = list.data?.projects ?? [];
  const shownAsOf = list.data?.asOf ?? asOf ?? undefined;
  return (
    <>
      <PageHeader
        title={t('projects.title')}
        sub={list.data && t('projects.summary', { count: list.data.total, asOf: list.data.asOf })}
        extra={
          <>
            <ProjectAsOf value={shownAsOf} onChange={setAsOf} />
            <DownloadButton url={projectExportUrl(code, asOf)}>{t('projects.export')}</DownloadButton>
          </>
        }
      />
      <Segmented<LibraryView>
        className="block-gap"
        aria-label={t('projects.view')}
        value={view}
        onChange={setView}
        options={[
          { value: 'list', label: t('projects.list') },
          { value: 'board', label: t('projects.board') },
          { value: 'pipeline', label: t('projects.pipeline') },
        ]}
      />
      {list.error && <ErrorAlert error={list.error} />}
      {view === 'pipeline' ? (
        <PipelineView asOf={asOf} />
      ) : (
        <>
          <ProjectFilters filter={filter} onChange={setFilter} showStage={view === 'list'} />
          {view === 'board' ? (
            <ProjectBoard
              projects={rows}
              warningsOf={warningsOf}
              onShowStage={showStage}
              unitName={units.byCode}
            />
          ) : (
            <Table
              rowKey="code"
              size="middle"
              loading={list.isPending}
              dataSource={rows}
              columns={projectColumns(t, localized, codes, warningsOf, units.byCode, columnLabel)}
              pagination={{ pageSize: 25, showSizeChanger: true, hideOnSinglePage: true }}
              scroll={{ x: 1400 }}
              sticky={{ offsetHeader: 64 }}
            />
          )}
        </>
      )}
    </>
  );
}
