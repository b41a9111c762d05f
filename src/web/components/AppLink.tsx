import { Link as RouterLink, type LinkProps as RouterLinkProps } from 'react-router';

/** A link inside the app: NL Design System look, client-side navigation. */
export function AppLink({ className, ...props }: RouterLinkProps) {
  return <RouterLink className={['utrecht-link', 'utrecht-link--html-a', className].filter(Boolean).join(' ')} {...props} />;
}
