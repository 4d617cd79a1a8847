// Placeholder until triage lands: says what will appear here.
export function InboxScreen() {
  return (
    <section className="screen" aria-labelledby="inbox-title">
      <header className="screen-head">
        <h1 id="inbox-title">Inbox</h1>
      </header>
      <div className="placeholder">
        <p className="placeholder-lead">Messages imported from the privacy mailbox wait here for triage.</p>
        <p className="muted">
          Each message will show its suggested request type, regime and language, and whether it continues an existing case. From here you
          will open a new case, attach the message to a case, or set it aside as not a privacy matter.
        </p>
      </div>
    </section>
  );
}
