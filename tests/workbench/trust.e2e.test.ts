import type { Browser, Page } from 'playwright-core';
import type { Database } from '../../src/neo4j';
import type { RunningServer } from '../../src/server';
import { openDatabase, startTestServer } from '../helpers/testServer';
import { ensureWorkbenchBuilt, launchChromium } from './support/browser';
import { entityId, newPage, openBySearch, shot, waitForProfile, WIDE } from './support/session';
import { query, waitForView } from './support/workbench';


// A loaded machine: a step may wait up to VIEW_TIMEOUT (support/workbench.ts) for the view.
jest.setTimeout(180_000);
/**
 * Issue 13 §4, evidence and a way in, on the analyst fixture (the seed article and five invented
 * items that agree, disagree, deny and relay one another): a fact's panel lists every claim that
 * agrees, denies or disagrees, grouped by independent origin, with "N sources, M origins" in
 * words; an entity opens on its profile, the story around it is one click away, and a claim
 * pivots to everything its outlet published and its reporter said. Every expectation is the
 * API's own answer.
 */
let db: Database;
let server: RunningServer;
let browser: Browser;
let page: Page;

const FACT = `id type sourceCount originCount corroboration claimCount disputed pendingOnly
  origins { id key kind description claimCount entity { id name } sources { id } }
  claims { id polarity }
  disputes { kind claims { id polarity quantity { value } } }`;

beforeAll(async () => {
  await ensureWorkbenchBuilt();
  db = openDatabase(process.env.NEO4J_ANALYST_URI);
  server = await startTestServer(db);
  browser = await launchChromium();
  page = await newPage(browser, WIDE);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await db?.close();
});

let troops: { id: string; name: string };

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

describe('a fact’s evidence, dissent included, grouped by independent origin', () => {
  it('shows the deployment of North Korean troops with "N sources, M origins" explained, and every claim that agrees, denies or disagrees', async () => {
    troops = await entityId(server.url, 'North Korean troops', ['ARMED_FORCE']);
    const { relationships } = await query(server.url, `query($id: ID!) { relationships(filter: { fromId: $id, types: [DEPLOYED_TO] }) { edges { node { ${FACT} } } } }`, { id: troops.id });
    const fact = relationships.edges[0].node;
    // The fixture: the agency through three articles, US officials, the seed's own voice; Russia denies it.
    expect(fact.sourceCount).toBeGreaterThan(fact.originCount);
    expect(fact.corroboration).toBe(fact.originCount);
    const dissent = fact.disputes.flatMap((d: any) => d.claims);
    expect(dissent.some((c: any) => c.polarity === 'DENIED')).toBe(true);

    await openBySearch(page, server.url, 'North Korean troops', troops);
    await page.locator(`#elements-edges [data-edge-id="${fact.id}"]`).click();
    const panel = page.locator('#panel');
    await panel.locator('.origin').first().waitFor();
    await expect(panel.locator('.independence-count').textContent()).resolves.toBe(`${plural(fact.sourceCount, 'source')}, ${plural(fact.originCount, 'origin')}`);
    const reason = await panel.locator('.independence-reason').textContent();
    for (const origin of fact.origins) expect(reason).toContain(origin.description);

    // One group per origin of the fact, with its claims; the dissent's origins after them.
    for (const origin of fact.origins) {
      const group = panel.locator(`.origin[data-origin="${origin.key}"]`);
      await expect(group.locator('.origin-why').textContent()).resolves.toBe(origin.description);
      expect(await group.locator('.claim').count()).toBe(origin.claimCount);
    }
    const shown = await panel.locator('.claim').evaluateAll((cards) => cards.map((c) => (c as any).dataset.claimId));
    const expected = new Set([...fact.claims.map((c: any) => c.id), ...dissent.map((c: any) => c.id)]);
    expect(new Set(shown)).toEqual(expected);
    // Stances: the denial says so; claims in a quantity or time dispute say which.
    for (const claim of dissent) {
      const badges = await panel.locator(`.claim[data-claim-id="${claim.id}"] .badge.stance`).allTextContents();
      if (claim.polarity === 'DENIED') expect(badges).toContain('Denies it');
    }
    for (const d of fact.disputes.filter((x: any) => x.kind === 'QUANTITY')) {
      for (const c of d.claims) await expect(panel.locator(`.claim[data-claim-id="${c.id}"] .badge.stance`).allTextContents()).resolves.toContain('Disagrees on quantity');
    }
    // The fact's figure is one side of a disagreement: the panel says it is the largest, and lists the others.
    expect(fact.disputes.some((d: any) => d.kind === 'QUANTITY')).toBe(true);
    const listed = ((await panel.locator('dl.facts').textContent()) ?? '').split(', the largest reported; its claims give ')[1] ?? '';
    for (const d of fact.disputes.filter((x: any) => x.kind === 'QUANTITY')) {
      for (const c of d.claims) if (c.polarity === 'ASSERTED' && c.quantity) expect(listed).toContain(c.quantity.value.toLocaleString('en'));
    }
    for (const d of fact.disputes.filter((x: any) => x.kind === 'TIME')) {
      for (const c of d.claims) await expect(panel.locator(`.claim[data-claim-id="${c.id}"] .badge.stance`).allTextContents()).resolves.toContain('Disagrees on time');
    }
    await shot(page, 'trust-evidence-1440');
  });

  it('counts the seed article’s three voices about the capture as the API does (one source)', async () => {
    const soldier = await entityId(server.url, 'captured soldier', ['PERSON']);
    const { relationships } = await query(server.url, `query($id: ID!) { relationships(filter: { fromId: $id, types: [CAPTURED_BY] }) { edges { node { ${FACT} } } } }`, { id: soldier.id });
    const fact = relationships.edges[0].node;
    expect(fact.sourceCount).toBe(1);
    expect(fact.claimCount).toBeGreaterThan(1);
    await page.goto(`${server.url}/?entity=${soldier.id}&edge=${fact.id}`);
    await page.locator('#panel .independence-count').waitFor();
    await expect(page.locator('#panel .independence-count').textContent()).resolves.toBe(`1 source, ${plural(fact.originCount, 'origin')}`);
    await expect(page.locator('#panel .independence-reason').textContent()).resolves.toMatch(fact.originCount === 1 ? /trace back to one origin, so it counts once/ : /independent origins/);
  });
});

describe('a way in: the entity’s profile, and the story around it', () => {
  it('opens North Korea on its facts and claims by type, as the API lists them', async () => {
    const northKorea = await entityId(server.url, 'DPRK');
    const { entity } = await query(
      server.url,
      `query($id: ID!) { entity(id: $id) { relationships(first: 100) { totalCount edges { node { id type } } } claims(first: 100) { totalCount edges { node { id predicate } } }
         members: relationships(direction: INCOMING, types: [PART_OF], first: 50) { edges { node { from { id name } } } } } }`,
      { id: northKorea.id },
    );
    await openBySearch(page, server.url, 'DPRK', northKorea);
    const panel = page.locator('#panel');
    await expect(panel.locator('#profile-facts-h').textContent()).resolves.toBe(`Facts (${entity.relationships.totalCount})`);
    await expect(panel.locator('#profile-claims-h').textContent()).resolves.toBe(`Claims about it (${entity.claims.totalCount})`);
    const types = new Map<string, number>();
    for (const { node } of entity.relationships.edges) types.set(node.type, (types.get(node.type) ?? 0) + 1);
    expect(types.size).toBeGreaterThan(0);
    for (const [type, count] of types) expect(await panel.locator(`.profile-facts .profile-group[data-type="${type}"] [data-edge-id]`).count()).toBe(count);
    const predicates = new Set(entity.claims.edges.map((e: any) => e.node.predicate));
    for (const p of predicates) expect(await panel.locator(`.profile-claims .profile-group[data-type="${p}"]`).count()).toBe(1);

    // The story: one click draws the facts of what belongs to it (North Korean troops).
    const members = entity.members.edges.map((e: any) => e.node.from);
    expect(members.map((m: any) => m.name)).toContain('North Korean troops');
    await panel.locator('.story-button').click();
    await waitForView(page, `cy.nodes().some((n) => n.id() === ${JSON.stringify(members[0].id)}) && cy.edges('[type = "DEPLOYED_TO"]').length > 0`);
    const expanded = new URL(page.url()).searchParams.get('expand')?.split(',') ?? [];
    for (const m of members) expect(expanded).toContain(m.id);
    await shot(page, 'trust-profile-story-1440');
  });

  it('lists where sources disagree about North Korean troops, as Query.disputes does, and opens the disputed fact', async () => {
    const { disputes } = await query(
      server.url,
      'query($id: ID!) { disputes(entityId: $id, first: 20) { totalCount edges { node { disputeId kind reason claims(first: 1) { subject { id } predicate object { id } } } } } }',
      { id: troops.id },
    );
    expect(disputes.totalCount).toBeGreaterThan(0);
    await page.goto(`${server.url}/?entity=${troops.id}`);
    await waitForProfile(page, troops.id);
    const panel = page.locator('#panel');
    // Asked after the profile, since one of its facts is disputed, and filled in where they go.
    await panel.locator('.profile-disputes[aria-busy="false"]').waitFor();
    await expect(panel.locator('#profile-disputes-h').textContent()).resolves.toBe(`Where sources disagree (${disputes.totalCount})`);
    const listed = await panel.locator('.profile-disputes [data-dispute-id]').evaluateAll((els) => els.map((e) => [(e as any).dataset.disputeId, (e as any).dataset.kind]));
    expect(listed).toEqual(disputes.edges.map((e: any) => [e.node.disputeId, e.node.kind]));
    for (const { node } of disputes.edges) await expect(panel.locator(`.profile-disputes [data-dispute-id="${node.disputeId}"] .dispute-reason`).textContent()).resolves.toContain(node.reason);
    await shot(page, 'trust-profile-disputes-1440');
    // A quantity dispute opens the fact it is about, its evidence with every side.
    const quantity = disputes.edges.find((e: any) => e.node.kind === 'QUANTITY').node;
    const { relationships } = await query(server.url, 'query($f: ID!, $t: ID!, $p: RelationshipType!) { relationships(filter: { fromId: $f, toId: $t, types: [$p] }) { edges { node { factId } } } }', {
      f: quantity.claims[0].subject.id,
      t: quantity.claims[0].object.id,
      p: quantity.claims[0].predicate,
    });
    await panel.locator(`.profile-disputes [data-dispute-id="${quantity.disputeId}"] button`).click();
    await page.waitForFunction((want: string) => new URL((globalThis as any).location.href).searchParams.get('edge') === want, relationships.edges[0].node.factId);
    await expect(panel.locator('.disputes').textContent()).resolves.toContain(quantity.reason);
  });

  it('does not ask for the disputes of an entity none of whose facts is disputed', async () => {
    // Every fact of the fixture, so an entity's facts are all known: one whose facts none is disputed.
    const { relationships } = await query(server.url, '{ relationships(first: 100) { totalCount edges { node { disputed from { id } to { id } } } } }');
    expect(relationships.totalCount).toBeLessThanOrEqual(100);
    const disputedAt = new Map<string, boolean>();
    for (const { node } of relationships.edges) for (const end of [node.from.id, node.to.id]) disputedAt.set(end, (disputedAt.get(end) ?? false) || node.disputed);
    const calmId = [...disputedAt].find(([, disputed]) => !disputed)?.[0];
    expect(calmId).toBeDefined();
    const calm = { id: calmId as string };
    const documents: string[] = [];
    const listen = (r: any) => {
      if (r.url().endsWith('/graphql')) documents.push(r.postData() ?? '');
    };
    page.on('request', listen);
    await page.goto(`${server.url}/?entity=${calm.id}`);
    await waitForProfile(page, calm.id);
    await expect(page.locator('#profile-disputes-h').textContent()).resolves.toBe('Where sources disagree (0)');
    page.off('request', listen);
    expect(documents.some((d) => d.includes('WbProfileDisputes'))).toBe(false);
  });

  it('says when the disputes could not be read, and reads them again when the profile is shown again', async () => {
    let refused = 0;
    await page.route('**/graphql', async (route) => {
      if (refused === 0 && (route.request().postData() ?? '').includes('WbProfileDisputes')) {
        refused += 1;
        return route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ errors: [{ message: 'the test refused this request', extensions: { code: 'SERVICE_UNAVAILABLE' } }] }) });
      }
      return route.continue();
    });
    try {
      await page.goto(`${server.url}/?entity=${troops.id}`);
      await waitForProfile(page, troops.id);
      const panel = page.locator('#panel');
      await panel.locator('.profile-disputes[aria-busy="false"] .error').waitFor();
      expect(refused).toBe(1);
      // Open a fact, then close it: the profile is shown again, and its disputes asked for again.
      await panel.locator('.profile-facts button[data-edge-id]').first().click();
      await page.waitForFunction(() => new URL((globalThis as any).location.href).searchParams.has('edge'));
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !new URL((globalThis as any).location.href).searchParams.has('edge'));
      await waitForProfile(page, troops.id);
      await panel.locator('.profile-disputes[aria-busy="false"] [data-dispute-id]').first().waitFor();
      await expect(panel.locator('#profile-disputes-h').textContent()).resolves.toMatch(/^Where sources disagree \(\d+\)$/);
    } finally {
      await page.unroute('**/graphql');
    }
  });

  it('pivots from a claim to everything its outlet published and everything its reporter said, with counts', async () => {
    const agency = await entityId(server.url, "South Korea's intelligence agency");
    const { entity } = await query(server.url, 'query($id: ID!) { entity(id: $id) { reported(first: 50) { totalCount } } }', { id: agency.id });
    const { relationships } = await query(server.url, `query($id: ID!) { relationships(filter: { fromId: $id, types: [DEPLOYED_TO] }) { edges { node { id claims { id reportedBy { id } source { publisher { id name } } } } } } }`, { id: troops.id });
    const fact = relationships.edges[0].node;
    const relayed = fact.claims.find((c: any) => c.reportedBy?.id === agency.id);
    await page.goto(`${server.url}/?entity=${troops.id}&edge=${fact.id}`);
    const card = page.locator(`#panel .claim[data-claim-id="${relayed.id}"]`);
    await card.locator('.pivot-reporter').click();
    await waitForProfile(page, agency.id);
    await expect(page.locator('#profile-reported-h').textContent()).resolves.toBe(`Said, as a reporter (${plural(entity.reported.totalCount, 'claim')})`);
    // The focus goes with the pivot, to the profile's heading.
    await expect(page.evaluate(() => (globalThis as any).document.activeElement?.closest('#panel') !== null)).resolves.toBe(true);

    const outlet = relayed.source.publisher;
    const { entity: publisher } = await query(server.url, 'query($id: ID!) { entity(id: $id) { published(first: 50) { totalCount edges { node { id } } } } }', { id: outlet.id });
    await page.goBack();
    await page.locator(`#panel .claim[data-claim-id="${relayed.id}"] .pivot-outlet`).click();
    await waitForProfile(page, outlet.id);
    await expect(page.locator('#profile-published-h').textContent()).resolves.toBe(`Published (${plural(publisher.published.totalCount, 'source')})`);
    expect(await page.locator('#panel .profile-published [data-source-id]').count()).toBe(publisher.published.edges.length);
  });
});
