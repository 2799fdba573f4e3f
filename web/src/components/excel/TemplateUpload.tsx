/**
 * 上传填好的模板: pick the filled reporting template, choose strict mode (one line says what it
 * does), send it, and read the answer row by row — a unit's own upload, or the plan office's on a
 * unit's behalf.
 */
import { UploadOutlined } from '@ant-design/icons';
import { Button, Switch, Upload } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ProxyTarget, useTemplateUpload } from '../../api/files';
import { ErrorAlert } from '../ErrorAlert';
import { UploadResultTable } from './UploadResultTable';

export function TemplateUpload({
  nameOf,
  onBehalfOf,
}: {
  nameOf?: (reportId: number) => string | undefined;
  /** The plan office uploading for one unit (代为上传); absent for a unit's own upload. */
  onBehalfOf?: ProxyTarget & { unitName: string };
}) {
  const { t } = useTranslation();
  const [strict, setStrict] = useState(false);
  const upload = useTemplateUpload(onBehalfOf);
  const strictId = useId();
  return (
    <div className="template-upload">
      <div className="report-actions">
        <Upload
          accept=".xlsx"
          showUploadList={false}
          customRequest={({ file }) => {
            if (file instanceof File) upload.mutate({ file, strict });
          }}
        >
          <Button icon={<UploadOutlined />} loading={upload.isPending}>
            {t('excel.upload')}
          </Button>
        </Upload>
        <Switch id={strictId} checked={strict} onChange={setStrict} size="small" />
        <label htmlFor={strictId}>{t('excel.strict')}</label>
      </div>
      <p className="muted">{t(strict ? 'excel.strictOn' : 'excel.strictOff')}</p>
      {upload.error && <ErrorAlert error={upload.error} />}
      {upload.data && (
        <UploadResultTable result={upload.data} nameOf={nameOf} unitName={onBehalfOf?.unitName} />
      )}
    </div>
  );
}
