import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/http/api";
import { sendTestEvent } from "@/lib/webhooks/emit";

// Queued, not sent yet: 202, and the delivery shows in the endpoint's log.
export const POST = apiRoute({}, async ({ user, params }) =>
  NextResponse.json(await sendTestEvent(user, params.id), { status: 202 }),
);
