import { useEffect, useRef } from 'react';
import { App, Alert, Button, Col, Form, Input, Row, Select, Space, Spin, Tabs, Tag, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { ProblemAlert } from '../../ProblemAlert';
import { editorApi, type ArticleDraft, type EditableArticle } from './editorApi';
import { MarkdownPreview } from './markdown';
import { reviewActions } from './reviewRules';
import { useMyId } from './me';
import { useKnowledgeCategories } from './useCategories';
import { RevisionsPanel } from './RevisionsPanel';
import { ReviewPanel } from './ReviewPanel';
import { TranslationsPanel } from './TranslationsPanel';
import { ArticleStatusTag } from './ArticleStatusTag';
import { TAG_COLORS } from './tagColors';
import { unsaved, type FormValues } from './draft';


/** Writing an article: a new one (/knowledge/editor/new) or an existing one with its revisions, review and translations. */
export default function ArticleEditor() {
  const { id } = useParams();
  const articleId = id && id !== 'new' ? Number(id) : undefined;
  const article = useQuery({
    queryKey: ['editor-article', articleId],
    queryFn: () => editorApi.get(articleId!),
    enabled: articleId !== undefined,
  });
  if (articleId !== undefined && article.isLoading) return <Spin />;
  if (articleId !== undefined && !article.data) return <ProblemAlert error={article.error} />;
  return <EditorPage article={article.data} />;
}

/** The tags of an article that cannot be edited now (a disabled tag select's grey fails contrast). */
function ReadOnlyTags({ value }: { value?: string[] }) {
  return (
    <Space wrap size={4}>
      {(value ?? []).map((tag) => (
        <Tag key={tag} disabled={false}>
          {tag}
        </Tag>
      ))}
    </Space>
  );
}

function EditorPage({ article }: { article?: EditableArticle }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<FormValues>();
  const [params] = useSearchParams();
  const body = Form.useWatch('body', form) ?? article?.body ?? '';
  const categories = useKnowledgeCategories();
  const me = useMyId();
  const idempotencyKey = useRef(crypto.randomUUID());
  const revisions = useQuery({
    queryKey: ['editor-revisions', article?.id],
    queryFn: () => editorApi.revisions(article!.id),
    enabled: !!article,
  });

  useEffect(() => {
    if (article) {
      form.setFieldsValue({
        title: article.title,
        summary: article.summary,
        body: article.body,
        locale: article.locale,
        categoryId: article.categoryId ?? undefined,
        tags: article.tags,
        message: '',
      });
    }
  }, [article, form]);

  const refresh = async (saved: EditableArticle) => {
    queryClient.setQueryData(['editor-article', saved.id], saved);
    await queryClient.invalidateQueries({ queryKey: ['editor-revisions', saved.id] });
    await queryClient.invalidateQueries({ queryKey: ['editor-reviews', saved.id] });
    await queryClient.invalidateQueries({ queryKey: ['editor-list'] });
  };

  const save = useMutation({
    mutationFn: async (values: FormValues) => {
      const draft: ArticleDraft = {
        title: values.title,
        summary: values.summary ?? '',
        body: values.body,
        categoryId: values.categoryId ?? null,
        tags: values.tags ?? [],
        message: values.message || undefined,
      };
      if (!article) return editorApi.create({ ...draft, locale: values.locale }, idempotencyKey.current);
      return editorApi.edit(article.id, article.version, draft);
    },
    onSuccess: async (saved) => {
      void message.success(t('editor.saved', { number: saved.revision }));
      await refresh(saved);
      if (!article) navigate(`/knowledge/editor/${saved.id}`, { replace: true });
      else form.setFieldValue('message', '');
    },
  });

  const step = useMutation({
    // submitting what is on the screen: unsaved changes (an uploaded image, say) are saved first
    mutationFn: async (name: 'submit' | 'withdraw' | 'archive') => {
      let current = article!;
      if (name === 'submit' && unsaved(form.getFieldsValue(), current)) {
        current = await save.mutateAsync(await form.validateFields());
      }
      return editorApi.step(current.id, current.version, name);
    },
    onSuccess: async (saved) => {
      void message.success(t(`editor.statusNow`, { status: t(`editor.status.${saved.status}`) }));
      await refresh(saved);
    },
  });

  const upload = useMutation({
    mutationFn: (file: File) => editorApi.upload(article!.id, file),
    onSuccess: (attachment) => {
      const current: string = form.getFieldValue('body') ?? '';
      const alt = attachment.fileName.replace(/[[\]]/g, '');
      form.setFieldValue('body', `${current}${current.endsWith('\n') || !current ? '' : '\n'}\n![${alt}](${attachment.url})\n`);
      void message.success(t('editor.imageAdded', { name: attachment.fileName }));
    },
  });

  const actions = article ? reviewActions(article, revisions.data ?? [], me) : undefined;
  const editable = !article || actions?.canEdit;

  const editTab = (
    <Form<FormValues>
      form={form}
      name="article-editor"
      layout="vertical"
      disabled={!editable}
      initialValues={{ locale: i18n.language === 'en' ? 'en' : 'zh-TW', body: '', tags: [] }}
      onFinish={(values) => save.mutate(values)}
    >
      <Row gutter={16}>
        <Col xs={24} md={16}>
          <Form.Item name="title" label={t('editor.fieldTitle')} rules={[{ required: true, whitespace: true, message: t('editor.titleRequired') }, { max: 200 }]}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="locale" label={t('editor.language')}>
            <Select
              disabled={!!article}
              options={[
                { value: 'zh-TW', label: '繁體中文' },
                { value: 'en', label: 'English' },
              ]}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="summary" label={t('editor.fieldSummary')} rules={[{ max: 500 }]}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={500} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="categoryId" label={t('editor.category')}>
            <Select
              allowClear
              loading={categories.isLoading}
              options={categories.options.map((option) => ({ value: option.value, label: `${'— '.repeat(option.depth)}${option.label}` }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="tags" label={t('editor.tags')}>
            {editable ? <Select mode="tags" tokenSeparators={[',', ' ']} open={false} suffixIcon={null} /> : <ReadOnlyTags />}
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Form.Item
            name="body"
            label={t('editor.fieldBody')}
            extra={t('editor.markdownHint')}
            rules={[{ required: true, whitespace: true, message: t('editor.bodyRequired') }]}
          >
            <Input.TextArea autoSize={{ minRows: 14, maxRows: 30 }} style={{ fontFamily: 'monospace' }} />
          </Form.Item>
          {article ? (
            <Upload
              accept="image/png,image/jpeg,image/gif,image/webp"
              showUploadList={false}
              beforeUpload={(file) => {
                upload.mutate(file);
                return false;
              }}
            >
              <Button icon={<UploadOutlined />} loading={upload.isPending} disabled={!editable}>
                {t('editor.uploadImage')}
              </Button>
            </Upload>
          ) : (
            <Typography.Text type="secondary">{t('editor.saveBeforeUpload')}</Typography.Text>
          )}
          <ProblemAlert error={upload.error} />
        </Col>
        <Col xs={24} lg={12}>
          <Typography.Text strong id="preview-label">
            {t('editor.preview')}
          </Typography.Text>
          <div role="region" aria-labelledby="preview-label" data-testid="preview" tabIndex={0} style={{ border: '1px solid #d9d9d9', borderRadius: 6, padding: 12, minHeight: 300, marginTop: 8, overflow: 'auto' }}>
            <MarkdownPreview markdown={body} />
          </div>
        </Col>
      </Row>
      <Form.Item name="message" label={t('editor.revisionMessage')} style={{ marginTop: 16 }}>
        <Input maxLength={500} placeholder={t('editor.revisionMessageHint')} />
      </Form.Item>
      <ProblemAlert error={save.error} />
      <Space wrap style={{ marginTop: 12 }}>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {article ? t('editor.save') : t('editor.create')}
        </Button>
      </Space>
    </Form>
  );

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/knowledge/editor">← {t('editor.title')}</Link>
      <Space wrap align="center">
        <Typography.Title level={2} style={{ margin: 0 }} data-testid="editor-heading">
          {article ? article.title : t('editor.newArticle')}
        </Typography.Title>
        {article && <ArticleStatusTag status={article.status} />}
        {article && <Tag>{t('editor.revisionNumber', { number: article.revision })}</Tag>}
        {article?.outdated && <Tag color={TAG_COLORS.orange}>{t('editor.outdated')}</Tag>}
      </Space>
      {article && (
        <Space wrap>
          {actions?.canSubmit && (
            <Button type="primary" onClick={() => step.mutate('submit')} loading={step.isPending}>
              {t('editor.submit')}
            </Button>
          )}
          {actions?.canWithdraw && (
            <Button onClick={() => step.mutate('withdraw')} loading={step.isPending}>
              {t('editor.withdraw')}
            </Button>
          )}
          {actions?.canArchive && (
            <Button danger onClick={() => step.mutate('archive')} loading={step.isPending}>
              {t('editor.archive')}
            </Button>
          )}
          {article.status === 'PUBLISHED' && <Link to={`/knowledge/articles/${article.id}`}>{t('editor.openPublished')}</Link>}
        </Space>
      )}
      <ProblemAlert error={step.error} />
      {article?.status === 'IN_REVIEW' && <Alert type="info" showIcon title={t('editor.inReviewLocked')} />}
      {article?.pendingChange && <Alert type="warning" showIcon title={t('editor.pendingChange')} />}
      {article ? (
        <Tabs
          defaultActiveKey={params.get('tab') ?? 'edit'}
          items={[
            { key: 'edit', label: t('editor.tabEdit'), children: editTab },
            { key: 'revisions', label: t('editor.tabRevisions'), children: <RevisionsPanel article={article} /> },
            { key: 'review', label: t('editor.tabReview'), children: <ReviewPanel article={article} /> },
            { key: 'translations', label: t('editor.tabTranslations'), children: <TranslationsPanel article={article} /> },
          ]}
        />
      ) : (
        editTab
      )}
    </Space>
  );
}
