// What a served page is made of: the HTML proper and the inlined RSC payload, the payload split by
// part of the page (each client component's props, the highlighted text, the claim list). Shared by
// scripts/bench-article-page.ts and scripts/bench-pages.ts; see docs/performance.md.
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

/** The RSC payload's text, from the self.__next_f.push([1, "…"]) scripts. */
export function rscPayload(page: string): string {
  let text = "";
  for (const match of page.matchAll(/<script[^>]*>self\.__next_f\.push\(([\s\S]*?)\)<\/script>/g)) {
    const pushed: unknown = JSON.parse(match[1]);
    if (Array.isArray(pushed) && pushed[0] === 1 && typeof pushed[1] === "string") text += pushed[1];
  }
  return text;
}

/** The rows of an RSC payload ("id:JSON", "id:I[…]", "id:T<hex length>,text"). */
function rscRows(payload: string): { id: string; tag: string; body: string }[] {
  const rows: { id: string; tag: string; body: string }[] = [];
  let at = 0;
  while (at < payload.length) {
    const colon = payload.indexOf(":", at);
    if (colon < 0) break;
    const id = payload.slice(at, colon);
    let tag = "";
    let start = colon + 1;
    if (/[A-Z]/.test(payload[start])) {
      tag = payload[start];
      start += 1;
    }
    if (tag === "T") {
      const comma = payload.indexOf(",", start);
      const length = parseInt(payload.slice(start, comma), 16);
      // The length counts UTF-8 bytes.
      const rest = Buffer.from(payload.slice(comma + 1), "utf8");
      const body = rest.subarray(0, length).toString("utf8");
      rows.push({ id, tag, body });
      at = comma + 1 + body.length;
      continue;
    }
    const end = payload.indexOf("\n", start);
    rows.push({ id, tag, body: payload.slice(start, end < 0 ? payload.length : end) });
    at = end < 0 ? payload.length : end + 1;
  }
  return rows;
}

/**
 * Sizes of the page's parts in the RSC payload. Rows reference each other ("$1a", "$L1a", "$@1a":
 * outlined elements, client references); a row reached from a part counts for that part.
 */
export function breakdownPayload(payload: string) {
  const rows = new Map(rscRows(payload).map((row) => [row.id, row]));
  const clientNames = new Map<string, string>();
  for (const row of rows.values()) {
    if (row.tag !== "I") continue;
    const reference: unknown = JSON.parse(row.body);
    if (Array.isArray(reference)) clientNames.set(`$L${row.id}`, String(reference[2] ?? reference[0]));
  }
  const parts = new Map<string, number>();
  const add = (name: string, size: number) => parts.set(name, (parts.get(name) ?? 0) + size);
  const bytes = (value: unknown) => Buffer.byteLength(typeof value === "string" ? value : JSON.stringify(value));
  const visited = new Set<string>();

  /** The part an element starts, if it starts one. */
  function partOf(node: unknown[]): string | null {
    if (node[0] !== "$" || typeof node[1] !== "string") return null;
    const client = clientNames.get(node[1]);
    if (client) return `client props: ${client}`;
    const props = node[3];
    if (!props || typeof props !== "object") return null;
    const { id, className } = props as { id?: unknown; className?: unknown };
    if (id === "article-body" || className === "article-body") return "highlighted text (server elements)";
    if (className === "claim-list") return "claim list (server elements)";
    if (typeof className === "string" && className.includes("audit-log")) return "audit log (server elements)";
    return null;
  }

  /** Walks a value counted for `part` (null: not in a part yet); returns the bytes it gave to parts. */
  function walk(value: unknown, part: string | null): number {
    if (typeof value === "string") {
      const match = /^\$[L@]?([0-9a-f]+)$/.exec(value);
      if (match) visit(match[1], part);
      return 0;
    }
    if (!value || typeof value !== "object") return 0;
    if (Array.isArray(value)) {
      const own = partOf(value);
      if (own && own !== part) {
        // A part inside another (controls inside the list) is taken out of the outer one.
        const size = bytes(value);
        const inner = walkChildren(value, own);
        add(own, size - inner);
        return size;
      }
    }
    return walkChildren(value, part);
  }
  function walkChildren(value: object, part: string | null): number {
    let given = 0;
    for (const child of Object.values(value)) given += walk(child, part);
    return given;
  }
  function visit(id: string, part: string | null) {
    if (visited.has(id)) return;
    const row = rows.get(id);
    if (!row) return;
    visited.add(id);
    if (row.tag) {
      add(row.tag === "T" ? (part ?? "text rows") : `rows ${row.tag} (client references, hints)`, bytes(row.body));
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(row.body);
    } catch {
      add("unparsed rows", bytes(row.body));
      return;
    }
    const given = walk(value, part);
    add(part ?? "rest of the page (shell, header, notices, similar claims)", bytes(row.body) - given);
  }
  for (const id of rows.keys()) visit(id, null);
  return parts;
}

/** The HTML between an opening tag found by `marker` and its matching close. */
function elementHtml(html: string, marker: string, tag: string): string {
  const start = html.indexOf(marker);
  if (start < 0) return "";
  const pattern = new RegExp(`<${tag}[\\s>]|</${tag}>`, "g");
  pattern.lastIndex = start;
  let depth = 0;
  for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
    depth += match[0].startsWith("</") ? -1 : 1;
    if (depth === 0) return html.slice(start, match.index + match[0].length);
  }
  return html.slice(start);
}

export function describe(page: string, log: (line: string) => void) {
  const bytes = Buffer.byteLength(page);
  const scripts = [...page.matchAll(/<script[^>]*>self\.__next_f\.push\(([\s\S]*?)\)<\/script>/g)].reduce(
    (sum, m) => sum + Buffer.byteLength(m[0]),
    0,
  );
  const html = page.replace(/<script[^>]*>self\.__next_f\.push\(([\s\S]*?)\)<\/script>/g, "");
  const payload = rscPayload(page);
  log(
    `page ${kb(bytes)}: HTML proper ${kb(bytes - scripts)}, inlined RSC payload ${kb(scripts)} as scripts (${kb(Buffer.byteLength(payload))} decoded)`,
  );
  // The article page's text and claim list, or the dashboard's text and claims table.
  const body =
    elementHtml(html, '<div id="article-body"', "div") || elementHtml(html, '<div class="article-body"', "div");
  const firstRow = html.indexOf('data-testid="claim-row-');
  const list =
    elementHtml(html, '<ol class="claim-list"', "ol") ||
    (firstRow < 0 ? "" : elementHtml(html.slice(html.lastIndexOf("<table", firstRow)), "<table", "table"));
  log(
    `  HTML: highlighted text ${kb(Buffer.byteLength(body))}, claim list or table ${kb(Buffer.byteLength(list))}, rest ${kb(bytes - scripts - Buffer.byteLength(body) - Buffer.byteLength(list))}`,
  );
  const parts = [...breakdownPayload(payload)].sort((a, b) => b[1] - a[1]);
  const counted = parts.reduce((sum, [, n]) => sum + n, 0);
  log(
    `  RSC payload (decoded ${kb(Buffer.byteLength(payload))}; row framing ${kb(Buffer.byteLength(payload) - counted)}; escaped as scripts ${kb(scripts)}):`,
  );
  for (const [name, n] of parts) if (n >= 1024) log(`    ${name}: ${kb(n)}`);
}
