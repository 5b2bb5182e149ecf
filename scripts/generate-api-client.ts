// npm run api:client — rewrites lib/api-client/schema.ts from the OpenAPI document.
import { writeFileSync } from "node:fs";
import { generateClientTypes } from "../lib/api-client/generate";

const target = new URL("../lib/api-client/schema.ts", import.meta.url);
writeFileSync(target, await generateClientTypes());
console.log(`Wrote ${target.pathname}`);
