/**
 * 存在问题 / 下一步建议: the words the plan office writes into a report, kept per plan, report kind
 * and evaluation date, every save a revision. A save carries the revision it started from; when
 * someone saved in between (409) the person's text stays on screen until they load the latest.
 */
import { Alert, App, Button, Collapse, Empty, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useNarrative, useSaveNarrative } from '../../api/evaluation-reports';
import type { NarrativeView, ReportKindName } from '../../api/types';
import { ErrorAlert, errorText } from '../../components/ErrorAlert';
import { PageSpin } from '../../components/PageSpin';
import { useLocalized } from '../../i18n/localized';

interface Props {
  plan: string;
  kind: ReportKindName;
  asOf: string;
  editable: boolean;
}

export function NarrativeEditor(props: Props) {
  const narrative = useNarrative(props.plan, props.kind, props.asOf);
  if (narrative.error) return <ErrorAlert error={narrative.error} />;
  if (!narrative.data) return <PageSpin />;
  return (
    <NarrativeForm
      key={`${props.kind}-${props.asOf}`}
      {...props}
      loaded={narrative.data}
      reload={async () => (await narrative.refetch()).data}
    />
  );
}

function NarrativeForm({
  plan,
  kind,
  asOf,
  editable,
  loaded,
  reload,
}: Props & { loaded: NarrativeView; reload(): Promise<NarrativeView | undefined> }) {
  const { t } = useTranslation();
  const { text, locale } = useLocalized();
  const { message } = App.useApp();
  const save = useSaveNarrative(plan);
  const [problems, setProblems] = useState(loaded.problems);
  const [nextSteps, setNextSteps] = useState(loaded.nextSteps);
  const [base, setBase] = useState(loaded.revision);
  const [conflict, setConflict] = useState<number | null>(null);
  const dirty = problems !== loaded.problems || nextSteps !== loaded.nextSteps;
  const onSave = () =>
    save.mutate(
      { asOf, kind, problems, nextSteps, expectedRevision: base },
      {
        onSuccess: (saved) => {
          setBase(saved.revision);
          setConflict(null);
          message.success(t('narrative.saved', { revision: saved.revision }));
        },
        onError: (e) => {
          if (e instanceof ApiError && e.isConflict) setConflict(e.currentVersion ?? base + 1);
          else message.error(errorText(e, text), 8);
        },
      },
    );
  const loadLatest = async () => {
    const latest = await reload();
    if (!latest) return;
    setProblems(latest.problems);
    setNextSteps(latest.nextSteps);
    setBase(latest.revision);
    setConflict(null);
  };
  return (
    <>
      {conflict !== null && (
        <Alert
          className="block-gap"
          type="warning"
          showIcon
          role="alert"
          title={t('narrative.conflict', { current: conflict, base })}
          description={t('narrative.conflictHint')}
          action={<Button onClick={() => void loadLatest()}>{t('narrative.loadLatest')}</Button>}
        />
      )}
      <p className="muted">
        {base === 0 ? t('narrative.noneYet') : t('narrative.revision', { revision: base })} ·{' '}
        {t('narrative.markdownHint')}
      </p>
      <Form layout="vertical" disabled={!editable}>
        <Form.Item label={t('narrative.problems')} className="narrative-field">
          <Input.TextArea
            aria-label={t('narrative.problems')}
            value={problems}
            onChange={(e) => setProblems(e.target.value)}
            autoSize={{ minRows: 5, maxRows: 16 }}
            maxLength={50_000}
          />
        </Form.Item>
        <Form.Item label={t('narrative.nextSteps')} className="narrative-field">
          <Input.TextArea
            aria-label={t('narrative.nextSteps')}
            value={nextSteps}
            onChange={(e) => setNextSteps(e.target.value)}
            autoSize={{ minRows: 5, maxRows: 16 }}
            maxLength={50_000}
          />
        </Form.Item>
      </Form>
      {editable && (
        <Space className="block-gap">
          <Button type="primary" onClick={onSave} loading={save.isPending} disabled={conflict !== null}>
            {t('narrative.save')}
          </Button>
          {dirty && <span className="muted">{t('narrative.unsaved')}</span>}
        </Space>
      )}
      <h3 className="small-heading">{t('narrative.history', { count: loaded.history.length })}</h3>
      {loaded.history.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('narrative.noHistory')} />
      ) : (
        <Collapse
          size="small"
          items={[...loaded.history].reverse().map((r) => ({
            key: r.revision,
            label: t('narrative.historyItem', {
              revision: r.revision,
              at: new Date(r.createdAt).toLocaleString(locale, { hour12: false }),
            }),
            children: (
              <div className="prose">
                <h4>{t('narrative.problems')}</h4>
                <p className="pre-wrap">{r.problems || '—'}</p>
                <h4>{t('narrative.nextSteps')}</h4>
                <p className="pre-wrap">{r.nextSteps || '—'}</p>
              </div>
            ),
          }))}
        />
      )}
    </>
  );
}
