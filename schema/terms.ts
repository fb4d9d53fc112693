/**
 * Search vocabulary: how a name becomes a synonym term. The synonyms themselves are data (Term
 * nodes written by seed/graph.ts from entity names, the paper's own abbreviation definitions and
 * its phase numbers); this module only holds the spelling rules shared by the loader (which
 * writes terms) and the API (which looks the words of a query up among them).
 */

import { stemmer } from "stemmer";

/** A term's phrase form: lower case, words of letters and digits separated by one space. */
export function normalizeTerm(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(" ");
}

/** One word as the "english" analyzer indexes it (Porter stem; words with digits kept). */
export function stemWord(word: string): string {
  return /^\p{L}+$/u.test(word) ? stemmer(word) : word;
}

/**
 * A term's lookup key: its phrase form with every word stemmed, so a query's "hypomethylating
 * agent" finds the term "hypomethylating agents".
 */
export function termKey(text: string): string {
  return normalizeTerm(text).split(" ").filter(Boolean).map(stemWord).join(" ");
}

/** The Greek alphabet with its spelled-out names and the Latin letter OCR and keyboards use for it. */
const GREEK: Record<string, [string, string]> = {
  α: ["alpha", "a"],
  β: ["beta", "b"],
  γ: ["gamma", "g"],
  δ: ["delta", "d"],
  ε: ["epsilon", "e"],
  ζ: ["zeta", "z"],
  η: ["eta", "h"],
  θ: ["theta", "th"],
  ι: ["iota", "i"],
  κ: ["kappa", "k"],
  λ: ["lambda", "l"],
  μ: ["mu", "m"],
  ν: ["nu", "n"],
  ξ: ["xi", "x"],
  ο: ["omicron", "o"],
  π: ["pi", "p"],
  ρ: ["rho", "r"],
  σ: ["sigma", "s"],
  τ: ["tau", "t"],
  υ: ["upsilon", "u"],
  φ: ["phi", "ph"],
  χ: ["chi", "ch"],
  ψ: ["psi", "ps"],
  ω: ["omega", "o"],
};

/**
 * The spellings of a name with Greek letters written out (NF-κB: nf kappab, nf kappa b, nf kb),
 * normalized; empty when the name has no Greek letter.
 */
export function greekVariants(name: string): string[] {
  const lower = name.toLowerCase();
  if (![...lower].some((c) => c in GREEK)) return [];
  const joined = (pick: (spelled: [string, string]) => string, sep: string) =>
    normalizeTerm([...lower].map((c) => (c in GREEK ? sep + pick(GREEK[c]!) + sep : c)).join(""));
  return [...new Set([joined((g) => g[0], ""), joined((g) => g[0], " "), joined((g) => g[1], "")])];
}

const ROMAN: [number, string][] = [
  [10, "x"],
  [9, "ix"],
  [5, "v"],
  [4, "iv"],
  [1, "i"],
];

/** 1..39 as a lower-case Roman numeral. */
export function toRoman(n: number): string {
  let out = "";
  for (const [value, digits] of ROMAN)
    while (n >= value) {
      out += digits;
      n -= value;
    }
  return out;
}

/** A Roman numeral (i..xxxix) as a number, or null. */
export function fromRoman(text: string): number | null {
  const t = text.toLowerCase();
  if (!/^[ivx]+$/.test(t)) return null;
  for (let n = 1; n < 40; n++) if (toRoman(n) === t) return n;
  return null;
}

/**
 * Abbreviations a text defines as "long form (ABBR)", found with the Schwartz & Hearst (2003)
 * algorithm: the shortest run of preceding words whose letters spell the abbreviation in order,
 * its first letter starting a word. Returns [abbreviation, long form] pairs as printed.
 */
export function definedAbbreviations(text: string): [string, string][] {
  const out: [string, string][] = [];
  const flat = text.replace(/\s+/g, " ");
  for (const m of flat.matchAll(/\(([A-Za-z][A-Za-z0-9-]{1,9})\)/g)) {
    const abbr = m[1]!;
    if (!/[A-Z]/.test(abbr) || !/[A-Za-z]/.test(abbr[0]!)) continue;
    const before = flat.slice(0, m.index).trimEnd().split(" ");
    const max = Math.min(abbr.length + 5, abbr.length * 2);
    const words = before.slice(-max);
    const long = bestLongForm(abbr, words.join(" "));
    if (long) out.push([abbr, long]);
  }
  return out;
}

function bestLongForm(abbr: string, candidate: string): string | null {
  const short = abbr.toLowerCase().replace(/s$/, "");
  const long = candidate.toLowerCase();
  let s = short.length - 1;
  let l = long.length - 1;
  for (; s >= 0; s--) {
    const c = short[s]!;
    if (!/[a-z0-9]/.test(c)) continue;
    while (l >= 0 && (long[l] !== c || (s === 0 && l > 0 && /[a-z0-9]/.test(long[l - 1]!)))) l--;
    if (l < 0) return null;
    l--;
  }
  const start = long.lastIndexOf(" ", l) + 1;
  const found = candidate.slice(start).replace(/^[^\p{L}\p{N}]+/u, "");
  return found.split(" ").length >= 2 || found.length > abbr.length ? found : null;
}
