import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After a route change: move focus to the page's h1 and announce the new page in a live region.
 * Returns the ref for that live region. The first page load keeps the browser's own focus.
 */
export function useRouteFocus() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  const liveRegion = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const heading = document.querySelector<HTMLElement>('main h1');
    const main = document.getElementById('main');
    (heading ?? main)?.focus();
    const text = heading?.textContent ?? document.title;
    const timer = window.setTimeout(() => {
      if (liveRegion.current) liveRegion.current.textContent = text;
    }, 100);
    return () => window.clearTimeout(timer);
  }, [pathname]);

  return liveRegion;
}
