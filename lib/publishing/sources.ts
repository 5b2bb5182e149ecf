// The public form of a verdict's sources: what a reader of the fact-check may see (address, title,
// stance), never who added them or any snapshot. Read inside the publishing transaction.
import "server-only";
import type { DbTransaction } from "@/lib/db/client";
import type { CitedSource } from "@/lib/history/chain";

export interface PublicSource {
  url: string;
  title: string | null;
  stance: string;
}

export async function publicSources(tx: DbTransaction, cited: CitedSource[]): Promise<PublicSource[]> {
  if (!cited.length) return [];
  const rows = await tx.evidence.findMany({
    where: { id: { in: cited.map((source) => source.id) } },
    select: { id: true, url: true, title: true, stance: true },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  // In the order the verdict cited them; the address is the one cited, even if edited since.
  return cited.map((source) => {
    const row = byId.get(source.id);
    return { url: source.url, title: row?.title ?? null, stance: row?.stance ?? "CONTEXT" };
  });
}
