// Calls App Router route handlers in-process, as Next.js would, and reads their JSON answers.
// Used by the table-driven API tests (api-bad-input.test.ts).
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { createBrowserSession } from "@/lib/auth/identity";
import { expect } from "vitest";
import { contractViolations } from "./openapi-contract";

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
export type Params = Record<string, string>;
export type RouteHandler = (request: NextRequest, context: { params: Promise<Params> }) => Response | Promise<Response>;

export interface CallOptions {
  method: Method;
  /** Path and query, e.g. "/api/v1/me?x=1". */
  url: string;
  params?: Params;
  /** Sent as "Authorization: Bearer TOKEN". */
  token?: string;
  /** The whole Authorization header, when a test needs an unusual one. */
  authorization?: string;
  /** Sent as the Cookie header (a browser session, see sessionCookie). */
  cookie?: string;
  /** Serialised with JSON.stringify unless `raw` is given. */
  json?: unknown;
  raw?: string;
  contentType?: string;
  headers?: Record<string, string>;
  /** Skip the check against the OpenAPI document (only for requests the document cannot describe). */
  outsideContract?: true;
}

export interface ApiAnswer {
  status: number;
  /** The parsed JSON body, or undefined when the body is not JSON. */
  body: unknown;
  text: string;
  headers: Headers;
}

export async function callRoute(handler: RouteHandler, options: CallOptions): Promise<ApiAnswer> {
  const headers = new Headers(options.headers);
  if (options.authorization !== undefined) headers.set("authorization", options.authorization);
  else if (options.token !== undefined) headers.set("authorization", `Bearer ${options.token}`);
  if (options.cookie !== undefined) headers.set("cookie", options.cookie);
  const payload = options.raw ?? (options.json === undefined ? undefined : JSON.stringify(options.json));
  if (payload !== undefined) headers.set("content-type", options.contentType ?? "application/json");
  // As an HTTP client would: a body comes with its length (the API reads optional bodies by it).
  if (payload !== undefined && !headers.has("content-length"))
    headers.set("content-length", String(Buffer.byteLength(payload)));
  const request = new NextRequest(new URL(options.url, "http://localhost"), {
    method: options.method,
    headers,
    body: payload,
  });
  const response = await handler(request, { params: Promise.resolve(options.params ?? {}) });
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const answer = { status: response.status, body, text, headers: response.headers };
  // Every answer a test provokes must be one the API's document describes.
  if (!options.outsideContract)
    expect(contractViolations(options.method, options.url, answer), text.slice(0, 300)).toEqual([]);
  return answer;
}

export interface ApiErrorBody {
  code: string;
  message: string;
  fields?: Record<string, string[]>;
}

/** Never a 500; an error answer is JSON { error: { code, message } }. Returns the error. */
export function expectApiError(answer: ApiAnswer, status: number | number[], code?: string | string[]): ApiErrorBody {
  const context = `${answer.status} ${answer.text.slice(0, 500)}`;
  expect(answer.status, context).toBeLessThan(500);
  expect([status].flat(), context).toContain(answer.status);
  const error = (answer.body as { error?: ApiErrorBody } | undefined)?.error;
  expect(error, context).toBeDefined();
  expect(typeof error?.code, context).toBe("string");
  expect(typeof error?.message === "string" && error.message.length > 0, context).toBe(true);
  if (code !== undefined) expect([code].flat(), context).toContain(error?.code);
  return error as ApiErrorBody;
}

/** A 400 whose field messages name each of `fields` (non-empty message lists). */
export function expectFieldErrors(answer: ApiAnswer, fields: string[]): ApiErrorBody {
  const error = expectApiError(answer, 400, "VALIDATION_FAILED");
  const context = answer.text.slice(0, 500);
  expect(error.fields, context).toBeTypeOf("object");
  for (const field of fields) {
    expect(error.fields?.[field]?.length ?? 0, `fields.${field} in ${context}`).toBeGreaterThan(0);
  }
  return error;
}

/** The secret session cookies are signed with in tests that call routes with a browser session. */
export const TEST_SESSION_SECRET = "integration-test-session-secret";

/**
 * A signed next-auth cookie for a new Session row of the user, as sign-in would set it. The
 * caller's test must set process.env.NEXTAUTH_SECRET to TEST_SESSION_SECRET.
 */
export async function sessionCookie(userId: string): Promise<{ sid: string; cookie: string }> {
  const sid = await createBrowserSession(userId, {});
  const token = await encode({ token: { sid, sub: userId }, secret: TEST_SESSION_SECRET });
  return { sid, cookie: `next-auth.session-token=${token}` };
}
