import { stemWord, termKey } from "../../schema/terms.ts";
import { badInput } from "../errorPolicy.ts";

/**
 * Lucene's English stopwords (EnglishAnalyzer.ENGLISH_STOP_WORDS_SET), which the "english"
 * analyzer drops from indexed text and queries alike; the highlighter must skip them too.
 */
const STOPWORDS = new Set(
  "a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with".split(
    " ",
  ),
);

/** Words that make a question a question; they say nothing about what is asked. */
const QUESTION_WORDS = new Set(
  "what which who whom whose how why when where does do did can could should would may might is are was were there any about".split(
    " ",
  ),
);

export interface ParsedQuery {
  /** Words that carry meaning: lower case, without stopwords and question words. */
  words: string[];
  /** The Lucene query string (before synonym expansion, which the database adds). */
  lucene: string;
  /** Word n-grams (1..5 words) of the query as term keys (stemmed), to look up among synonym terms. */
  grams: string[];
  /**
   * The "every word" tier, one entry per word (none for a one-word query): the word's Lucene
   * alternatives and the grams it is part of. The database ORs each word with the synonyms of
   * those grams and requires every word (store/search.ts), so "hypomethylating agent failure"
   * also matches a record that says "HMA failure".
   */
  cover: { expr: string; grams: string[] }[];
  /** Stems a highlighted word may have: the query words' and their inflections'. */
  stems: string[];
}

/**
 * A user's search text as a Lucene query in tiers, so that a query of which only part matches
 * still answers, best matches first:
 *   the exact name (entities) ^8 > the whole phrase ^6 > every word ^3 > any word, or any word
 *   with one or two typos, or as the start of a longer word ^1 (a misspelt rare word, the one
 *   that matters, then still outweighs the common words spelt right).
 * Words are letters and digits only, so nothing in the string needs escaping; synonyms of the
 * query's phrases are added by the database from Term nodes (store/search.ts).
 */
export function parseQuery(argument: string, text: string): ParsedQuery {
  if (text.length > 200) throw badInput(argument, "must be at most 200 characters");
  const all = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (all.length === 0) throw badInput(argument, "must contain at least one letter or digit");
  let words = [...new Set(all.filter((w) => !STOPWORDS.has(w) && !QUESTION_WORDS.has(w)))];
  if (words.length === 0) words = [...new Set(all)];
  const phrase = all.join(" ");
  const alternatives = (w: string) => [w, ...inflectionStems(w)];
  const either = (w: string) => {
    const alts = alternatives(w);
    return alts.length === 1 ? w : `(${alts.join(" OR ")})`;
  };
  const tiers: string[] = [];
  tiers.push(`name:"${phrase}"^8`);
  if (all.length > 1) tiers.push(`"${phrase}"^6`);
  // Adjacent meaningful words as phrases ("patient 2", "spleen size"): a record that keeps the
  // user's pairs together outranks one that has the same words apart.
  for (let i = 0; i + 1 < words.length && words.length > 2; i++)
    tiers.push(`"${words[i]} ${words[i + 1]}"^2`);
  tiers.push(`(${words.flatMap(alternatives).join(" ")})`);
  const loose = words.flatMap((w) => {
    const out: string[] = [];
    if (/^\p{L}{5,}$/u.test(w)) out.push(`${w}~${w.length >= 8 ? 2 : 1}`);
    const prefix = prefixOf(w);
    if (prefix) out.push(`${prefix}*`);
    return out;
  });
  if (loose.length) tiers.push(`(${loose.join(" ")})`);
  const grams = new Set<string>();
  const gramsAt: Set<string>[] = all.map(() => new Set());
  for (let n = 1; n <= 5; n++)
    for (let i = 0; i + n <= all.length; i++) {
      const key = termKey(all.slice(i, i + n).join(" "));
      grams.add(key);
      for (let k = i; k < i + n; k++) gramsAt[k]!.add(key);
    }
  const cover =
    words.length > 1
      ? words.map((w) => ({
          expr: either(w),
          grams: [...new Set(all.flatMap((x, i) => (x === w ? [...gramsAt[i]!] : [])))],
        }))
      : [];
  const stems = [...new Set(words.flatMap((w) => [stemWord(w), ...inflectionStems(w)]))];
  return { words, lucene: tiers.join(" OR "), grams: [...grams], cover, stems };
}

/**
 * The Porter stems of a word's regular inflections (-s, -d/-ed, -ing) that differ from its own
 * stem. Porter stemming is not closed under inflection: "died" is indexed as "di" but "die"
 * stays "die", so "why did patient 2 die" would miss "died". Letters-only words of 3+ letters.
 */
export function inflectionStems(word: string): string[] {
  if (!/^\p{L}{3,}$/u.test(word)) return [];
  const own = stemWord(word);
  const forms = [word + "s", word.endsWith("e") ? word + "d" : word + "ed", word.replace(/e$/, "") + "ing"];
  // Only stems that cut the word's own stem short are Porter's gap; a longer stem means the word
  // was inflected already ("treats" + s) and the form is not a word.
  return [...new Set(forms.map(stemWord))].filter((s) => s !== own && s.length >= 2 && own.startsWith(s));
}

/**
 * The prefix a word is also searched by: the indexed form is a Porter stem, which a wildcard is
 * not stemmed to, so the word loses its last letters (synergy → syner*, finding synergistic and
 * synergize). Short words keep their whole self; one- and two-letter words get no wildcard.
 */
function prefixOf(word: string): string | null {
  // Not for identifiers with digits (SYNG00050, 31752970): their prefix would expand to every
  // identifier in the index that shares it, a cost that grows with the index, for no recall.
  if (word.length < 3 || !/^\p{L}+$/u.test(word)) return null;
  if (word.length <= 5) return word;
  return word.slice(0, Math.max(5, word.length - 2));
}

/** Fuzzy-only query over entity names, for "nothing found; did you mean". */
export function nearestQuery(words: string[]): string {
  return words.map((w) => (w.length >= 4 ? `${w}~2` : w)).join(" ");
}

interface Token {
  start: number;
  end: number;
  lower: string;
}

function tokens(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    lower: m[0].toLowerCase(),
  }));
}

const stem = stemWord;

/**
 * The text around the first match, with every matching word marked. Words are the analyzer's
 * tokens (letters and digits, lower-cased, stopwords skipped, Porter-stemmed), so a mark always
 * covers whole words: a token matches when its stem is a query word's or a synonym word's stem,
 * when it starts with a query word's search prefix, or when it is within the query's typo
 * distance of a query word.
 */
export function highlight(text: string, query: ParsedQuery, synonyms: string[] = [], width = 220): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const stems = new Set([...query.words.map(stem), ...query.stems]);
  const prefixes = query.words.map(prefixOf).filter((p): p is string => p != null && p.length >= 4);
  const fuzzy = query.words.filter((w) => /^\p{L}{5,}$/u.test(w));
  const matches = (t: Token) =>
    !STOPWORDS.has(t.lower) &&
    (stems.has(stem(t.lower)) ||
      prefixes.some((p) => t.lower.startsWith(p)) ||
      fuzzy.some((w) => editDistanceAtMost(t.lower, w, w.length >= 8 ? 2 : 1)));
  const all = tokens(flat).filter((t) => !STOPWORDS.has(t.lower));
  // A synonym is a phrase: its words are marked only where they occur together, in order.
  const inSynonym = new Set<Token>();
  for (const words of synonyms.map((s) =>
    s
      .split(" ")
      .filter((w) => !STOPWORDS.has(w))
      .map(stem),
  ))
    for (let i = 0; words.length > 0 && i + words.length <= all.length; i++)
      if (words.every((w, k) => stem(all[i + k]!.lower) === w))
        for (let k = 0; k < words.length; k++) inSynonym.add(all[i + k]!);
  const marked = all.filter((t) => inSynonym.has(t) || matches(t));
  let from = 0;
  const first = marked[0]?.start ?? 0;
  if (flat.length > width && first > width / 3) from = first - Math.floor(width / 3);
  // Never start or end the window inside a word.
  while (from > 0 && /[\p{L}\p{N}]/u.test(flat[from - 1]!)) from--;
  let to = Math.min(flat.length, from + width);
  while (to < flat.length && /[\p{L}\p{N}]/u.test(flat[to]!)) to++;
  let out = from > 0 ? "…" : "";
  let at = from;
  for (const t of marked) {
    if (t.start < from || t.end > to) continue;
    out += escapeHtml(flat.slice(at, t.start)) + `<mark>${escapeHtml(flat.slice(t.start, t.end))}</mark>`;
    at = t.end;
  }
  return out + escapeHtml(flat.slice(at, to)) + (to < flat.length ? "…" : "");
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Levenshtein distance ≤ max, for short words. */
function editDistanceAtMost(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...cur) > max) return false;
    prev = cur;
  }
  return prev[b.length]! <= max;
}
