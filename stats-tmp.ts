import fs from "node:fs";
import { extractFeatures } from "./lib/extraction/features";
const rows = JSON.parse(fs.readFileSync("../shared/data/claimbuster/train.json","utf8")) as {label:number;text:string}[];
const c: Record<string,[number,number]> = {};
for (const r of rows) { const f = extractFeatures(r.text); for (const n of [...f.named, f.lengthBucket, "ALL"]) { c[n] ??= [0,0]; c[n][0]++; c[n][1]+=r.label; } }
for (const [k,[n,p]] of Object.entries(c).sort()) console.log(k.padEnd(14), String(n).padStart(5), (p/n).toFixed(3));
