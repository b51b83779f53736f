import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** A section of BENCHMARKS.md whose results a benchmark script rewrites between two marker comments. */
export interface ResultsSection {
  heading: string;
  begin: string;
  end: string;
}

/**
 * Replace the results block of one section of the benchmarks file, keeping every other line of the
 * file. Adds the block under the section heading, or the section (or the file) when it is missing.
 */
export function writeResultsBlock(path: string, section: ResultsSection, results: string): void {
  const block = `${section.begin}\n${results}\n${section.end}`;
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n';

  const begin = current.indexOf(section.begin);
  const end = current.indexOf(section.end);
  let next: string;
  if (begin !== -1 && end > begin) {
    next = current.slice(0, begin) + block + current.slice(end + section.end.length);
  } else if (current.includes(`\n${section.heading}\n`)) {
    const headingEnd = current.indexOf(`\n${section.heading}\n`) + section.heading.length + 2;
    next = `${current.slice(0, headingEnd)}\n${block}\n${current.slice(headingEnd)}`;
  } else {
    next = `${current.trimEnd()}\n\n${section.heading}\n\n${block}\n`;
  }

  writeFileSync(path, next);
}
