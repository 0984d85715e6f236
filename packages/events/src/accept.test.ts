import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { negotiateContentType, presencePackage } from "./mod.js";

const PIDF = "application/pidf+xml";
const OFFER = [PIDF, "application/xpidf+xml"];

describe("negotiateContentType", () => {
  it("gives the package default when there is no Accept header (RFC 3856)", () => {
    assert.equal(negotiateContentType(OFFER, null), PIDF);
    assert.equal(presencePackage().negotiate(null), PIDF);
  });

  it("gives null (406) for an empty Accept header (RFC 3261 20.1) or nothing acceptable", () => {
    assert.equal(negotiateContentType(OFFER, []), null);
    assert.equal(negotiateContentType(OFFER, [""]), null);
    assert.equal(negotiateContentType(OFFER, ["application/sdp"]), null);
    assert.equal(presencePackage().negotiate(["application/cpim-pidf+xml"]), null);
    assert.equal(presencePackage().negotiate(["text/*"]), null);
  });

  it("matches exact types case-insensitively, ignoring media parameters", () => {
    assert.equal(negotiateContentType(OFFER, ["Application/PIDF+XML;charset=UTF-8"]), PIDF);
    assert.equal(negotiateContentType(OFFER, ["application/xpidf+xml"]), "application/xpidf+xml");
    assert.equal(presencePackage().negotiate(["multipart/related", "application/rlmi+xml", "application/pidf+xml"]), PIDF);
  });

  it("matches wildcards", () => {
    assert.equal(negotiateContentType(OFFER, ["*/*"]), PIDF);
    assert.equal(negotiateContentType(OFFER, ["application/*"]), PIDF);
  });

  it("honours q values: highest wins, q=0 excludes, the most specific range decides", () => {
    assert.equal(negotiateContentType(OFFER, ["application/pidf+xml;q=0.5", "application/xpidf+xml;q=0.8"]), "application/xpidf+xml");
    assert.equal(negotiateContentType(OFFER, ["application/pidf+xml;q=0", "*/*"]), "application/xpidf+xml");
    assert.equal(negotiateContentType(OFFER, ["application/pidf+xml;q=0"]), null);
    assert.equal(negotiateContentType(OFFER, ["application/*;q=0.1", "application/xpidf+xml;q=0"]), PIDF);
    assert.equal(negotiateContentType(OFFER, ["*/*;q=0.2", "application/*;q=0.9"]), PIDF);
  });

  it("splits comma-separated values and skips malformed ranges", () => {
    assert.equal(negotiateContentType(OFFER, ["application/sdp, application/xpidf+xml;q=0.3"]), "application/xpidf+xml");
    assert.equal(negotiateContentType(OFFER, ["garbage", "application/pidf+xml;q=2", "*/xml"]), null);
    assert.equal(negotiateContentType(OFFER, ['application/pidf+xml;foo="a,b";q=0.9']), PIDF);
  });
});
