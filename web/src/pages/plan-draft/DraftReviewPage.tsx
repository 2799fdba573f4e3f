/**
 * 审核草稿: the document on the left with every extracted item marked, the draft's outline,
 * indicators and assignments on the right to accept, edit or reject, an indicator added from
 * selected text, the package problems listed with their place, save (a revision) and publish.
 */
import { Alert, App, Button, Card, Space, Tabs } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { type DraftCandidates, useDraft, usePublishDraft, useSaveDraft } from '../../api/plan-drafts';
import { useUnits } from '../../api/plans';
import { ErrorAlert, errorText } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { PageSpin } from '../../components/PageSpin';
import { useLocalized } from '../../i18n/localized';
import { AssignmentTable, IndicatorTable, OutlineTable } from './CandidateTables';
import { DocumentPane, documentSelection } from './DocumentPane';
import { indicatorFromSelection, spansByLine } from './highlights';
import { TaskTable } from './TaskTable';

function patchList<T, K extends keyof T>(list: T[], key: K, id: T[K], patch: Partial<T>): T[] {
  return list.map((item) => (item[key] === id ? { ...item, ...patch } : item));
}

export default function DraftReviewPage() {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const { message } = App.useApp();
  const id = Number(useParams().id);
  const draft = useDraft(id);
  const units = useUnits();
  const save = useSaveDraft(id);
  const publish = usePublishDraft(id);
  const [work, setWork] = useState<DraftCandidates | null>(null);
  const [dirty, setDirty] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  const [tab, setTab] = useState('indicators');
  const revision = draft.data?.revision;

  useEffect(() => {
    if (draft.data) {
      setWork(draft.data.candidates);
      setDirty(false);
    }
  }, [draft.data]);

  const spans = useMemo(() => (work ? spansByLine(work) : new Map()), [work]);
  if (draft.error) return <ErrorAlert error={draft.error} />;
  if (!draft.data || !work || revision === undefined) return <PageSpin />;
  const view = draft.data;
  const editable = view.status === 'draft';
  const change = (next: DraftCandidates) => {
    setWork(next);
    setDirty(true);
  };
  const pick = (key: string, kind: 'outline' | 'indicator' | 'assignment' | 'task') => {
    setSelected(key);
    const quote =
      kind === 'indicator'
        ? work.indicators.find((i) => i.code === key)?.quotes[0]
        : kind === 'outline'
          ? work.outline.find((n) => n.id === key)?.quote
          : kind === 'task'
            ? work.tasks.find((task) => task.id === key)?.quote
            : work.assignments.find((a) => a.id === key)?.quote;
    if (quote) document.getElementById(`doc-line-${quote.block}`)?.scrollIntoView({ block: 'center' });
  };
  const addFromSelection = () => {
    const sel = documentSelection();
    const added = sel ? indicatorFromSelection(work, sel) : null;
    if (!added) return void message.warning(t('planDraft.selectFirst'));
    change({ ...work, indicators: [...work.indicators, added] });
    setTab('indicators');
    setSelected(added.code);
    message.success(t('planDraft.added', { code: added.code }));
  };
  const onSave = () =>
    save.mutate(
      { expectedRevision: revision, candidates: work },
      {
        onSuccess: (v) => message.success(t('planDraft.saved', { revision: v.revision })),
        onError: (e) => {
          if (e instanceof ApiError && e.isConflict) {
            message.warning(t('planDraft.conflict'), 8);
            void draft.refetch();
          }
        },
      },
    );
  const onPublish = () =>
    publish.mutate(revision, {
      onSuccess: (r) =>
        message.success(t('planDraft.published', { plan: r.planCode, count: r.indicators }), 8),
      onError: (e) => message.error(errorText(e, text), 8),
    });
  const errors = view.issues.filter((i) => i.severity === 'error');
  return (
    <>
      <PageHeader
        title={`${t('planDraft.title')} · ${work.plan.name ?? view.fileName}`}
        sub={`${view.code} · ${t(`planDraft.statuses.${view.status}`)} · ${t('planDraft.revision')} ${view.revision}`}
        extra={
          <Space wrap>
            <Button onClick={addFromSelection} disabled={!editable}>
              {t('planDraft.addFromSelection')}
            </Button>
            <Button onClick={onSave} loading={save.isPending} disabled={!editable || !dirty}>
              {t('planDraft.save')}
            </Button>
            <Button
              type="primary"
              onClick={onPublish}
              loading={publish.isPending}
              disabled={!editable || dirty || errors.length > 0}
            >
              {t('planDraft.publish')}
            </Button>
            {view.planCode && (
              <Link to={`/?plan=${encodeURIComponent(view.planCode)}`}>{t('planDraft.openPlan')}</Link>
            )}
          </Space>
        }
      />
      {errors.length === 0 ? (
        <Alert className="block-gap" type="success" showIcon title={t('planDraft.noProblems')} />
      ) : (
        <Alert
          className="block-gap"
          type="warning"
          showIcon
          title={t('planDraft.problemCount', { count: errors.length })}
          description={
            <ul className="issue-list">
              {errors.map((i) => (
                <li key={`${i.file}-${i.item}-${i.field}-${i.code}`}>
                  {[i.file, i.item, i.field].filter(Boolean).join(' › ')}: {text(i.message)}
                </li>
              ))}
            </ul>
          }
        />
      )}
      {save.error && !(save.error instanceof ApiError && save.error.isConflict) && (
        <ErrorAlert error={save.error} />
      )}
      {publish.error && <ErrorAlert error={publish.error} />}
      <div className="draft-review">
        <Card title={t('planDraft.document')} className="draft-pane" size="small">
          <DocumentPane
            lines={view.lines}
            spans={spans}
            selected={selected}
            onPick={(s) => pick(s.key, s.kind)}
          />
        </Card>
        <Card className="draft-pane" size="small">
          <Tabs
            activeKey={tab}
            onChange={setTab}
            items={[
              {
                key: 'indicators',
                label: `${t('planDraft.indicators')} (${work.indicators.length})`,
                children: (
                  <IndicatorTable
                    rows={work.indicators}
                    selected={selected}
                    onPick={(code) => pick(code, 'indicator')}
                    onChange={(code, patch) =>
                      change({ ...work, indicators: patchList(work.indicators, 'code', code, patch) })
                    }
                  />
                ),
              },
              {
                key: 'outline',
                label: `${t('planDraft.outline')} (${work.outline.length})`,
                children: (
                  <OutlineTable
                    rows={work.outline}
                    onPick={(nodeId) => pick(nodeId, 'outline')}
                    onChange={(nodeId, patch) =>
                      change({ ...work, outline: patchList(work.outline, 'id', nodeId, patch) })
                    }
                  />
                ),
              },
              {
                key: 'tasks',
                label: `${t('planDraft.tasks')} (${work.tasks.length})`,
                children: (
                  <>
                    <p className="muted">{t('planDraft.tasksHint')}</p>
                    <TaskTable
                      rows={work.tasks}
                      outline={work.outline}
                      units={units.data ?? []}
                      onPick={(tid) => pick(tid, 'task')}
                      onChange={(tid, patch) =>
                        change({ ...work, tasks: patchList(work.tasks, 'id', tid, patch) })
                      }
                    />
                  </>
                ),
              },
              {
                key: 'assignments',
                label: `${t('planDraft.assignments')} (${work.assignments.length})`,
                children: (
                  <AssignmentTable
                    rows={work.assignments}
                    units={units.data ?? []}
                    onChange={(aid, patch) =>
                      change({ ...work, assignments: patchList(work.assignments, 'id', aid, patch) })
                    }
                  />
                ),
              },
            ]}
          />
        </Card>
      </div>
    </>
  );
}
