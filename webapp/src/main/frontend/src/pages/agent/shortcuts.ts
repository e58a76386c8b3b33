import { useEffect, useRef } from 'react';

/** The keyboard shortcuts of the agent area, listed in the help popover ("?"). */
export type ShortcutScope = 'queue' | 'ticket';
export type ShortcutAction =
  | 'next' | 'previous' | 'open' | 'search' | 'help'
  | 'reply' | 'note' | 'take' | 'status' | 'history' | 'back';

export interface Shortcut {
  key: string;
  action: ShortcutAction;
  scopes: ShortcutScope[];
}

export const SHORTCUTS: Shortcut[] = [
  { key: 'j', action: 'next', scopes: ['queue'] },
  { key: 'k', action: 'previous', scopes: ['queue'] },
  { key: 'o', action: 'open', scopes: ['queue'] },
  { key: '/', action: 'search', scopes: ['queue'] },
  { key: 'r', action: 'reply', scopes: ['ticket'] },
  { key: 'n', action: 'note', scopes: ['ticket'] },
  { key: 't', action: 'take', scopes: ['ticket'] },
  { key: 's', action: 'status', scopes: ['ticket'] },
  { key: 'h', action: 'history', scopes: ['ticket'] },
  { key: 'u', action: 'back', scopes: ['ticket'] },
  { key: '?', action: 'help', scopes: ['queue', 'ticket'] },
];

export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  isComposing?: boolean;
  defaultPrevented?: boolean;
  target?: EventTarget | null;
}

/** Whether the key goes to a field being typed in (an input, a text area, a select, an editor). */
export function typingIn(target: EventTarget | null | undefined): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  return element.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], [role="combobox"], [role="textbox"]') !== null;
}

/**
 * The action a key press asks for in `scope`, or null: never while typing in a field, during an
 * IME composition (Zhuyin/Pinyin input), with Ctrl/Cmd/Alt held (the browser's own shortcuts), or
 * when a component already handled the key.
 */
export function shortcutFor(event: KeyLike, scope: ShortcutScope): ShortcutAction | null {
  if (event.defaultPrevented || event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return null;
  if (typingIn(event.target)) return null;
  return SHORTCUTS.find((shortcut) => shortcut.key === event.key && shortcut.scopes.includes(scope))?.action ?? null;
}

/** Calls the handler of each shortcut of `scope` pressed on the page while the component is shown. */
export function useShortcuts(scope: ShortcutScope, handlers: Partial<Record<ShortcutAction, () => void>>): void {
  const current = useRef(handlers);
  current.current = handlers;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = shortcutFor(event, scope);
      const handler = action ? current.current[action] : undefined;
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [scope]);
}
