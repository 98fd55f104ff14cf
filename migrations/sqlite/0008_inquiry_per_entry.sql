-- An access inquiry is open once per log entry, not once per register: its
-- open key gains the entry's number. Inquiries whose details were erased
-- keep the key they have.
UPDATE requests
SET open_key = open_key || ':' || json_extract(details, '$.entry')
WHERE kind = 'access_inquiry'
  AND open_key IS NOT NULL
  AND json_extract(details, '$.entry') IS NOT NULL;
