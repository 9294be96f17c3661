/**
 * The order the test files start in: the files of the projects that start real servers (`sequence.groupOrder` 1)
 * longest first, whatever their project.
 *
 * Vitest's own order runs one project's files after another's (by name), and only within a project the longest
 * first. The projects that start real servers share one group, and `integration` sorts last: its longest file
 * (`faults.test.ts`, about 100 s) started when the e2e files were done, and ran alone on one core of two at the end
 * of every run. Longest first over the whole group lets the short files fill in at the end instead.
 *
 * The first group keeps vitest's order: its spec files share workers (`isolate: false`), which a worker only does
 * for the same project's next file, so mixing the unit files in would load every element again, file after file.
 *
 * "Longest" is the duration of the file's last run when every file has one (vitest's results cache), else its size,
 * as vitest does: on a fresh clone there is no cache, and the size is what there is.
 */
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    // Vitest's order breaks the ties.
    const ordered = await super.sort(files);
    const { cache, config } = this.ctx;
    const key = (spec: TestSpecification) => `${spec.project.name}:${relative(config.root, spec.moduleId)}`;
    const durations = ordered.map((spec) => cache.getFileTestResults(key(spec))?.duration);
    const sizes = ordered.map((spec) => cache.getFileStats(key(spec))?.size ?? 0);
    const known = durations.every((duration) => duration !== undefined);
    const cost = new Map(ordered.map((spec, i) => [spec, known ? (durations[i] as number) : sizes[i]]));
    const group = (spec: TestSpecification) => spec.project.config.sequence.groupOrder;
    const position = new Map(ordered.map((spec, i) => [spec, i]));
    const byCost = (a: TestSpecification, b: TestSpecification) => (group(a) === 0 ? 0 : (cost.get(b) ?? 0) - (cost.get(a) ?? 0));
    return [...ordered].sort((a, b) => group(a) - group(b) || byCost(a, b) || (position.get(a) ?? 0) - (position.get(b) ?? 0));
  }
}
