/**
 * 用 Excel 填报: the unit's template of each open round, and the upload of a filled one. What is
 * uploaded is saved as drafts, to be checked and submitted item by item on this page.
 */
import { FileExcelOutlined } from '@ant-design/icons';
import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { exportUrls } from '../../api/files';
import type { InboxItem } from '../../api/types';
import { DownloadButton } from '../../components/DownloadButton';
import { TemplateUpload } from '../../components/excel/TemplateUpload';

export function ExcelReporting({ items, nameOf }: { items: InboxItem[]; nameOf(item: InboxItem): string }) {
  const { t } = useTranslation();
  const rounds = [...new Map(items.map((i) => [i.round.id, i.round])).values()];
  const byReport = new Map(items.map((i) => [i.report.id, i]));
  return (
    <Card size="small" title={t('excel.title')} className="block-gap">
      <p className="muted">{t('excel.howTo')}</p>
      <div className="report-actions block-gap">
        {rounds.map((r) => (
          <DownloadButton key={r.id} url={exportUrls.roundTemplate(r.id)} icon={<FileExcelOutlined />}>
            {t('excel.template', { round: r.name })}
          </DownloadButton>
        ))}
      </div>
      <TemplateUpload
        nameOf={(id) => {
          const item = byReport.get(id);
          return item && nameOf(item);
        }}
      />
    </Card>
  );
}
