/**
 * One submitted report under review: what was reported and the evidence; approve (a comment is
 * optional) or return (a comment is required — the reporter reads it).
 */
import { Alert, App, Button, Card, Descriptions, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LedgerMoved } from '../../../../src/contracts/ledger-conflict';
import { ApiError } from '../../api/client';
import { useApprove, useReturn } from '../../api/reporting';
import type { Report } from '../../api/types';
import { errorText } from '../../components/ErrorAlert';
import type { ItemInfo } from '../../components/item-info';
import { useUnitNames } from '../../components/unit-names';
import { formatNumber, formatValue, periodMonths, useLocalized, usePeriodLabel } from '../../i18n/localized';
import { Evidence } from './Evidence';

export function ReviewCard({
  report,
  info,
  onConflict,
}: {
  report: Report;
  info: ItemInfo;
  onConflict(): void;
}) {
  const { t } = useTranslation();
  const { text, locale } = useLocalized();
  const { message } = App.useApp();
  const periodLabel = usePeriodLabel();
  const units = useUnitNames();
  const approve = useApprove();
  const giveBack = useReturn();
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const [moved, setMoved] = useState<LedgerMoved | null>(null);
  const fail = (error: unknown) => {
    // The ledger changed since the unit submitted: show both figures here, where the decision is made.
    if (error instanceof ApiError && error.ledgerMoved) setMoved(error.ledgerMoved);
    else if (error instanceof ApiError && error.isConflict) {
      message.error(t('review.conflict'), 8);
      onConflict();
    } else message.error(errorText(error, text), 8);
  };
  const onApprove = () =>
    approve.mutate(
      { id: report.id, version: report.version, comment: comment.trim() || null },
      { onSuccess: () => message.success(t('review.approved')), onError: fail },
    );
  const onReturn = () => {
    if (!comment.trim()) {
      setMissing(true);
      return;
    }
    giveBack.mutate(
      { id: report.id, version: report.version, comment: comment.trim() },
      { onSuccess: () => message.success(t('review.returned')), onError: fail },
    );
  };
  const commentId = `review-comment-${report.id}`;
  return (
    <Card
      title={
        <span className="card-title-wrap">
          {info.name} <span className="muted">{report.itemCode}</span>
        </span>
      }
    >
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 3 }}
        className="block-gap"
        items={[
          { key: 'unit', label: t('review.unit'), children: units.byId(report.unitId) },
          { key: 'period', label: t('inbox.period'), children: periodLabel(report.period) },
          {
            key: 'submitted',
            label: t('review.submittedAt'),
            children: report.submittedAt
              ? new Date(report.submittedAt).toLocaleString(locale, { hour12: false })
              : '—',
          },
          ...(report.itemType !== 'task'
            ? [
                {
                  key: 'measure',
                  label: t('inbox.measure'),
                  children: report.measure
                    ? t(`measure.${report.measure}`, { n: periodMonths(report.period) })
                    : '—',
                },
                {
                  key: 'value',
                  label: t('review.value'),
                  children: <strong>{formatValue(report.value, info.unit, locale)}</strong>,
                },
              ]
            : [
                {
                  key: 'progress',
                  label: t('inbox.progress'),
                  children:
                    report.progressPercent === null
                      ? '—'
                      : `${formatNumber(report.progressPercent, locale)}%`,
                },
              ]),
          {
            key: 'narrative',
            label: t(report.itemType === 'project' ? 'inbox.imageProgress' : 'inbox.narrative'),
            children: report.narrative || '—',
          },
        ]}
      />
      {moved && <LedgerMovedAlert moved={moved} unit={info.unit} />}
      <Evidence reportId={report.id} editable={false} />
      <label htmlFor={commentId} className="field-label">
        {t('review.comment')}
      </label>
      <Input.TextArea
        id={commentId}
        rows={2}
        value={comment}
        status={missing ? 'error' : undefined}
        aria-invalid={missing}
        aria-describedby={missing ? `${commentId}-error` : undefined}
        onChange={(e) => {
          setComment(e.target.value);
          setMissing(false);
        }}
        maxLength={2000}
      />
      {missing && (
        <div id={`${commentId}-error`} className="field-error" role="alert">
          {t('review.commentRequired')}
        </div>
      )}
      <Space wrap className="top-gap">
        <Button type="primary" onClick={onApprove} loading={approve.isPending} disabled={giveBack.isPending}>
          {t('review.approve')}
        </Button>
        <Button danger onClick={onReturn} loading={giveBack.isPending} disabled={approve.isPending}>
          {t('review.return')}
        </Button>
      </Space>
    </Card>
  );
}

/** Both figures of a 409 ledger_moved: what the unit submitted and what the ledger holds now. */
function LedgerMovedAlert({ moved, unit }: { moved: LedgerMoved; unit: string | null }) {
  const { t } = useTranslation();
  const { locale } = useLocalized();
  const at = new Date(moved.current.at).toLocaleString(locale, { hour12: false });
  return (
    <Alert
      type="warning"
      showIcon
      className="block-gap"
      role="alert"
      message={t('review.ledgerMoved.title')}
      description={
        <Descriptions
          size="small"
          column={1}
          items={[
            {
              key: 'submitted',
              label: t('review.ledgerMoved.submitted'),
              children: <strong>{formatValue(moved.submitted.value, unit, locale)}</strong>,
            },
            {
              key: 'current',
              label: t('review.ledgerMoved.current'),
              children: (
                <span>
                  <strong>{formatValue(moved.current.value, unit, locale)}</strong>{' '}
                  {t('review.ledgerMoved.by', { name: moved.current.byName ?? '—', at })}
                  {moved.current.reason ? ` · ${moved.current.reason}` : ''}
                </span>
              ),
            },
            { key: 'hint', label: t('review.ledgerMoved.next'), children: t('review.ledgerMoved.hint') },
          ]}
        />
      }
    />
  );
}
