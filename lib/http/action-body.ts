// Checks the body of a server-action call before Next.js decodes it. Next.js hands the body to
// React's reply decoder, which reads strings that start with "$" as references to other parts of
// the request (promises, maps, blobs, server functions, streams, earlier values). A hand-made
// body whose references point nowhere makes the decoder throw, and Next.js answers 500. The app's
// actions take plain JSON values (and FormData for uploads), so only the self-contained forms the
// browser's encoder produces for those are accepted; anything else is refused with 400.
// Pure: proxy.ts reads the body and applies the verdict.
import { firstTextProblem } from "./input-text";

/** Set by proxy.ts on a request whose action body was not valid UTF-8 (a client's own copy is dropped). */
export const INVALID_UTF8_HEADER = "x-claimledger-body-not-utf8";

/** Same as serverActions.bodySizeLimit in next.config.js ("12mb"). */
export const ACTION_BODY_LIMIT_BYTES = 12 * 1024 * 1024;
/** Next.js refuses (with a 500) calls with more arguments than this. */
const MAX_ACTION_ARGUMENTS = 1000;
/** Far deeper than any action input; React's decoder recurses, so hostile nesting must stop here. */
const MAX_ACTION_DEPTH = 64;

export type ActionBodyVerdict = { ok: true; invalidUtf8: boolean } | { ok: false; status: 400 | 413; message: string };

const NOT_AN_ACTION_CALL = "This request is not a valid call of one of the app's actions.";
const refuse = (): ActionBodyVerdict => ({ ok: false, status: 400, message: NOT_AN_ACTION_CALL });
export const ACTION_BODY_TOO_LARGE: ActionBodyVerdict = {
  ok: false,
  status: 413,
  message: `The request body is larger than ${ACTION_BODY_LIMIT_BYTES / 1024 / 1024} MB.`,
};

// What React's encodeReply writes for plain values: an escaped "$", undefined, the special
// numbers, a Date, a BigInt. Self-contained: none of them refers to another part of the body.
const SELF_CONTAINED = /^\$(?:\$[\s\S]*|undefined|NaN|Infinity|-Infinity|-0|D[\s\S]*|n-?\d{1,300})$/;

/** Why a "$"-string may not appear in this body, or null. `parts` are a multipart body's entries. */
function referenceProblem(text: string, parts: FormData | null): string | null {
  if (!text.startsWith("$") || SELF_CONTAINED.test(text)) return null;
  if (parts) {
    // FormData passed to an action ($K: its fields follow with the prefix "_<id>_").
    if (/^\$K[0-9a-f]{1,8}$/.test(text)) return null;
    // A file of that FormData or an argument ($B: the part named by the decimal id).
    if (/^\$B[0-9a-f]{1,8}$/.test(text) && parts.get(String(parseInt(text.slice(2), 16))) instanceof Blob) return null;
  }
  return NOT_AN_ACTION_CALL;
}

function checkArguments(json: string, parts: FormData | null): ActionBodyVerdict | null {
  let args: unknown;
  try {
    args = JSON.parse(json);
  } catch {
    return refuse();
  }
  if (!Array.isArray(args) || args.length > MAX_ACTION_ARGUMENTS) return refuse();
  const problem = firstTextProblem(args, (text) => referenceProblem(text, parts), MAX_ACTION_DEPTH);
  return problem ? refuse() : null;
}

/**
 * A fetch action's body that is not multipart: the arguments as one JSON text. Invalid UTF-8 is
 * not refused here but reported, so that the action answers with a form message (Next.js would
 * otherwise turn the bad bytes into U+FFFD without a trace).
 */
export function checkTextActionBody(bytes: Uint8Array): ActionBodyVerdict {
  if (bytes.byteLength > ACTION_BODY_LIMIT_BYTES) return ACTION_BODY_TOO_LARGE;
  let text: string;
  let invalidUtf8 = false;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    invalidUtf8 = true;
    text = new TextDecoder("utf-8").decode(bytes);
  }
  return checkArguments(text, null) ?? { ok: true, invalidUtf8 };
}

/**
 * A multipart fetch action's body (arguments that include FormData or files): the arguments are
 * in the part "0"; the parts whose names are hex numbers are further JSON values.
 */
export function checkMultipartActionBody(parts: FormData): ActionBodyVerdict {
  const root = parts.get("0");
  if (typeof root !== "string") return refuse();
  for (const [name, value] of parts.entries()) {
    if (!/^[0-9a-f]+$/.test(name)) continue;
    if (typeof value !== "string") {
      if (name === "0") return refuse();
      continue;
    }
    const problem = name === "0" ? checkArguments(value, parts) : checkJsonValue(value, parts);
    if (problem) return problem;
  }
  return { ok: true, invalidUtf8: false };
}

function checkJsonValue(json: string, parts: FormData): ActionBodyVerdict | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return refuse();
  }
  return firstTextProblem(value, (text) => referenceProblem(text, parts), MAX_ACTION_DEPTH) ? refuse() : null;
}
