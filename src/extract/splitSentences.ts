import { nlp } from './nlp';
import { normalise } from './normalise';

/** A sentence of an article, with where it stands in the article: `text === article.slice(start, end)`. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/**
 * Lines that are not the article's prose: bylines ("By Jane Doe"), "Read more:" and "Related:"
 * links, picture captions and credits, and the wire's "(Reporting by …)" footer.
 */
const NOT_PROSE = [
  /^By [A-Z][\p{L}.'-]*(?: [A-Z][\p{L}.'-]*){0,3}(?:(?:,| and) [^.]*)?$/u,
  /^(?:Read more|Related|Also read|See also|More on this story|Watch|Listen)\b[^:]{0,30}:/i,
  /^(?:Image|Photo|Picture|Video|Media)(?: caption| source| credit)?\s*[:,]/i,
  /^\(?(?:Reporting|Additional reporting|Writing|Editing) by\b/i,
  /^(?:Original )?Source:/i,
  /(?:Getty Images|\/ ?Reuters|\/ ?AFP|\/ ?AP Photo|EPA-EFE)\)?$/,
];

/**
 * A dateline opening the first line of a wire story: "KYIV, March 3 (AP) — ", "KHARTOUM (Reuters) - ",
 * "GOMA, Democratic Republic of Congo, Jan 27 (Reuters) -". The outlet in it is the publisher, not a
 * reporter of the claims, so the sentence starts after it.
 */
const DATELINE = /^[A-Z][A-Z .'-]{1,40}(?:,[^()\n—-]{0,60})?\s*(?:\([A-Za-z .'-]{1,40}\))?\s*(?:—|--?)\s*/;
/** State media's dateline with the place in title case: "Khartoum, 21 March 2025 (SNNA) – " (the agency is required). */
const TITLE_DATELINE = /^[A-Z][\p{L}.'-]+(?: [A-Z][\p{L}.'-]+){0,3}, [^()\n—–-]{0,40}\([A-Z][A-Za-z .'-]{1,20}\)\s*(?:—|–|--?)\s*/u;
const DATELINE_NEEDS = /\([A-Za-z .'-]{1,40}\)|^[A-Z][A-Z .'-]{1,40},/;

/** Abbreviations after which the model may end a sentence that goes on ("Maj. Gen. Ivanov"). */
const ABBREVIATION = /(?:^|[\s(])(?:Lt|Gen|Maj|Col|Capt|Cpt|Sgt|Cpl|Pvt|Adm|Cmdr|Brig|Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Pres|Prof|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.N|U\.K|E\.U)\.$/;

/**
 * Splits an article into sentences, keeping each one's offsets into the article as given. Each line
 * is split on its own (a paragraph, a caption and a byline never run together); lines that are not
 * prose are left out; a dateline is cut from the start of its line. Sentence boundaries come from
 * wink-nlp, which also splits "said.The army"; a boundary after a title or other abbreviation is
 * undone.
 *
 * @example splitSentences('He said.The army denied it.') // [{ text: 'He said.', start: 0, end: 8 }, { text: 'The army denied it.', start: 8, end: 27 }]
 */
export function splitSentences(text: string): Sentence[] {
  const clean = normalise(text);
  const sentences: Sentence[] = [];
  let lineStart = 0;
  for (const line of clean.split('\n')) {
    const offset = lineStart;
    lineStart += line.length + 1;
    const lead = line.length - line.trimStart().length;
    let body = line.trim().replace(/\r$/, '');
    if (body.length === 0 || NOT_PROSE.some((pattern) => pattern.test(body))) continue;
    let bodyStart = offset + lead;
    const dateline = DATELINE.exec(body) ?? TITLE_DATELINE.exec(body);
    if (dateline && DATELINE_NEEDS.test(dateline[0]) && dateline[0].length < body.length) {
      bodyStart += dateline[0].length;
      body = body.slice(dateline[0].length);
    }
    for (const piece of splitLine(body)) {
      sentences.push({ text: text.slice(bodyStart + piece.start, bodyStart + piece.end), start: bodyStart + piece.start, end: bodyStart + piece.end });
    }
  }
  return sentences;
}

/** Sentences of one line, as offsets into it. */
function splitLine(line: string): Array<{ start: number; end: number }> {
  const doc = nlp().readDoc(line);
  const tokens: string[] = doc.tokens().out();
  const starts: number[] = [];
  let cursor = 0;
  for (const token of tokens) {
    const at = line.indexOf(token, cursor);
    // The model may normalise a token; then it stands where the cursor is.
    const start = at === -1 ? cursor : at;
    starts.push(start);
    cursor = at === -1 ? cursor : at + token.length;
  }
  const spans = doc.sentences().out(nlp().its.span) as unknown as Array<[number, number]>;
  const pieces: Array<{ start: number; end: number }> = [];
  for (const [first, last] of spans) {
    const start = starts[first] ?? 0;
    const lastToken = tokens[last] ?? '';
    const end = Math.min(line.length, (starts[last] ?? 0) + lastToken.length);
    const previous = pieces[pieces.length - 1];
    if (previous && ABBREVIATION.test(line.slice(previous.start, previous.end))) {
      previous.end = end;
    } else {
      pieces.push({ start, end });
    }
  }
  return pieces.filter((p) => line.slice(p.start, p.end).trim().length > 0);
}
