import { splitSentences } from '../../src/extract';
import { extract } from './extractHelpers';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences and text as it arrives', () => {
  it('keeps every sentence at its offsets into the text as given', () => {
    const text = '  M23 seized Sake.   The army\u00a0denied it!\n\nWas it true?\r\n   Nobody knows';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['M23 seized Sake.', 'The army\u00a0denied it!', 'Was it true?', 'Nobody knows']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('splits where a full stop has no space after it', () => {
    expect(texts('The ministry said.The army denied it.')).toEqual(['The ministry said.', 'The army denied it.']);
  });

  it('does not split after titles and abbreviations', () => {
    expect(texts('Lt. Gen. Kyrylo Budanov met U.S. officials. Maj. Gen. Ivanov said no.')).toEqual(['Lt. Gen. Kyrylo Budanov met U.S. officials.', 'Maj. Gen. Ivanov said no.']);
  });

  it('leaves out bylines, "Read more:" lines, captions and wire footers', () => {
    const text = 'By Jane Doe\nM23 seized Sake.\nRead more: The war in Congo explained\nImage caption: Fighters in Goma\n(Reporting by John Smith; Editing by Ann Lee)';
    expect(texts(text)).toEqual(['M23 seized Sake.']);
  });

  it('starts the first sentence after a dateline, whose outlet is no reporter', () => {
    const text = 'KYIV, March 3 (AP) — Russian forces shelled Kherson.';
    expect(texts(text)).toEqual(['Russian forces shelled Kherson.']);
    const [claim] = extract(text).claims;
    expect([claim?.attribution, claim?.reporter]).toEqual(['SOURCE', null]);
  });

  it('reads curly quotes and apostrophes as straight ones, and keeps the excerpt as written', () => {
    const text = 'Russia’s defence ministry said its forces had “liberated” Sudzha.';
    const [claim] = extract(text).claims;
    expect([claim?.reporter?.name, claim?.excerpt]).toEqual(["Russia's defence ministry", text]);
  });

  it('gives nothing for blank text', () => {
    expect(splitSentences(' \n \n  ')).toEqual([]);
  });
});
