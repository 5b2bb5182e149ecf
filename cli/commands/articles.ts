import { readFile } from "node:fs/promises";
import { InvalidArgumentError, type Command } from "commander";
import { withDatabase } from "../database";
import { callerPath, readUtf8File } from "../files";

export function registerArticleCommands(program: Command) {
  program
    .command("extract")
    .description("Print the claims found in a UTF-8 text file (no database needed)")
    .argument("<file>", "UTF-8 text file")
    .option("--format <format>", "json or text", "json")
    .action(async (file: string, options: { format: string }) => {
      if (!["json", "text"].includes(options.format)) throw new InvalidArgumentError("--format must be json or text.");
      const { extractClaims } = await import("@/lib/extraction");
      const claims = extractClaims(await readUtf8File(file));
      if (options.format === "json") {
        const rows = claims.map(({ text, start, end, score, reasons, statement }) => ({ text, start, end, score, reasons, statement }));
        console.log(JSON.stringify(rows, null, 2));
      } else {
        for (const claim of claims) {
          console.log(`[${claim.start}-${claim.end}] (${claim.score.toFixed(2)}) ${claim.text}`);
          if (claim.statement !== claim.text) console.log(`    statement: ${claim.statement}`);
        }
      }
    });

  program
    .command("import")
    .description(
      "Import an article from a .txt, .md or .html file (as the web upload does), or from its web address (http/https, fetched safely), extracting its claims",
    )
    .argument("<file-or-url>", ".txt, .md or .html file (UTF-8), or the article's https:// address")
    .option("--title <title>", "article title (default: the page's headline without the site's name, the Markdown heading or the file name)")
    .option("--url <url>", "where the article was published (default: the page's og:url or canonical address)")
    .option("--publisher <publisher>", "publisher name (default: the page's og:site_name or JSON-LD publisher)")
    .option("--published-at <date>", "publication date, YYYY-MM-DD or ISO 8601 (default: the page's own)")
    .option("--as <email>", "the importing editor or admin (default: the first admin)")
    .action(
      async (
        source: string,
        options: { title?: string; url?: string; publisher?: string; publishedAt?: string; as?: string },
      ) => {
        const fromWeb = /^https?:\/\//i.test(source);
        // The same decoding as the web upload: HTML to readable text, binary and non-UTF-8 refused.
        const { decodeUpload } = await import("@/lib/articles/upload");
        const decoded = fromWeb ? null : decodeUpload(source, await readFile(callerPath(source)));
        const result = await withDatabase(async () => {
          const { findActiveUserByEmail, findFirstAdmin } = await import("@/lib/users/data");
          const { importArticle } = await import("@/lib/articles/mutations");
          const { importArticleFromUrl } = await import("@/lib/articles/import-url");
          const actor = options.as ? await findActiveUserByEmail(options.as) : await findFirstAdmin();
          if (!actor)
            throw new InvalidArgumentError(
              options.as
                ? `No active user with the email ${options.as}.`
                : "There is no active admin to import as; use --as EMAIL.",
            );
          if (!decoded) {
            if (options.url) throw new InvalidArgumentError("--url names where a file was published; a web address is its own.");
            return importArticleFromUrl(actor, {
              url: source,
              title: options.title,
              publisher: options.publisher,
              publishedAt: options.publishedAt,
            });
          }
          return importArticle(actor, {
            title: options.title ?? decoded.title,
            url: options.url ?? decoded.url,
            publisher: options.publisher ?? decoded.publisher,
            publishedAt: options.publishedAt ?? decoded.publishedAt,
            body: decoded.text,
          });
        });
        console.log(`Imported "${result.article.title}" (${result.article.id}) with ${result.claims.length} claims.`);
      },
    );
}
