// Which addresses and hosts an outside fetch may reach. Pure.
//
// Only public unicast addresses are reachable. Everything else (loopback, private, link-local with
// the cloud metadata address 169.254.169.254, carrier-grade NAT such as 100.100.100.200, unique
// local with fd00:ec2::254, multicast, reserved, documentation ranges, and IPv6 forms that carry an
// IPv4 address: IPv4-mapped, NAT64, 6to4, Teredo) is refused unless the host is on the allow list
// (CLAIMLEDGER_FETCH_ALLOW), which an intranet deployment and the tests use. Classification is
// ipaddr.js's, from the IANA special-purpose registries, not string checks.
import ipaddr from "ipaddr.js";

export interface AllowEntry {
  host: string;
  /** Only this port of the host; null: any port. */
  port: number | null;
}

export type AllowList = readonly AllowEntry[];

/** Parses "intranet.local, 10.0.0.5:8080, [fd00::1]:443" (host or host:port, comma-separated). */
export function parseAllowList(setting: string | undefined | null): AllowEntry[] {
  if (!setting) return [];
  return setting
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      let url: URL;
      try {
        url = new URL(`http://${entry}`);
      } catch {
        throw new Error(`CLAIMLEDGER_FETCH_ALLOW: "${entry}" is not a host or host:port.`);
      }
      if (url.pathname !== "/" || url.username || url.search) {
        throw new Error(`CLAIMLEDGER_FETCH_ALLOW: "${entry}" is not a host or host:port.`);
      }
      // URL leaves out port 80 for http: an explicit ":80" in the entry still means that port.
      const explicitPort = /:(\d+)$/.exec(entry)?.[1];
      return { host: normaliseHost(url.hostname), port: explicitPort ? Number(explicitPort) : null };
    });
}

/** Lower-case, without IPv6 brackets or a trailing dot. */
export function normaliseHost(hostname: string): string {
  return hostname.toLowerCase().replace(/^\[(.*)\]$/, "$1").replace(/\.$/, "");
}

export function isAllowListed(allow: AllowList, hostname: string, port: number): boolean {
  const host = normaliseHost(hostname);
  return allow.some((entry) => entry.host === host && (entry.port === null || entry.port === port));
}

/** The port a URL connects to. */
export function portOf(url: URL): number {
  if (url.port) return Number(url.port);
  return url.protocol === "https:" ? 443 : 80;
}

export type AddressVerdict = { ok: true } | { ok: false; range: string };

/** Whether an address (as resolved, any textual form) is a public unicast one. */
export function classifyAddress(address: string): AddressVerdict {
  if (!ipaddr.isValid(address)) return { ok: false, range: "invalid" };
  let parsed = ipaddr.parse(address);
  // ::ffff:10.0.0.1 reaches 10.0.0.1: judge the IPv4 address inside.
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  const range = parsed.range();
  return range === "unicast" ? { ok: true } : { ok: false, range };
}
