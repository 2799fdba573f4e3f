/**
 * 生成报告: Word and PDF download, the HTML view in a new tab. Generating takes a few seconds: the
 * buttons say so while it runs, and none can be clicked twice.
 */
import { DownloadOutlined, EyeOutlined, FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import { Alert, App, Button, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ReportFormat, type ReportLang, reportUrl } from '../../api/evaluation-reports';
import { useDownload } from '../../api/files';
import type { ReportKindName } from '../../api/types';
import { errorText } from '../../components/ErrorAlert';
import { useLocalized } from '../../i18n/localized';

interface Props {
  plan: string;
  asOf: string;
  kind: ReportKindName;
  lang: ReportLang;
  title: string;
}

export function ReportDownloads({ plan, asOf, kind, lang, title }: Props) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const { message } = App.useApp();
  const download = useDownload();
  const [format, setFormat] = useState<ReportFormat | null>(null);
  const [opening, setOpening] = useState(false);
  useEffect(() => {
    if (!opening) return;
    const timer = window.setTimeout(() => setOpening(false), 3000);
    return () => window.clearTimeout(timer);
  }, [opening]);
  const busy = download.isPending;
  const get = (f: 'docx' | 'pdf') => {
    setFormat(f);
    download.mutate(
      { url: reportUrl(plan, { asOf, kind, lang, format: f }), name: `${title}.${f}` },
      {
        onSuccess: (name) => message.success(t('files.downloaded', { name })),
        onError: (e) => message.error(errorText(e, text), 10),
      },
    );
  };
  return (
    <>
      <div className="report-actions">
        <Button
          type="primary"
          icon={busy && format === 'docx' ? <DownloadOutlined /> : <FileWordOutlined />}
          loading={busy && format === 'docx'}
          disabled={busy}
          onClick={() => get('docx')}
        >
          {t('evalReports.word')}
        </Button>
        <Button
          icon={<FilePdfOutlined />}
          loading={busy && format === 'pdf'}
          disabled={busy}
          onClick={() => get('pdf')}
        >
          {t('evalReports.pdf')}
        </Button>
        <Button
          icon={<EyeOutlined />}
          disabled={opening}
          onClick={() => {
            setOpening(true);
            window.open(reportUrl(plan, { asOf, kind, lang, format: 'html' }), '_blank', 'noopener');
          }}
        >
          {t('evalReports.html')}
        </Button>
      </div>
      {busy && (
        <Alert
          className="top-gap"
          type="info"
          role="status"
          title={
            <span>
              <Spin size="small" />{' '}
              {t('evalReports.generating', { title, format: format === 'pdf' ? 'PDF' : 'Word' })}
            </span>
          }
        />
      )}
    </>
  );
}
