import { Button, Popover, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SHORTCUTS, type ShortcutScope } from './shortcuts';

/** The keyboard shortcuts of a page, behind a button (and the "?" key). */
export function ShortcutHelp({ scope, open, onOpen }: { scope: ShortcutScope; open: boolean; onOpen: (open: boolean) => void }) {
  const { t } = useTranslation();
  const content = (
    <table data-testid="shortcut-help" style={{ borderCollapse: 'collapse' }}>
      <caption style={{ textAlign: 'start', marginBottom: 8 }}>
        <Typography.Text type="secondary">{t('agent.shortcutsIntro')}</Typography.Text>
      </caption>
      <tbody>
        {SHORTCUTS.filter((shortcut) => shortcut.scopes.includes(scope)).map((shortcut) => (
          <tr key={shortcut.key}>
            <td style={{ padding: '2px 12px 2px 0' }}>
              <kbd style={{ border: '1px solid #bfbfbf', borderRadius: 4, padding: '0 6px', background: '#fafafa', fontFamily: 'monospace' }}>{shortcut.key}</kbd>
            </td>
            <td>{t(`agent.shortcut.${shortcut.action}`)}</td>
          </tr>
        ))}
        {scope === 'ticket' && (
          <tr>
            <td style={{ padding: '2px 12px 2px 0' }}>
              <kbd style={{ border: '1px solid #bfbfbf', borderRadius: 4, padding: '0 6px', background: '#fafafa', fontFamily: 'monospace' }}>Ctrl+Enter</kbd>
            </td>
            <td>{t('agent.shortcut.send')}</td>
          </tr>
        )}
      </tbody>
    </table>
  );
  return (
    <Popover content={content} title={t('agent.shortcuts')} trigger="click" open={open} onOpenChange={onOpen} placement="bottomRight">
      <Button aria-keyshortcuts="?">{t('agent.shortcuts')} (?)</Button>
    </Popover>
  );
}
