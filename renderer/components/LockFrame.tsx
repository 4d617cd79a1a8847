// The frame around the screens shown while the workspace is locked: no case data is ever inside it.
import type { ReactNode } from 'react';

export function LockFrame({ title, children, wide }: { title: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className="lock-page">
      <main className={`lock-card${wide ? ' lock-card-wide' : ''}`} aria-labelledby="lock-title">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">D</span>
          <span>
            <span className="brand-name">DPO Desk</span>
            <span className="brand-sub">Encrypted case workspace</span>
          </span>
        </div>
        <h1 id="lock-title">{title}</h1>
        {children}
      </main>
    </div>
  );
}
