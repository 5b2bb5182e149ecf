"use server";
import { revalidatePath } from "next/cache";
import { articleFetchStatus, startArticleFetch } from "@/lib/articles/import-url";
import { duplicateArticleId, importArticle } from "@/lib/articles/mutations";
import { decodeUploadOffLoop } from "@/lib/articles/upload";
import { AppError } from "@/lib/errors";
import { guardedAction, runAction } from "@/lib/http/action";
import { requirePermission } from "@/lib/http/session";

/** Reads an uploaded .txt/.md/.html file into article text for the editor to check before importing. */
export const decodeUploadAction = guardedAction(async function decodeUploadAction(formData: FormData) {
  await requirePermission("article.import");
  return runAction(async () => {
    const file = formData.get("file");
    if (!(file instanceof File))
      throw new AppError("VALIDATION_FAILED", "Choose a file to upload.", {
        fields: { file: ["Choose a file to upload."] },
      });
    return decodeUploadOffLoop(file.name, new Uint8Array(await file.arrayBuffer()));
  });
});

/** Queues the fetch of the article at a web address (a background job); the form then polls its status. */
export const startArticleFetchAction = guardedAction(async function startArticleFetchAction(input: unknown) {
  const actor = await requirePermission("article.import");
  return runAction(() => startArticleFetch(actor, input));
});

/** Where the editor's fetch is, and once done the article read from the page (nothing is stored). */
export const articleFetchStatusAction = guardedAction(async function articleFetchStatusAction(jobId: unknown) {
  const actor = await requirePermission("article.import");
  return runAction(() => articleFetchStatus(actor, jobId));
});

export type ImportOutcome =
  { kind: "imported"; id: string; claims: number } | { kind: "duplicate"; id: string; message: string };

export const importArticleAction = guardedAction(async function importArticleAction(input: unknown) {
  const actor = await requirePermission("article.import");
  return runAction(async (): Promise<ImportOutcome> => {
    try {
      const { article, claims } = await importArticle(actor, input);
      revalidatePath("/articles");
      return { kind: "imported", id: article.id, claims: claims.length };
    } catch (error) {
      const existing = duplicateArticleId(error);
      if (existing && error instanceof Error) return { kind: "duplicate", id: existing, message: error.message };
      throw error;
    }
  });
});
