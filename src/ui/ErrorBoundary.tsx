import { Component, type ErrorInfo, type ReactNode } from 'react';

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
    return (
      <div className="crash" role="alert" data-testid="render-error">
        <p className="crash-title">
          {this.props.area ? `${this.props.area}显示出错` : '页面出错了'}
          <span className="en">{this.props.area ? ' This panel failed to render' : ' Something went wrong'}</span>
        </p>
        <p className="crash-message">{error.message}</p>
        <div className="crash-actions">
          <button type="button" onClick={() => this.setState({ error: null })}>
            重试 <span className="en">Try again</span>
          </button>
          <button type="button" onClick={() => window.location.reload()}>
            重新载入页面 <span className="en">Reload</span>
          </button>
        </div>
      </div>
    );
  }
}
