import { Heading } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';

/** A section heading that takes focus when it appears, so keyboard and screen-reader users land on the form they opened. */
export function FocusHeading({ id, children }: { id: string; children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <Heading level={2} id={id} ref={ref} tabIndex={-1}>
      {children}
    </Heading>
  );
}
