// Runs before Next.js routes every request (pages, API, static files): see lib/http/request-guard.ts.
import type { NextRequest } from "next/server";
import { guardRequest } from "@/lib/http/request-guard";

export function proxy(request: NextRequest) {
  return guardRequest(request);
}

// No matcher: every response, static files and errors included, gets the security headers.
