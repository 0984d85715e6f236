/**
 * The reference server: Kamailio's presence module in its fastest in-memory mode (subs_db_mode=0,
 * publ_cache=2: no database), two UDP workers, presence_xml with force_active=1, on loopback. It
 * runs the same load so the report can print ratios that hold across machines.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freeUdpTcpPort, waitForSip } from "./net-util.js";
import { descendantPids } from "./proc-stats.js";
import { stopChild, tailOf } from "./child-process.js";
import type { RunningTopology, TopologyDef } from "./topology-types.js";

export const KAMAILIO_INSTALL_HINT = "apt-get install kamailio kamailio-presence-modules";

const MODULE_DIRS = [
  "/usr/lib/x86_64-linux-gnu/kamailio/modules",
  "/usr/lib/aarch64-linux-gnu/kamailio/modules",
  "/usr/lib/kamailio/modules",
  "/usr/lib64/kamailio/modules",
  "/usr/local/lib64/kamailio/modules",
  "/usr/local/lib/kamailio/modules",
];

function kamailioBinary(): string | null {
  for (const c of ["kamailio", "/usr/sbin/kamailio", "/usr/local/sbin/kamailio"]) {
    const r = spawnSync(c, ["-v"], { encoding: "utf8" });
    if (!r.error && /kamailio/i.test(`${r.stdout}${r.stderr}`)) return c;
  }
  return null;
}

function moduleDir(): string | null {
  return MODULE_DIRS.find((d) => existsSync(join(d, "presence.so")) && existsSync(join(d, "presence_xml.so"))) ?? null;
}

/** A minimal presence-server configuration: PUBLISH and SUBSCRIBE handled statefully, nothing else. */
export function kamailioConfig(port: number, modules: string): string {
  return `#!KAMAILIO
debug=-1
log_stderror=yes
children=2
listen=udp:127.0.0.1:${port}
disable_tcp=yes
auto_aliases=no
server_signature=no
mpath="${modules}/"

loadmodule "tm.so"
loadmodule "sl.so"
loadmodule "pv.so"
loadmodule "maxfwd.so"
loadmodule "siputils.so"
loadmodule "textops.so"
loadmodule "presence.so"
loadmodule "presence_xml.so"

modparam("presence", "subs_db_mode", 0)
modparam("presence", "publ_cache", 2)
modparam("presence", "server_address", "sip:127.0.0.1:${port}")
modparam("presence_xml", "force_active", 1)

request_route {
	if (!mf_process_maxfwd_header("10")) {
		sl_send_reply("483", "Too Many Hops");
		exit;
	}
	if (is_method("OPTIONS")) {
		sl_send_reply("200", "OK");
		exit;
	}
	if (is_method("PUBLISH|SUBSCRIBE")) {
		if (!t_newtran()) {
			sl_reply_error();
			exit;
		}
		if (is_method("PUBLISH")) {
			handle_publish();
		} else {
			handle_subscribe();
		}
		t_release();
		exit;
	}
	sl_send_reply("405", "Method Not Allowed");
}
`;
}

export const kamailioTopology: TopologyDef = {
  name: "kamailio",
  description: "reference: Kamailio presence, subs_db_mode=0, publ_cache=2, 2 UDP workers",
  reference: true,
  async unavailable() {
    if (!kamailioBinary()) return `not available: kamailio not installed (${KAMAILIO_INSTALL_HINT})`;
    if (!moduleDir()) return `not available: presence modules not found (${KAMAILIO_INSTALL_HINT})`;
    return null;
  },
  async start(): Promise<RunningTopology> {
    const bin = kamailioBinary()!;
    const port = await freeUdpTcpPort();
    const dir = mkdtempSync(join(tmpdir(), "presence-bench-kamailio-"));
    const cfg = join(dir, "kamailio.cfg");
    writeFileSync(cfg, kamailioConfig(port, moduleDir()!));
    // -DD: stay in the foreground with children; -E: log to stderr; -m/-M: shared/private memory (MB).
    const child = spawn(bin, ["-f", cfg, "-DD", "-E", "-m", "1024", "-M", "16", "-Y", dir], { stdio: ["ignore", "pipe", "pipe"] });
    const tail = tailOf(child);
    try {
      await Promise.race([
        waitForSip("127.0.0.1", port, 15000),
        new Promise((_, reject) => child.once("exit", (code) => reject(new Error(`kamailio exited with ${code}:\n${tail()}`)))),
      ]);
    } catch (err) {
      await stopChild(child, 2000);
      rmSync(dir, { recursive: true, force: true });
      throw err;
    }
    const pids = [child.pid!, ...descendantPids(child.pid!)];
    return {
      name: "kamailio",
      sipHost: "127.0.0.1",
      sipPort: port,
      pids,
      serverPids: pids,
      labels: Object.fromEntries(pids.map((p, i) => [p, i === 0 ? "kamailio-main" : "kamailio"])),
      redis: null,
      async stop() {
        await stopChild(child, 5000);
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};
