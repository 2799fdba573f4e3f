/**
 * 历史数据导入: a CSV (UTF-8, with BOM, or GB18030) or xlsx table of past values into the ledger as
 * published data with their source; strict mode loads nothing when a row is rejected. The format is
 * described in docs/spreadsheets.md.
 */
import { InboxOutlined } from '@ant-design/icons';
import { Card, Input, Switch, Upload } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHistoricImport } from '../../api/files';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ImportResult } from '../../components/excel/ImportResult';
import { LabeledControl } from '../../components/LabeledControl';
import { PageHeader } from '../../components/PageHeader';
import { usePlan } from '../../state/plan-context';

export default function ImportPage() {
  const { t } = useTranslation();
  const { code } = usePlan();
  const upload = useHistoricImport(code);
  const [strict, setStrict] = useState(false);
  const [source, setSource] = useState('');
  const strictId = useId();
  return (
    <>
      <PageHeader title={t('importPage.title')} sub={t('importPage.sub')} />
      <Card className="block-gap">
        <div className="filter-bar">
          <LabeledControl label={t('importPage.source')} className="filter-search">
            {(id) => (
              <Input
                id={id}
                value={source}
                maxLength={300}
                style={{ width: 420, maxWidth: '100%' }}
                placeholder={t('importPage.sourcePlaceholder')}
                onChange={(e) => setSource(e.target.value)}
              />
            )}
          </LabeledControl>
          <div className="inline-field switch-field">
            <Switch id={strictId} size="small" checked={strict} onChange={setStrict} />
            <label htmlFor={strictId}>{t('excel.strict')}</label>
          </div>
        </div>
        <p className="muted">{t(strict ? 'importPage.strictOn' : 'importPage.strictOff')}</p>
        <Upload.Dragger
          accept=".csv,.xlsx"
          showUploadList={false}
          disabled={upload.isPending}
          customRequest={({ file }) => {
            if (file instanceof File) upload.mutate({ file, strict, source });
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">
            {upload.isPending ? t('importPage.importing') : t('importPage.drop')}
          </p>
          <p className="ant-upload-hint">{t('importPage.hint')}</p>
        </Upload.Dragger>
      </Card>
      {upload.error && <ErrorAlert error={upload.error} />}
      {upload.data && (
        <Card title={t('importPage.result')}>
          <ImportResult upload={upload.data} />
        </Card>
      )}
    </>
  );
}
