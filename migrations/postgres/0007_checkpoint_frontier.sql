-- The Merkle tree's frontier at each checkpoint (the roots of its perfect
-- subtrees, largest first, 64 hex digits each): a starting checkpointer
-- goes on from the latest checkpoint signed by its key instead of hashing
-- the whole log again. Checkpoints from before this column have none.
ALTER TABLE log_checkpoints ADD COLUMN frontier TEXT;
