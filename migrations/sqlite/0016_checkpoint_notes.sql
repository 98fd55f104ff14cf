-- Checkpoints as C2SP signed notes (tlog-checkpoint): the note text with
-- its signature line, beside the signature of the earlier format, which
-- keeps verifying.
ALTER TABLE log_checkpoints ADD COLUMN note TEXT;
