import { theme } from 'antd';
import type { CSSProperties, ReactNode } from 'react';

/**
 * Text in antd's colours for what the shell shows at start-up (sidebar title, header, signed-in badge,
 * sync time, a screen's error box). antd's Typography carries its editable mode, which brings Input
 * and TextArea with their styles (~50 KB) into the start-up chunk; the screens, loaded later, keep it.
 */
export function ShellText({
  as: Tag = 'span',
  type,
  strong,
  style,
  children,
  'data-testid': testId,
}: {
  as?: 'span' | 'div' | 'h4';
  type?: 'secondary' | 'danger';
  strong?: boolean;
  style?: CSSProperties;
  children: ReactNode;
  'data-testid'?: string;
}) {
  const { token } = theme.useToken();
  const color = type === 'secondary' ? token.colorTextSecondary : type === 'danger' ? token.colorError : token.colorText;
  const heading: CSSProperties =
    Tag === 'h4' ? { fontSize: token.fontSizeHeading4, lineHeight: token.lineHeightHeading4, fontWeight: token.fontWeightStrong } : {};
  return (
    <Tag style={{ color, ...heading, ...(strong ? { fontWeight: token.fontWeightStrong } : {}), ...style }} data-testid={testId}>
      {children}
    </Tag>
  );
}
