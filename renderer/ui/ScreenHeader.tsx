import type { ReactNode } from 'react';

/** A workflow screen's title and one-line lead, with its tabs or toolbar (`children`) on the right. */
export function ScreenHeader({ title, lead, className, children }: { title: string; lead: ReactNode; className?: string; children?: ReactNode }) {
  return (
    <header className={className ? `screen-header ${className}` : 'screen-header'}>
      <div>
        <h1>{title}</h1>
        <p className="screen-lead">{lead}</p>
      </div>
      {children}
    </header>
  );
}
