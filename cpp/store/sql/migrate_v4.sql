-- Schema version 3 → 4: loss reports (挂失).
--
-- A loss report is accepted on any device, offline too, as the customer's intent; it syncs
-- before anything else and the server makes it effective: it lists the card and writes back
-- state ('frozen', or 'already_listed' when an earlier report had done it), the status-list
-- version that carries the card, when, and how the holder's identity was established
-- ('verified' against the account holder on the server, 'staff_checked' by the clerk).
-- Until then the row says 'pending': "reported, not yet frozen".
CREATE TABLE loss_reports (
    id TEXT PRIMARY KEY, card_no TEXT NOT NULL CHECK (length(card_no) = 20),
    outlet_id TEXT REFERENCES outlets(id),
    channel TEXT NOT NULL CHECK (channel IN ('counter', 'kiosk', 'phone')),
    holder_name TEXT NOT NULL DEFAULT '', holder_id_number TEXT NOT NULL DEFAULT '',
    reporter_phone TEXT NOT NULL DEFAULT '', reported_at INTEGER NOT NULL, staff_id TEXT REFERENCES staff(id),
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'frozen', 'already_listed')),
    list_version INTEGER, frozen_at INTEGER,
    identity TEXT NOT NULL DEFAULT '' CHECK (identity IN ('', 'verified', 'staff_checked')),
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, hlc TEXT NOT NULL DEFAULT '');
CREATE INDEX loss_reports_reported ON loss_reports(reported_at);
CREATE INDEX loss_reports_card ON loss_reports(card_no);
-- The status list pulled from the server: the newest entry of each card, and the newest version,
-- each answered from an index.
CREATE INDEX status_list_current ON status_list(media_no, list_version, action);
CREATE INDEX status_list_version ON status_list(list_version);
