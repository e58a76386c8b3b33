import { App, Button, Form, Input, Popconfirm, Select, Space, Switch, Table, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../ProblemAlert';
import { adminApi, type KnowledgeCategory, type TicketCategory } from './adminApi';

interface NewCategoryForm {
  parentId?: number;
  nameZhTw: string;
  nameEn: string;
}

function NewCategory({ name, parents, onAdd, pending, error }: { name: string; parents: { id: number; label: string }[]; onAdd: (values: NewCategoryForm) => Promise<unknown>; pending: boolean; error: unknown }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<NewCategoryForm>();
  return (
    <Form
      form={form}
      name={name}
      layout="inline"
      onFinish={async (values) => {
        await onAdd(values);
        form.resetFields();
      }}
      style={{ rowGap: 8 }}
    >
      <Form.Item name="nameZhTw" label={t('admin.categories.nameZhTw')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="nameEn" label={t('admin.categories.nameEn')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="parentId" label={t('admin.categories.parent')}>
        <Select allowClear style={{ minWidth: 160 }} options={parents.map((parent) => ({ value: parent.id, label: parent.label }))} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={pending}>
        {t('admin.categories.add')}
      </Button>
      <ProblemAlert error={error} />
    </Form>
  );
}

/** Ticket categories (retire / reactivate) and knowledge categories (rename, delete when empty). */
export function CategoriesAdmin() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const name = (c: { nameZhTw: string; nameEn: string }) => (i18n.language === 'en' ? c.nameEn : c.nameZhTw);
  const ticket = useQuery({ queryKey: ['admin-ticket-categories'], queryFn: adminApi.ticketCategories });
  const knowledge = useQuery({ queryKey: ['admin-knowledge-categories'], queryFn: adminApi.knowledgeCategories });
  const done = (key: string) => async () => {
    void message.success(t('admin.saved'));
    await queryClient.invalidateQueries({ queryKey: [key] });
    await queryClient.invalidateQueries({ queryKey: ['knowledge-categories'] });
  };
  const addTicket = useMutation({ mutationFn: adminApi.createTicketCategory, onSuccess: done('admin-ticket-categories') });
  const toggle = useMutation({
    mutationFn: (category: TicketCategory) => adminApi.changeTicketCategory(category, { active: !category.active }),
    onSuccess: done('admin-ticket-categories'),
  });
  const addKnowledge = useMutation({ mutationFn: adminApi.createKnowledgeCategory, onSuccess: done('admin-knowledge-categories') });
  const remove = useMutation({ mutationFn: adminApi.removeKnowledgeCategory, onSuccess: done('admin-knowledge-categories') });
  const parentName = (list: { id: number; nameZhTw: string; nameEn: string }[] | undefined, id?: number | null) => {
    const parent = list?.find((c) => c.id === id);
    return parent ? name(parent) : '—';
  };

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <section aria-labelledby="ticket-categories">
        <Typography.Title level={4} id="ticket-categories">
          {t('admin.categories.ticket')}
        </Typography.Title>
        <NewCategory
          name="new-ticket-category"
          parents={(ticket.data ?? []).map((c) => ({ id: c.id, label: name(c) }))}
          onAdd={(values) => addTicket.mutateAsync(values)}
          pending={addTicket.isPending}
          error={addTicket.error}
        />
        <ProblemAlert error={ticket.error ?? toggle.error} />
        <Table<TicketCategory>
          rowKey="id"
          size="small"
          loading={ticket.isLoading}
          dataSource={ticket.data ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: true }}
          columns={[
            { title: t('admin.categories.nameZhTw'), dataIndex: 'nameZhTw' },
            { title: t('admin.categories.nameEn'), dataIndex: 'nameEn' },
            { title: t('admin.categories.parent'), dataIndex: 'parentId', render: (id?: number) => parentName(ticket.data, id) },
            {
              title: t('admin.categories.active'),
              dataIndex: 'active',
              render: (active: boolean, category) => (
                <Switch checked={active} onChange={() => toggle.mutate(category)} aria-label={`${t('admin.categories.active')} ${name(category)}`} />
              ),
            },
          ]}
        />
      </section>
      <section aria-labelledby="knowledge-categories">
        <Typography.Title level={4} id="knowledge-categories">
          {t('admin.categories.knowledge')}
        </Typography.Title>
        <NewCategory
          name="new-knowledge-category"
          parents={(knowledge.data ?? []).map((c) => ({ id: c.id, label: name(c) }))}
          onAdd={(values) => addKnowledge.mutateAsync(values)}
          pending={addKnowledge.isPending}
          error={addKnowledge.error}
        />
        <ProblemAlert error={knowledge.error ?? remove.error} />
        <Table<KnowledgeCategory>
          rowKey="id"
          size="small"
          loading={knowledge.isLoading}
          dataSource={knowledge.data ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: true }}
          columns={[
            { title: t('admin.categories.nameZhTw'), dataIndex: 'nameZhTw' },
            { title: t('admin.categories.nameEn'), dataIndex: 'nameEn' },
            { title: t('admin.categories.parent'), dataIndex: 'parentId', render: (id?: number) => parentName(knowledge.data, id) },
            {
              title: t('admin.actions'),
              key: 'actions',
              render: (_, category) => (
                <Popconfirm title={t('admin.categories.confirmDelete')} okText={t('admin.delete')} cancelText={t('admin.cancel')} onConfirm={() => remove.mutate(category)}>
                  <Button size="small" danger aria-label={`${t('admin.delete')} ${name(category)}`}>
                    {t('admin.delete')}
                  </Button>
                </Popconfirm>
              ),
            },
          ]}
        />
      </section>
    </Space>
  );
}
