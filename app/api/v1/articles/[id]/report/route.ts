import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/http/api";
import { exportArticleReport } from "@/lib/reports/mutations";
import { reportHeaders } from "@/lib/reports/response";
import { searchParamsInput } from "@/lib/reports/schema";
import { BROWSER_TIME_ZONE_COOKIE } from "@/lib/time/schema";

export const dynamic = "force-dynamic";

export const GET = apiRoute({}, async ({ request, user, params }) => {
  const file = await exportArticleReport(
    user,
    params.id,
    searchParamsInput(request.nextUrl.searchParams, ["format", "kind", "bom"]),
    {
      browserTimeZone: request.cookies.get(BROWSER_TIME_ZONE_COOKIE)?.value,
    },
  );
  return new NextResponse(file.body, { headers: reportHeaders(file) });
});
