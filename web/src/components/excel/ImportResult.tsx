/**
 * The answer to a historic-data import: how many rows were loaded into the ledger (none in strict
 * mode with a rejected row), what the importer recognised, and each rejected or skipped row with the
 * column and the reason in the reader's language.
 */
import { Alert, Descriptions, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HistoricUploadResult } from '../../api/types';
import { useLocalized } from '../../i18n/localized';

interface Line {
  key: string;
  row: number | null;
  kind: 'rejected' | 'skipped' | 'file';
  column: string;
  reason: string;
}

export function importLines(
  result: HistoricUploadResult['result'],
  text: (b: { zh: string; en: string }) => string,
): Line[] {
  const lines: Line[] = [];
  for (const r of result.rejected) {
    for (const [i, p] of r.problems.entries()) {
      lines.push({
        key: `r${r.row}-${i}`,
        row: r.row,
        kind: 'rejected',
        column: p.column,
        reason: text(p.message),
      });
    }
  }
  for (const s of result.skipped) {
    lines.push({ key: `s${s.row}`, row: s.row, kind: 'skipped', column: '—', reason: text(s.reason) });
  }
  for (const [n, i] of result.issues.entries()) {
    if (i.item !== null && i.item !== '') continue;
    lines.push({ key: `f${n}`, row: null, kind: 'file', column: i.field ?? '—', reason: text(i.message) });
  }
  return lines.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}

const kindColor = { rejected: 'red', skipped: 'default', file: 'orange' } as const;

export function ImportResult({ upload }: { upload: HistoricUploadResult }) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const r = upload.result;
  const lines = importLines(r, text);
  const counts = {
    loaded: upload.loaded,
    accepted: r.accepted,
    rejected: r.rejectedCount,
    skipped: r.skippedCount,
  };
  return (
    <section aria-label={t('importPage.result')}>
      <Alert
        className="block-gap"
        showIcon
        type={upload.applied ? 'success' : r.rejectedCount > 0 ? 'error' : 'warning'}
        title={upload.applied ? t('importPage.loaded', counts) : t('importPage.notLoaded', counts)}
        description={t('importPage.counts', counts)}
      />
      <Descriptions
        size="small"
        className="block-gap"
        column={{ xs: 1, sm: 2, lg: 4 }}
        items={[
          { key: 'format', label: t('importPage.format'), children: r.format.toUpperCase() },
          { key: 'encoding', label: t('importPage.encoding'), children: r.encoding ?? r.sheet ?? '—' },
          { key: 'header', label: t('importPage.headerRow'), children: r.headerRow ?? '—' },
          {
            key: 'columns',
            label: t('importPage.columns'),
            children: Object.values(r.columns).filter(Boolean).join('、') || '—',
          },
        ]}
      />
      <Table<Line>
        rowKey="key"
        size="small"
        dataSource={lines}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('importPage.noProblems') }}
        scroll={{ x: 640 }}
        columns={[
          { title: t('excel.row'), dataIndex: 'row', width: 70, render: (row: number | null) => row ?? '—' },
          {
            title: t('excel.outcome'),
            dataIndex: 'kind',
            width: 100,
            render: (k: Line['kind']) => <Tag color={kindColor[k]}>{t(`importPage.kinds.${k}`)}</Tag>,
          },
          { title: t('excel.column'), dataIndex: 'column', width: 140 },
          { title: t('excel.reason'), dataIndex: 'reason' },
        ]}
      />
    </section>
  );
}
