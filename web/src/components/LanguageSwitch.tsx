/**
 * 中文 / English, switchable at any time and remembered for the next visit.
 */
import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Language, rememberLanguage } from '../i18n';

export function LanguageSwitch() {
  const { i18n, t } = useTranslation();
  const value: Language = i18n.language === 'en' ? 'en' : 'zh-CN';
  return (
    <Segmented<Language>
      aria-label={t('common.language')}
      size="small"
      value={value}
      onChange={(next) => {
        rememberLanguage(next);
        void i18n.changeLanguage(next);
      }}
      options={[
        { value: 'zh-CN', label: '中文' },
        { value: 'en', label: 'English' },
      ]}
    />
  );
}
