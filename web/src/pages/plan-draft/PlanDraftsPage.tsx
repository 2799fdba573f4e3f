/**
 * 新建规划: upload the plan's document or paste its text to start a draft, and the drafts so far.
 */
import { UploadOutlined } from '@ant-design/icons';
import { Button, Card, Input, Table, Tabs, Tag, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useDraftFromText, useDrafts, useDraftUpload } from '../../api/plan-drafts';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';

export default function PlanDraftsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const drafts = useDrafts();
  const upload = useDraftUpload();
  const fromText = useDraftFromText();
  const [code, setCode] = useState('');
  const [text, setText] = useState('');
  const opened = (view: { id: number }) => {
    void navigate(`/plan-drafts/${view.id}`);
  };
  const error = upload.error ?? fromText.error;
  return (
    <>
      <PageHeader title={t('planDraft.title')} />
      <Card className="block-gap">
        <p>{t('planDraft.intro')}</p>
        <div className="inline-field block-gap">
          <label htmlFor="draft-code">{t('planDraft.code')}</label>
          <Input
            id="draft-code"
            style={{ maxWidth: 240 }}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            placeholder={t('planDraft.codeHint')}
          />
        </div>
        <Tabs
          items={[
            {
              key: 'file',
              label: t('planDraft.upload'),
              children: (
                <Upload
                  accept=".docx,.pdf,.txt,.md,.doc"
                  showUploadList={false}
                  beforeUpload={(file) => {
                    upload.mutate({ file, code }, { onSuccess: opened });
                    return false;
                  }}
                >
                  <Button type="primary" icon={<UploadOutlined />} loading={upload.isPending}>
                    {t('planDraft.upload')}
                  </Button>
                </Upload>
              ),
            },
            {
              key: 'text',
              label: t('planDraft.paste'),
              children: (
                <>
                  <Input.TextArea
                    aria-label={t('planDraft.paste')}
                    rows={10}
                    value={text}
                    onChange={(e) => setText(e.target.value)}
                    placeholder={t('planDraft.pastePlaceholder')}
                  />
                  <Button
                    className="block-gap"
                    type="primary"
                    disabled={!text.trim()}
                    loading={fromText.isPending}
                    onClick={() => fromText.mutate({ text, code }, { onSuccess: opened })}
                  >
                    {t('planDraft.draftFromText')}
                  </Button>
                </>
              ),
            },
          ]}
        />
        {error && <ErrorAlert error={error} />}
      </Card>
      <Card title={t('planDraft.list')}>
        <Table
          rowKey="id"
          loading={drafts.isLoading}
          dataSource={drafts.data ?? []}
          pagination={false}
          columns={[
            { title: t('planDraft.code'), dataIndex: 'code' },
            { title: t('planDraft.fileName'), dataIndex: 'fileName' },
            {
              title: t('planDraft.status'),
              dataIndex: 'status',
              render: (s: 'draft' | 'publishing' | 'published') => (
                <Tag color={s === 'published' ? 'green' : 'blue'}>{t(`planDraft.statuses.${s}`)}</Tag>
              ),
            },
            { title: t('planDraft.revision'), dataIndex: 'revision' },
            {
              title: t('planDraft.createdAt'),
              dataIndex: 'createdAt',
              render: (v: string) => v.slice(0, 16).replace('T', ' '),
            },
            {
              title: '',
              key: 'open',
              render: (_: unknown, r: { id: number }) => (
                <Link to={`/plan-drafts/${r.id}`}>{t('planDraft.open')}</Link>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
