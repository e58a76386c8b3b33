import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Mentions, Segmented, Space, Tabs, Typography } from 'antd';
import { GlobalOutlined, LockOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ticketsApi, type Group } from '../../tickets/ticketsApi';
import type { MentionsRef } from 'antd/es/mentions';
import { ProblemAlert } from '../../ProblemAlert';
import { MarkdownPreview } from './MarkdownPreview';

export type ComposerMode = 'reply' | 'note';

/** The agents that can be @mentioned: the members of the support groups, each once. */
export function mentionables(groups: Group[]): { userId: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const group of groups) for (const member of group.members) if (!seen.has(member.userId)) seen.set(member.userId, member.name);
  return [...seen].map(([userId, name]) => ({ userId, name }));
}

/** The user ids of the agents whose @name is in the text. */
export function mentionedIn(body: string, agents: { userId: string; name: string }[]): string[] {
  return agents.filter((agent) => body.includes(`@${agent.name}`) || body.includes(`@${agent.userId}`)).map((agent) => agent.userId);
}

/**
 * Reply to the requester or write an internal note: Markdown with a preview, @mentions of agents.
 * `focus` changes (r / n shortcuts) switch the mode and put the cursor in the text.
 */
export function Composer({ ticketId, groups, mode, onMode, focus, closed }: {
  ticketId: number;
  groups: Group[];
  mode: ComposerMode;
  onMode: (mode: ComposerMode) => void;
  focus: number;
  closed: boolean;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [body, setBody] = useState('');
  const [tab, setTab] = useState('write');
  const text = useRef<MentionsRef | null>(null);
  const agents = mentionables(groups);
  const note = mode === 'note';

  useEffect(() => {
    if (focus === 0) return;
    setTab('write');
    // after the tab is shown again
    setTimeout(() => text.current?.focus(), 0);
  }, [focus]);

  const send = useMutation({
    mutationFn: () => ticketsApi.comment(ticketId, body.trim(), note, mentionedIn(body, agents)),
    onSuccess: () => {
      setBody('');
      setTab('write');
      void queryClient.invalidateQueries({ queryKey: ['agent-comments', String(ticketId)] });
      void queryClient.invalidateQueries({ queryKey: ['agent-history', String(ticketId)] });
    },
  });
  const submit = () => {
    if (body.trim() && !send.isPending) send.mutate();
  };

  if (closed) return <Alert type="info" showIcon title={t('agent.closedNoReplies')} />;
  return (
    <section
      aria-label={note ? t('agent.writeNote') : t('agent.writeReply')}
      data-testid="composer"
      style={{
        border: note ? '1px solid #f0c36d' : '1px solid #d9d9d9',
        borderInlineStart: note ? '4px solid #ad6800' : '4px solid #1f5fbf',
        background: note ? '#fff8e1' : '#fff',
        borderRadius: 8,
        padding: 12,
      }}
    >
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Segmented
          aria-label={t('agent.composerMode')}
          value={mode}
          onChange={(value) => onMode(value as ComposerMode)}
          options={[
            { value: 'reply', label: t('agent.publicReply'), icon: <GlobalOutlined aria-hidden /> },
            { value: 'note', label: t('agent.internalNote'), icon: <LockOutlined aria-hidden /> },
          ]}
        />
        <Typography.Text type={note ? 'warning' : 'secondary'} style={note ? { color: '#613400' } : undefined}>
          {note ? t('agent.noteHint') : t('agent.replyHint')}
        </Typography.Text>
      </Space>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        size="small"
        items={[
          {
            key: 'write',
            label: t('agent.write'),
            children: (
              <Mentions
                ref={text}
                aria-label={note ? t('agent.writeNote') : t('agent.writeReply')}
                value={body}
                onChange={setBody}
                autoSize={{ minRows: 4, maxRows: 16 }}
                placeholder={t('agent.placeholder')}
                maxLength={20000}
                options={agents.map((agent) => ({ value: agent.name, key: agent.userId, label: `${agent.name} (${agent.userId})` }))}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                    event.preventDefault();
                    submit();
                  }
                }}
              />
            ),
          },
          {
            key: 'preview',
            label: t('agent.preview'),
            children: body.trim() ? <MarkdownPreview source={body} /> : <Typography.Text type="secondary">{t('agent.nothingToPreview')}</Typography.Text>,
          },
        ]}
      />
      <ProblemAlert error={send.error} />
      <Space style={{ marginTop: 8 }} wrap>
        <Button type="primary" onClick={submit} loading={send.isPending} disabled={!body.trim()} icon={note ? <LockOutlined aria-hidden /> : undefined}>
          {note ? t('agent.addNote') : t('agent.sendReply')}
        </Button>
        <Typography.Text type="secondary">{t('agent.sendHint')}</Typography.Text>
      </Space>
    </section>
  );
}
