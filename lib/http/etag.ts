// Claim versions as HTTP validators: a claim read carries `ETag: "v7"`, and a write may send
// `If-Match: "v7"` instead of a `version` field (or `?version=`). A stale If-Match answers 412
// Precondition Failed, as HTTP says, where a stale `version` field answers 409. Framework-free.
import { AppError } from "@/lib/errors";

export const claimEtag = (version: number) => `"v${version}"`;

/**
 * The claim version an If-Match header names, or null when there is none. "*" (any current
 * representation) names no version: the write then needs its `version` field as usual.
 */
export function versionFromIfMatch(header: string | null): number | null {
  if (header === null || header.trim() === "*") return null;
  const match = /^\s*"v([1-9]\d{0,9})"\s*$/.exec(header);
  if (!match) {
    const message =
      'If-Match must be one ETag from a claim read, such as "v7" (weak W/ tags and lists are not accepted).';
    throw new AppError("VALIDATION_FAILED", message, { fields: { "If-Match": [message] } });
  }
  return Number(match[1]);
}

/** The body with the If-Match version in `version`; a body whose own `version` disagrees is refused. */
export function withIfMatchVersion(body: unknown, version: number): unknown {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return body;
  const given = (body as { version?: unknown }).version;
  if (given !== undefined && given !== version) {
    const message = `The body's version (${String(given)}) and If-Match (${claimEtag(version)}) name different versions; send one of them.`;
    throw new AppError("VALIDATION_FAILED", message, { fields: { version: [message] } });
  }
  return { ...body, version };
}

/** A stale-version CONFLICT, answered as 412 when the writer used If-Match. */
export function asPreconditionFailed(error: unknown): unknown {
  if (!(error instanceof AppError) || error.code !== "CONFLICT" || !("current" in error.details)) return error;
  return new AppError(
    "PRECONDITION_FAILED",
    "The claim changed since the ETag you sent in If-Match. Read it again (error.current is the claim now) and apply your change again.",
    error.details,
  );
}

/** A DELETE's claim version: `?version=N` or If-Match (a DELETE body is unusual for HTTP clients); both must agree. */
export function versionFromQuery(params: URLSearchParams, ifMatchVersion: number | null): number | undefined {
  const raw = params.get("version");
  const version = raw === null || raw === "" ? undefined : Number(raw);
  if (ifMatchVersion !== null && version !== undefined && version !== ifMatchVersion) {
    const message = "?version and If-Match name different versions; send one of them.";
    throw new AppError("VALIDATION_FAILED", message, { fields: { version: [message] } });
  }
  return ifMatchVersion ?? version;
}
