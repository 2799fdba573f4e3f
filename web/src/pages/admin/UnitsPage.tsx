/**
 * 单位管理: the departments, parks, sub-districts and enterprises that own items; add, rename,
 * deactivate.
 */
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type UnitInput, useAddUnit, useUpdateUnit } from '../../api/admin';
import { useUnits } from '../../api/plans';
import type { OrgUnit, OrgUnitKind } from '../../api/types';
import { ErrorAlert, errorText } from '../../components/ErrorAlert';
import { showFieldIssues } from '../../components/form-errors';
import { PageHeader } from '../../components/PageHeader';
import { useLocalized } from '../../i18n/localized';

const kinds: readonly OrgUnitKind[] = ['office', 'department', 'park', 'subdistrict', 'enterprise'];

export default function UnitsPage() {
  const { t } = useTranslation();
  const { text } = useLocalized();
  const { message } = App.useApp();
  const units = useUnits();
  const add = useAddUnit();
  const update = useUpdateUnit();
  const [editing, setEditing] = useState<OrgUnit | 'new' | null>(null);
  const [form] = Form.useForm<UnitInput>();
  const fail = (e: unknown) => message.error(errorText(e, text), 8);
  const submit = (f: UnitInput) => {
    const onError = (e: unknown) => showFieldIssues(form, e, text, ['code', 'name', 'nameEn', 'kind']);
    if (editing === 'new') add.mutate(f, { onSuccess: () => setEditing(null), onError });
    else if (editing)
      update.mutate(
        { code: editing.code, version: editing.version, name: f.name, nameEn: f.nameEn, kind: f.kind },
        { onSuccess: () => setEditing(null), onError },
      );
  };
  return (
    <>
      <PageHeader
        title={t('units.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('units.add')}
          </Button>
        }
      />
      {units.error && <ErrorAlert error={units.error} />}
      <Table<OrgUnit>
        rowKey="id"
        size="middle"
        loading={units.isPending}
        dataSource={units.data ?? []}
        pagination={false}
        scroll={{ x: 900 }}
        columns={[
          { title: t('units.code'), dataIndex: 'code' },
          { title: t('units.name'), dataIndex: 'name' },
          { title: t('units.nameEn'), dataIndex: 'nameEn' },
          { title: t('units.kind'), dataIndex: 'kind', render: (k: OrgUnitKind) => t(`unitKind.${k}`) },
          {
            title: t('users.state'),
            key: 'state',
            render: (_, u) => (
              <>
                <Tag color={u.active ? 'green' : 'default'}>
                  {t(u.active ? 'users.active' : 'users.inactive')}
                </Tag>
                {u.namedInPlan && <Tag>{t('units.namedInPlan')}</Tag>}
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
                  title={t(u.active ? 'units.deactivateConfirm' : 'units.activateConfirm', { name: u.name })}
                  onConfirm={() =>
                    update.mutate({ code: u.code, version: u.version, active: !u.active }, { onError: fail })
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
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('units.add') : t('units.edit')}
        onOk={() => form.submit()}
        onCancel={() => setEditing(null)}
        confirmLoading={add.isPending || update.isPending}
        destroyOnHidden
      >
        {editing !== null && (
          <Form<UnitInput>
            form={form}
            layout="vertical"
            onFinish={submit}
            initialValues={editing === 'new' ? { kind: 'department' } : editing}
          >
            <Form.Item
              label={t('units.code')}
              name="code"
              extra={t('users.usernameHint')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <Input disabled={editing !== 'new'} />
            </Form.Item>
            <Form.Item
              label={t('units.name')}
              name="name"
              rules={[{ required: true, whitespace: true, message: t('common.required') }]}
            >
              <Input />
            </Form.Item>
            <Form.Item
              label={t('units.nameEn')}
              name="nameEn"
              rules={[{ required: true, whitespace: true, message: t('common.required') }]}
            >
              <Input />
            </Form.Item>
            <Form.Item
              label={t('units.kind')}
              name="kind"
              rules={[{ required: true, message: t('common.required') }]}
            >
              <Select options={kinds.map((k) => ({ value: k, label: t(`unitKind.${k}`) }))} />
            </Form.Item>
            {(editing === 'new' ? add.error : update.error) && (
              <ErrorAlert error={editing === 'new' ? add.error : update.error} />
            )}
          </Form>
        )}
      </Modal>
    </>
  );
}
