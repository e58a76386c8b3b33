import { useState } from 'react';
import { App, Button, Form, Input, Modal, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../ProblemAlert';
import { adminApi, type Group } from './adminApi';
import { formatMembers, parseMembers } from './adminRules';

interface GroupForm {
  name: string;
  description?: string;
  members?: string;
}

/** Support groups and their members (ticket module; admins change, agents read). */
export function GroupsAdmin() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const groups = useQuery({ queryKey: ['admin-groups'], queryFn: adminApi.groups });
  const [editing, setEditing] = useState<Group | 'new' | null>(null);
  const [form] = Form.useForm<GroupForm>();
  const save = useMutation({
    mutationFn: (values: GroupForm) => {
      const body = { name: values.name.trim(), description: values.description?.trim() ?? '', members: parseMembers(values.members ?? '') };
      return editing === 'new' || editing === null ? adminApi.createGroup(body) : adminApi.changeGroup(editing, body);
    },
    onSuccess: async () => {
      void message.success(t('admin.saved'));
      setEditing(null);
      await queryClient.invalidateQueries({ queryKey: ['admin-groups'] });
    },
  });
  const open = (group: Group | 'new') => {
    save.reset();
    setEditing(group);
    form.setFieldsValue(
      group === 'new' ? { name: '', description: '', members: '' } : { name: group.name, description: group.description, members: formatMembers(group.members) },
    );
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Button icon={<PlusOutlined />} onClick={() => open('new')}>
        {t('admin.groups.new')}
      </Button>
      <ProblemAlert error={groups.error} />
      <Table<Group>
        rowKey="id"
        loading={groups.isLoading}
        dataSource={groups.data ?? []}
        pagination={false}
        scroll={{ x: true }}
        columns={[
          { title: t('admin.groups.name'), dataIndex: 'name' },
          { title: t('admin.groups.description'), dataIndex: 'description', responsive: ['md'] },
          {
            title: t('admin.groups.members'),
            dataIndex: 'members',
            render: (members: Group['members']) => (
              <Space wrap size={4}>
                {members.map((member) => (
                  <Tag key={member.userId}>{member.name}</Tag>
                ))}
              </Space>
            ),
          },
          {
            title: t('admin.actions'),
            key: 'actions',
            render: (_, group) => (
              <Button size="small" onClick={() => open(group)} aria-label={`${t('admin.edit')} ${group.name}`}>
                {t('admin.edit')}
              </Button>
            ),
          },
        ]}
      />
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('admin.groups.new') : t('admin.groups.edit')}
        okText={t('admin.save')}
        cancelText={t('admin.cancel')}
        confirmLoading={save.isPending}
        onOk={() => form.submit()}
        onCancel={() => setEditing(null)}
        forceRender
      >
        <Form form={form} name="group" layout="vertical" onFinish={(values) => save.mutate(values)}>
          <Form.Item name="name" label={t('admin.groups.name')} rules={[{ required: true, whitespace: true }, { max: 100 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="description" label={t('admin.groups.description')} rules={[{ max: 500 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="members" label={t('admin.groups.members')} extra={t('admin.groups.membersHint')}>
            <Input.TextArea autoSize={{ minRows: 4 }} />
          </Form.Item>
          <ProblemAlert error={save.error} />
        </Form>
      </Modal>
    </Space>
  );
}
