// The client's address, for sign-in throttling and the session list. Only what the connection
// itself or our own proxies say can be believed: a client can send any X-Forwarded-For.
//
// Without a proxy (CLAIMLEDGER_TRUSTED_PROXY_HOPS=0, the default) the address is the socket's
// remote address. Next.js does not hand that to route handlers (NextRequest has no `ip` since
// Next.js 15, and Next.js sets X-Forwarded-For to the socket's address only when the client sent
// none), so installClientAddressHeader(), run once at server start (instrumentation.ts), copies
// it into CLIENT_ADDRESS_HEADER on every request, overwriting whatever the client sent there.
// Behind N proxies (CLAIMLEDGER_TRUSTED_PROXY_HOPS=N) the address is the Nth X-Forwarded-For entry
// from the right: the one the outermost of our proxies appended.
import http from "node:http";
import https from "node:https";
import { isIPv4, isIPv6 } from "node:net";

export const CLIENT_ADDRESS_HEADER = "x-claimledger-client-ip";

const HOOK_FLAG = Symbol.for("claimledger.clientAddressHeader");
const registry = globalThis as { [HOOK_FLAG]?: boolean };

/**
 * Makes every HTTP(S) server of this process stamp each request with its socket's remote address
 * (CLIENT_ADDRESS_HEADER), before any handler, Next.js's included, sees it. Idempotent.
 */
export function installClientAddressHeader(): void {
  if (registry[HOOK_FLAG]) return;
  for (const prototype of [http.Server.prototype, https.Server.prototype]) {
    // EventEmitter's emit, without the overloads of each server class.
    const target = prototype as unknown as { emit: (event: string | symbol, ...args: unknown[]) => boolean };
    const emit = target.emit;
    target.emit = function emitWithClientAddress(this: unknown, event, ...args) {
      if (event === "request") {
        const request = args[0] as http.IncomingMessage;
        request.headers[CLIENT_ADDRESS_HEADER] = request.socket?.remoteAddress ?? "";
      }
      return emit.call(this, event, ...args);
    };
  }
  registry[HOOK_FLAG] = true;
}

export function clientAddressHeaderInstalled(): boolean {
  return registry[HOOK_FLAG] === true;
}

/** CLAIMLEDGER_TRUSTED_PROXY_HOPS: how many proxies in front of the app append to X-Forwarded-For. */
export function trustedProxyHops(value = process.env.CLAIMLEDGER_TRUSTED_PROXY_HOPS): number {
  if (value === undefined || value.trim() === "") return 0;
  const hops = Number(value);
  if (Number.isInteger(hops) && hops >= 0 && hops <= 10) return hops;
  warnOnce(`CLAIMLEDGER_TRUSTED_PROXY_HOPS must be a whole number from 0 to 10, not "${value}"; using 0 (no proxy).`);
  return 0;
}

type HeaderBag = Record<string, string | string[] | undefined> | Headers | undefined;

function header(headers: HeaderBag, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

const warned = new Set<string>();
function warnOnce(message: string) {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`[claimledger] ${message}`);
}

export interface ClientAddressOptions {
  trustedHops?: number;
  /** Whether CLIENT_ADDRESS_HEADER comes from installClientAddressHeader (else a client could set it). */
  socketHeaderTrusted?: boolean;
}

/** The client's address as the request headers tell it, believing only what is trustworthy. */
export function clientAddressFrom(headers: HeaderBag, options: ClientAddressOptions = {}): string {
  const hops = options.trustedHops ?? trustedProxyHops();
  const forwarded = (header(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (hops > 0) {
    // The entry our outermost proxy appended. With fewer entries than proxies (someone reached
    // the app around them), the leftmost is all there is.
    return cleanAddress(forwarded[Math.max(0, forwarded.length - hops)] ?? "");
  }
  if (options.socketHeaderTrusted ?? clientAddressHeaderInstalled()) {
    const socket = cleanAddress(header(headers, CLIENT_ADDRESS_HEADER) ?? "");
    // (Next.js fills an absent X-Forwarded-For with the socket's own address: that is no proxy.)
    const proxied = forwarded.length > 0 && cleanAddress(forwarded.at(-1) ?? "") !== socket;
    if (proxied && isLocalAddress(socket)) {
      // Every client would share the proxy's address, and one attacker could get it refused.
      warnOnce(
        `Requests come from ${socket} with an X-Forwarded-For header: if a proxy runs in front of the app, set ` +
          "CLAIMLEDGER_TRUSTED_PROXY_HOPS to the number of proxies, or every client counts as that one address.",
      );
    }
    return socket;
  }
  warnOnce(
    "The client-address hook is not installed (instrumentation.ts), so without a proxy the sign-in " +
      "throttle falls back to X-Forwarded-For, which a client can forge.",
  );
  return cleanAddress(forwarded.at(-1) ?? "");
}

/** An address as written in a header or by the socket, without port, brackets or IPv4 mapping. */
export function cleanAddress(raw: string): string {
  let address = raw.trim().slice(0, 100);
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1];
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  address = address.replace(/%.*$/, "").toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(address);
  if (mapped && isIPv4(mapped[1])) address = mapped[1];
  return address || "unknown";
}

/** Loopback and private networks: where a reverse proxy on the same host or network connects from. */
function isLocalAddress(address: string): boolean {
  return (
    /^(127\.|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(address) ||
    address === "::1" ||
    /^f[cd][0-9a-f]{2}:/.test(address)
  );
}

/** The eight 16-bit groups of an IPv6 address (which isIPv6 has accepted). */
function ipv6Groups(address: string): number[] {
  let text = address;
  const embedded = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text);
  if (embedded) {
    const [a, b, c, d] = embedded[1].split(".").map(Number);
    text = `${text.slice(0, embedded.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split("::");
  const left = head ? head.split(":") : [];
  const right = tail === undefined ? [] : tail ? tail.split(":") : [];
  const zeros = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill("0");
  return [...left, ...zeros, ...right].map((group) => parseInt(group, 16));
}

/**
 * The key an address is throttled under. One IPv6 client usually holds a whole /64 (and can pick
 * any address in it), so IPv6 addresses count per /64 network; IPv4 addresses count one by one.
 */
export function throttleAddressKey(address: string): string {
  const clean = cleanAddress(address);
  if (!isIPv6(clean)) return clean;
  const network = ipv6Groups(clean)
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(":");
  return `${network}::/64`;
}
