/**
 * 督办 on a task: the office issues a notice with a reply deadline; the lead unit replies; the office
 * extends or closes (销号). Each notice shows its light and every step with who and when.
 */
import { App, Button, Card, DatePicker, Form, Input, Space, Tag, Timeline } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/session';
import {
  type SupervisionView,
  type TaskDetailResponse,
  useIssueSupervision,
  useSupervisionStep,
} from '../../api/tasks';
import { can } from '../../app/permissions';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLocalized } from '../../i18n/localized';
import { usePlan } from '../../state/plan-context';

const lightColor = { green: 'success', yellow: 'warning', red: 'error' } as const;
type Step = 'reply' | 'extend' | 'close';

function Notice({ notice, part }: { notice: SupervisionView; part: TaskDetailResponse['yourPart'] }) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const { message } = App.useApp();
  const role = useMe().data?.user.role;
  const step = useSupervisionStep();
  const [open, setOpen] = useState<Step | null>(null);
  const [form] = Form.useForm<{ text: string; replyDue?: Dayjs }>();
  const steps: Step[] =
    notice.status === 'closed'
      ? []
      : [
          ...(part === 'lead' && can(role, 'report.write') ? (['reply'] as const) : []),
          ...(can(role, 'task.supervise') ? (['extend', 'close'] as const) : []),
        ];
  const send = (f: { text: string; replyDue?: Dayjs }) => {
    if (!open) return;
    const base = { id: notice.id, step: open, version: notice.version };
    const body =
      open === 'extend'
        ? { ...base, replyDue: f.replyDue?.format('YYYY-MM-DD') ?? '', reason: f.text }
        : { ...base, text: f.text };
    step.mutate(body, {
      onSuccess: () => {
        message.success(t('tasks.supervision.done'));
        setOpen(null);
        form.resetFields();
      },
    });
  };
  return (
    <Card
      size="small"
      className="block-gap"
      data-testid={`supervision-${notice.id}`}
      title={
        <Space wrap>
          <Tag color={lightColor[notice.light]}>{t(`tasks.lights.${notice.light}`)}</Tag>
          <Tag data-status={notice.status}>{t(`tasks.supervision.status.${notice.status}`)}</Tag>
          <span>{t('tasks.supervision.due', { date: notice.replyDue })}</span>
        </Space>
      }
    >
      <p>{notice.text}</p>
      <p className="muted">{text(notice.lightReason)}</p>
      <Timeline
        items={notice.events.map((e) => ({
          children: `${e.onDate} ${t(`tasks.supervision.steps.${e.action}`)} · ${e.by ?? ''}${e.text ? `:${e.text}` : ''}${e.dueOn ? ` (${e.dueOn})` : ''}`,
        }))}
      />
      <Space>
        {steps.map((s) => (
          <Button key={s} onClick={() => setOpen(s)} type={open === s ? 'primary' : 'default'}>
            {t(`tasks.supervision.${s}`)}
          </Button>
        ))}
      </Space>
      {open && (
        <Form
          name={`supervision-${open}`}
          form={form}
          layout="vertical"
          onFinish={send}
          className="block-gap"
        >
          {open === 'extend' && (
            <Form.Item
              name="replyDue"
              label={t('tasks.supervision.replyDue')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <DatePicker />
            </Form.Item>
          )}
          <Form.Item
            name="text"
            label={t(
              open === 'reply'
                ? 'tasks.supervision.replyText'
                : open === 'extend'
                  ? 'tasks.supervision.reason'
                  : 'tasks.supervision.closeText',
            )}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Input.TextArea rows={2} />
          </Form.Item>
          {step.error && <ErrorAlert error={step.error} />}
          <Button type="primary" htmlType="submit" loading={step.isPending}>
            {t(`tasks.supervision.${open}`)}
          </Button>
        </Form>
      )}
    </Card>
  );
}

export function SupervisionCard({ task }: { task: TaskDetailResponse }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { code: plan } = usePlan();
  const role = useMe().data?.user.role;
  const issue = useIssueSupervision(plan, task.code);
  const [form] = Form.useForm<{ text: string; replyDue: Dayjs }>();
  return (
    <Card title={t('tasks.supervision.title')} className="block-gap">
      {task.supervisions.length === 0 && <p className="muted">{t('tasks.supervision.none')}</p>}
      {task.supervisions.map((s) => (
        <Notice key={s.id} notice={s} part={task.yourPart} />
      ))}
      {can(role, 'task.supervise') && (
        <Form
          name="supervision-issue"
          form={form}
          layout="inline"
          onFinish={(f) =>
            issue.mutate(
              { text: f.text, replyDue: f.replyDue.format('YYYY-MM-DD') },
              {
                onSuccess: () => {
                  message.success(t('tasks.supervision.issued'));
                  form.resetFields();
                },
              },
            )
          }
        >
          <Form.Item
            name="text"
            label={t('tasks.supervision.text')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Input style={{ minWidth: 260 }} />
          </Form.Item>
          <Form.Item
            name="replyDue"
            label={t('tasks.supervision.replyDue')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <DatePicker />
          </Form.Item>
          <Button htmlType="submit" loading={issue.isPending}>
            {t('tasks.supervision.issue')}
          </Button>
          {issue.error && <ErrorAlert error={issue.error} />}
        </Form>
      )}
    </Card>
  );
}
