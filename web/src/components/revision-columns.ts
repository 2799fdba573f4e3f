/**
 * The two columns every revision table has — who entered it (录入人) and when — so the indicator
 * ledger, the investment ledger, stage history, project revisions and annual targets read alike.
 */
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../i18n/localized';

export function useRevisionColumns() {
  const { t } = useTranslation();
  const { locale } = useLocalized();
  return {
    who: {
      title: t('ledger.who'),
      dataIndex: 'createdByName',
      width: 110,
      render: (name: string | null) => name ?? t('ledger.system'),
    },
    when: {
      title: t('ledger.when'),
      dataIndex: 'createdAt',
      width: 160,
      render: (at: string) => new Date(at).toLocaleString(locale, { hour12: false }),
    },
  };
}
