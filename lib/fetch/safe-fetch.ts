// The one way ClaimLedger fetches an outside URL (article import by URL, evidence snapshots,
// webhooks). It cannot be turned against the server's own network:
//  - http and https only, no credentials in the URL;
//  - the host is resolved here and every address it resolves to is checked (address-policy.ts)
//    before connecting, and the connection goes to an address that was checked: the resolver
//    handed to the socket is ours, so there is no second lookup a DNS-rebinding host could answer
//    differently. An IP literal is checked as it is;
//  - each redirect (at most 5) is checked the same way;
//  - a size cap on the body as received and as decompressed, one deadline for the whole fetch,
//    and the content types the caller accepts.
// Each refusal is a FetchRefused with a code and a message a user can act on.
import { createHash } from "node:crypto";
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { Readable } from "node:stream";
import zlib from "node:zlib";
import { classifyAddress, isAllowListed, parseAllowList, portOf, type AllowList } from "./address-policy";

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 20_000;
export const MAX_REDIRECTS = 5;

export type RefusalCode =
  | "INVALID_URL"
  | "SCHEME"
  | "CREDENTIALS"
  | "PRIVATE_ADDRESS"
  | "DNS"
  | "TOO_MANY_REDIRECTS"
  | "TOO_LARGE"
  | "TIMEOUT"
  | "CONTENT_TYPE"
  | "UNREACHABLE";

export class FetchRefused extends Error {
  constructor(
    readonly code: RefusalCode,
    message: string,
  ) {
    super(message);
    this.name = "FetchRefused";
  }
}

export interface SafeFetchOptions {
  /** Content types accepted for a successful (2xx) answer: "text/html", or a family "image/*". */
  accept: readonly string[];
  maxBytes?: number;
  /** For the whole fetch, redirects and body included. */
  timeoutMs?: number;
  /** Hosts that may be private; default: CLAIMLEDGER_FETCH_ALLOW. */
  allow?: AllowList;
  signal?: AbortSignal;
  /** A POST with `body` (webhook deliveries); default GET. */
  method?: "GET" | "POST";
  body?: string | Buffer;
  /** Sent besides (or instead of) the default user-agent and accept headers. */
  headers?: Record<string, string>;
  /** false: a redirect is returned as the answer, never followed (a webhook must not be sent on). */
  followRedirects?: boolean;
}

export interface FetchedResource {
  /** As asked for. */
  url: string;
  /** After redirects. */
  finalUrl: string;
  redirects: string[];
  status: number;
  /** The media type without parameters, lower-case ("text/html"); null when the server sent none. */
  contentType: string | null;
  /** The charset parameter, if any. */
  charset: string | null;
  body: Buffer;
  sha256: string;
  fetchedAt: Date;
}

/** Settings from the environment, read at each fetch so tests and operators can change them. */
export function fetchSettings(env: NodeJS.ProcessEnv = process.env): { allow: AllowList; maxBytes: number } {
  const configured = Number(env.CLAIMLEDGER_FETCH_MAX_BYTES);
  return {
    allow: parseAllowList(env.CLAIMLEDGER_FETCH_ALLOW),
    maxBytes: Number.isSafeInteger(configured) && configured > 0 ? configured : DEFAULT_MAX_BYTES,
  };
}

const RANGE_WORDS: Record<string, string> = {
  loopback: "a loopback address (this server itself)",
  private: "a private network address",
  linkLocal: "a link-local address (such as a cloud metadata service)",
  uniqueLocal: "a private network address",
  carrierGradeNat: "a shared (carrier-grade NAT) address",
  multicast: "a multicast address",
  unspecified: "an unspecified address",
  broadcast: "a broadcast address",
};

function privateRefusal(host: string, range: string): FetchRefused {
  const what = RANGE_WORDS[range] ?? "a reserved or internal address";
  return new FetchRefused(
    "PRIVATE_ADDRESS",
    `${host} leads to ${what}. ClaimLedger only fetches public web addresses (an admin can allow named intranet hosts with CLAIMLEDGER_FETCH_ALLOW).`,
  );
}

/** Checks the URL itself: scheme, credentials, an IP literal. Returns it parsed. */
export function checkUrl(raw: string, allow: AllowList): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchRefused("INVALID_URL", `"${raw.slice(0, 200)}" is not a web address (it should start with https://).`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new FetchRefused("SCHEME", `Only http and https addresses can be fetched, not ${url.protocol.replace(":", "")}.`);
  }
  if (url.username || url.password) {
    throw new FetchRefused("CREDENTIALS", "Addresses with a user name or password in them are not fetched.");
  }
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  const verdict = classifyAddress(host);
  // An IP literal (the URL parser already turned 0x7f.1 and 2130706433 into 127.0.0.1).
  if (verdict.ok === false && verdict.range !== "invalid" && !isAllowListed(allow, url.hostname, portOf(url))) {
    throw privateRefusal(url.hostname, verdict.range);
  }
  return url;
}

/** A resolver for the socket: resolves, refuses when any address is not public, hands over the checked ones. */
function checkedLookup(allowed: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { all: true, family: options.family as number | undefined }, (error, addresses) => {
      if (error) {
        callback(new FetchRefused("DNS", `${hostname} could not be found (${error.code ?? "DNS error"}).`), "", 4);
        return;
      }
      const list = addresses as LookupAddress[];
      if (!allowed) {
        for (const { address } of list) {
          const verdict = classifyAddress(address);
          if (!verdict.ok) return callback(privateRefusal(hostname, verdict.range), "", 4);
        }
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
      callback(null, list[0]!.address, list[0]!.family);
    });
  };
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function mediaType(header: string | undefined): { type: string | null; charset: string | null } {
  if (!header) return { type: null, charset: null };
  const [type = "", ...params] = header.split(";").map((part) => part.trim());
  const charset = params.find((p) => p.toLowerCase().startsWith("charset="))?.slice(8).replace(/"/g, "") ?? null;
  return { type: type.toLowerCase() || null, charset };
}

function accepts(accept: readonly string[], type: string | null): boolean {
  if (accept.includes("*/*")) return true;
  if (!type) return false;
  return accept.some((pattern) => (pattern.endsWith("/*") ? type.startsWith(pattern.slice(0, -1)) : pattern === type));
}

type RequestOptions = Pick<SafeFetchOptions, "method" | "body" | "headers">;

function request(url: URL, allowed: boolean, signal: AbortSignal, options: RequestOptions = {}): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const client = url.protocol === "https:" ? https : http;
    const outgoing = client.request(
      url,
      {
        method: options.method ?? "GET",
        // A fresh connection per request: a pooled socket could have been opened to another address.
        agent: false,
        lookup: checkedLookup(allowed),
        signal,
        headers: {
          "user-agent": "ClaimLedger/1 (fact-checking source archiver)",
          accept: "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.8",
          "accept-encoding": "gzip, deflate, br",
          ...options.headers,
        },
      },
      resolve,
    );
    outgoing.on("error", reject);
    outgoing.end(options.body);
  });
}

function decoded(response: IncomingMessage): Readable {
  switch ((response.headers["content-encoding"] ?? "").toLowerCase()) {
    case "gzip":
    case "x-gzip":
      return response.pipe(zlib.createGunzip());
    case "deflate":
      return response.pipe(zlib.createInflate());
    case "br":
      return response.pipe(zlib.createBrotliDecompress());
    default:
      return response;
  }
}

async function readCapped(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const tooLarge = () =>
    new FetchRefused("TOO_LARGE", `The page is larger than the ${Math.round(maxBytes / 1024 / 1024)} MB that can be fetched.`);
  const declared = Number(response.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let total = 0;
  // Counted after decompression too, so a small compressed bomb is stopped at the same cap.
  for await (const chunk of decoded(response)) {
    total += (chunk as Buffer).length;
    if (total > maxBytes) {
      response.destroy();
      throw tooLarge();
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Fetches a public URL under the rules above. Non-2xx answers are returned (a snapshot records a 404). */
export async function safeFetch(rawUrl: string, options: SafeFetchOptions): Promise<FetchedResource> {
  const settings = fetchSettings();
  const allow = options.allow ?? settings.allow;
  const maxBytes = options.maxBytes ?? settings.maxBytes;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const deadline = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([deadline, options.signal]) : deadline;
  const redirects: string[] = [];
  let url = checkUrl(rawUrl, allow);
  try {
    for (;;) {
      const response = await request(url, isAllowListed(allow, url.hostname, portOf(url)), signal, options);
      const location = response.headers.location;
      if (REDIRECTS.has(response.statusCode ?? 0) && location && options.followRedirects !== false) {
        response.resume();
        if (redirects.length >= MAX_REDIRECTS) {
          throw new FetchRefused("TOO_MANY_REDIRECTS", `The address redirects more than ${MAX_REDIRECTS} times.`);
        }
        let next: string;
        try {
          next = new URL(location, url).toString();
        } catch {
          throw new FetchRefused("INVALID_URL", "The page redirects to an address that is not valid.");
        }
        redirects.push(next);
        url = checkUrl(next, allow);
        continue;
      }
      const status = response.statusCode ?? 0;
      const { type, charset } = mediaType(response.headers["content-type"]);
      if (status >= 200 && status < 300 && !accepts(options.accept, type)) {
        response.destroy();
        throw new FetchRefused(
          "CONTENT_TYPE",
          `The address answers with ${type ?? "no content type"}, not one of ${options.accept.join(", ")}.`,
        );
      }
      const body = await readCapped(response, maxBytes);
      return {
        url: rawUrl,
        finalUrl: url.toString(),
        redirects,
        status,
        contentType: type,
        charset,
        body,
        sha256: createHash("sha256").update(body).digest("hex"),
        fetchedAt: new Date(),
      };
    }
  } catch (error) {
    throw asRefusal(error, deadline, timeoutMs);
  }
}

function asRefusal(error: unknown, deadline: AbortSignal, timeoutMs: number): Error {
  if (error instanceof FetchRefused) return error;
  if (deadline.aborted) {
    return new FetchRefused("TIMEOUT", `The address did not answer in full within ${Math.round(timeoutMs / 1000)} s.`);
  }
  // Node wraps a refusal from our resolver in the socket's error: keep ours.
  const cause = (error as { cause?: unknown })?.cause;
  if (cause instanceof FetchRefused) return cause;
  if (error instanceof Error && error.name === "AbortError") return error;
  const code = (error as NodeJS.ErrnoException)?.code;
  return new FetchRefused("UNREACHABLE", `The address could not be reached${code ? ` (${code})` : ""}.`);
}
