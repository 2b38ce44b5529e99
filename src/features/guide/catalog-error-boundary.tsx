import { Component, Fragment, type ReactNode } from 'react';
import { recoverFromStaleChunk, reloadIfRetryFailedAgain } from '../../components/stale-chunk';
import { CatalogLoadError } from '../../i18n/catalog-url';
import { retryFailedLoads } from '../../i18n/i18n';

interface Props {
  /** What to show when the catalog could not be loaded; `retry` renders the part again. */
  failed: (retry: () => void) => ReactNode;
  children: ReactNode;
}

/**
 * Around a part of a page that reads its catalog with `use`: a failed load
 * (offline, or a catalog gone after a deploy) shows a message with a retry
 * instead of the crash page; after a deploy, one reload picks up the new files.
 */
// A fetch that fails again within this time is the same failure, not a new one.
const RETRY_WINDOW_MS = 15_000;

export class CatalogErrorBoundary extends Component<Props, { error?: unknown; attempt: number }> {
  state: { error?: unknown; attempt: number } = { attempt: 0 };
  // When "Try again" was last pressed: a failure soon after is the retry failing again.
  private retriedAt = Number.NEGATIVE_INFINITY;

  static getDerivedStateFromError(error: unknown): { error: unknown } {
    return { error };
  }

  componentDidCatch(error: unknown): void {
    if (error instanceof CatalogLoadError && error.gone) recoverFromStaleChunk();
    else reloadIfRetryFailedAgain(error, Date.now() - this.retriedAt < RETRY_WINDOW_MS);
  }

  render() {
    // Any other error is a bug: the app's error boundary shows its recovery page.
    if (this.state.error && !(this.state.error instanceof CatalogLoadError)) throw this.state.error;
    if (this.state.error) return this.props.failed(() => {
        retryFailedLoads();
        this.retriedAt = Date.now();
        this.setState({ error: undefined, attempt: this.state.attempt + 1 });
      });
    return <Fragment key={this.state.attempt}>{this.props.children}</Fragment>;
  }
}
