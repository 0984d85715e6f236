import type { Registry } from "prom-client";
import type { SipStackStats } from "@presence/sip";
import { pulledCounter, pulledGauge, type Sample } from "./pulled-counter.js";

function byMethod(map: ReadonlyMap<string, number>): Sample[] {
  return [...map].map(([method, n]) => [{ method }, n] as const);
}

function byMethodAndCode(map: ReadonlyMap<string, number>): Sample[] {
  return [...map].map(([key, n]) => {
    const [method = "", code = ""] = key.split(" ");
    return [{ method, code }, n] as const;
  });
}

/** SIP traffic of one stack, read from its counters at scrape time. */
export function registerSipMetrics(registry: Registry, stats: SipStackStats): void {
  pulledCounter(registry, "presence_sip_requests_received_total", "New SIP requests received (retransmissions not counted)", ["method"], () => byMethod(stats.requestsReceived));
  pulledCounter(registry, "presence_sip_responses_sent_total", "SIP responses sent, first transmission only", ["method", "code"], () => byMethodAndCode(stats.responsesSent));
  pulledCounter(registry, "presence_sip_requests_sent_total", "SIP requests sent by client transactions (NOTIFY), first transmission only", ["method"], () => byMethod(stats.requestsSent));
  pulledCounter(registry, "presence_sip_responses_received_total", "Final and provisional responses received by client transactions", ["method", "code"], () => byMethodAndCode(stats.responsesReceived));
  pulledCounter(registry, "presence_sip_retransmissions_total", "Retransmissions: requests absorbed and responses resent (server), requests resent and responses absorbed (client)", ["kind"], () => [
    [{ kind: "request_received" }, stats.retransmissionsAbsorbed],
    [{ kind: "response_sent" }, stats.responsesResent],
    [{ kind: "request_sent" }, stats.retransmissionsSent],
    [{ kind: "response_received" }, stats.responsesAbsorbed],
  ]);
  pulledCounter(registry, "presence_sip_transaction_timeouts_total", "Client transactions ended by Timer F (no final response to a NOTIFY)", [], () => [[{}, stats.timeouts]]);
  pulledCounter(registry, "presence_sip_transport_errors_total", "Sends that failed and transactions ended by a transport failure", ["kind"], () => [
    [{ kind: "send" }, stats.sendErrors],
    [{ kind: "transaction" }, stats.transportErrors],
  ]);
  pulledCounter(registry, "presence_sip_malformed_messages_total", "Messages the parser rejected and TCP streams closed because their framing broke", ["kind"], () => [
    [{ kind: "parse" }, stats.parseErrors],
    [{ kind: "framing" }, stats.framingErrors],
  ]);
  pulledCounter(registry, "presence_sip_udp_dropped_total", "Datagrams dropped by the UDP I/O thread because the SIP thread was too far behind (overload)", [], () => [[{}, stats.udpDropped]]);
  pulledCounter(registry, "presence_sip_udp_overload_rejected_total", "Requests the UDP I/O thread answered 503 instead of queuing them because the SIP thread was too far behind (overload)", [], () => [[{}, stats.udpRejected]]);
  pulledCounter(registry, "presence_sip_udp_reader_switches_total", "Changes of the thread reading the SIP UDP socket (sip_udp_thread auto)", [], () => [[{}, stats.udpReaderSwitches]]);
  pulledGauge(registry, "presence_sip_udp_reader_thread", "1 while the UDP I/O thread reads the SIP UDP socket, 0 while the SIP thread does (or there is no I/O thread)", [], () => [[{}, stats.udpReaderOnThread]]);
  pulledCounter(registry, "presence_sip_unanswered_requests_total", "Server transactions the application never answered (dropped after 64*T1)", [], () => [[{}, stats.abandoned]]);
  pulledCounter(registry, "presence_sip_stray_responses_total", "Responses matching no client transaction", [], () => [[{}, stats.strayResponses]]);
  pulledGauge(registry, "presence_sip_tcp_connections", "Open SIP TCP connections", [], () => [[{}, stats.tcpAccepted + stats.tcpConnected - stats.tcpClosed]]);
}
