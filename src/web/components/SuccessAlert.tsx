import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';

/** A green confirmation. With `focus` it takes focus, e.g. after a form is sent. */
export function SuccessAlert({ children, focus = false }: { children: string; focus?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus, children]);
  return (
    <div ref={ref} tabIndex={-1} className="samenspel-focus-target">
      <Alert type="ok">
        <Paragraph>{children}</Paragraph>
      </Alert>
    </div>
  );
}
