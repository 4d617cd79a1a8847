// The README.txt inside an evidence bundle: what each file is and how to check the bundle without
// DPO Desk, for a regulator or a court.
export const BUNDLE_README = (ref: string) => `Evidence bundle for case ${ref}, exported by DPO Desk
======================================================================

What is in this folder
----------------------
case.json        The case as recorded: request types, regimes, dates, status, outcome, notes,
                 clock events, escalation steps and the case history.
messages/NNN.eml Every message of the case exactly as received (or sent), byte for byte.
messages.json    For each .eml: direction, Message-ID, when it arrived, and the SHA-256 recorded
                 when it was first stored.
attachments/     Attachments stored separately from the messages, if any (attachments.json lists them).
letters/         Every letter as it was sent or exported (PDF, DOCX or e-mail), byte for byte.
letters.json     When, how and to whom each was sent, the SHA-256 recorded at that moment, and the
                 text of every letter version.
deadlines.json   Every deadline with the trace of how it was computed (rule, article, calendar days,
                 holidays, pauses and extensions), and the clock events and escalation steps.
audit.json       The case's audit events, and the proof that they belong to the workspace's log.
manifest.json    The SHA-256 and size of every other file.

How to check it
---------------
1. Files: for each entry in manifest.json, the SHA-256 of the file (for example with
   "sha256sum messages/001.eml") must equal the "sha256" given. A file not listed, or a listed
   file that is missing, means the bundle was changed.
2. Each audit event: its "hash" is the SHA-256 (hex) of the UTF-8 JSON array
   [seq, at, actor, action, entity, entity_id, data_json, prev_hash]
   written without spaces (JavaScript's JSON.stringify). Recompute it for every event in "events".
3. The chain: "links" lists seq, prev_hash and hash of every event of the whole log from the case's
   first event to the newest one ("head"). Each link's prev_hash must equal the hash of the link
   before it; the case's events must appear among the links with the same hashes; the last link
   must be the head. Events of other cases appear only as hashes, so no one else's data is disclosed.
4. "wholeLog" records that DPO Desk verified the complete log, from its first event, at export time.

"dpo verify-export FILE.zip" performs all of these checks.
`;
