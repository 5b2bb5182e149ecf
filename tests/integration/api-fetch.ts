// A fetch that answers from the route handlers in-process (through callRoute, so every answer is
// also checked against the OpenAPI document): the typed client (lib/api-client) runs against the
// real API without a server.
import { ROUTES } from "./api-routes";
import { callRoute, type Method } from "./api-harness";

const patternOf = (path: string) => new RegExp(`^${path.replace(/\[(\w+)\]/g, "(?<$1>[^/]+)")}$`);
const TABLE = ROUTES.map((route) => ({ route, pattern: patternOf(route.path) }));

export function inProcessFetch(): (request: Request) => Promise<Response> {
  return async (request) => {
    const url = new URL(request.url);
    for (const { route, pattern } of TABLE) {
      const match = pattern.exec(url.pathname);
      if (!match || route.method !== request.method) continue;
      const params = Object.fromEntries(
        Object.entries(match.groups ?? {}).map(([name, value]) => [name, decodeURIComponent(value)]),
      );
      const raw = request.body ? await request.text() : undefined;
      const headers = Object.fromEntries(request.headers);
      const answer = await callRoute(route.handler, {
        method: request.method as Method,
        url: url.pathname + url.search,
        params,
        headers,
        ...(raw === undefined ? {} : { raw, contentType: headers["content-type"] }),
      });
      return new Response(answer.text, { status: answer.status, headers: answer.headers });
    }
    throw new Error(`No route in tests/integration/api-routes.ts for ${request.method} ${url.pathname}`);
  };
}
