import type { ZodOpenApiPathsObject } from "zod-openapi";
import { importArticleSchema } from "@/lib/articles/schema";
import { importedArticleBody } from "../contracts";
import { errorResponse, json, standardErrors } from "../openapi-helpers";

export const articlePaths: ZodOpenApiPathsObject = {
  "/api/v1/articles": {
    post: {
      summary: "Import an article; its claims are extracted in the same transaction",
      requestBody: json(importArticleSchema),
      responses: {
        "201": { description: "Imported", ...json(importedArticleBody) },
        ...standardErrors,
        "409": errorResponse("The same text was already imported; `articleId` names the existing article."),
        "503": errorResponse(
          "Extracting claims from a very large text ran past its time budget (CLAIMLEDGER_EXTRACTION_TIMEOUT_MS); `budgetMs` and `phase` say which. Nothing was saved.",
        ),
      },
    },
  },
};
