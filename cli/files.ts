import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { InvalidArgumentError } from "commander";

// Relative paths in arguments are the caller's; the data folder default (./data) is the repo's.
const callerDirectory = process.cwd();

export function workInRepoDirectory() {
  process.chdir(fileURLToPath(new URL("..", import.meta.url)));
}

export function callerPath(file: string): string {
  return path.resolve(callerDirectory, file);
}

export async function readUtf8File(file: string): Promise<string> {
  const bytes = await readFile(callerPath(file));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InvalidArgumentError(`${file} is not UTF-8 text.`);
  }
}
