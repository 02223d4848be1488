import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Space } from 'antd';
import { ShellText } from './ShellText';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** Where "back" goes (the register of incoming documents, which never needs more than the shell). */
  onHome: () => void;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/** A failed lazy chunk: the build on disk changed or the connection to the server dropped. */
function isChunkError(error: Error): boolean {
  return /dynamically imported module|Importing a module script failed|error loading dynamically|Failed to fetch/i.test(error.message);
}

function ScreenError({ error, onRetry, onHome }: { error: Error; onRetry: () => void; onHome: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const chunk = isChunkError(error);
  // The data that broke the render is likely still cached: the crashed screen's queries have no
  // observer left, so drop those and let the retry fetch afresh (the shell's own stay).
  const retry = () => {
    queryClient.removeQueries({ type: 'inactive' });
    onRetry();
  };
  // An Alert, not antd's Result: Result's illustrations would add 33 KB to the shell's start-up chunk.
  return (
    <Alert
      type="error"
      showIcon
      style={{ maxWidth: 760, margin: '48px auto', padding: 24 }}
      title={t('screenError.title')}
      description={
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <ShellText>{chunk ? t('screenError.chunk') : t('screenError.render')}</ShellText>
          <ShellText
            as="div"
            type="secondary"
            style={{ fontFamily: 'monospace', fontSize: 12, whiteSpace: 'pre-wrap', margin: 0 }}
            data-testid="screen-error-detail"
          >
            {error.message}
          </ShellText>
          <Space>
            <Button type="primary" onClick={chunk ? () => window.location.reload() : retry} data-testid="screen-error-retry">
              {chunk ? t('screenError.reload') : t('common.retry')}
            </Button>
            <Button onClick={onHome} data-testid="screen-error-home">
              {t('screenError.home')}
            </Button>
          </Space>
        </Space>
      }
      data-testid="screen-error"
    />
  );
}

/**
 * Keeps one screen's render error (or a screen chunk that failed to load) inside that screen: the
 * sidebar stays usable and the clerk sees what happened and a way back, never a white window.
 * The shell remounts it per section (key), so leaving the screen clears the error.
 */
export class ScreenBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // The renderer has no logger of its own; the devtools console is where a support person looks.
    console.error('screen render failed', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <ScreenError
        error={error}
        onRetry={() => this.setState({ error: null })}
        onHome={() => {
          this.setState({ error: null });
          this.props.onHome();
        }}
      />
    );
  }
}
