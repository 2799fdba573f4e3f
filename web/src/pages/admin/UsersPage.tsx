/**
 * 用户管理: accounts with role and unit; add (the one-time password is shown once), edit, reset the
 * password, deactivate or reactivate.
 */
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useResetPassword, useUpdateUser, useUsers } from '../../api/admin';
import type { User } from '../../api/types';
import { ErrorAlert, errorText } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { useUnitNames } from '../../components/unit-names';
import { useLocalized } from '../../i18n/localized';
import { type Issued, OneTimePassword } from './OneTimePassword';
import { UserModal } from './UserModal';

export default function UsersPage() {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const { message } = App.useApp();
  const users = useUsers();
  const units = useUnitNames();
  const update = useUpdateUser();
  const reset = useResetPassword();
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [issued, setIssued] = useState<Issued | null>(null);
  const fail = (e: unknown) => message.error(errorText(e, text), 8);
  return (
    <>
      <PageHeader
        title={t('users.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('users.add')}
          </Button>
        }
      />
      {users.error && <ErrorAlert error={users.error} />}
      <Table<User>
        rowKey="id"
        size="middle"
        loading={users.isPending}
        dataSource={users.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 960 }}
        columns={[
          { title: t('users.username'), dataIndex: 'username' },
          { title: t('users.displayName'), dataIndex: 'displayName' },
          {
            title: t('users.role'),
            dataIndex: 'role',
            render: (r: User['role']) => <Tag color="blue">{t(`roles.${r}`)}</Tag>,
          },
          { title: t('users.unit'), dataIndex: 'unitId', render: (id: number | null) => units.byId(id) },
          {
            title: t('users.state'),
            key: 'state',
            render: (_, u) => (
              <>
                <Tag color={u.active ? 'green' : 'default'}>
                  {t(u.active ? 'users.active' : 'users.inactive')}
                </Tag>
                {u.mustChangePassword && <Tag color="gold">{t('users.mustChange')}</Tag>}
                {u.lockedUntil && <Tag color="red">{t('users.locked')}</Tag>}
              </>
            ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, u) => (
              <Space wrap>
                <Button size="small" onClick={() => setEditing(u)}>
                  {t('common.edit')}
                </Button>
                <Popconfirm
                  title={t('users.resetConfirm', { username: u.username })}
                  onConfirm={() =>
                    reset.mutate(u.username, {
                      onSuccess: (r) => setIssued({ username: u.username, password: r.temporaryPassword }),
                      onError: fail,
                    })
                  }
                >
                  <Button size="small">{t('users.reset')}</Button>
                </Popconfirm>
                <Popconfirm
                  title={t(u.active ? 'users.deactivateConfirm' : 'users.activateConfirm', {
                    username: u.username,
                  })}
                  onConfirm={() =>
                    update.mutate(
                      { username: u.username, version: u.version, active: !u.active },
                      { onError: fail },
                    )
                  }
                >
                  <Button size="small" danger={u.active}>
                    {t(u.active ? 'users.deactivate' : 'users.activate')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <UserModal editing={editing} onClose={() => setEditing(null)} onIssued={setIssued} />
      <OneTimePassword issued={issued} onClose={() => setIssued(null)} />
    </>
  );
}
