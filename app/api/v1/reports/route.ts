import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/http/api";
import { exportRangeReport } from "@/lib/reports/mutations";
import { reportHeaders } from "@/lib/reports/response";
import { searchParamsInput } from "@/lib/reports/schema";
import { BROWSER_TIME_ZONE_COOKIE } from "@/lib/time/schema";

export const dynamic = "force-dynamic";

export const GET = apiRoute({}, async ({ request, user }) => {
  const file = await exportRangeReport(
    user,
    searchParamsInput(request.nextUrl.searchParams, ["from", "to", "format", "kind", "bom"]),
    {
      browserTimeZone: request.cookies.get(BROWSER_TIME_ZONE_COOKIE)?.value,
    },
  );
  return new NextResponse(file.body, { headers: reportHeaders(file) });
});
