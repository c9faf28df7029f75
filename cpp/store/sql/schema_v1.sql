-- FieldDesk local store, schema version 1.
-- Conventions: every synced row has a UUIDv7 text id made on the device, created_at/updated_at in
-- UTC milliseconds and the HLC of its last change. Money is integer fen. Append-only tables carry
-- triggers that refuse UPDATE and DELETE: corrections are new rows.

-- Organisation ----------------------------------------------------------------------------------
CREATE TABLE outlets (
    id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
    province TEXT NOT NULL DEFAULT '', address TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, hlc TEXT NOT NULL DEFAULT '');

CREATE TABLE staff (
    id TEXT PRIMARY KEY, staff_no TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
    outlet_id TEXT NOT NULL REFERENCES outlets(id), phone TEXT NOT NULL DEFAULT '',
    department TEXT NOT NULL DEFAULT '', active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    pin_salt TEXT NOT NULL, pin_hash TEXT NOT NULL, pin_iterations INTEGER NOT NULL CHECK (pin_iterations > 0),
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, hlc TEXT NOT NULL DEFAULT '');

CREATE TABLE staff_roles (
    id TEXT PRIMARY KEY, staff_id TEXT NOT NULL REFERENCES staff(id),
    role TEXT NOT NULL CHECK (role IN ('crew', 'counter', 'finance', 'supervisor', 'admin')),
    granted INTEGER NOT NULL DEFAULT 1 CHECK (granted IN (0, 1)),
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, hlc TEXT NOT NULL DEFAULT '',
    UNIQUE (staff_id, role));

CREATE TABLE devices (
    id TEXT PRIMARY KEY, device_code TEXT NOT NULL, outlet_id TEXT NOT NULL REFERENCES outlets(id),
    mode TEXT NOT NULL CHECK (mode IN ('tablet', 'counter', 'kiosk')), name TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, hlc TEXT NOT NULL DEFAULT '',
    UNIQUE (outlet_id, device_code));

CREATE TABLE crews (
    id TEXT PRIMARY KEY, outlet_id TEXT NOT NULL REFERENCES outlets(id), name TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'standby' CHECK (status IN ('standby', 'busy', 'away', 'off')),
    status_note TEXT NOT NULL DEFAULT '', away_until INTEGER, vehicle_plate TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, hlc TEXT NOT NULL DEFAULT '');

CREATE TABLE crew_members (
    id TEXT PRIMARY KEY, crew_id TEXT NOT NULL REFERENCES crews(id), staff_id TEXT NOT NULL REFERENCES staff(id),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, hlc TEXT NOT NULL DEFAULT '',
    UNIQUE (crew_id, staff_id));
CREATE INDEX crew_members_staff ON crew_members(staff_id);

-- Customers -------------------------------------------------------------------------------------
-- The five groups of a customer record: basic data, needs, contact log (own table), feedback
-- ratings (own table) and tracking.
CREATE TABLE customers (
    local_no INTEGER PRIMARY KEY, -- stable local row number (VACUUM keeps it); the search index refers to it
    id TEXT NOT NULL UNIQUE, customer_no TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('individual', 'corporate')),
    name TEXT NOT NULL, id_number TEXT NOT NULL DEFAULT '', credit_code TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '', address TEXT NOT NULL DEFAULT '',
    gender TEXT NOT NULL DEFAULT '' CHECK (gender IN ('', 'male', 'female')), birthday TEXT NOT NULL DEFAULT '',
    agent_name TEXT NOT NULL DEFAULT '', agent_id_number TEXT NOT NULL DEFAULT '',
    needs TEXT NOT NULL DEFAULT '',
    preferred_channel TEXT NOT NULL DEFAULT 'phone'
        CHECK (preferred_channel IN ('phone', 'sms', 'wechat', 'email', 'visit', 'counter')),
    segment TEXT NOT NULL DEFAULT '', grade TEXT NOT NULL DEFAULT 'C' CHECK (grade IN ('A', 'B', 'C', 'D')),
    key_account INTEGER NOT NULL DEFAULT 0 CHECK (key_account IN (0, 1)),
    account_manager_id TEXT REFERENCES staff(id),
    tracking_status TEXT NOT NULL DEFAULT 'active' CHECK (tracking_status IN ('new', 'active', 'at_risk', 'lost')),
    next_follow_up_at INTEGER, outlet_id TEXT REFERENCES outlets(id), note TEXT NOT NULL DEFAULT '',
    merged_into TEXT REFERENCES customers(id),
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, hlc TEXT NOT NULL DEFAULT '');
CREATE INDEX customers_phone ON customers(phone);

CREATE TABLE contact_log (
    id TEXT PRIMARY KEY, customer_id TEXT NOT NULL REFERENCES customers(id), at INTEGER NOT NULL,
    channel TEXT NOT NULL CHECK (channel IN ('counter', 'kiosk', 'phone', 'online', 'field', 'visit', 'sms', 'wechat')),
    place TEXT NOT NULL DEFAULT '', content TEXT NOT NULL, reply TEXT NOT NULL DEFAULT '',
    staff_id TEXT REFERENCES staff(id), ref_kind TEXT NOT NULL DEFAULT '', ref_id TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL);
CREATE INDEX contact_log_customer ON contact_log(customer_id, at);

CREATE TABLE customer_feedback (
    id TEXT PRIMARY KEY, customer_id TEXT NOT NULL REFERENCES customers(id), at INTEGER NOT NULL,
    channel TEXT NOT NULL DEFAULT '', rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment TEXT NOT NULL DEFAULT '', ref_kind TEXT NOT NULL DEFAULT '', ref_id TEXT NOT NULL DEFAULT '',
    staff_id TEXT REFERENCES staff(id), created_at INTEGER NOT NULL);
CREATE INDEX customer_feedback_customer ON customer_feedback(customer_id, at);

CREATE TABLE vehicles (
    id TEXT PRIMARY KEY, customer_id TEXT NOT NULL REFERENCES customers(id), plate TEXT NOT NULL,
    plate_colour TEXT NOT NULL CHECK (plate_colour IN ('blue', 'yellow', 'green', 'yellow_green', 'white', 'black')),
    vehicle_class TEXT NOT NULL DEFAULT '', licence_no TEXT NOT NULL DEFAULT '', vin TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, hlc TEXT NOT NULL DEFAULT '',
    UNIQUE (plate, plate_colour));
CREATE INDEX vehicles_customer ON vehicles(customer_id);

-- ETC accounts, cards, OBUs, ledger, status list -------------------------------------------------
CREATE TABLE etc_accounts (
    id TEXT PRIMARY KEY, account_no TEXT NOT NULL UNIQUE, customer_id TEXT NOT NULL REFERENCES customers(id),
    kind TEXT NOT NULL CHECK (kind IN ('stored_value', 'debit')),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'frozen', 'closed')),
    balance_fen INTEGER NOT NULL DEFAULT 0, outlet_id TEXT REFERENCES outlets(id),
    opened_at INTEGER NOT NULL, closed_at INTEGER,
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, hlc TEXT NOT NULL DEFAULT '');
CREATE INDEX etc_accounts_customer ON etc_accounts(customer_id);

CREATE TABLE cards (
    id TEXT PRIMARY KEY, card_no TEXT NOT NULL UNIQUE, account_id TEXT NOT NULL REFERENCES etc_accounts(id),
    vehicle_id TEXT REFERENCES vehicles(id), card_type TEXT NOT NULL CHECK (card_type IN ('stored_value', 'debit')),
    status TEXT NOT NULL DEFAULT 'normal' CHECK (status IN ('normal', 'lost', 'suspended', 'cancelled')),
    loss_reported_at INTEGER, chip_balance_fen INTEGER NOT NULL DEFAULT 0, txn_counter INTEGER NOT NULL DEFAULT 0,
    valid_from TEXT NOT NULL, valid_to TEXT NOT NULL, issued_at INTEGER NOT NULL, replaced_by TEXT REFERENCES cards(id),
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, hlc TEXT NOT NULL DEFAULT '');
CREATE INDEX cards_account ON cards(account_id);

CREATE TABLE obus (
    id TEXT PRIMARY KEY, obu_no TEXT NOT NULL UNIQUE, account_id TEXT NOT NULL REFERENCES etc_accounts(id),
    vehicle_id TEXT REFERENCES vehicles(id),
    status TEXT NOT NULL DEFAULT 'inactive' CHECK (status IN ('inactive', 'active', 'tampered', 'lost', 'suspended', 'cancelled')),
    activated_at INTEGER, valid_from TEXT NOT NULL, valid_to TEXT NOT NULL,
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, hlc TEXT NOT NULL DEFAULT '');
CREATE INDEX obus_account ON obus(account_id);

CREATE TABLE ledger_entries (
    id TEXT PRIMARY KEY, account_id TEXT NOT NULL REFERENCES etc_accounts(id), card_id TEXT REFERENCES cards(id),
    kind TEXT NOT NULL CHECK (kind IN ('load', 'spend', 'refund', 'transfer_in', 'allocation', 'fee', 'adjustment', 'balance_move')),
    amount_fen INTEGER NOT NULL, balance_after_fen INTEGER NOT NULL, at INTEGER NOT NULL,
    staff_id TEXT REFERENCES staff(id), ref TEXT NOT NULL DEFAULT '', created_at INTEGER NOT NULL);
CREATE INDEX ledger_entries_account ON ledger_entries(account_id, at);

CREATE TABLE status_list (
    id TEXT PRIMARY KEY, list_version INTEGER NOT NULL, media_kind TEXT NOT NULL CHECK (media_kind IN ('card', 'obu')),
    media_no TEXT NOT NULL, action TEXT NOT NULL CHECK (action IN ('add', 'remove')),
    reason TEXT NOT NULL CHECK (reason IN ('lost', 'suspended', 'cancelled_without_card', 'balance_too_low', 'overdrawn', 'vehicle_mismatch')),
    at INTEGER NOT NULL, created_at INTEGER NOT NULL);
CREATE INDEX status_list_media ON status_list(media_no, list_version);

CREATE TABLE status_list_versions (
    version INTEGER PRIMARY KEY, published_at INTEGER NOT NULL, received_at INTEGER NOT NULL, entry_count INTEGER NOT NULL);

CREATE TABLE corporate_fund_arrivals (
    id TEXT PRIMARY KEY, account_id TEXT NOT NULL REFERENCES etc_accounts(id), amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
    bank_ref TEXT NOT NULL, arrived_at INTEGER NOT NULL, recorded_by TEXT NOT NULL REFERENCES staff(id),
    allocated_fen INTEGER NOT NULL DEFAULT 0 CHECK (allocated_fen >= 0 AND allocated_fen <= amount_fen),
    status TEXT NOT NULL DEFAULT 'recorded' CHECK (status IN ('recorded', 'partly_allocated', 'allocated')),
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, hlc TEXT NOT NULL DEFAULT '');

CREATE TABLE fund_allocations (
    id TEXT PRIMARY KEY, arrival_id TEXT NOT NULL REFERENCES corporate_fund_arrivals(id),
    card_id TEXT NOT NULL REFERENCES cards(id), amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
    allocated_by TEXT NOT NULL REFERENCES staff(id), at INTEGER NOT NULL, created_at INTEGER NOT NULL);

CREATE TABLE price_items (
    id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL, amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
    discount_bp INTEGER NOT NULL DEFAULT 0 CHECK (discount_bp BETWEEN 0 AND 10000), valid_from INTEGER, valid_to INTEGER,
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, hlc TEXT NOT NULL DEFAULT '');

-- Work orders -----------------------------------------------------------------------------------
CREATE TABLE tickets (
    local_no INTEGER PRIMARY KEY, -- stable local row number (VACUUM keeps it); the search index refers to it
    id TEXT NOT NULL UNIQUE, ticket_no TEXT NOT NULL UNIQUE, customer_id TEXT REFERENCES customers(id),
    outlet_id TEXT NOT NULL REFERENCES outlets(id), crew_id TEXT REFERENCES crews(id),
    channel TEXT NOT NULL CHECK (channel IN ('counter', 'kiosk', 'phone', 'online', 'field')),
    category TEXT NOT NULL DEFAULT '', title TEXT NOT NULL, description TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '', contact_name TEXT NOT NULL DEFAULT '', contact_phone TEXT NOT NULL DEFAULT '',
    urgency INTEGER NOT NULL DEFAULT 2 CHECK (urgency BETWEEN 1 AND 3), impact INTEGER NOT NULL DEFAULT 2 CHECK (impact BETWEEN 1 AND 3),
    priority INTEGER NOT NULL DEFAULT 3 CHECK (priority BETWEEN 1 AND 5),
    state TEXT NOT NULL CHECK (state IN ('reported', 'sent', 'received', 'dispatched', 'delivered', 'accepted', 'departed',
                                         'arrived', 'finished', 'closed', 'returned', 'reopened', 'cancelled')),
    state_at INTEGER NOT NULL, due_at INTEGER, reported_at INTEGER NOT NULL,
    card_id TEXT REFERENCES cards(id), obu_id TEXT REFERENCES obus(id), vehicle_id TEXT REFERENCES vehicles(id),
    created_by TEXT REFERENCES staff(id),
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, hlc TEXT NOT NULL DEFAULT '');
-- A crew's open work, by due time: a crew keeps every ticket it ever had, and the tablet's list
-- must not read them all to find the few that are still open.
CREATE INDEX tickets_crew_open ON tickets(crew_id, due_at)
    WHERE state IN ('dispatched', 'delivered', 'accepted', 'departed', 'arrived');
CREATE INDEX tickets_state_due ON tickets(state, due_at);
CREATE INDEX tickets_due ON tickets(due_at) WHERE due_at IS NOT NULL;
CREATE INDEX tickets_customer ON tickets(customer_id, reported_at);

CREATE TABLE ticket_events (
    id TEXT PRIMARY KEY, ticket_id TEXT NOT NULL REFERENCES tickets(id),
    kind TEXT NOT NULL CHECK (kind IN ('transition', 'note', 'chase', 'alert')),
    event TEXT NOT NULL DEFAULT '', from_state TEXT NOT NULL DEFAULT '', to_state TEXT NOT NULL DEFAULT '',
    at INTEGER NOT NULL, staff_id TEXT REFERENCES staff(id), device_id TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '', created_at INTEGER NOT NULL);
CREATE INDEX ticket_events_ticket ON ticket_events(ticket_id, at);

CREATE TABLE fault_records (
    id TEXT PRIMARY KEY, ticket_id TEXT NOT NULL REFERENCES tickets(id),
    cause_category TEXT NOT NULL, cause_subcategory TEXT NOT NULL DEFAULT '',
    ownership TEXT NOT NULL CHECK (ownership IN ('customer', 'company', 'third_party', 'unknown')),
    genuine INTEGER NOT NULL CHECK (genuine IN (0, 1)), work_done TEXT NOT NULL DEFAULT '',
    recorded_by TEXT REFERENCES staff(id), at INTEGER NOT NULL, created_at INTEGER NOT NULL);
CREATE INDEX fault_records_ticket ON fault_records(ticket_id, at);

CREATE TABLE ticket_parts (
    id TEXT PRIMARY KEY, ticket_id TEXT NOT NULL REFERENCES tickets(id), part_code TEXT NOT NULL,
    part_name TEXT NOT NULL, quantity INTEGER NOT NULL CHECK (quantity > 0),
    staff_id TEXT REFERENCES staff(id), at INTEGER NOT NULL, created_at INTEGER NOT NULL);
CREATE INDEX ticket_parts_ticket ON ticket_parts(ticket_id);

CREATE TABLE attachments (
    id TEXT PRIMARY KEY, owner_kind TEXT NOT NULL, owner_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('photo', 'signature', 'receipt', 'document')),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64), mime TEXT NOT NULL, size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),
    file_name TEXT NOT NULL DEFAULT '', staff_id TEXT REFERENCES staff(id), at INTEGER NOT NULL, created_at INTEGER NOT NULL);
CREATE INDEX attachments_owner ON attachments(owner_kind, owner_id);

CREATE TABLE outage_notices (
    id TEXT PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('power', 'service', 'system', 'road')),
    scope TEXT NOT NULL, title TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '',
    starts_at INTEGER NOT NULL, expected_end_at INTEGER,
    state TEXT NOT NULL DEFAULT 'planned' CHECK (state IN ('planned', 'active', 'ended')),
    outlet_id TEXT REFERENCES outlets(id),
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, hlc TEXT NOT NULL DEFAULT '');

CREATE TABLE outage_updates (
    id TEXT PRIMARY KEY, notice_id TEXT NOT NULL REFERENCES outage_notices(id), at INTEGER NOT NULL,
    text TEXT NOT NULL, staff_id TEXT REFERENCES staff(id), created_at INTEGER NOT NULL);

-- Complaints ------------------------------------------------------------------------------------
CREATE TABLE complaints (
    id TEXT PRIMARY KEY, complaint_no TEXT NOT NULL UNIQUE, customer_id TEXT REFERENCES customers(id),
    complainant_name TEXT NOT NULL, complainant_phone TEXT NOT NULL DEFAULT '',
    channel TEXT NOT NULL CHECK (channel IN ('counter', 'kiosk', 'phone', 'online', 'field')),
    category TEXT NOT NULL CHECK (category IN ('product_quality', 'service', 'price', 'false_advertising', 'other')),
    level TEXT NOT NULL DEFAULT 'complaint' CHECK (level IN ('complaint', 'escalated', 'appeal')),
    emergency INTEGER NOT NULL DEFAULT 0 CHECK (emergency IN (0, 1)), content TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'registered'
        CHECK (state IN ('registered', 'dispatched', 'handling', 'replied', 'closed', 'reopened', 'archived')),
    owner_staff_id TEXT REFERENCES staff(id), department TEXT NOT NULL DEFAULT '', due_at INTEGER,
    reply TEXT NOT NULL DEFAULT '', verdict TEXT NOT NULL DEFAULT '' CHECK (verdict IN ('', 'satisfied', 'unsatisfied')),
    card_id TEXT REFERENCES cards(id), obu_id TEXT REFERENCES obus(id), ticket_id TEXT REFERENCES tickets(id),
    outlet_id TEXT REFERENCES outlets(id), received_at INTEGER NOT NULL,
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, hlc TEXT NOT NULL DEFAULT '');
CREATE INDEX complaints_customer ON complaints(customer_id, received_at);
CREATE INDEX complaints_state_due ON complaints(state, due_at);

CREATE TABLE complaint_events (
    id TEXT PRIMARY KEY, complaint_id TEXT NOT NULL REFERENCES complaints(id),
    kind TEXT NOT NULL, from_state TEXT NOT NULL DEFAULT '', to_state TEXT NOT NULL DEFAULT '',
    at INTEGER NOT NULL, staff_id TEXT REFERENCES staff(id), note TEXT NOT NULL DEFAULT '', created_at INTEGER NOT NULL);
CREATE INDEX complaint_events_complaint ON complaint_events(complaint_id, at);

-- Callbacks, visits, surveys --------------------------------------------------------------------
CREATE TABLE callbacks (
    id TEXT PRIMARY KEY, customer_id TEXT NOT NULL REFERENCES customers(id),
    ticket_id TEXT REFERENCES tickets(id), complaint_id TEXT REFERENCES complaints(id),
    reason TEXT NOT NULL CHECK (reason IN ('ticket_completed', 'new_customer', 'lost_customer', 'abnormal_transaction', 'complaint', 'sampled')),
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'unreachable', 'cancelled')),
    due_at INTEGER NOT NULL, assigned_to TEXT REFERENCES staff(id), attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER, done_at INTEGER, method TEXT NOT NULL DEFAULT '' CHECK (method IN ('', 'phone', 'sms', 'visit', 'wechat')),
    satisfaction INTEGER CHECK (satisfaction BETWEEN 1 AND 5), suggestions TEXT NOT NULL DEFAULT '',
    qa_json TEXT NOT NULL DEFAULT '[]', routed_department TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, hlc TEXT NOT NULL DEFAULT '');
CREATE INDEX callbacks_queue ON callbacks(assigned_to, state, due_at);

CREATE TABLE visits (
    id TEXT PRIMARY KEY, customer_id TEXT NOT NULL REFERENCES customers(id), staff_id TEXT REFERENCES staff(id),
    planned_at INTEGER NOT NULL, state TEXT NOT NULL DEFAULT 'planned' CHECK (state IN ('planned', 'done', 'missed', 'cancelled')),
    visited_at INTEGER, purpose TEXT NOT NULL DEFAULT '', form_json TEXT NOT NULL DEFAULT '{}',
    needs TEXT NOT NULL DEFAULT '', follow_up TEXT NOT NULL DEFAULT '', next_visit_at INTEGER,
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, hlc TEXT NOT NULL DEFAULT '');
CREATE INDEX visits_staff ON visits(staff_id, planned_at);
CREATE INDEX visits_customer ON visits(customer_id, planned_at);

CREATE TABLE questionnaires (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('quick', 'custom', 'servqual')),
    state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'active', 'closed')),
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, hlc TEXT NOT NULL DEFAULT '');

CREATE TABLE survey_questions (
    id TEXT PRIMARY KEY, questionnaire_id TEXT NOT NULL REFERENCES questionnaires(id), ord INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('single', 'multiple', 'yes_no', 'open', 'rating', 'servqual')),
    text TEXT NOT NULL, options_json TEXT NOT NULL DEFAULT '[]',
    dimension TEXT NOT NULL DEFAULT '' CHECK (dimension IN ('', 'tangibles', 'reliability', 'responsiveness', 'assurance', 'empathy')),
    required INTEGER NOT NULL DEFAULT 1 CHECK (required IN (0, 1)),
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, hlc TEXT NOT NULL DEFAULT '');

CREATE TABLE survey_campaigns (
    id TEXT PRIMARY KEY, questionnaire_id TEXT NOT NULL REFERENCES questionnaires(id), name TEXT NOT NULL,
    target_json TEXT NOT NULL DEFAULT '{}', starts_at INTEGER NOT NULL, ends_at INTEGER,
    state TEXT NOT NULL DEFAULT 'planned' CHECK (state IN ('planned', 'running', 'finished')),
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, hlc TEXT NOT NULL DEFAULT '');

CREATE TABLE survey_responses (
    id TEXT PRIMARY KEY, questionnaire_id TEXT NOT NULL REFERENCES questionnaires(id),
    campaign_id TEXT REFERENCES survey_campaigns(id), customer_id TEXT REFERENCES customers(id),
    channel TEXT NOT NULL DEFAULT '', ref_kind TEXT NOT NULL DEFAULT '', ref_id TEXT NOT NULL DEFAULT '',
    at INTEGER NOT NULL, created_at INTEGER NOT NULL);

CREATE TABLE survey_answers (
    id TEXT PRIMARY KEY, response_id TEXT NOT NULL REFERENCES survey_responses(id),
    question_id TEXT NOT NULL REFERENCES survey_questions(id), value_text TEXT NOT NULL DEFAULT '',
    value_int INTEGER, expectation INTEGER CHECK (expectation BETWEEN 1 AND 7),
    perception INTEGER CHECK (perception BETWEEN 1 AND 7), created_at INTEGER NOT NULL);

-- Audit -----------------------------------------------------------------------------------------
CREATE TABLE audit_log (
    id TEXT PRIMARY KEY, at INTEGER NOT NULL, staff_id TEXT NOT NULL DEFAULT '', device_id TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL, entity_kind TEXT NOT NULL DEFAULT '', entity_id TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '', created_at INTEGER NOT NULL);
CREATE INDEX audit_log_at ON audit_log(at);

-- Sync machinery (local to this device, not synced as entities) ----------------------------------
CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, op_id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,
    entity_kind TEXT NOT NULL, entity_id TEXT NOT NULL, payload TEXT NOT NULL, hlc TEXT NOT NULL,
    priority INTEGER NOT NULL, staff_id TEXT NOT NULL DEFAULT '', created_at INTEGER NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at INTEGER NOT NULL DEFAULT 0,
    error_code TEXT NOT NULL DEFAULT '', error_message TEXT NOT NULL DEFAULT '');
CREATE INDEX outbox_queue ON outbox(state, priority, seq);

CREATE TABLE sync_cursor (scope TEXT PRIMARY KEY, cursor TEXT NOT NULL, updated_at INTEGER NOT NULL);

CREATE TABLE conflicts (
    id TEXT PRIMARY KEY, entity_kind TEXT NOT NULL, entity_id TEXT NOT NULL, field TEXT NOT NULL,
    local_value TEXT, remote_value TEXT, local_hlc TEXT NOT NULL, remote_hlc TEXT NOT NULL,
    remote_staff_id TEXT NOT NULL DEFAULT '', at INTEGER NOT NULL,
    resolution TEXT NOT NULL DEFAULT '' CHECK (resolution IN ('', 'kept_theirs', 'reapplied_mine')), resolved_at INTEGER);

CREATE TABLE sign_in_state (
    staff_id TEXT PRIMARY KEY REFERENCES staff(id), failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until INTEGER NOT NULL DEFAULT 0, last_sign_in_at INTEGER);

CREATE TABLE local_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

-- Full-text search: documents are built in C++ (SearchTokenizer) so that Chinese text is split
-- into single characters and numbers can be found by their tail. rowid = the entity's local_no.
CREATE VIRTUAL TABLE customer_search USING fts5(doc, rev, tokenize = 'unicode61 remove_diacritics 0');
CREATE VIRTUAL TABLE ticket_search USING fts5(doc, rev, tokenize = 'unicode61 remove_diacritics 0');
-- FTS5 merges index segments inside the transaction that writes a document; on a million
-- tickets that put 40-50 ms into 1-2 % of ticket creations. Merging is done on the app's idle
-- tick instead (SearchIndex::merge); FTS5's crisis merge still bounds the segment count.
INSERT INTO customer_search (customer_search, rank) VALUES ('automerge', 0);
INSERT INTO ticket_search (ticket_search, rank) VALUES ('automerge', 0);

-- Append-only records: corrections are new rows, never edits or deletions.
CREATE TRIGGER contact_log_no_update BEFORE UPDATE ON contact_log BEGIN SELECT RAISE(ABORT, 'append_only: contact_log'); END;
CREATE TRIGGER contact_log_no_delete BEFORE DELETE ON contact_log BEGIN SELECT RAISE(ABORT, 'append_only: contact_log'); END;
CREATE TRIGGER customer_feedback_no_update BEFORE UPDATE ON customer_feedback BEGIN SELECT RAISE(ABORT, 'append_only: customer_feedback'); END;
CREATE TRIGGER customer_feedback_no_delete BEFORE DELETE ON customer_feedback BEGIN SELECT RAISE(ABORT, 'append_only: customer_feedback'); END;
CREATE TRIGGER ledger_entries_no_update BEFORE UPDATE ON ledger_entries BEGIN SELECT RAISE(ABORT, 'append_only: ledger_entries'); END;
CREATE TRIGGER ledger_entries_no_delete BEFORE DELETE ON ledger_entries BEGIN SELECT RAISE(ABORT, 'append_only: ledger_entries'); END;
CREATE TRIGGER status_list_no_update BEFORE UPDATE ON status_list BEGIN SELECT RAISE(ABORT, 'append_only: status_list'); END;
CREATE TRIGGER status_list_no_delete BEFORE DELETE ON status_list BEGIN SELECT RAISE(ABORT, 'append_only: status_list'); END;
CREATE TRIGGER fund_allocations_no_update BEFORE UPDATE ON fund_allocations BEGIN SELECT RAISE(ABORT, 'append_only: fund_allocations'); END;
CREATE TRIGGER fund_allocations_no_delete BEFORE DELETE ON fund_allocations BEGIN SELECT RAISE(ABORT, 'append_only: fund_allocations'); END;
CREATE TRIGGER ticket_events_no_update BEFORE UPDATE ON ticket_events BEGIN SELECT RAISE(ABORT, 'append_only: ticket_events'); END;
CREATE TRIGGER ticket_events_no_delete BEFORE DELETE ON ticket_events BEGIN SELECT RAISE(ABORT, 'append_only: ticket_events'); END;
CREATE TRIGGER fault_records_no_update BEFORE UPDATE ON fault_records BEGIN SELECT RAISE(ABORT, 'append_only: fault_records'); END;
CREATE TRIGGER fault_records_no_delete BEFORE DELETE ON fault_records BEGIN SELECT RAISE(ABORT, 'append_only: fault_records'); END;
CREATE TRIGGER ticket_parts_no_update BEFORE UPDATE ON ticket_parts BEGIN SELECT RAISE(ABORT, 'append_only: ticket_parts'); END;
CREATE TRIGGER ticket_parts_no_delete BEFORE DELETE ON ticket_parts BEGIN SELECT RAISE(ABORT, 'append_only: ticket_parts'); END;
CREATE TRIGGER attachments_no_update BEFORE UPDATE ON attachments BEGIN SELECT RAISE(ABORT, 'append_only: attachments'); END;
CREATE TRIGGER attachments_no_delete BEFORE DELETE ON attachments BEGIN SELECT RAISE(ABORT, 'append_only: attachments'); END;
CREATE TRIGGER outage_updates_no_update BEFORE UPDATE ON outage_updates BEGIN SELECT RAISE(ABORT, 'append_only: outage_updates'); END;
CREATE TRIGGER outage_updates_no_delete BEFORE DELETE ON outage_updates BEGIN SELECT RAISE(ABORT, 'append_only: outage_updates'); END;
CREATE TRIGGER complaint_events_no_update BEFORE UPDATE ON complaint_events BEGIN SELECT RAISE(ABORT, 'append_only: complaint_events'); END;
CREATE TRIGGER complaint_events_no_delete BEFORE DELETE ON complaint_events BEGIN SELECT RAISE(ABORT, 'append_only: complaint_events'); END;
CREATE TRIGGER survey_responses_no_update BEFORE UPDATE ON survey_responses BEGIN SELECT RAISE(ABORT, 'append_only: survey_responses'); END;
CREATE TRIGGER survey_responses_no_delete BEFORE DELETE ON survey_responses BEGIN SELECT RAISE(ABORT, 'append_only: survey_responses'); END;
CREATE TRIGGER survey_answers_no_update BEFORE UPDATE ON survey_answers BEGIN SELECT RAISE(ABORT, 'append_only: survey_answers'); END;
CREATE TRIGGER survey_answers_no_delete BEFORE DELETE ON survey_answers BEGIN SELECT RAISE(ABORT, 'append_only: survey_answers'); END;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'append_only: audit_log'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'append_only: audit_log'); END;
