// Route-handler plumbing for the JSON API: parse, authenticate, call lib/, map errors.
// Every failure becomes a JSON body { error: { code, message, fields? } } with a 4xx status;
// an unexpected error is logged and answered with a generic 500 that reveals nothing.
import { NextResponse, type NextRequest } from "next/server";
import { AppError, isAppError } from "@/lib/errors";
import type { CurrentUser } from "@/lib/auth/identity";
import { authenticateApiRequest } from "./session";

export function errorResponse(error: AppError): NextResponse {
  const { fields, ...rest } = error.details;
  return NextResponse.json(
    { error: { code: error.code, message: error.message, ...(fields ? { fields } : {}), ...rest } },
    { status: error.status },
  );
}

export function handleError(error: unknown): NextResponse {
  if (isAppError(error)) return errorResponse(error);
  console.error("Unexpected error in API route", error);
  return NextResponse.json(
    { error: { code: "INTERNAL", message: "Something went wrong on our side. It has been logged." } },
    { status: 500 },
  );
}

async function readJson(request: NextRequest): Promise<unknown> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.toLowerCase().includes("application/json")) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the request body as JSON (Content-Type: application/json).");
  }
  const text = await request.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("VALIDATION_FAILED", "The request body is not valid JSON.", { fields: { _: ["Malformed JSON."] } });
  }
}

type Params = Record<string, string>;

interface HandlerContext {
  request: NextRequest;
  user: CurrentUser;
  /** The parsed JSON body (when the route reads one); lib/ validates it with its zod schema. */
  body: unknown;
  params: Params;
}

/** An authenticated API route. With `readsBody`, the request must carry a JSON body. */
export function apiRoute(options: { readsBody?: boolean }, handler: (context: HandlerContext) => Promise<unknown>) {
  return async (request: NextRequest, context: { params: Promise<Params> }): Promise<NextResponse> => {
    try {
      const caller = await authenticateApiRequest(request);
      if (caller === "bad-token") throw new AppError("UNAUTHENTICATED", "The API token is invalid or has been revoked.");
      if (!caller) throw new AppError("UNAUTHENTICATED", "Sign in or send an API token: Authorization: Bearer TOKEN.");
      const body = options.readsBody ? await readJson(request) : undefined;
      const result = await handler({ request, user: caller.user, body, params: (await context.params) ?? {} });
      return result instanceof NextResponse ? result : NextResponse.json(result);
    } catch (error) {
      return handleError(error);
    }
  };
}

export function created(body: unknown): NextResponse {
  return NextResponse.json(body, { status: 201 });
}
