import { useEffect, useState } from 'react';
import { Button, Form, Select, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LEVELS, PRIORITIES, TICKET_TYPES, ticketsApi, type Group, type TicketChanges, type TicketView } from '../../tickets/ticketsApi';
import { matrixPriority } from '../../tickets/workflow';
import { changesFrom } from './conflict';

function editable(ticket: TicketView): TicketChanges {
  return {
    type: ticket.type ?? undefined,
    impact: ticket.impact ?? undefined,
    urgency: ticket.urgency ?? undefined,
    priority: ticket.priority,
    groupId: ticket.groupId ?? undefined,
    assigneeId: ticket.assignee?.id,
    tags: ticket.tags ?? [],
  };
}

/**
 * The ticket's fields an agent sets: type, impact × urgency (the priority follows unless
 * overridden), group, assignee (members of the group, or yourself), tags. Saved as one merge patch
 * of the changed fields with the version read (If-Match).
 */
export function Properties({ ticket, groups, me, busy, onSave }: {
  ticket: TicketView;
  groups: Group[];
  me: { id: string; name: string };
  busy: boolean;
  onSave: (changes: TicketChanges) => void;
}) {
  const { t } = useTranslation();
  const [edited, setEdited] = useState<TicketChanges>(() => editable(ticket));
  // a new version (saved, taken, or the other agent's after a conflict) starts the form afresh
  useEffect(() => setEdited(editable(ticket)), [ticket]);
  const [tagPrefix, setTagPrefix] = useState('');
  const tags = useQuery({ queryKey: ['agent-tags', tagPrefix], queryFn: () => ticketsApi.tags(tagPrefix), staleTime: 60_000 });

  const changes = changesFrom(ticket, edited);
  const dirty = Object.keys(changes).length > 0;
  const set = (field: keyof TicketChanges) => (value: unknown) => setEdited((old) => ({ ...old, [field]: value ?? undefined }));
  const group = groups.find((g) => g.id === edited.groupId);
  const members = new Map<string, string>((group?.members ?? []).map((m) => [m.userId, m.name]));
  members.set(me.id, me.name);
  if (ticket.assignee) members.set(ticket.assignee.id, ticket.assignee.name);
  const suggested = matrixPriority(edited.impact, edited.urgency);
  // changing impact or urgency changes the priority on the server unless it was overridden
  const overridden = ticket.priorityOverridden || edited.priority !== ticket.priority;

  return (
    <Form layout="vertical" size="middle" onFinish={() => dirty && onSave(changes)} aria-label={t('agent.properties')}>
      <Form.Item label={t('agent.field.type')} htmlFor="tk-type">
        <Select id="tk-type" value={edited.type} onChange={set('type')} options={TICKET_TYPES.map((value) => ({ value, label: t(`agent.type.${value}`) }))} />
      </Form.Item>
      <Space.Compact block>
        <Form.Item label={t('agent.field.impact')} htmlFor="tk-impact" style={{ flex: 1 }}>
          <Select id="tk-impact" value={edited.impact} onChange={set('impact')} options={LEVELS.map((value) => ({ value, label: t(`agent.level.${value}`) }))} />
        </Form.Item>
        <Form.Item label={t('agent.field.urgency')} htmlFor="tk-urgency" style={{ flex: 1 }}>
          <Select id="tk-urgency" value={edited.urgency} onChange={set('urgency')} options={LEVELS.map((value) => ({ value, label: t(`agent.level.${value}`) }))} />
        </Form.Item>
      </Space.Compact>
      <Form.Item
        label={t('agent.field.priority')}
        htmlFor="tk-priority"
        extra={
          <Space size={4} wrap>
            {suggested && <span>{t('agent.matrixPriority', { priority: t(`agent.priority.${suggested}`) })}</span>}
            {overridden && <Tag color="purple">{t('agent.overridden')}</Tag>}
          </Space>
        }
      >
        <Select id="tk-priority" value={edited.priority} onChange={set('priority')} options={PRIORITIES.map((value) => ({ value, label: t(`agent.priority.${value}`) }))} />
      </Form.Item>
      <Form.Item label={t('agent.field.groupId')} htmlFor="tk-group">
        <Select
          id="tk-group"
          allowClear
          value={edited.groupId}
          onChange={set('groupId')}
          placeholder={t('agent.noGroup')}
          options={groups.map((g) => ({ value: g.id, label: g.name }))}
        />
      </Form.Item>
      <Form.Item label={t('agent.field.assigneeId')} htmlFor="tk-assignee">
        <Select
          id="tk-assignee"
          value={edited.assigneeId}
          onChange={set('assigneeId')}
          placeholder={t('agent.nobody')}
          showSearch={{ optionFilterProp: 'label' }}
          options={[...members].map(([value, name]) => ({ value, label: value === me.id ? `${name} (${t('agent.me')})` : name }))}
        />
      </Form.Item>
      <Form.Item label={t('agent.field.tags')} htmlFor="tk-tags" extra={t('agent.tagsHint')}>
        <Select
          id="tk-tags"
          mode="tags"
          value={edited.tags}
          onChange={(value: string[]) => set('tags')(value.map((tag) => tag.trim().toLowerCase()).filter(Boolean))}
          onSearch={setTagPrefix}
          tokenSeparators={[',', ' ']}
          maxCount={20}
          options={(tags.data ?? []).map((tag) => ({ value: tag.tag, label: tag.tag, title: t('agent.tagUse', { count: tag.tickets }) }))}
        />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" disabled={!dirty} loading={busy} data-testid="save-properties">
          {t('agent.save')}
        </Button>
        <Button onClick={() => setEdited(editable(ticket))} disabled={!dirty}>
          {t('agent.undo')}
        </Button>
        {dirty && <Typography.Text type="warning">{t('agent.unsaved', { count: Object.keys(changes).length })}</Typography.Text>}
      </Space>
    </Form>
  );
}
