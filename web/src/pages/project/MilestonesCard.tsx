/**
 * 节点: planned and actual dates, the responsible unit; overdue ones highlighted with the days past.
 * The responsible unit records a milestone as met; the plan office adds milestones.
 */
import { App, Button, Card, DatePicker, Form, Input, Select, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddMilestone } from '../../api/projects';
import type { MilestoneView, ProjectDetail } from '../../api/types';
import { useCan } from '../../app/use-can';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showFieldIssues } from '../../components/form-errors';
import { useUnitNames } from '../../components/unit-names';
import { useLocalized } from '../../i18n/localized';
import { usePlan } from '../../state/plan-context';
import { CompleteMilestoneModal } from './CompleteMilestoneModal';

interface Fields {
  name: string;
  plannedOn: Dayjs;
  unit?: string;
}

export function MilestonesCard({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const { text, name } = useLocalized();
  const { message } = App.useApp();
  const { code } = usePlan();
  const can = useCan();
  const units = useUnitNames();
  const [form] = Form.useForm<Fields>();
  const add = useAddMilestone(code, project.code);
  const [completing, setCompleting] = useState<MilestoneView | null>(null);
  const rows = [...project.milestones].sort((a, b) => a.plannedOn.localeCompare(b.plannedOn));
  const submit = (f: Fields) =>
    add.mutate(
      { name: f.name.trim(), plannedOn: f.plannedOn.format('YYYY-MM-DD'), unit: f.unit ?? null },
      {
        onSuccess: () => {
          message.success(t('milestones.added'));
          form.resetFields();
        },
        onError: (e) => showFieldIssues(form, e, text, ['name', 'plannedOn', 'unit']),
      },
    );
  return (
    <Card title={t('milestones.title')}>
      <Table<MilestoneView>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={rows}
        scroll={{ x: 760 }}
        rowClassName={(m) => (m.overdue ? 'overdue-row' : '')}
        locale={{ emptyText: t('milestones.none') }}
        columns={[
          { title: t('milestones.name'), dataIndex: 'name' },
          { title: t('milestones.plannedOn'), dataIndex: 'plannedOn', width: 120 },
          {
            title: t('milestones.actualOn'),
            key: 'actual',
            width: 200,
            render: (_, m) =>
              m.actualOn ??
              (m.overdue ? (
                <Tag color="red">{t('milestones.overdue', { days: m.daysOverdue ?? 0 })}</Tag>
              ) : (
                '—'
              )),
          },
          {
            title: t('milestones.unit'),
            key: 'unit',
            width: 140,
            render: (_, m) => units.byCode(m.unit?.code),
          },
          { title: t('milestones.note'), dataIndex: 'note', render: (n: string | null) => n ?? '—' },
          ...(can('project.report')
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 110,
                  render: (_: unknown, m: MilestoneView) =>
                    m.actualOn === null && (
                      <Button size="small" onClick={() => setCompleting(m)}>
                        {t('milestones.complete')}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      {can('project.manage') && (
        <Form<Fields> name="milestone" form={form} layout="vertical" className="top-gap" onFinish={submit}>
          <h3 className="small-heading">{t('milestones.add')}</h3>
          <div className="form-row">
            <Form.Item
              label={t('milestones.name')}
              name="name"
              rules={[{ required: true, whitespace: true, message: t('common.required') }]}
            >
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item
              label={t('milestones.plannedOn')}
              name="plannedOn"
              rules={[{ required: true, message: t('common.required') }]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item label={t('milestones.unit')} name="unit">
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                options={units.units.filter((u) => u.active).map((u) => ({ value: u.code, label: name(u) }))}
              />
            </Form.Item>
          </div>
          {add.error && <ErrorAlert error={add.error} />}
          <Button htmlType="submit" loading={add.isPending}>
            {t('milestones.add')}
          </Button>
        </Form>
      )}
      <CompleteMilestoneModal milestone={completing} onClose={() => setCompleting(null)} />
    </Card>
  );
}
