import type { ReactNode, SyntheticEvent } from "react";

/** A handler that stops the browser's own action (a form post, a page load) and runs `action`. */
export function instead(action: () => unknown): (e: SyntheticEvent) => void {
  return (e) => {
    e.preventDefault();
    action();
  };
}

/** An error message, announced to screen readers; nothing when `children` is empty. */
export function Alert({ children, testId }: { children: ReactNode; testId?: string }) {
  if (children === null || children === undefined || children === false) return null;
  return (
    <p className="error" role="alert" data-testid={testId}>
      {children}
    </p>
  );
}
