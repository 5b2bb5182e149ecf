#!/usr/bin/env node
// `npx claimledger`: runs the TypeScript CLI in cli/ through tsx, with the repo's tsconfig so
// the "@/..." imports resolve wherever the command is started from.
import { fileURLToPath } from "node:url";
import "./server-context.mjs";
import { register } from "tsx/esm/api";

register({ tsconfig: fileURLToPath(new URL("../tsconfig.json", import.meta.url)) });
await import("../cli/main.ts");
