// Finds text that cannot be stored as given anywhere in a parsed input (JSON bodies of the API,
// server-action arguments): a NUL or a lone surrogate, in a value or a key, and nesting deeper
// than any valid input. Iterative, so hostile nesting cannot overflow the stack.
import { unstorableTextReason } from "@/lib/schemas";

export interface InputProblem {
  /** Keys and indexes from the top of the input to the offending value. */
  path: string[];
  message: string;
}

export const MAX_INPUT_DEPTH = 32;

/** The first problem `check` finds in a string (or key) of `value`, or null. */
export function firstTextProblem(
  value: unknown,
  check: (text: string) => string | null,
  maxDepth = MAX_INPUT_DEPTH,
): InputProblem | null {
  const pending: { value: unknown; path: string[] }[] = [{ value, path: [] }];
  while (pending.length) {
    const { value: item, path } = pending.pop()!;
    if (typeof item === "string") {
      const message = check(item);
      if (message) return { path, message };
      continue;
    }
    if (typeof item !== "object" || item === null) continue;
    if (path.length >= maxDepth) return { path, message: "The input is nested too deeply." };
    const entries: [string, unknown][] =
      typeof FormData !== "undefined" && item instanceof FormData ? [...item.entries()] : Object.entries(item);
    for (const [key, child] of entries) {
      const message = check(key);
      if (message) return { path, message };
      pending.push({ value: child, path: [...path, key] });
    }
  }
  return null;
}

/** The first NUL or lone surrogate (or too deep nesting) in an input, or null. */
export function unstorablePlace(value: unknown): InputProblem | null {
  return firstTextProblem(value, unstorableTextReason);
}

/** A form field name for a path: "a.b", or "_" for the input as a whole. */
export const fieldName = (path: string[]) => path.join(".") || "_";
