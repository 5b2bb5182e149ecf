import { readFileSync } from "node:fs";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * Vitest's order, except that on a run with no recorded durations (a fresh clone, as in CI) the
 * files that build the app first (ensureBuild: instances.test.ts, about two minutes) start first.
 * Vitest otherwise starts unknown files largest first, and that short file came last: one worker
 * built the app for two minutes while the other had nothing left to run.
 */
export class BuildFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const buildsTheApp = (file: TestSpecification) => /\bensureBuild\(/.test(readFileSync(file.moduleId, "utf8"));
    return [...sorted.filter(buildsTheApp), ...sorted.filter((file) => !buildsTheApp(file))];
  }
}
