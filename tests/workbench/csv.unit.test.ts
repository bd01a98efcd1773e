/**
 * The fields of the workbench's claims CSV (ui/src/csv.ts): what a spreadsheet reads in them.
 */
// ui/ is an ES module package: imported, not required.
const load = () => import('../../ui/src/csv.js');
let fmt: Awaited<ReturnType<typeof load>>;
beforeAll(async () => {
  fmt = await load();
});

describe('the claims CSV fields', () => {
  it('names the feed records a claim was imported from', () => {
    expect(fmt.feedRecords([{ feed: 'ACLED', eventId: 'UKR9001' }, { feed: 'GDELT', eventId: '1200000001' }])).toBe('ACLED event UKR9001, GDELT event 1200000001');
    expect(fmt.feedRecords([])).toBe('');
    expect(fmt.feedRecords(undefined)).toBe('');
  });

  it('keeps a text a spreadsheet would run as a formula as text, and quotes as RFC 4180 says', () => {
    expect(fmt.csvField('=HYPERLINK("http://x.example","click")')).toBe(`"'=HYPERLINK(""http://x.example"",""click"")"`);
    expect(fmt.csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(fmt.csvField('+1 555')).toBe("'+1 555");
    expect(fmt.csvField('-2+3')).toBe("'-2+3");
    expect(fmt.csvField('Northern brigade, 3rd battalion')).toBe('"Northern brigade, 3rd battalion"');
    // Numbers are numbers: a negative one is never prefixed.
    expect(fmt.csvField(-0.5)).toBe('-0.5');
    expect(fmt.csvField(null)).toBe('');
  });
});
