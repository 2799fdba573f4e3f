/**
 * 信息公开: whether the plan appears on the public portal (/public), and what the public sees there —
 * the plan, its indicators and charts on published data only; never demo data, reports, ledgers or
 * the project library.
 */
import { ExportOutlined } from '@ant-design/icons';
import { App, Card, Switch } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSetPublic } from '../../api/ledger';
import { ErrorAlert, errorText } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useLocalized } from '../../i18n/localized';
import { usePlan } from '../../state/plan-context';

export default function PublishPage() {
  const { t } = useTranslation();
  const { text, isEn } = useLocalized();
  const { message } = App.useApp();
  const { code, summary } = usePlan();
  const publish = useSetPublic(code);
  const id = useId();
  const plan = isEn ? summary.nameEn : summary.name;
  return (
    <>
      <PageHeader title={t('publish.title')} />
      <Card>
        <div className="inline-field block-gap">
          <Switch
            id={id}
            checked={summary.isPublic}
            loading={publish.isPending}
            onChange={(next) =>
              publish.mutate(next, {
                onSuccess: () =>
                  message.success(t(next ? 'publish.published' : 'publish.withdrawn', { plan })),
                onError: (e) => message.error(errorText(e, text), 8),
              })
            }
          />
          <label htmlFor={id}>{t('publish.switch', { plan })}</label>
        </div>
        <p>{t(summary.isPublic ? 'publish.isPublic' : 'publish.isPrivate')}</p>
        <h3 className="small-heading">{t('publish.whatPublicSees')}</h3>
        <ul>
          <li>{t('publish.sees.indicators')}</li>
          <li>{t('publish.sees.published')}</li>
          <li>{t('publish.sees.not')}</li>
        </ul>
        {publish.error && <ErrorAlert error={publish.error} />}
        <Link to={`/public?plan=${encodeURIComponent(code)}`} target="_blank">
          <ExportOutlined /> {t('publish.open')}
        </Link>
      </Card>
    </>
  );
}
