// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { shortcutFor, useShortcuts, type ShortcutAction } from './shortcuts';

function Page({ handlers }: { handlers: Partial<Record<ShortcutAction, () => void>> }) {
  useShortcuts('ticket', handlers);
  return (
    <div>
      <label>
        reply <textarea aria-label="reply" />
      </label>
      <input aria-label="filter" />
      <div aria-label="editor" contentEditable suppressContentEditableWarning />
      <button>other</button>
    </div>
  );
}

afterEach(cleanup);

describe('shortcutFor', () => {
  it('maps keys to the actions of their scope only', () => {
    expect(shortcutFor({ key: 'j' }, 'queue')).toBe('next');
    expect(shortcutFor({ key: 'k' }, 'queue')).toBe('previous');
    expect(shortcutFor({ key: 'r' }, 'ticket')).toBe('reply');
    expect(shortcutFor({ key: 'n' }, 'ticket')).toBe('note');
    expect(shortcutFor({ key: '?' }, 'queue')).toBe('help');
    expect(shortcutFor({ key: 'r' }, 'queue')).toBeNull();
    expect(shortcutFor({ key: 'j' }, 'ticket')).toBeNull();
    expect(shortcutFor({ key: 'x' }, 'ticket')).toBeNull();
  });

  it('leaves modified keys, IME composition and handled keys alone', () => {
    expect(shortcutFor({ key: 'r', ctrlKey: true }, 'ticket')).toBeNull();
    expect(shortcutFor({ key: 'r', metaKey: true }, 'ticket')).toBeNull();
    expect(shortcutFor({ key: 'r', altKey: true }, 'ticket')).toBeNull();
    expect(shortcutFor({ key: 'n', isComposing: true }, 'ticket')).toBeNull();
    expect(shortcutFor({ key: 'n', defaultPrevented: true }, 'ticket')).toBeNull();
  });
});

describe('useShortcuts', () => {
  it('runs the handler for a key pressed on the page', () => {
    const reply = vi.fn();
    const note = vi.fn();
    render(<Page handlers={{ reply, note }} />);
    fireEvent.keyDown(screen.getByText('other'), { key: 'r' });
    fireEvent.keyDown(document.body, { key: 'n' });
    expect(reply).toHaveBeenCalledTimes(1);
    expect(note).toHaveBeenCalledTimes(1);
  });

  it('lets the keys through to a field being typed in', () => {
    const reply = vi.fn();
    render(<Page handlers={{ reply }} />);
    fireEvent.keyDown(screen.getByLabelText('reply'), { key: 'r' });
    fireEvent.keyDown(screen.getByLabelText('filter'), { key: 'r' });
    fireEvent.keyDown(screen.getByLabelText('editor'), { key: 'r' });
    expect(reply).not.toHaveBeenCalled();
  });

  it('ignores keys without a handler and stops listening when the page goes', () => {
    const take = vi.fn();
    const { unmount } = render(<Page handlers={{ take }} />);
    const event = new KeyboardEvent('keydown', { key: 'r', cancelable: true, bubbles: true });
    document.body.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
    unmount();
    fireEvent.keyDown(document.body, { key: 't' });
    expect(take).not.toHaveBeenCalled();
  });
});
