/** Fails with every problem listed, one a line (vitest would truncate a long array diff). */
export function expectNone(problems: string[], title: string, max = 80): void {
  if (problems.length === 0) return;
  const shown = problems.slice(0, max).map((p) => `  - ${p}`);
  if (problems.length > max) shown.push(`  … and ${problems.length - max} more`);
  throw new Error(`${title}: ${problems.length} problem(s)\n${shown.join('\n')}`);
}
