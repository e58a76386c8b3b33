import { Typography } from 'antd';
import type { ReactNode } from 'react';

/**
 * What an empty table or list says. Ant Design draws its default empty text in the disabled grey
 * (25 % black), far below AA contrast; secondary text keeps 4.5:1.
 */
export function EmptyText({ children }: { children: ReactNode }) {
  return <Typography.Text type="secondary">{children}</Typography.Text>;
}
