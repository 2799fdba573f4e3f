/**
 * A download as a button: it spins while the server prepares the file, refuses a second click, and
 * says why when the server refuses (problem+json in the reader's language).
 */
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, type ButtonProps, Dropdown } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDownload } from '../api/files';
import { useLocalized } from '../i18n/localized';
import { errorText } from './ErrorAlert';

export function DownloadButton({
  url,
  children,
  size,
  type,
  icon = <DownloadOutlined />,
}: {
  url: string;
  children: ReactNode;
  size?: ButtonProps['size'];
  type?: ButtonProps['type'];
  icon?: ReactNode;
}) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const { message } = App.useApp();
  const download = useDownload();
  return (
    <Button
      size={size}
      type={type}
      icon={icon}
      loading={download.isPending}
      onClick={() =>
        download.mutate(
          { url },
          {
            onSuccess: (name) => message.success(t('files.downloaded', { name })),
            onError: (e) => message.error(errorText(e, text), 8),
          },
        )
      }
    >
      {children}
    </Button>
  );
}

/** 导出 with a choice of Excel (.xlsx) or CSV. */
export function ExportMenu({
  urlFor,
  label,
  size,
}: {
  urlFor: (format: 'xlsx' | 'csv') => string;
  label?: string;
  size?: ButtonProps['size'];
}) {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const { message } = App.useApp();
  const download = useDownload();
  return (
    <Dropdown
      trigger={['click']}
      disabled={download.isPending}
      menu={{
        items: [
          { key: 'xlsx', label: t('files.excel') },
          { key: 'csv', label: t('files.csv') },
        ],
        onClick: ({ key }) =>
          download.mutate(
            { url: urlFor(key === 'csv' ? 'csv' : 'xlsx') },
            {
              onSuccess: (name) => message.success(t('files.downloaded', { name })),
              onError: (e) => message.error(errorText(e, text), 8),
            },
          ),
      }}
    >
      <Button size={size} icon={<DownloadOutlined />} loading={download.isPending} aria-haspopup="menu">
        {label ?? t('files.export')}
      </Button>
    </Dropdown>
  );
}
