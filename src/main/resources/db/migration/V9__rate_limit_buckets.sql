-- Rate-limit token buckets shared by every instance of the service (Bucket4j's PostgreSQL backend,
-- SELECT … FOR UPDATE per bucket): N instances behind a proxy grant a client the limit once, not N
-- times. One row per client; expires_at lets expired buckets be removed in batches.
CREATE TABLE rate_limit_bucket (
    id         text PRIMARY KEY,
    state      bytea,
    expires_at bigint
);
CREATE INDEX rate_limit_bucket_expires_idx ON rate_limit_bucket (expires_at);
