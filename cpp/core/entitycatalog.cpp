#include "entitycatalog.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace fd {

const FieldDef *EntityDef::field(const QString &fieldName) const
{
    for (const FieldDef &f : fields) {
        if (f.name == fieldName)
            return &f;
    }
    return nullptr;
}

const QList<EntityDef> &EntityCatalog::all()
{
    using F = FieldDef;
    // Mirrors cpp/store/sql/schema_v1.sql and the migrations after it; tst_database checks that the two agree column by column.
    static const QList<EntityDef> entities = {
        {u"outlet"_s, u"outlets"_s, false, {
            {u"code"_s, F::Text, true}, {u"name"_s, F::Text, true}, {u"province"_s, F::Text, false},
            {u"address"_s, F::Text, false}, {u"phone"_s, F::Text, false}}},
        {u"staff"_s, u"staff"_s, false, {
            {u"staff_no"_s, F::Text, true}, {u"name"_s, F::Text, true}, {u"outlet_id"_s, F::Text, true},
            {u"phone"_s, F::Text, false}, {u"department"_s, F::Text, false}, {u"active"_s, F::Int, false},
            {u"pin_salt"_s, F::Text, true}, {u"pin_hash"_s, F::Text, true}, {u"pin_iterations"_s, F::Int, true}}},
        {u"staff_role"_s, u"staff_roles"_s, false, {
            {u"staff_id"_s, F::Text, true}, {u"role"_s, F::Text, true}, {u"granted"_s, F::Int, false}}},
        {u"device"_s, u"devices"_s, false, {
            {u"device_code"_s, F::Text, true}, {u"outlet_id"_s, F::Text, true}, {u"mode"_s, F::Text, true},
            {u"name"_s, F::Text, false}}},
        {u"crew"_s, u"crews"_s, false, {
            {u"outlet_id"_s, F::Text, true}, {u"name"_s, F::Text, true}, {u"status"_s, F::Text, false},
            {u"status_note"_s, F::Text, false}, {u"away_until"_s, F::TimeMs, false},
            {u"vehicle_plate"_s, F::Text, false}}},
        {u"crew_member"_s, u"crew_members"_s, false, {
            {u"crew_id"_s, F::Text, true}, {u"staff_id"_s, F::Text, true}, {u"active"_s, F::Int, false}}},
        {u"customer"_s, u"customers"_s, false, {
            {u"customer_no"_s, F::Text, true}, {u"kind"_s, F::Text, true}, {u"name"_s, F::Text, true},
            {u"id_number"_s, F::Text, false}, {u"credit_code"_s, F::Text, false}, {u"phone"_s, F::Text, false},
            {u"email"_s, F::Text, false}, {u"address"_s, F::Text, false}, {u"gender"_s, F::Text, false},
            {u"birthday"_s, F::Text, false}, {u"agent_name"_s, F::Text, false},
            {u"agent_id_number"_s, F::Text, false}, {u"needs"_s, F::Text, false},
            {u"preferred_channel"_s, F::Text, false}, {u"segment"_s, F::Text, false},
            {u"grade"_s, F::Text, false}, {u"key_account"_s, F::Int, false},
            {u"account_manager_id"_s, F::Text, false}, {u"tracking_status"_s, F::Text, false},
            {u"next_follow_up_at"_s, F::TimeMs, false}, {u"outlet_id"_s, F::Text, false},
            {u"note"_s, F::Text, false}, {u"merged_into"_s, F::Text, false}}},
        {u"contact"_s, u"contact_log"_s, true, {
            {u"customer_id"_s, F::Text, true}, {u"at"_s, F::TimeMs, true}, {u"channel"_s, F::Text, true},
            {u"place"_s, F::Text, false}, {u"content"_s, F::Text, true}, {u"reply"_s, F::Text, false},
            {u"staff_id"_s, F::Text, false}, {u"ref_kind"_s, F::Text, false}, {u"ref_id"_s, F::Text, false}}},
        {u"feedback"_s, u"customer_feedback"_s, true, {
            {u"customer_id"_s, F::Text, true}, {u"at"_s, F::TimeMs, true}, {u"channel"_s, F::Text, false},
            {u"rating"_s, F::Int, true}, {u"comment"_s, F::Text, false}, {u"ref_kind"_s, F::Text, false},
            {u"ref_id"_s, F::Text, false}, {u"staff_id"_s, F::Text, false}}},
        {u"vehicle"_s, u"vehicles"_s, false, {
            {u"customer_id"_s, F::Text, true}, {u"plate"_s, F::Text, true}, {u"plate_colour"_s, F::Text, true},
            {u"vehicle_class"_s, F::Text, false}, {u"licence_no"_s, F::Text, false}, {u"vin"_s, F::Text, false}}},
        {u"etc_account"_s, u"etc_accounts"_s, false, {
            {u"account_no"_s, F::Text, true}, {u"customer_id"_s, F::Text, true}, {u"kind"_s, F::Text, true},
            {u"status"_s, F::Text, false}, {u"balance_fen"_s, F::Money, false}, {u"outlet_id"_s, F::Text, false},
            {u"opened_at"_s, F::TimeMs, true}, {u"closed_at"_s, F::TimeMs, false}}},
        {u"card"_s, u"cards"_s, false, {
            {u"card_no"_s, F::Text, true}, {u"account_id"_s, F::Text, true}, {u"vehicle_id"_s, F::Text, false},
            {u"card_type"_s, F::Text, true}, {u"status"_s, F::Text, false},
            {u"loss_reported_at"_s, F::TimeMs, false}, {u"chip_balance_fen"_s, F::Money, false},
            {u"txn_counter"_s, F::Int, false}, {u"valid_from"_s, F::Text, true}, {u"valid_to"_s, F::Text, true},
            {u"issued_at"_s, F::TimeMs, true}, {u"replaced_by"_s, F::Text, false}}},
        {u"obu"_s, u"obus"_s, false, {
            {u"obu_no"_s, F::Text, true}, {u"account_id"_s, F::Text, true}, {u"vehicle_id"_s, F::Text, false},
            {u"status"_s, F::Text, false}, {u"activated_at"_s, F::TimeMs, false},
            {u"valid_from"_s, F::Text, true}, {u"valid_to"_s, F::Text, true}}},
        {u"ledger_entry"_s, u"ledger_entries"_s, true, {
            {u"account_id"_s, F::Text, true}, {u"card_id"_s, F::Text, false}, {u"kind"_s, F::Text, true},
            {u"amount_fen"_s, F::Money, true}, {u"balance_after_fen"_s, F::Money, true},
            {u"at"_s, F::TimeMs, true}, {u"staff_id"_s, F::Text, false}, {u"ref"_s, F::Text, false}}},
        {u"status_list_entry"_s, u"status_list"_s, true, {
            {u"list_version"_s, F::Int, true}, {u"media_kind"_s, F::Text, true}, {u"media_no"_s, F::Text, true},
            {u"action"_s, F::Text, true}, {u"reason"_s, F::Text, true}, {u"at"_s, F::TimeMs, true}}},
        // 挂失: taken anywhere as intent; the server makes it effective and writes back state,
        // list_version, frozen_at and identity.
        {u"loss_report"_s, u"loss_reports"_s, false, {
            {u"card_no"_s, F::Text, true}, {u"outlet_id"_s, F::Text, false}, {u"channel"_s, F::Text, true},
            {u"holder_name"_s, F::Text, false}, {u"holder_id_number"_s, F::Text, false},
            {u"reporter_phone"_s, F::Text, false}, {u"reported_at"_s, F::TimeMs, true},
            {u"staff_id"_s, F::Text, false}, {u"state"_s, F::Text, false}, {u"list_version"_s, F::Int, false},
            {u"frozen_at"_s, F::TimeMs, false}, {u"identity"_s, F::Text, false}}},
        {u"fund_arrival"_s, u"corporate_fund_arrivals"_s, false, {
            {u"account_id"_s, F::Text, true}, {u"amount_fen"_s, F::Money, true}, {u"bank_ref"_s, F::Text, true},
            {u"arrived_at"_s, F::TimeMs, true}, {u"recorded_by"_s, F::Text, true},
            {u"allocated_fen"_s, F::Money, false}, {u"status"_s, F::Text, false}}},
        {u"fund_allocation"_s, u"fund_allocations"_s, true, {
            {u"arrival_id"_s, F::Text, true}, {u"card_id"_s, F::Text, true}, {u"amount_fen"_s, F::Money, true},
            {u"allocated_by"_s, F::Text, true}, {u"at"_s, F::TimeMs, true}}},
        {u"price_item"_s, u"price_items"_s, false, {
            {u"code"_s, F::Text, true}, {u"name"_s, F::Text, true}, {u"amount_fen"_s, F::Money, true},
            {u"discount_bp"_s, F::Int, false}, {u"valid_from"_s, F::Int, false}, {u"valid_to"_s, F::Int, false}}},
        {u"ticket"_s, u"tickets"_s, false, {
            {u"ticket_no"_s, F::Text, true}, {u"customer_id"_s, F::Text, false}, {u"outlet_id"_s, F::Text, true},
            {u"crew_id"_s, F::Text, false}, {u"channel"_s, F::Text, true}, {u"category"_s, F::Text, false},
            {u"title"_s, F::Text, true}, {u"description"_s, F::Text, false}, {u"address"_s, F::Text, false},
            {u"contact_name"_s, F::Text, false}, {u"contact_phone"_s, F::Text, false},
            {u"urgency"_s, F::Int, false}, {u"impact"_s, F::Int, false}, {u"priority"_s, F::Int, false},
            {u"state"_s, F::Text, true}, {u"state_at"_s, F::TimeMs, true}, {u"due_at"_s, F::TimeMs, false},
            {u"reported_at"_s, F::TimeMs, true}, {u"card_id"_s, F::Text, false}, {u"obu_id"_s, F::Text, false},
            {u"vehicle_id"_s, F::Text, false}, {u"created_by"_s, F::Text, false}, {u"callback_id"_s, F::Text, false}}},
        {u"ticket_event"_s, u"ticket_events"_s, true, {
            {u"ticket_id"_s, F::Text, true}, {u"kind"_s, F::Text, true}, {u"event"_s, F::Text, false},
            {u"from_state"_s, F::Text, false}, {u"to_state"_s, F::Text, false}, {u"at"_s, F::TimeMs, true},
            {u"staff_id"_s, F::Text, false}, {u"device_id"_s, F::Text, false}, {u"note"_s, F::Text, false}}},
        {u"fault_record"_s, u"fault_records"_s, true, {
            {u"ticket_id"_s, F::Text, true}, {u"cause_category"_s, F::Text, true},
            {u"cause_subcategory"_s, F::Text, false}, {u"ownership"_s, F::Text, true},
            {u"genuine"_s, F::Int, true}, {u"work_done"_s, F::Text, false}, {u"recorded_by"_s, F::Text, false},
            {u"at"_s, F::TimeMs, true}}},
        {u"ticket_check"_s, u"ticket_checks"_s, true, {
            {u"ticket_id"_s, F::Text, true}, {u"item"_s, F::Text, true}, {u"staff_id"_s, F::Text, false},
            {u"at"_s, F::TimeMs, true}}},
        {u"ticket_part"_s, u"ticket_parts"_s, true, {
            {u"ticket_id"_s, F::Text, true}, {u"part_code"_s, F::Text, true}, {u"part_name"_s, F::Text, true},
            {u"quantity"_s, F::Int, true}, {u"staff_id"_s, F::Text, false}, {u"at"_s, F::TimeMs, true}}},
        {u"attachment"_s, u"attachments"_s, true, {
            {u"owner_kind"_s, F::Text, true}, {u"owner_id"_s, F::Text, true}, {u"kind"_s, F::Text, true},
            {u"sha256"_s, F::Text, true}, {u"mime"_s, F::Text, true}, {u"size_bytes"_s, F::Int, true},
            {u"file_name"_s, F::Text, false}, {u"staff_id"_s, F::Text, false}, {u"at"_s, F::TimeMs, true}}},
        {u"outage_notice"_s, u"outage_notices"_s, false, {
            {u"kind"_s, F::Text, true}, {u"scope"_s, F::Text, true}, {u"title"_s, F::Text, true},
            {u"detail"_s, F::Text, false}, {u"starts_at"_s, F::TimeMs, true},
            {u"expected_end_at"_s, F::TimeMs, false}, {u"state"_s, F::Text, false},
            {u"outlet_id"_s, F::Text, false}}},
        {u"outage_update"_s, u"outage_updates"_s, true, {
            {u"notice_id"_s, F::Text, true}, {u"at"_s, F::TimeMs, true}, {u"text"_s, F::Text, true},
            {u"staff_id"_s, F::Text, false}}},
        {u"complaint"_s, u"complaints"_s, false, {
            {u"complaint_no"_s, F::Text, true}, {u"customer_id"_s, F::Text, false},
            {u"complainant_name"_s, F::Text, true}, {u"complainant_phone"_s, F::Text, false},
            {u"channel"_s, F::Text, true}, {u"category"_s, F::Text, true}, {u"level"_s, F::Text, false},
            {u"emergency"_s, F::Int, false}, {u"content"_s, F::Text, true}, {u"state"_s, F::Text, false},
            {u"owner_staff_id"_s, F::Text, false}, {u"department"_s, F::Text, false},
            {u"due_at"_s, F::TimeMs, false}, {u"reply"_s, F::Text, false}, {u"verdict"_s, F::Text, false},
            {u"card_id"_s, F::Text, false}, {u"obu_id"_s, F::Text, false}, {u"ticket_id"_s, F::Text, false},
            {u"outlet_id"_s, F::Text, false}, {u"received_at"_s, F::TimeMs, true}}},
        {u"complaint_event"_s, u"complaint_events"_s, true, {
            {u"complaint_id"_s, F::Text, true}, {u"kind"_s, F::Text, true}, {u"from_state"_s, F::Text, false},
            {u"to_state"_s, F::Text, false}, {u"at"_s, F::TimeMs, true}, {u"staff_id"_s, F::Text, false},
            {u"note"_s, F::Text, false}}},
        {u"callback"_s, u"callbacks"_s, false, {
            {u"customer_id"_s, F::Text, false}, {u"ticket_id"_s, F::Text, false},
            {u"complaint_id"_s, F::Text, false}, {u"reason"_s, F::Text, true}, {u"state"_s, F::Text, false},
            {u"due_at"_s, F::TimeMs, true}, {u"assigned_to"_s, F::Text, false}, {u"attempts"_s, F::Int, false},
            {u"next_attempt_at"_s, F::TimeMs, false}, {u"done_at"_s, F::TimeMs, false},
            {u"method"_s, F::Text, false}, {u"satisfaction"_s, F::Int, false},
            {u"suggestions"_s, F::Text, false}, {u"qa_json"_s, F::Json, false},
            {u"routed_department"_s, F::Text, false}, {u"verdict"_s, F::Text, false},
            {u"outlet_id"_s, F::Text, false}}},
        {u"visit"_s, u"visits"_s, false, {
            {u"customer_id"_s, F::Text, true}, {u"staff_id"_s, F::Text, false},
            {u"planned_at"_s, F::TimeMs, true}, {u"state"_s, F::Text, false},
            {u"visited_at"_s, F::TimeMs, false}, {u"purpose"_s, F::Text, false},
            {u"form_json"_s, F::Json, false}, {u"needs"_s, F::Text, false}, {u"follow_up"_s, F::Text, false},
            {u"next_visit_at"_s, F::TimeMs, false}}},
        {u"questionnaire"_s, u"questionnaires"_s, false, {
            {u"title"_s, F::Text, true}, {u"kind"_s, F::Text, true}, {u"state"_s, F::Text, false}}},
        {u"survey_question"_s, u"survey_questions"_s, false, {
            {u"questionnaire_id"_s, F::Text, true}, {u"ord"_s, F::Int, true}, {u"kind"_s, F::Text, true},
            {u"text"_s, F::Text, true}, {u"options_json"_s, F::Json, false}, {u"dimension"_s, F::Text, false},
            {u"required"_s, F::Int, false}}},
        {u"survey_campaign"_s, u"survey_campaigns"_s, false, {
            {u"questionnaire_id"_s, F::Text, true}, {u"name"_s, F::Text, true},
            {u"target_json"_s, F::Json, false}, {u"starts_at"_s, F::TimeMs, true},
            {u"ends_at"_s, F::TimeMs, false}, {u"state"_s, F::Text, false}}},
        {u"survey_response"_s, u"survey_responses"_s, true, {
            {u"questionnaire_id"_s, F::Text, true}, {u"campaign_id"_s, F::Text, false},
            {u"customer_id"_s, F::Text, false}, {u"channel"_s, F::Text, false}, {u"ref_kind"_s, F::Text, false},
            {u"ref_id"_s, F::Text, false}, {u"at"_s, F::TimeMs, true}}},
        {u"survey_answer"_s, u"survey_answers"_s, true, {
            {u"response_id"_s, F::Text, true}, {u"question_id"_s, F::Text, true},
            {u"value_text"_s, F::Text, false}, {u"value_int"_s, F::Int, false},
            {u"expectation"_s, F::Int, false}, {u"perception"_s, F::Int, false}}},
        {u"audit_entry"_s, u"audit_log"_s, true, {
            {u"at"_s, F::TimeMs, true}, {u"staff_id"_s, F::Text, false}, {u"device_id"_s, F::Text, false},
            {u"action"_s, F::Text, true}, {u"entity_kind"_s, F::Text, false}, {u"entity_id"_s, F::Text, false},
            {u"detail"_s, F::Text, false}}},    };
    return entities;
}

const EntityDef *EntityCatalog::byName(const QString &name)
{
    static const QHash<QString, const EntityDef *> index = [] {
        QHash<QString, const EntityDef *> h;
        for (const EntityDef &e : all())
            h.insert(e.name, &e);
        return h;
    }();
    return index.value(name, nullptr);
}

} // namespace fd
