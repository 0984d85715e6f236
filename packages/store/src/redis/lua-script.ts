// A Lua script run by EVALSHA, and by EVAL (which caches it on the server) when Redis does not know
// it: on first use, after a restart or a SCRIPT FLUSH. Not ioredis's defineCommand: with
// auto-pipelining every pipeline (one per event-loop turn that sends commands) copies each defined
// command onto itself, about 10 us per pipeline for the store's and the dialog lock's scripts.
import { createHash } from "node:crypto";
import type { Redis } from "ioredis";

export type ScriptArg = string | Buffer | number;

type Eval = (scriptOrSha: string, numKeys: number, ...args: ScriptArg[]) => Promise<unknown>;
/** ioredis has the *Buffer variant of every command; its typings leave out those of EVAL. */
type Evals = Record<"evalsha" | "eval" | "evalshaBuffer" | "evalBuffer", Eval>;

export class LuaScript {
  readonly sha: string;

  constructor(readonly lua: string) {
    this.sha = createHash("sha1").update(lua).digest("hex");
  }

  /** Runs with `numKeys` keys first in `args`; bulk replies as strings. */
  run(redis: Redis, numKeys: number, args: readonly ScriptArg[]): Promise<unknown> {
    return this.exec(redis as unknown as Evals, "evalsha", "eval", numKeys, args);
  }

  /** The same with bulk replies as Buffers (publication bodies are bytes). */
  runBuffer(redis: Redis, numKeys: number, args: readonly ScriptArg[]): Promise<unknown> {
    return this.exec(redis as unknown as Evals, "evalshaBuffer", "evalBuffer", numKeys, args);
  }

  private exec(client: Evals, bySha: "evalsha" | "evalshaBuffer", byText: "eval" | "evalBuffer", numKeys: number, args: readonly ScriptArg[]): Promise<unknown> {
    return client[bySha](this.sha, numKeys, ...args).catch((err: unknown) => {
      if (!isNoScript(err)) throw err;
      return client[byText](this.lua, numKeys, ...args);
    });
  }
}

function isNoScript(err: unknown): boolean {
  return err instanceof Error && err.message.startsWith("NOSCRIPT");
}
