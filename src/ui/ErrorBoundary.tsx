import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '../i18n/index.ts';
import { FaultProbe, type PanelArea } from './FaultProbe.tsx';
import './errors.css';

interface Props {
  children: ReactNode;
  /** Which panel this is, a stable id named in the message (status.ts `area.*`); the whole page when absent. */
  area?: PanelArea;
}

interface State {
  error: Error | null;
}

/**
 * Shows what went wrong in the panel that failed, instead of a blank page: the loaded data and
 * the candidate list live in the store, not in the panel, so they and the other panels carry on.
 * Retry draws the panel again.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Keep the stack where a developer looks for it; the user sees the message below.
    console.warn(`[atlas] ${this.props.area ?? 'page'} failed to render`, error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    const area = this.props.area ?? 'page';
    if (!error) {
      return (
        <>
          <FaultProbe area={area} />
          {this.props.children}
        </>
      );
    }
    return <Crash area={area} message={error.message} retry={() => this.setState({ error: null })} />;
  }
}

/** The message in the language in force (a function component, for the hook). */
function Crash({ area, message, retry }: { area: PanelArea; message: string; retry: () => void }) {
  const { t } = useT('status');
  const page = area === 'page';
  return (
    <div className="crash" role="alert" data-testid="render-error" data-area={area}>
      <p className="crash-title">{page ? t('crashPage') : t('crashArea', { area: t(`area.${area}`) })}</p>
      <p className="crash-kept">{t(page ? 'crashKeptPage' : 'crashKept')}</p>
      <p className="crash-message" title={message}>
        {message}
      </p>
      <div className="crash-actions">
        <button
          type="button"
          className="button small"
          data-testid="crash-retry"
          title={t('retryTitle')}
          onClick={retry}
        >
          {t('retry')}
        </button>
        <button
          type="button"
          className="button small"
          data-testid="crash-reload"
          title={t('reloadTitle')}
          onClick={() => window.location.reload()}
        >
          {t('reload')}
        </button>
      </div>
    </div>
  );
}
