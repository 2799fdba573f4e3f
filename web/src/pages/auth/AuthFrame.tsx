/**
 * The frame of the sign-in and password pages: the product name, the language switch, a card.
 */
import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import '../../styles/auth.css';

export function AuthFrame({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <main className="auth-page">
      <div className="auth-lang">
        <LanguageSwitch />
      </div>
      <div className="auth-brand">
        <img src="/favicon.svg" alt="" width={48} height={48} />
        <div>
          <Typography.Title level={2} className="auth-title">
            {t('app.name')}
          </Typography.Title>
          <Typography.Text className="auth-subtitle">{t('app.tagline')}</Typography.Text>
        </div>
      </div>
      <Card className="auth-card">
        <Typography.Title level={3}>{title}</Typography.Title>
        {children}
      </Card>
    </main>
  );
}
