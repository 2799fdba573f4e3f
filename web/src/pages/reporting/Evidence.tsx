/**
 * 佐证材料: the files attached to a report (downloaded as attachments) and an upload button while the
 * report can still change. The server checks type and size; the page names what it accepts.
 */
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAttachments, useUploadEvidence } from '../../api/reporting';
import { errorText } from '../../components/ErrorAlert';
import { formatNumber, useLocalized } from '../../i18n/localized';

// What the server accepts (src/io/uploads/file-type.ts); it checks the bytes, this only filters the picker.
const accept = '.pdf,.png,.jpg,.jpeg,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.wps,.et,.dps';

function fileSize(bytes: number, locale: string): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, locale, 1)} KB`;
  return `${formatNumber(bytes / 1024 / 1024, locale, 1)} MB`;
}

export function Evidence({
  reportId,
  editable,
  photos = false,
}: {
  reportId: number;
  editable: boolean;
  /** A project report: ask for photos of the site (形象进度) first. */
  photos?: boolean;
}) {
  const { t } = useTranslation();
  const { text, locale } = useLocalized();
  const { message } = App.useApp();
  const files = useAttachments(reportId);
  const upload = useUploadEvidence();
  return (
    <section aria-labelledby={`evidence-${reportId}`} className="evidence">
      <h3 id={`evidence-${reportId}`} className="small-heading">
        {t('inbox.evidence')}
      </h3>
      {(files.data ?? []).length === 0 && <p className="muted">{t('inbox.noEvidence')}</p>}
      <ul className="file-list">
        {(files.data ?? []).map((f) => (
          <li key={f.id}>
            <PaperClipOutlined aria-hidden />{' '}
            <a href={`/api/attachments/${f.id}`} download={f.fileName}>
              {f.fileName}
            </a>{' '}
            <span className="muted">({fileSize(f.size, locale)})</span>
          </li>
        ))}
      </ul>
      {editable && (
        <Upload
          accept={accept}
          showUploadList={false}
          customRequest={({ file, onSuccess, onError }) => {
            if (!(file instanceof File)) return;
            upload.mutate(
              { id: reportId, file },
              {
                onSuccess: (saved) => {
                  onSuccess?.(saved);
                  message.success(t('inbox.uploaded', { name: saved.fileName }));
                },
                onError: (error) => {
                  onError?.(error);
                  message.error(errorText(error, text), 8);
                },
              },
            );
          }}
        >
          <Button icon={<UploadOutlined />} loading={upload.isPending}>
            {t(photos ? 'inbox.uploadPhoto' : 'inbox.upload')}
          </Button>
        </Upload>
      )}
      {editable && <p className="muted">{t(photos ? 'inbox.photoHint' : 'inbox.uploadHint')}</p>}
    </section>
  );
}
