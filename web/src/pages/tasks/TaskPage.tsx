/**
 * One key task: its text as the plan writes it, units (read from the text or proposed), period,
 * light and status; the progress report of the open round; the task ledger (every revision with who
 * and when), co-units' parts, the office's judgements; and 督办.
 */
import { Breadcrumb, Card, Descriptions, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type TaskReportView, useTask } from '../../api/tasks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { PageSpin } from '../../components/PageSpin';
import { useLocalized } from '../../i18n/localized';
import { usePlan } from '../../state/plan-context';
import { SupervisionCard } from './SupervisionCard';
import { TaskReportCard } from './TaskReportCard';
import { TaskLightTag, TaskStatusTag } from './task-tags';

export default function TaskPage() {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const { code: taskCode = '' } = useParams();
  const { code } = usePlan();
  const query = useTask(code, taskCode);
  const task = query.data;
  return (
    <>
      <Breadcrumb
        className="block-gap"
        items={[{ title: <Link to="/tasks">{t('nav.tasks')}</Link> }, { title: taskCode }]}
      />
      {query.error && <ErrorAlert error={query.error} />}
      {!task && !query.error && <PageSpin />}
      {task && (
        <>
          <PageHeader
            title={taskCode}
            sub={
              <span data-testid="task-state">
                <TaskStatusTag status={task.status} t={t} />
                <TaskLightTag task={task} t={t} text={text} />
                <span>{text(task.lightReason)}</span>
              </span>
            }
          />
          <Card className="block-gap">
            <p className="task-text">{task.text}</p>
            <Descriptions size="small" column={{ xs: 1, md: 2 }}>
              <Descriptions.Item label={t('tasks.chapter')}>{task.chapterTitle}</Descriptions.Item>
              <Descriptions.Item label={t('tasks.output')}>
                {t(`tasks.outputs.${task.output}`)}
              </Descriptions.Item>
              <Descriptions.Item label={t('tasks.lead')}>
                {task.lead.name} <Tag>{t(`tasks.unitsFrom.${task.unitsFrom.lead}`)}</Tag>
              </Descriptions.Item>
              <Descriptions.Item label={t('tasks.co')}>
                {task.co
                  .map((c, i) => `${c.name}(${t(`tasks.unitsFrom.${task.unitsFrom.co[i] ?? 'proposed'}`)})`)
                  .join('、') || '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('tasks.deadline')}>
                {task.start} — {task.deadline}
              </Descriptions.Item>
              <Descriptions.Item label={t('tasks.percent')}>
                {task.percent === null ? t('tasks.never') : `${task.percent}%`} ·{' '}
                {t('tasks.pace', { pace: task.pace })}
              </Descriptions.Item>
              {task.officeStatus && (
                <Descriptions.Item label={t('tasks.judge.title')}>
                  {t('tasks.officeStatus', { status: t(`tasks.statuses.${task.officeStatus}`) })}
                </Descriptions.Item>
              )}
              <Descriptions.Item label={t('tasks.indicators')}>
                {task.indicators.join('、') || '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('tasks.projects')}>
                <Space size={4} wrap>
                  {task.projects.map((p) => (
                    <Link key={p} to={`/projects/${p}`}>
                      {p}
                    </Link>
                  ))}
                </Space>
                {task.projects.length === 0 && '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('tasks.milestones')}>
                {task.milestones.map((m) => `${m.year}:${m.text}`).join(';') || '—'}
              </Descriptions.Item>
              {task.notes && <Descriptions.Item label={t('tasks.notes')}>{task.notes}</Descriptions.Item>}
              {task.responsibility.length > 0 && (
                <Descriptions.Item label={t('tasks.division.history')} span={2}>
                  <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="responsibility-history">
                    {task.responsibility.map((c) => (
                      <li key={c.revision}>
                        {t('tasks.division.change', {
                          at: c.at.slice(0, 10),
                          lead: c.lead.name,
                          co: c.co.map((u) => u.name).join('、') || '—',
                          deadline: c.deadline,
                          reason: c.reason,
                          by: c.by ?? '—',
                        })}
                      </li>
                    ))}
                  </ul>
                </Descriptions.Item>
              )}
            </Descriptions>
          </Card>
          <TaskReportCard task={task} />
          <Card title={t('tasks.ledger.title')} className="block-gap">
            <Table<TaskReportView>
              rowKey={(r) => `${r.period}-${r.revision}`}
              size="small"
              pagination={false}
              dataSource={task.reports}
              columns={[
                { title: t('tasks.report.period'), dataIndex: 'period', width: 90 },
                { title: t('tasks.ledger.revision'), dataIndex: 'revision', width: 60 },
                {
                  title: t('tasks.ledger.action'),
                  key: 'action',
                  width: 90,
                  render: (_, r) => t(`tasks.actions.${r.action}`),
                },
                { title: t('tasks.percent'), key: 'percent', width: 70, render: (_, r) => `${r.percent}%` },
                {
                  title: t('tasks.status'),
                  key: 'status',
                  width: 100,
                  render: (_, r) => <TaskStatusTag status={r.status} t={t} />,
                },
                { title: t('tasks.report.done'), dataIndex: 'done', ellipsis: true },
                { title: t('tasks.review.comment'), dataIndex: 'comment', ellipsis: true },
                { title: t('tasks.ledger.by'), dataIndex: 'by', width: 110 },
                {
                  title: t('tasks.ledger.at'),
                  key: 'at',
                  width: 160,
                  render: (_, r) => r.at.slice(0, 16).replace('T', ' '),
                },
              ]}
            />
            {task.evidence.map((e) => (
              <p key={e.attachment}>
                <a href={`/api/attachments/${e.attachment}`}>
                  {t('tasks.report.evidenceFrom', {
                    name: e.fileName,
                    item: e.uploadedFor?.itemCode ?? '—',
                    period: e.uploadedFor?.period ?? '',
                  })}
                </a>
              </p>
            ))}
            {task.contributions.map((c) => (
              <p key={`${c.at}-${c.unit.code}`}>
                <Tag>{t('tasks.contribute.title')}</Tag>
                {c.period} {c.unit.name}:{c.text}({c.by})
              </p>
            ))}
            {task.judgements.map((j) => (
              <p key={j.at}>
                <Tag color="purple">{t('tasks.judge.title')}</Tag>
                {j.period} {t(`tasks.statuses.${j.status}`)}:{j.reason}({j.by})
              </p>
            ))}
          </Card>
          <SupervisionCard task={task} />
        </>
      )}
    </>
  );
}
