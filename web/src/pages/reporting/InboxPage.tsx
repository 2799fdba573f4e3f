/**
 * 填报: what my unit owes in open rounds, by when (overdue first and highlighted), and the form of
 * the item chosen from the list (kept in ?report=).
 */
import { Empty, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { officeToday } from '../../../../src/contracts/office-calendar';
import { isEditableReport } from '../../../../src/contracts/report-workflow';
import { useInbox } from '../../api/reporting';
import type { InboxItem } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useIndicatorNames } from '../../components/indicator-names';
import { PageHeader } from '../../components/PageHeader';
import { PageSpin } from '../../components/PageSpin';
import { ReportStatusTag } from '../../components/ReportStatusTag';
import { ExcelReporting } from './ExcelReporting';
import { InboxItemCard } from './InboxItemCard';

function order(items: InboxItem[]): InboxItem[] {
  const rank = (i: InboxItem) => (isEditableReport(i.report.status) ? 0 : 1);
  return [...items].sort(
    (a, b) => rank(a) - rank(b) || a.round.dueOn.localeCompare(b.round.dueOn) || a.report.id - b.report.id,
  );
}

export default function InboxPage() {
  const { t } = useTranslation();
  const nameOf = useIndicatorNames();
  const inbox = useInbox();
  const [params, setParams] = useSearchParams();
  const items = order(inbox.data ?? []);
  const today = officeToday(() => new Date());
  const chosenId = Number(params.get('report'));
  const chosen = items.find((i) => i.report.id === chosenId) ?? items[0];
  const outstanding = items.filter((i) => isEditableReport(i.report.status)).length;
  return (
    <>
      <PageHeader
        title={t('inbox.title')}
        sub={inbox.data && t('inbox.summary', { count: items.length, outstanding })}
      />
      {inbox.error && <ErrorAlert error={inbox.error} />}
      {inbox.isPending && <PageSpin />}
      {inbox.data && items.length === 0 && <Empty description={t('inbox.empty')} />}
      {items.length > 0 && (
        <ExcelReporting items={items} nameOf={(i) => nameOf(i.report.itemCode, i.item.name)} />
      )}
      {chosen && (
        <div className="master-detail">
          <nav aria-label={t('inbox.list')} className="master">
            <ul className="item-list">
              {items.map((i) => {
                const overdue = isEditableReport(i.report.status) && today > i.round.dueOn;
                return (
                  <li key={i.report.id}>
                    <button
                      type="button"
                      className={`item-button${i === chosen ? ' selected' : ''}${overdue ? ' overdue' : ''}`}
                      aria-current={i === chosen ? 'true' : undefined}
                      onClick={() => setParams({ report: String(i.report.id) }, { replace: true })}
                    >
                      <span className="item-name">{nameOf(i.report.itemCode, i.item.name)}</span>
                      <span className="item-meta">
                        <ReportStatusTag status={i.report.status} />
                        {overdue ? (
                          <Tag color="red">{t('inbox.overdueSince', { date: i.round.dueOn })}</Tag>
                        ) : (
                          <span className="muted">{t('inbox.dueBy', { date: i.round.dueOn })}</span>
                        )}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </nav>
          <div className="detail">
            <InboxItemCard item={chosen} onConflict={() => void inbox.refetch()} />
          </div>
        </div>
      )}
    </>
  );
}
