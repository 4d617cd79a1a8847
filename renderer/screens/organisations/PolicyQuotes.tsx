// Where the organisation's promises and erasure exceptions come from: the policy's own words, read-only.
import type { OrganisationProfile } from '../../../shared/organisations/profile';

export function ErasureExceptions({ profile }: { profile: OrganisationProfile }) {
  if (profile.erasureExceptions.length === 0) return <p className="muted empty-inline">The policy names no exception to erasure.</p>;
  return (
    <ul className="quote-list">
      {profile.erasureExceptions.map((x) => (
        <li key={x.id}>
          <div className="quote-head">
            <strong>{x.summary}</strong>
            <span className={`badge ${x.gdprArt17_3 ? 'badge-ready' : 'badge-unmet'}`}>{x.gdprArt17_3 ? `Art. 17(3)(${x.gdprArt17_3})` : 'Not an Art. 17(3) ground'}</span>
          </div>
          <blockquote>
            “{x.source.quote}” <cite>{x.source.section}</cite>
          </blockquote>
          <p className="quote-note">{x.analysis}</p>
        </li>
      ))}
    </ul>
  );
}

export function PolicyHeader({ profile }: { profile: OrganisationProfile }) {
  return (
    <p className="muted small policy-line">
      From “{profile.policy.title}”{profile.policy.effectiveDate ? `, effective ${profile.policy.effectiveDate}` : ''}
      {profile.policy.url ? ` · ${profile.policy.url}` : ''}
    </p>
  );
}
