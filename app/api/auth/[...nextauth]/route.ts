import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptionsFor } from "@/lib/http/auth-options";

type Context = { params: Promise<{ nextauth: string[] }> };

// Options per request: a single sign-on's session records this request's browser and address.
async function handler(request: NextRequest, context: Context): Promise<Response> {
  return NextAuth(request, context, authOptionsFor(Object.fromEntries(request.headers)));
}

export { handler as GET, handler as POST };
