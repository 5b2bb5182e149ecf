// Which request the JSON API can answer, read from its OpenAPI document: proxy.ts answers an
// unknown /api/v1 path with a JSON 404 and a known path with an unlisted method with a JSON 405
// and `Allow`, where Next.js would give its HTML 404 page or an empty 405. A test keeps the
// document and the route files listing the same operations (tests/unit/api/route-table.test.ts).
// Framework-free.

const OPERATION_METHODS = ["get", "put", "post", "delete", "patch"] as const;

export type RouteVerdict =
  { kind: "known" } | { kind: "unknown-path" } | { kind: "method-not-allowed"; allow: string[] };

interface RouteEntry {
  pattern: RegExp;
  methods: Set<string>;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** "/api/v1/claims/{id}" → a pattern where each {parameter} is one non-empty path segment. */
function templatePattern(template: string): RegExp {
  const parts = template.split(/(\{[^}]+\})/).map((part) => (/^\{[^}]+\}$/.test(part) ? "[^/]+" : escapeRegExp(part)));
  return new RegExp(`^${parts.join("")}$`);
}

/** The methods a path item offers: HEAD comes with GET and OPTIONS with any (Next.js answers both). */
function methodsOf(item: object): Set<string> {
  const methods = new Set(OPERATION_METHODS.filter((method) => method in item).map((method) => method.toUpperCase()));
  if (methods.has("GET")) methods.add("HEAD");
  methods.add("OPTIONS");
  return methods;
}

/** A matcher over the document's paths that start with `prefix`. */
export function routeMatcher(paths: Record<string, object>, prefix = "/api/v1/") {
  const entries: RouteEntry[] = Object.entries(paths)
    .filter(([template]) => template.startsWith(prefix))
    .map(([template, item]) => ({ pattern: templatePattern(template), methods: methodsOf(item) }));

  return (method: string, pathname: string): RouteVerdict => {
    const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
    const entry = entries.find(({ pattern }) => pattern.test(path));
    if (!entry) return { kind: "unknown-path" };
    if (entry.methods.has(method.toUpperCase())) return { kind: "known" };
    return { kind: "method-not-allowed", allow: [...entry.methods] };
  };
}
