-- Schema version 2 → 3: the crew's finish checklist, and callbacks that can close a ticket.

-- A crew's confirmations of checklist items ("tested with the customer", "no parts used").
-- Append-only like every record of work done: a confirmation is never taken back.
CREATE TABLE ticket_checks (
    id TEXT PRIMARY KEY, ticket_id TEXT NOT NULL REFERENCES tickets(id), item TEXT NOT NULL,
    staff_id TEXT REFERENCES staff(id), at INTEGER NOT NULL, created_at INTEGER NOT NULL);
CREATE INDEX ticket_checks_ticket ON ticket_checks(ticket_id);
CREATE TRIGGER ticket_checks_no_update BEFORE UPDATE ON ticket_checks BEGIN SELECT RAISE(ABORT, 'append_only: ticket_checks'); END;
CREATE TRIGGER ticket_checks_no_delete BEFORE DELETE ON ticket_checks BEGIN SELECT RAISE(ABORT, 'append_only: ticket_checks'); END;

-- A ticket's callback may be to someone who is not a customer on file (an anonymous report with a
-- contact phone), so customer_id becomes optional; the verdict decides close or reopen, and the
-- outlet scopes the record for sync. SQLite cannot relax NOT NULL in place: rebuild the table.
CREATE TABLE callbacks_v3 (
    id TEXT PRIMARY KEY, customer_id TEXT REFERENCES customers(id),
    ticket_id TEXT REFERENCES tickets(id), complaint_id TEXT REFERENCES complaints(id),
    reason TEXT NOT NULL CHECK (reason IN ('ticket_completed', 'new_customer', 'lost_customer', 'abnormal_transaction', 'complaint', 'sampled')),
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'unreachable', 'cancelled')),
    due_at INTEGER NOT NULL, assigned_to TEXT REFERENCES staff(id), attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER, done_at INTEGER, method TEXT NOT NULL DEFAULT '' CHECK (method IN ('', 'phone', 'sms', 'visit', 'wechat')),
    satisfaction INTEGER CHECK (satisfaction BETWEEN 1 AND 5), suggestions TEXT NOT NULL DEFAULT '',
    qa_json TEXT NOT NULL DEFAULT '[]', routed_department TEXT NOT NULL DEFAULT '',
    verdict TEXT NOT NULL DEFAULT '' CHECK (verdict IN ('', 'satisfied', 'unsatisfied')),
    outlet_id TEXT REFERENCES outlets(id),
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, hlc TEXT NOT NULL DEFAULT '');
INSERT INTO callbacks_v3 (id, customer_id, ticket_id, complaint_id, reason, state, due_at, assigned_to, attempts,
                          next_attempt_at, done_at, method, satisfaction, suggestions, qa_json, routed_department,
                          created_at, updated_at, hlc)
    SELECT id, customer_id, ticket_id, complaint_id, reason, state, due_at, assigned_to, attempts,
           next_attempt_at, done_at, method, satisfaction, suggestions, qa_json, routed_department,
           created_at, updated_at, hlc FROM callbacks;
DROP TABLE callbacks;
ALTER TABLE callbacks_v3 RENAME TO callbacks;
CREATE INDEX callbacks_queue ON callbacks(assigned_to, state, due_at);
CREATE INDEX callbacks_ticket ON callbacks(ticket_id) WHERE ticket_id IS NOT NULL;

-- The callback whose verdict closed or reopened the ticket: the server checks it exists.
ALTER TABLE tickets ADD COLUMN callback_id TEXT REFERENCES callbacks(id);

-- Attachment files this device still has to upload to the server (/v1/blobs), once their
-- records are pushed: device-local bookkeeping like the outbox, never synced.
CREATE TABLE attachment_uploads (sha256 TEXT PRIMARY KEY, size_bytes INTEGER NOT NULL, created_at INTEGER NOT NULL);

-- A crew's open work in the order the tablet lists it (no step timer last, then by due time,
-- then by row): the index gives that order itself, so the first page reads 50 rows instead of
-- sorting every open ticket of the crew (tests/bench/bench_tickets: cold p95 110 ms → 19 ms).
DROP INDEX tickets_crew_open;
CREATE INDEX tickets_crew_open ON tickets(crew_id, due_at IS NULL, due_at)
    WHERE state IN ('dispatched', 'delivered', 'accepted', 'departed', 'arrived');
