-- An access inquiry is open once per log entry, not once per register: its
-- open key gains the entry's number. Inquiries whose details were erased
-- keep the key they have.
UPDATE requests
SET open_key = open_key || ':' || (details::jsonb ->> 'entry')
WHERE kind = 'access_inquiry'
  AND open_key IS NOT NULL
  AND (details::jsonb ->> 'entry') IS NOT NULL;
