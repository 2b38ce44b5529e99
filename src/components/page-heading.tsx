import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';

export interface NavigationState {
  /** Set by the language switcher: the reader is on the select, leave focus there. */
  keepFocus?: boolean;
}

/**
 * The page's only h1. After an in-app navigation focus moves to it, so screen
 * reader and keyboard users start at the new task, as on a page load.
 */
export function PageHeading({ children, caption }: { children: ReactNode; caption?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const location = useLocation();
  useEffect(() => {
    const state = location.state as NavigationState | null;
    // "default" is the key of the first location: a page load, where the browser owns focus.
    if (location.key !== 'default' && !state?.keepFocus) ref.current?.focus();
  }, [location.key, location.state]);
  return (
    <div className="page-heading">
      {caption ? <p className="page-heading__caption">{caption}</p> : null}
      <h1 ref={ref} tabIndex={-1}>
        {children}
      </h1>
    </div>
  );
}
