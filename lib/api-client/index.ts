// A small typed client for the ClaimLedger API: openapi-fetch over the types generated from the
// OpenAPI document (schema.ts). Paths, parameters, bodies and answers are checked by TypeScript.
//
//   const api = claimLedgerClient({ baseUrl: "http://localhost:3000", token: process.env.CLAIMLEDGER_TOKEN });
//   const { data, error } = await api.GET("/api/v1/articles", { params: { query: { state: "open" } } });
import createClient, { type Client } from "openapi-fetch";
import type { paths } from "./schema";

export type { components, operations, paths } from "./schema";
export type ClaimLedgerClient = Client<paths>;

export interface ClaimLedgerClientOptions {
  /** Where ClaimLedger runs, e.g. "https://claims.example.org". */
  baseUrl: string;
  /** A personal API token (Settings → API tokens, or `npx claimledger token create`). */
  token?: string;
  /** Another fetch (a test's in-process one, a proxy's); the global fetch by default. */
  fetch?: (request: Request) => Promise<Response>;
}

export function claimLedgerClient({ baseUrl, token, fetch }: ClaimLedgerClientOptions): ClaimLedgerClient {
  return createClient<paths>({
    baseUrl,
    ...(fetch ? { fetch } : {}),
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
}
