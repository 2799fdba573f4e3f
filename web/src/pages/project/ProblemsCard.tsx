/**
 * 存在问题督办: each problem with its colour light (红黄绿灯) and why, category, who raised it, the
 * department and deadline it was assigned, its state; the loop raise → 交办 → 反馈 → 销号, each step
 * with who and when on expanding the row.
 */
import { App, Button, Card, Form, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProjectCodes, useRaiseProblem } from '../../api/projects';
import type { ProblemView, ProjectDetail } from '../../api/types';
import { useCan } from '../../app/use-can';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showFieldIssues } from '../../components/form-errors';
import { LightTag } from '../../components/projects/ProjectTags';
import { useUnitNames } from '../../components/unit-names';
import { useLocalized } from '../../i18n/localized';
import { usePlan } from '../../state/plan-context';
import { type ProblemStep, ProblemStepModal } from './ProblemStepModal';
import { ProblemTimeline } from './ProblemTimeline';

interface Fields {
  category: string;
  description: string;
}

export function ProblemsCard({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const { message } = App.useApp();
  const { code } = usePlan();
  const can = useCan();
  const units = useUnitNames();
  const codes = useProjectCodes().data;
  const [form] = Form.useForm<Fields>();
  const raise = useRaiseProblem(code, project.code);
  const [step, setStep] = useState<{ problem: ProblemView; step: ProblemStep } | null>(null);
  const submit = (f: Fields) =>
    raise.mutate(
      { category: f.category, description: f.description.trim() },
      {
        onSuccess: () => {
          message.success(t('problems.raised'));
          form.resetFields();
        },
        onError: (e) => showFieldIssues(form, e, text, ['category', 'description']),
      },
    );
  const action = (problem: ProblemView, s: ProblemStep, label: string, danger = false) => (
    <Button size="small" danger={danger} onClick={() => setStep({ problem, step: s })}>
      {label}
    </Button>
  );
  return (
    <Card title={t('problems.title')}>
      <Table<ProblemView>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={project.problems}
        scroll={{ x: 1100 }}
        locale={{ emptyText: t('problems.none') }}
        expandable={{ expandedRowRender: (p) => <ProblemTimeline id={p.id} asOf={project.asOf} /> }}
        columns={[
          {
            title: t('problems.light'),
            key: 'light',
            width: 90,
            render: (_, p) => <LightTag light={p.light} reason={text(p.lightReason)} />,
          },
          {
            title: t('problems.category'),
            key: 'category',
            width: 90,
            render: (_, p) => text(p.categoryName),
          },
          { title: t('problems.description'), dataIndex: 'description' },
          {
            title: t('problems.raisedBy'),
            key: 'raised',
            width: 150,
            render: (_, p) => `${units.byCode(p.raisedUnit?.code)} · ${p.raisedOn}`,
          },
          {
            title: t('problems.assignedTo'),
            key: 'assigned',
            width: 170,
            render: (_, p) =>
              p.assignedUnit
                ? `${units.byCode(p.assignedUnit.code)} · ${t('problems.dueOn', { date: p.dueOn ?? '' })}`
                : '—',
          },
          {
            title: t('problems.status'),
            dataIndex: 'status',
            width: 90,
            render: (s: ProblemView['status']) => (
              <Tag color={s === 'closed' ? 'default' : 'processing'}>{t(`problems.statuses.${s}`)}</Tag>
            ),
          },
          {
            title: t('problems.lightReason'),
            key: 'reason',
            width: 200,
            render: (_, p) => <span className="muted">{text(p.lightReason)}</span>,
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 190,
            render: (_, p) =>
              p.status !== 'closed' && (
                <Space wrap size={4}>
                  {can('project.manage') && action(p, 'assign', t('problems.assign'))}
                  {can('project.report') && p.assignedUnit && action(p, 'respond', t('problems.respond'))}
                  {can('project.manage') && action(p, 'close', t('problems.close'), true)}
                </Space>
              ),
          },
        ]}
      />
      {can('project.report') && (
        <Form<Fields> name="problem" form={form} layout="vertical" className="top-gap" onFinish={submit}>
          <h3 className="small-heading">{t('problems.raise')}</h3>
          <div className="form-row">
            <Form.Item
              label={t('problems.category')}
              name="category"
              rules={[{ required: true, message: t('common.required') }]}
            >
              <Select
                options={(codes?.problemCategories ?? []).map((c) => ({ value: c.code, label: text(c) }))}
              />
            </Form.Item>
          </div>
          <Form.Item
            label={t('problems.description')}
            name="description"
            rules={[{ required: true, whitespace: true, message: t('common.required') }]}
          >
            <Input.TextArea rows={2} maxLength={5000} />
          </Form.Item>
          {raise.error && <ErrorAlert error={raise.error} />}
          <Button htmlType="submit" loading={raise.isPending}>
            {t('problems.raise')}
          </Button>
        </Form>
      )}
      <ProblemStepModal target={step} onClose={() => setStep(null)} />
    </Card>
  );
}
