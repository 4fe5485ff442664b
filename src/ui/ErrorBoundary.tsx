import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '../i18n/index.ts';

interface Props {
  children: ReactNode;
  /** What failed, in the message ("汇总表"); the whole page when absent. */
  area?: string;
}

interface State {
  error: Error | null;
}

/** Shows what went wrong instead of a blank page or a blank panel. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Keep the stack where a developer looks for it; the user sees the message below.
    console.warn('[atlas] render failed', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return <Crash area={this.props.area} message={error.message} retry={() => this.setState({ error: null })} />;
  }
}

/** The message in the language in force (a function component, for the hook). */
function Crash({ area, message, retry }: { area?: string; message: string; retry: () => void }) {
  const { t } = useT('status');
  return (
    <div className="crash" role="alert" data-testid="render-error">
      <p className="crash-title">{area ? t('crashArea', { area: t(`area.${area}`, { defaultValue: area }) }) : t('crashPage')}</p>
      <p className="crash-message">{message}</p>
      <div className="crash-actions">
        <button type="button" onClick={retry}>
          {t('retry')}
        </button>
        <button type="button" onClick={() => window.location.reload()}>
          {t('reload')}
        </button>
      </div>
    </div>
  );
}
