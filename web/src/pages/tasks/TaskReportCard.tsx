/**
 * The lead unit's progress report for an open round covering tasks: it starts from what was approved
 * last time, refuses nothing silently (the server's reasons appear at the field), and shows the
 * reviewer approve / return, the co-units their part and the office its judgement.
 */
import { App, Button, Card, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRounds } from '../../api/rounds';
import { useMe } from '../../api/session';
import {
  type TaskDetailResponse,
  useContribute,
  useJudge,
  useReviewTaskReport,
  useSaveTaskReport,
} from '../../api/tasks';
import { can } from '../../app/permissions';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showFieldIssues } from '../../components/form-errors';
import { useLocalized } from '../../i18n/localized';
import { usePlan } from '../../state/plan-context';

interface Fields {
  done: string;
  percent: number;
  status: TaskDetailResponse['status'];
  problems?: string;
  nextSteps?: string;
  lowerReason?: string;
  evidence?: string;
}

const statuses = ['completed', 'on_track', 'behind', 'not_started'] as const;

export function TaskReportCard({ task }: { task: TaskDetailResponse }) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const { message } = App.useApp();
  const { code: plan } = usePlan();
  const role = useMe().data?.user.role;
  const rounds = (useRounds(plan).data ?? []).filter(
    (r) => r.status === 'open' && r.scope.itemTypes.includes('task'),
  );
  const [chosen, setChosen] = useState<string | null>(null);
  const period = chosen ?? rounds[0]?.period ?? null;
  const current = period ? task.current[period] : undefined;
  const last = task.reports
    .filter((r) => r.state === 'approved')
    .sort((a, b) => a.at.localeCompare(b.at))
    .at(-1);
  const [form] = Form.useForm<Fields>();
  const [review] = Form.useForm<{ comment?: string }>();
  const [part] = Form.useForm<{ text: string }>();
  const [judge] = Form.useForm<{ status: Fields['status']; reason: string }>();
  const save = useSaveTaskReport(plan, task.code);
  const decide = useReviewTaskReport(plan, task.code);
  const contribute = useContribute(plan, task.code);
  const judgement = useJudge(plan, task.code);
  const editable = !current || current.state === 'draft' || current.state === 'returned';
  const start = current ?? last;

  const submit = (submitting: boolean) => (f: Fields) => {
    if (!period) return;
    const evidence = (f.evidence ?? '')
      .split(/[,,\s]+/)
      .filter(Boolean)
      .map(Number);
    save.mutate(
      {
        period,
        revision: current?.revision ?? 0,
        done: f.done,
        percent: f.percent,
        status: f.status,
        problems: f.problems?.trim() || null,
        nextSteps: f.nextSteps?.trim() || null,
        lowerReason: f.lowerReason?.trim() || null,
        evidence,
        submit: submitting,
      },
      {
        onSuccess: () => message.success(t(submitting ? 'tasks.report.submitted' : 'tasks.report.saved')),
        onError: (e) =>
          showFieldIssues(form, e, text, ['done', 'percent', 'status', 'lowerReason', 'evidence']),
      },
    );
  };
  const [mode, setMode] = useState<boolean>(false);

  if (!period) return null;
  return (
    <Card title={t('tasks.report.title')} className="block-gap">
      <Space wrap className="block-gap">
        <span>{t('tasks.report.period')}</span>
        <Select
          aria-label={t('tasks.report.period')}
          value={period}
          onChange={setChosen}
          options={rounds.map((r) => ({ value: r.period, label: `${r.period} ${r.name}` }))}
          style={{ minWidth: 200 }}
        />
        {last && (
          <Typography.Text type="secondary">
            {t('tasks.report.last', {
              period: last.period,
              percent: last.percent,
              status: t(`tasks.statuses.${last.status}`),
            })}
          </Typography.Text>
        )}
      </Space>
      {current && !editable && (
        <p data-testid="task-report-state">
          {t('tasks.report.locked', { period, state: t(`tasks.report.states.${current.state}`) })}
        </p>
      )}
      {current?.state === 'returned' && current.comment && <ErrorAlert error={new Error(current.comment)} />}
      {task.yourPart === 'lead' && editable && (
        <Form<Fields>
          name="task-report"
          form={form}
          layout="vertical"
          key={`${period}-${current?.revision ?? 0}`}
          initialValues={{
            done: current?.done ?? '',
            percent: start?.percent ?? 0,
            status: start?.status ?? 'on_track',
            problems: start?.problems ?? '',
            nextSteps: start?.nextSteps ?? '',
          }}
          onFinish={submit(mode)}
        >
          <Form.Item
            name="done"
            label={t('tasks.report.done')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
          <Space wrap>
            <Form.Item name="percent" label={t('tasks.percent')}>
              <InputNumber min={0} max={100} addonAfter="%" />
            </Form.Item>
            <Form.Item name="status" label={t('tasks.status')}>
              <Select
                style={{ minWidth: 140 }}
                options={statuses.map((s) => ({ value: s, label: t(`tasks.statuses.${s}`) }))}
              />
            </Form.Item>
          </Space>
          <Form.Item name="problems" label={t('tasks.report.problems')}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name="nextSteps" label={t('tasks.report.nextSteps')}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item name="lowerReason" label={t('tasks.report.lowerReason')}>
            <Input />
          </Form.Item>
          <Form.Item name="evidence" label={t('tasks.report.evidence')}>
            <Input />
          </Form.Item>
          {save.error && <ErrorAlert error={save.error} />}
          <Space>
            <Button htmlType="submit" onClick={() => setMode(false)} loading={save.isPending}>
              {t('tasks.report.save')}
            </Button>
            <Button type="primary" htmlType="submit" onClick={() => setMode(true)} loading={save.isPending}>
              {t('tasks.report.submit')}
            </Button>
          </Space>
        </Form>
      )}
      {task.yourPart !== 'lead' && can(role, 'report.write') && task.yourPart !== 'co' && (
        <p>{t('tasks.report.notLead')}</p>
      )}
      {current?.state === 'submitted' && can(role, 'report.review') && (
        <Form name="task-review" form={review} layout="vertical">
          <Form.Item name="comment" label={t('tasks.review.comment')}>
            <Input.TextArea rows={2} />
          </Form.Item>
          {decide.error && <ErrorAlert error={decide.error} />}
          <Space>
            {(['approve', 'return'] as const).map((action) => (
              <Button
                key={action}
                type={action === 'approve' ? 'primary' : 'default'}
                danger={action === 'return'}
                loading={decide.isPending}
                onClick={() =>
                  decide.mutate(
                    {
                      period,
                      action,
                      revision: current.revision,
                      comment: review.getFieldValue('comment')?.trim() || null,
                    },
                    {
                      onSuccess: () =>
                        message.success(
                          t(action === 'approve' ? 'tasks.review.approved' : 'tasks.review.returned'),
                        ),
                    },
                  )
                }
              >
                {t(`tasks.review.${action}`)}
              </Button>
            ))}
          </Space>
        </Form>
      )}
      {task.yourPart === 'co' && (
        <Form
          name="task-contribution"
          form={part}
          layout="vertical"
          onFinish={(f) =>
            contribute.mutate(
              { period, text: f.text },
              { onSuccess: () => message.success(t('tasks.contribute.sent')) },
            )
          }
        >
          <Form.Item
            name="text"
            label={t('tasks.contribute.text')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
          {contribute.error && <ErrorAlert error={contribute.error} />}
          <Button htmlType="submit">{t('tasks.contribute.send')}</Button>
        </Form>
      )}
      {current?.state === 'approved' && can(role, 'task.supervise') && (
        <Form
          name="task-judgement"
          form={judge}
          layout="inline"
          initialValues={{ status: current.status }}
          onFinish={(f) =>
            judgement.mutate({ period, ...f }, { onSuccess: () => message.success(t('tasks.judge.sent')) })
          }
        >
          <Form.Item name="status" label={t('tasks.judge.title')}>
            <Select
              style={{ minWidth: 140 }}
              options={statuses.map((s) => ({ value: s, label: t(`tasks.statuses.${s}`) }))}
            />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('tasks.judge.reason')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Input />
          </Form.Item>
          <Button htmlType="submit">{t('tasks.judge.send')}</Button>
          {judgement.error && <ErrorAlert error={judgement.error} />}
        </Form>
      )}
    </Card>
  );
}
