// Generates the client's types (lib/api-client/schema.ts) from the OpenAPI document with
// openapi-typescript: `npm run api:client` writes them, and a unit test fails when the committed
// file no longer matches the document.
import openapiTS, { astToString } from "openapi-typescript";
import { buildOpenApiDocument } from "@/lib/api/openapi";

const HEADER = `// Generated from the OpenAPI document by \`npm run api:client\` (openapi-typescript). Do not edit.\n\n`;

export async function generateClientTypes(): Promise<string> {
  // A plain JSON copy: the generator reads a document, not the zod-openapi objects behind it.
  const document = JSON.parse(JSON.stringify(buildOpenApiDocument()));
  const ast = await openapiTS(document, { alphabetize: true });
  return HEADER + astToString(ast);
}
