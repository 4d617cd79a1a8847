// Placeholder until letters land: says what will appear here.
export function LettersScreen() {
  return (
    <section className="screen" aria-labelledby="letters-title">
      <header className="screen-head">
        <h1 id="letters-title">Letters</h1>
      </header>
      <div className="placeholder">
        <p className="placeholder-lead">Letters drafted from cases appear here: acknowledgements, extension notices, responses and refusals.</p>
        <p className="muted">
          Each letter will be rendered from a template in the requester's language, saved as PDF, Word or email, and filed into its case with
          a fingerprint in the audit log.
        </p>
      </div>
    </section>
  );
}
