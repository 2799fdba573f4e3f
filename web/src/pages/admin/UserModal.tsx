/**
 * Add a user (username, name, role, unit) or change one (name, role, unit). Reporters and reviewers
 * belong to a unit; the server says so if one is missing.
 */
import { Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { type NewUser, useAddUser, useUpdateUser } from '../../api/admin';
import type { Role, User } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { showFieldIssues } from '../../components/form-errors';
import { useUnitNames } from '../../components/unit-names';
import { useLocalized } from '../../i18n/localized';
import type { Issued } from './OneTimePassword';

export const roles: readonly Role[] = ['admin', 'plan_office', 'reporter', 'reviewer', 'leader'];

interface Props {
  /** null: closed; 'new': add; a user: edit. */
  editing: User | 'new' | null;
  onClose(): void;
  onIssued(issued: Issued): void;
}

export function UserModal({ editing, onClose, onIssued }: Props) {
  const { t } = useTranslation();
  const { text, name } = useLocalized();
  const [form] = Form.useForm<NewUser>();
  const units = useUnitNames();
  const add = useAddUser();
  const update = useUpdateUser();
  const isNew = editing === 'new';
  const submit = (f: NewUser) => {
    const onError = (e: unknown) =>
      showFieldIssues(form, e, text, ['username', 'displayName', 'role', 'unit']);
    const unit = f.unit || null;
    if (editing === 'new') {
      add.mutate(
        { ...f, username: f.username.trim(), displayName: f.displayName.trim(), unit },
        {
          onSuccess: (created) => {
            onClose();
            onIssued({ username: created.user.username, password: created.initialPassword });
          },
          onError,
        },
      );
    } else if (editing) {
      update.mutate(
        {
          username: editing.username,
          version: editing.version,
          displayName: f.displayName.trim(),
          role: f.role,
          unit,
        },
        { onSuccess: onClose, onError },
      );
    }
  };
  const error = isNew ? add.error : update.error;
  return (
    <Modal
      open={editing !== null}
      title={isNew ? t('users.add') : t('users.edit', { username: editing?.username ?? '' })}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={add.isPending || update.isPending}
      destroyOnHidden
    >
      {editing !== null && (
        <Form<NewUser>
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={
            editing === 'new'
              ? { role: 'reporter', unit: null }
              : {
                  username: editing.username,
                  displayName: editing.displayName,
                  role: editing.role,
                  unit: units.codeOf(editing.unitId),
                }
          }
        >
          <Form.Item
            label={t('users.username')}
            name="username"
            extra={isNew ? t('users.usernameHint') : undefined}
            rules={[
              { required: true, message: t('common.required') },
              { pattern: /^[A-Za-z0-9][A-Za-z0-9._-]*$/, message: t('users.usernameHint') },
            ]}
          >
            <Input disabled={!isNew} autoComplete="off" />
          </Form.Item>
          <Form.Item
            label={t('users.displayName')}
            name="displayName"
            rules={[{ required: true, whitespace: true, message: t('common.required') }]}
          >
            <Input />
          </Form.Item>
          <Form.Item
            label={t('users.role')}
            name="role"
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Select options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
          </Form.Item>
          <Form.Item label={t('users.unit')} name="unit" extra={t('users.unitHint')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              options={units.units.filter((u) => u.active).map((u) => ({ value: u.code, label: name(u) }))}
            />
          </Form.Item>
          {error && <ErrorAlert error={error} />}
        </Form>
      )}
    </Modal>
  );
}
