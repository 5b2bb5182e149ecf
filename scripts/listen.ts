// Where `npm start` listens. The embedded database means a trial on one machine (the demo, with
// published passwords): loopback only, unless HOST says otherwise. With DATABASE_URL (production)
// Next.js keeps its default (every interface) unless HOST is set. See docs/operations.md.
export function listenHost(mode: "embedded" | "external", hostSetting: string | undefined): string | undefined {
  const host = hostSetting?.trim();
  if (host) return host;
  return mode === "embedded" ? "127.0.0.1" : undefined;
}

export function isLoopbackHost(host: string): boolean {
  return host === "localhost" || host === "::1" || host === "[::1]" || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** A URL on which this machine reaches a server listening on `host` (undefined: every interface). */
export function probeUrl(host: string | undefined, port: number, pathname = "/api/health"): string {
  let target = host ?? "127.0.0.1";
  if (target === "0.0.0.0") target = "127.0.0.1";
  if (target === "::" || target === "[::]") target = "::1";
  if (target.includes(":") && !target.startsWith("[")) target = `[${target}]`;
  return `http://${target}:${port}${pathname}`;
}
