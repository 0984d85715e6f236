import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { evaluateSubHandling, presencePackage, type AuthContext, type AuthDecision, type RulesDocument } from "../mod.js";
import { SIMPLE_PIDF } from "./test-fixtures.js";

const CP = "urn:ietf:params:xml:ns:common-policy";
const PR = "urn:ietf:params:xml:ns:pres-rules";

function rules(...ruleXml: string[]): RulesDocument {
  return {
    contentType: "application/auth-policy+xml",
    body: Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>
<cr:ruleset xmlns:cr="${CP}" xmlns:pr="${PR}">${ruleXml.join("")}</cr:ruleset>`),
  };
}

function rule(id: string, conditions: string | null, subHandling: string | null): string {
  const cond = conditions === null ? "" : `<cr:conditions>${conditions}</cr:conditions>`;
  const act = subHandling === null ? "" : `<cr:actions><pr:sub-handling>${subHandling}</pr:sub-handling></cr:actions>`;
  return `<cr:rule id="${id}">${cond}${act}</cr:rule>`;
}

function ctx(watcherUri: string, r: RulesDocument | null, now?: number): AuthContext {
  return { presentity: "alice@example.com", presentityUri: "sip:alice@example.com", watcher: watcherUri.replace(/^sips?:/, ""), watcherUri, rules: r, ...(now !== undefined ? { now } : {}) };
}

const pkg = presencePackage();
const status = (c: AuthContext, p = pkg): AuthDecision => {
  assert.ok(p.getAuthStatus);
  return p.getAuthStatus(c);
};

describe("presence getAuthStatus (presence_xml pres_watcher_allowed)", () => {
  it("leaves a watcher pending when the presentity has no rules, active with forceActive", () => {
    assert.deepEqual(status(ctx("sip:bob@example.org", null)), { status: "pending" });
    assert.deepEqual(status(ctx("sip:bob@example.org", null), presencePackage({ forceActive: true })), { status: "active" });
  });

  it("maps sub-handling: allow, confirm, polite-block, block", () => {
    const r = rules(
      rule("a", `<cr:identity><cr:one id="sip:friend@example.com"/></cr:identity>`, "allow"),
      rule("b", `<cr:identity><cr:one id="sip:maybe@example.com"/></cr:identity>`, "confirm"),
      rule("c", `<cr:identity><cr:one id="sip:ex@example.com"/></cr:identity>`, "polite-block"),
      rule("d", `<cr:identity><cr:one id="sip:spam@example.com"/></cr:identity>`, "block"),
    );
    assert.deepEqual(status(ctx("sip:friend@example.com", r)), { status: "active" });
    assert.deepEqual(status(ctx("sip:maybe@example.com", r)), { status: "pending" });
    assert.deepEqual(status(ctx("sip:ex@example.com", r)), { status: "active", politeBlock: true });
    assert.deepEqual(status(ctx("sip:spam@example.com", r)), { status: "terminated", reason: "rejected" });
    assert.deepEqual(status(ctx("sip:stranger@example.com", r)), { status: "pending" }, "no matching rule: confirm");
  });

  it("compares identities by URI: scheme and host case-insensitive, user exact, parameters ignored", () => {
    const r = rules(rule("a", `<cr:identity><cr:one id="sip:Friend@EXAMPLE.com"/></cr:identity>`, "allow"));
    assert.equal(status(ctx("SIP:Friend@example.COM;transport=tcp", r)).status, "active");
    assert.equal(status(ctx("sip:friend@example.com", r)).status, "pending");
  });

  it("matches many with a domain, minus its exceptions", () => {
    const r = rules(
      rule(
        "dom",
        `<cr:identity><cr:many domain="example.com"><cr:except id="sip:boss@example.com"/><cr:except domain="other.org"/></cr:many></cr:identity>`,
        "allow",
      ),
    );
    assert.equal(status(ctx("sip:anyone@example.com", r)).status, "active");
    assert.equal(status(ctx("sip:boss@example.com", r)).status, "pending");
    assert.equal(status(ctx("sip:anyone@example.org", r)).status, "pending");
  });

  it("combines matching rules by the highest sub-handling (RFC 4745 10)", () => {
    const r = rules(rule("all", null, "block"), rule("dom", `<cr:identity><cr:many domain="example.com"/></cr:identity>`, "polite-block"));
    assert.deepEqual(status(ctx("sip:x@example.com", r)), { status: "active", politeBlock: true });
    assert.deepEqual(status(ctx("sip:x@elsewhere.net", r)), { status: "terminated", reason: "rejected" });
    const ev = evaluateSubHandling(r.body, "sip:x@example.com", Date.now());
    assert.deepEqual(ev, { ok: true, subHandling: "polite-block", matchedRules: ["all", "dom"] });
  });

  it("applies validity intervals and ignores rules with conditions it does not understand", () => {
    const r = rules(
      rule("window", `<cr:validity><cr:from>2024-01-01T00:00:00Z</cr:from><cr:until>2024-12-31T23:59:59Z</cr:until></cr:validity>`, "allow"),
      rule("sphere", `<cr:sphere value="work"/>`, "allow"),
    );
    assert.equal(status(ctx("sip:x@y", r, Date.parse("2024-06-01T00:00:00Z"))).status, "active");
    assert.equal(status(ctx("sip:x@y", r, Date.parse("2025-06-01T00:00:00Z"))).status, "pending");
  });

  it("leaves the watcher pending when the rules document is unusable", () => {
    assert.equal(status(ctx("sip:x@y", { contentType: "application/auth-policy+xml", body: Buffer.from("<cr:ruleset") })).status, "pending");
    assert.equal(status(ctx("sip:x@y", { contentType: "application/auth-policy+xml", body: Buffer.from(`<other xmlns="urn:x"/>`) })).status, "pending");
    const laughs = Buffer.from(`<!DOCTYPE r [<!ENTITY a "aaaa">]><cr:ruleset xmlns:cr="${CP}">&a;</cr:ruleset>`);
    assert.equal(status(ctx("sip:x@y", { contentType: "application/auth-policy+xml", body: laughs })).status, "pending");
  });
});

describe("presence applyAuth (apply_auth_nbody)", () => {
  const body = Buffer.from(SIMPLE_PIDF);
  const base = ctx("sip:bob@example.org", null);
  it("gives active watchers the body unchanged and others no body", () => {
    assert.ok(pkg.applyAuth);
    assert.equal(pkg.applyAuth(body, { ...base, decision: { status: "active" } }), body);
    assert.equal(pkg.applyAuth(body, { ...base, decision: { status: "pending" } }), null);
    assert.equal(pkg.applyAuth(body, { ...base, decision: { status: "terminated", reason: "rejected" } }), null);
  });

  it("gives politely blocked watchers what they would see if nothing were published", () => {
    assert.ok(pkg.applyAuth);
    const shown = pkg.applyAuth(body, { ...base, decision: { status: "active", politeBlock: true } });
    assert.deepEqual(shown, pkg.emptyBody(base));
    assert.doesNotMatch(shown?.toString() ?? "", /tuple/);
  });
});
