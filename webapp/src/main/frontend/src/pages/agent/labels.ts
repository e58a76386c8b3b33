import type { TFunction } from 'i18next';
import type { Field } from './conflict';

/** A field's value as the agent reads it: statuses, priorities and levels in the UI's language. */
export function valueLabel(t: TFunction, field: Field | string, value: unknown, names: Record<string, string> = {}): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length ? value.join(', ') : '—';
  const text = String(value);
  switch (field) {
    case 'status':
      return t(`status.${text}`, text);
    case 'priority':
      return t(`agent.priority.${text}`, text);
    case 'impact':
    case 'urgency':
      return t(`agent.level.${text}`, text);
    case 'type':
      return t(`agent.type.${text}`, text);
    case 'pendingReason':
      return t(`agent.pendingReason.${text}`, text);
    case 'group':
    case 'groupId':
    case 'assigneeId':
      return names[text] ?? text;
    default:
      return text.length > 120 ? `${text.slice(0, 120)}…` : text;
  }
}

export const PRIORITY_COLORS: Record<string, string> = { P1: 'red', P2: 'volcano', P3: 'blue', P4: 'default' };
