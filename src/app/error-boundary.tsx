import { Component, type ReactNode } from 'react';
import { PROGRESS_KEY } from '../features/progress/progress-store';
import { downloadStoredValue } from '../features/progress/download';
import { i18n } from '../i18n/i18n';

interface State {
  failed: boolean;
}

/**
 * A render error shows a way out instead of a white screen. Saved progress is
 * untouched by it, so reloading or going home loses nothing.
 */
export class ErrorBoundary extends Component<{ children: ReactNode; homeHref: string }, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    const t = i18n.t.bind(i18n);
    return (
      <main className="site-main crash" id="main">
        <h1>{t('crash.title')}</h1>
        <p>{t('crash.text')}</p>
        <p className="notice__actions">
          <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
            {t('crash.reload')}
          </button>
          <a className="button button--secondary" href={this.props.homeHref}>
            {t('crash.home')}
          </a>
          <button type="button" className="button button--secondary" onClick={() => downloadStoredValue(PROGRESS_KEY, 'ndr-wizard-progress.json')}>
            {t('crash.download')}
          </button>
        </p>
      </main>
    );
  }
}
