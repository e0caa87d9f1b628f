import { Link, NavLink, type LinkProps, type NavLinkProps } from 'react-router';

function classes(...names: Array<string | undefined | false>): string {
  return names.filter(Boolean).join(' ');
}

/** A router link that looks like an NL Design System link. */
export function AppLink({ className, ...props }: LinkProps) {
  return <Link className={classes('utrecht-link', 'utrecht-link--html-a', className)} {...props} />;
}

/** A router link styled as a button, for navigation that reads as an action ("New project"). */
export function AppButtonLink({
  className,
  appearance = 'secondary',
  ...props
}: LinkProps & { appearance?: 'primary' | 'secondary' }) {
  return (
    <Link
      className={classes(
        'utrecht-button-link',
        'utrecht-button-link--html-a',
        `utrecht-button-link--${appearance}-action`,
        className,
      )}
      {...props}
    />
  );
}

/** A navigation-list link; react-router marks the current page with `aria-current="page"`. */
export function AppNavLink({ className, ...props }: NavLinkProps & { className?: string }) {
  return (
    <NavLink
      className={classes(
        'utrecht-link',
        'utrecht-link--html-a',
        'utrecht-nav-list__link',
        className,
      )}
      {...props}
    />
  );
}
