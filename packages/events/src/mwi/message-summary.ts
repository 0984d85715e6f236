import { oneLine } from "../presence/pidf.js";

/** RFC 3842 media type. */
export const MESSAGE_SUMMARY_CONTENT_TYPE = "application/simple-message-summary";

// RFC 3842 5.2 message-context-class (the classes of RFC 3458).
const CONTEXT_CLASSES = new Set(["voice-message", "fax-message", "pager-message", "multimedia-message", "text-message", "none"]);
const MAX_COUNT = 0xffffffff;

/** One msg-summary-line: "Voice-Message: 2/8 (0/2)". */
export interface MessageCount {
  /** message-context-class, lower-case. */
  messageClass: string;
  newMessages: number;
  oldMessages: number;
  /** null when the line has no urgent part. */
  newUrgent: number | null;
  oldUrgent: number | null;
}

export interface MessageSummary {
  messagesWaiting: boolean;
  /** Message-Account URI, null when absent. */
  account: string | null;
  counts: MessageCount[];
}

export type MessageSummaryCheck = { ok: true; summary: MessageSummary } | { ok: false; reason: string; detail: string };

/**
 * Parses an application/simple-message-summary body (RFC 3842 5.2):
 *   Messages-Waiting: yes|no            (first line, required)
 *   Message-Account: <absolute URI>     (optional, before the counts)
 *   <class>: new/old [(new-urgent/old-urgent)]   (one per class at most)
 *   [empty line, then message headers]
 * Header names and yes/no are case-insensitive (ABNF strings); CRLF or LF line ends. Header-like
 * lines of other names before the empty line are accepted as extensions; any other line is not.
 */
export function parseMessageSummary(body: Buffer): MessageSummaryCheck {
  if (body.length === 0) return bad("Empty message-summary body", "the PUBLISH body is empty");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    return bad("message-summary body not UTF-8", "the body is not valid UTF-8");
  }
  const lines = text.split(/\r?\n/);
  const status = header(lines[0] ?? "");
  if (!status || status.name !== "messages-waiting") {
    return bad("Invalid message-summary: no Messages-Waiting", "the first line must be 'Messages-Waiting: yes' or 'Messages-Waiting: no'");
  }
  const waiting = status.value.toLowerCase();
  if (waiting !== "yes" && waiting !== "no") return bad("Invalid message-summary: Messages-Waiting must be yes or no", `Messages-Waiting is '${status.value}'`);

  const summary: MessageSummary = { messagesWaiting: waiting === "yes", account: null, counts: [] };
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    // opt-msg-headers start after an empty line: message headers, not checked here.
    if (line === "") break;
    const h = header(line);
    if (!h) return bad("Invalid message-summary: malformed line", `line ${i + 1} is not 'name: value'`);
    if (h.name === "messages-waiting") return bad("Invalid message-summary: repeated Messages-Waiting", `line ${i + 1}`);
    if (h.name === "message-account") {
      if (summary.account !== null || summary.counts.length > 0) {
        return bad("Invalid message-summary: misplaced Message-Account", `line ${i + 1}: Message-Account comes once, before the counts`);
      }
      // RFC 3842 5.2: Account-URI = SIP-URI / SIPS-URI / absoluteURI.
      if (!/^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"]+$/.test(h.value)) return bad("Invalid message-summary: bad Message-Account", `'${h.value}' is not an absolute URI`);
      summary.account = h.value;
      continue;
    }
    if (!CONTEXT_CLASSES.has(h.name)) continue;
    const count = parseCounts(h.name, h.value);
    if (!count) return bad("Invalid message-summary: bad message counts", `line ${i + 1}: '${h.value}' is not new/old [(new/old)]`);
    if (summary.counts.some((c) => c.messageClass === h.name)) return bad("Invalid message-summary: repeated message class", `line ${i + 1}: ${h.name}`);
    summary.counts.push(count);
  }
  return { ok: true, summary };
}

function header(line: string): { name: string; value: string } | null {
  // HCOLON = *( SP / HTAB ) ":" SWS; the name is a token.
  const m = /^([A-Za-z0-9\-.!%*_+`'~]+)[ \t]*:[ \t]*(.*?)[ \t]*$/.exec(line);
  return m ? { name: m[1]!.toLowerCase(), value: m[2]! } : null;
}

function parseCounts(messageClass: string, value: string): MessageCount | null {
  // msg-summary-line = class HCOLON newmsgs SLASH oldmsgs [ LPAREN new-urgentmsgs SLASH old-urgentmsgs RPAREN ]
  const m = /^(\d{1,10})\s*\/\s*(\d{1,10})(?:\s*\(\s*(\d{1,10})\s*\/\s*(\d{1,10})\s*\))?$/.exec(value);
  if (!m) return null;
  const nums = [m[1], m[2], m[3], m[4]].map((x) => (x === undefined ? null : Number(x)));
  if (nums.some((n) => n !== null && n > MAX_COUNT)) return null;
  return { messageClass, newMessages: nums[0]!, oldMessages: nums[1]!, newUrgent: nums[2] ?? null, oldUrgent: nums[3] ?? null };
}

function bad(reason: string, detail: string): MessageSummaryCheck {
  return { ok: false, reason, detail: oneLine(detail) };
}
