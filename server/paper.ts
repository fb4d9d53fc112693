import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";

export interface Paper {
  text: string;
  sectionAt(offset: number): string;
}

/** The source text and its section map, read once: quotes are shown in context from it. */
export function loadPaper(seedDir = path.resolve(import.meta.dirname, "../seed")): Paper {
  const text = readFileSync(path.join(seedDir, "source/paper.txt"), "utf8");
  const source = parse(readFileSync(path.join(seedDir, "data/source.yaml"), "utf8")) as {
    sections: { name: string; start: number; end: number }[];
  };
  return {
    text,
    sectionAt: (offset) =>
      source.sections.find((s) => offset >= s.start && offset < s.end)?.name ?? "unknown",
  };
}

export function passage(paper: Paper, start: number, end: number, context: number) {
  const from = Math.max(0, start - context);
  const to = Math.min(paper.text.length, end + context);
  return {
    before: paper.text.slice(from, start),
    text: paper.text.slice(start, end),
    after: paper.text.slice(end, to),
    start,
    end,
    section: paper.sectionAt(start),
  };
}
