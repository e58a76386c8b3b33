import { App, Alert, Button, Col, Form, Input, Row, Space, Spin, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ProblemAlert } from '../../ProblemAlert';
import { editorApi, type EditableArticle, type Locale } from './editorApi';
import { MarkdownPreview } from './markdown';
import { TAG_COLORS } from './tagColors';

const LANGUAGE_NAMES: Record<Locale, string> = { 'zh-TW': '繁體中文', en: 'English' };

function Column({ article }: { article: EditableArticle }) {
  const { t } = useTranslation();
  return (
    <div lang={article.locale === 'en' ? 'en' : 'zh-Hant-TW'} style={{ border: '1px solid #d9d9d9', borderRadius: 6, padding: 12, height: '100%' }}>
      <Space wrap>
        <Tag color={TAG_COLORS.blue}>{LANGUAGE_NAMES[article.locale]}</Tag>
        <Tag>{t('editor.revisionNumber', { number: article.revision })}</Tag>
        {article.outdated && (
          <Tag color={TAG_COLORS.orange} data-testid="outdated">
            {t('editor.outdated')}
          </Tag>
        )}
      </Space>
      <Typography.Title level={4}>{article.title}</Typography.Title>
      {article.summary && <Typography.Paragraph type="secondary">{article.summary}</Typography.Paragraph>}
      <MarkdownPreview markdown={article.body} />
      <Link to={`/knowledge/editor/${article.id}`}>{t('editor.openEditor')}</Link>
    </div>
  );
}

/** The article next to its other-language version, with the outdated flag; or a form to add one. */
export function TranslationsPanel({ article }: { article: EditableArticle }) {
  const { t } = useTranslation();
  const link = article.translations[0];
  const other = useQuery({
    queryKey: ['editor-article', link?.id],
    queryFn: () => editorApi.get(link!.id),
    enabled: !!link,
  });
  if (link && other.isLoading) return <Spin />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <ProblemAlert error={other.error} />
      {(article.outdated || other.data?.outdated) && <Alert type="warning" showIcon title={t('editor.outdatedExplained')} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12}>
          <Column article={article} />
        </Col>
        <Col xs={24} md={12}>{other.data ? <Column article={other.data} /> : <NewTranslationForm source={article} />}</Col>
      </Row>
    </Space>
  );
}

function NewTranslationForm({ source }: { source: EditableArticle }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const locale: Locale = source.locale === 'en' ? 'zh-TW' : 'en';
  const create = useMutation({
    mutationFn: (values: { title: string; summary?: string; body: string }) => editorApi.translate(source.id, { ...values, locale }),
    onSuccess: async (created) => {
      void message.success(t('editor.translationCreated'));
      await queryClient.invalidateQueries({ queryKey: ['editor-article', source.id] });
      navigate(`/knowledge/editor/${created.id}`);
    },
  });
  return (
    <Form name="translation" layout="vertical" onFinish={(values) => create.mutate(values)} style={{ border: '1px dashed #d9d9d9', borderRadius: 6, padding: 12 }}>
      <Typography.Title level={4}>{t('editor.addTranslation', { language: LANGUAGE_NAMES[locale] })}</Typography.Title>
      <Form.Item name="title" label={t('editor.fieldTitle')} rules={[{ required: true, whitespace: true, message: t('editor.titleRequired') }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="summary" label={t('editor.fieldSummary')}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={500} />
      </Form.Item>
      <Form.Item name="body" label={t('editor.fieldBody')} rules={[{ required: true, whitespace: true, message: t('editor.bodyRequired') }]}>
        <Input.TextArea autoSize={{ minRows: 8 }} style={{ fontFamily: 'monospace' }} />
      </Form.Item>
      <ProblemAlert error={create.error} />
      <Button type="primary" htmlType="submit" loading={create.isPending}>
        {t('editor.createTranslation')}
      </Button>
    </Form>
  );
}
