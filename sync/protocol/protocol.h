#pragma once

#include <QtGlobal>

namespace fd::protocol {

/**
 * Version of the HTTP+JSON protocol. Bumped only for changes an older peer cannot ignore; new
 * optional fields do not bump it. The server reports it in /v1/health so a client can refuse to
 * sync with a server it does not understand instead of corrupting data.
 */
inline constexpr int kVersion = 1;

/** Every endpoint lives under this prefix; a protocol version 2 would get /v2 next to it. */
inline constexpr char kApiPrefix[] = "/v1";

/**
 * Largest request body the server accepts. Ops are small JSON records and attachments travel
 * apart from them, so 1 MiB holds a generous push batch while bounding what one request can
 * make the server buffer (Qt 6.4's HTTP server keeps the whole body in memory).
 */
inline constexpr qsizetype kMaxRequestBodyBytes = 1024 * 1024;

/** Allowance for the request line and headers on top of the body limit. */
inline constexpr qsizetype kMaxRequestHeaderBytes = 64 * 1024;

/** The nudge WebSocket (GET with `Upgrade: websocket`, same port, same bearer token). */
inline constexpr char kNudgePath[] = "/v1/nudge";

/** Error bodies are tiny; a client refuses to decode anything bigger as one. */
inline constexpr qsizetype kMaxErrorBodyBytes = 64 * 1024;

/** Stable machine codes in error bodies. Clients switch on these, never on the message. */
namespace errc {
inline constexpr char kBadRequest[] = "bad_request";
inline constexpr char kNotFound[] = "not_found";
inline constexpr char kMethodNotAllowed[] = "method_not_allowed";
inline constexpr char kPayloadTooLarge[] = "payload_too_large";
inline constexpr char kRequestTimeout[] = "request_timeout";
inline constexpr char kServerBusy[] = "server_busy";
inline constexpr char kUpgradeRequired[] = "upgrade_required"; // a WebSocket endpoint asked without the upgrade
inline constexpr char kDbUnavailable[] = "db_unavailable";
inline constexpr char kInternal[] = "internal_error";
// JsonReader validation failures:
inline constexpr char kInvalidJson[] = "invalid_json";
inline constexpr char kNotAnObject[] = "not_an_object";
inline constexpr char kMissingField[] = "missing_field";
inline constexpr char kWrongType[] = "wrong_type";
inline constexpr char kOutOfRange[] = "out_of_range";
inline constexpr char kTooShort[] = "too_short";
inline constexpr char kTooLong[] = "too_long";
inline constexpr char kInvalidText[] = "invalid_text";
inline constexpr char kTooManyItems[] = "too_many_items";
// Sync, enrollment and authority:
inline constexpr char kUnauthorized[] = "unauthorized";       // no token, unknown token
inline constexpr char kRevoked[] = "device_revoked";          // the token's device was revoked
inline constexpr char kForbidden[] = "forbidden";             // the staff member lacks the role
inline constexpr char kInvalidCode[] = "invalid_enrollment_code";
inline constexpr char kIllegalTransition[] = "illegal_transition";
inline constexpr char kUnknownOpKind[] = "unknown_op_kind";
inline constexpr char kUnknownStaff[] = "unknown_staff";
inline constexpr char kNotFoundEntity[] = "entity_not_found";
inline constexpr char kAlreadyExists[] = "already_exists";
inline constexpr char kIncompleteTx[] = "incomplete_transaction";
} // namespace errc

} // namespace fd::protocol
