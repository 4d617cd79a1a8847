// What is late and what is about to be: the two lists a DPO reviews every morning.
import { useState } from 'react';
import { CaseTable } from '../cases/CaseTable';

export function OverdueScreen({ onOpen }: { onOpen(ref: string): void }) {
  const [overdueSelected, setOverdueSelected] = useState(0);
  const [soonSelected, setSoonSelected] = useState(0);
  const [overdueTotal, setOverdueTotal] = useState<number | null>(null);
  const [soonTotal, setSoonTotal] = useState<number | null>(null);
  return (
    <section className="screen screen-split" aria-labelledby="overdue-title">
      <header className="screen-head">
        <h1 id="overdue-title">Overdue</h1>
        <span className="count">{overdueTotal === null ? '' : `${overdueTotal.toLocaleString('en')} overdue`}</span>
      </header>
      <div className="split-part">
        <CaseTable
          query={{ overdue: true, sort: 'due' }}
          label="Overdue cases"
          emptyText="Nothing is overdue."
          onOpen={onOpen}
          selected={overdueSelected}
          onSelect={setOverdueSelected}
          onTotal={setOverdueTotal}
          autoFocus
        />
      </div>
      <header className="screen-subhead">
        <h2>Due within 7 days</h2>
        <span className="count">{soonTotal === null ? '' : soonTotal.toLocaleString('en')}</span>
      </header>
      <div className="split-part">
        <CaseTable
          query={{ dueWithinDays: 7, sort: 'due' }}
          label="Cases due within 7 days"
          emptyText="No case falls due in the next 7 days."
          onOpen={onOpen}
          selected={soonSelected}
          onSelect={setSoonSelected}
          onTotal={setSoonTotal}
        />
      </div>
    </section>
  );
}
