import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/http/api";
import { exportRangeReport } from "@/lib/reports/mutations";
import { reportHeaders } from "@/lib/reports/response";
import { searchParamsInput } from "@/lib/reports/schema";

export const dynamic = "force-dynamic";

export const GET = apiRoute({}, async ({ request, user }) => {
  const file = await exportRangeReport(user, searchParamsInput(request.nextUrl.searchParams, ["from", "to", "format", "kind"]));
  return new NextResponse(file.body, { headers: reportHeaders(file) });
});
