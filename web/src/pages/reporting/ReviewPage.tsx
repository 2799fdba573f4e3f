/**
 * 审核: the reports my unit has submitted, oldest first, each to approve or return.
 */
import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { useReports } from '../../api/reporting';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useItemInfo } from '../../components/item-info';
import { PageHeader } from '../../components/PageHeader';
import { PageSpin } from '../../components/PageSpin';
import { usePlan } from '../../state/plan-context';
import { ReviewCard } from './ReviewCard';

export default function ReviewPage() {
  const { t } = useTranslation();
  const { code } = usePlan();
  const reports = useReports(code, ['submitted']);
  const info = useItemInfo();
  const queue = [...(reports.data ?? [])].sort((a, b) =>
    (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''),
  );
  return (
    <>
      <PageHeader
        title={t('review.title')}
        sub={reports.data && t('review.summary', { count: queue.length })}
      />
      {reports.error && <ErrorAlert error={reports.error} />}
      {reports.isPending && <PageSpin />}
      {reports.data && queue.length === 0 && <Empty description={t('review.empty')} />}
      <div className="stack">
        {queue.map((r) => (
          <ReviewCard
            key={`${r.id}-${r.version}`}
            report={r}
            info={info(r.itemType, r.itemCode)}
            onConflict={() => void reports.refetch()}
          />
        ))}
      </div>
    </>
  );
}
