import { Component, Suspense, type ReactNode } from 'react';
import { i18n } from '../i18n/i18n';

/**
 * A part of a page that is loaded on demand. While it loads, the prerendered
 * HTML stays (or, after in-app navigation, nothing shows); if it cannot load
 * (offline), the rest of the page keeps working and this part says so
 * (unless `silent`, when another part loaded with it already does).
 */
export class LazyPart extends Component<{ children: ReactNode; silent?: boolean }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    if (!this.state.failed) return <Suspense fallback={null}>{this.props.children}</Suspense>;
    // Parts loaded together fail together: one of them says so, once.
    if (this.props.silent) return null;
    const t = i18n.t.bind(i18n);
    return (
      <div className="notice notice--error" role="alert">
        <p>{t('crash.part')}</p>
        <p className="notice__actions">
          <button type="button" className="button button--secondary" onClick={() => window.location.reload()}>
            {t('crash.reload')}
          </button>
        </p>
      </div>
    );
  }
}
