-- Notices in every language of the portal. `lang` keeps its CHECK (sv, en)
-- for the versions still running during a roll-out; `notice_lang` holds the
-- patient's choice among all seven. A later migration drops `lang`.
ALTER TABLE patients ADD COLUMN notice_lang TEXT
    CHECK (notice_lang IN ('sv', 'lattlast', 'en', 'fi', 'ar', 'so', 'fa'));
UPDATE patients SET notice_lang = lang;
