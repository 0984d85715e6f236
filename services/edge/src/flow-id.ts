/**
 * A flow id names the edge holding a subscriber's connection and the connection itself, so the
 * notifier can address the NOTIFY to that edge: `<edgeId>/<connectionId>`.
 */
export function flowId(edgeId: string, connectionId: string): string {
  return `${edgeId}/${connectionId}`;
}

export function parseFlowId(flow: string): { edgeId: string; connectionId: string } | null {
  const slash = flow.indexOf("/");
  if (slash <= 0) return null;
  return { edgeId: flow.slice(0, slash), connectionId: flow.slice(slash + 1) };
}
