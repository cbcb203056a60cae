-- Issue 17: a resident without DigiD answers the questionnaire with the code printed in the decision letter. The
-- invitation after a decision keeps a keyed hash of that code (HMAC under a key only the application holds), never the
-- code itself. Not unique: a code has 40 bits, so over many years two decisions may share one; only open invitations
-- are looked up, and two of those sharing a code are as unlikely as a guess (docs/waardering.md).
alter table waardering.uitnodiging add column code_hash bytea;
create index uitnodiging_code on waardering.uitnodiging (code_hash) where code_hash is not null and not beantwoord;

-- Codes that did not work, per client address group (a keyed hash of it, never the address) and moment, to limit
-- guessing (waardering.Codetoegang). Rows older than the window go at the next attempt.
create table waardering.codepoging (
    adres_hash bytea not null,
    op timestamptz not null
);
create index codepoging_adres_op on waardering.codepoging (adres_hash, op);
create index codepoging_op on waardering.codepoging (op);
