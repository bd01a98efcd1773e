import { extract, voice } from './extractHelpers';
import { describeClaim } from '../../src/extract/describeClaim';

/** Phenomena of wire copy that only the article's context resolves (issue #12, fourth round); sentences written for these tests. */
describe('geography in a report', () => {
  it('states where a town lies in the outlet\'s voice, not the speaker\'s', () => {
    const { claims } = extract("The army said its soldiers had retaken the town of Tabqa in the Raqqa region.");
    const where = claims.find((c) => c.predicate === 'LOCATED_IN');
    expect(where && describeClaim(where)).toBe('Tabqa LOCATED_IN Raqqa');
    expect(where && voice(where)).toBe('SOURCE');
  });

  it('keeps where a town lies asserted inside a denial', () => {
    const { claims } = extract('The rebels denied that the town of En Nahud in West Kordofan had fallen.');
    const where = claims.find((c) => c.predicate === 'LOCATED_IN');
    expect(where?.polarity).toBe('ASSERTED');
  });
});

describe('"the army" before any army is named', () => {
  it('is the army of the country the article names most', () => {
    const text = "Chad's government declared a curfew in the east. Chad closed its border with Sudan. The army on Tuesday shelled Abeche.";
    expect(extract(text).claims.map(describeClaim)).toEqual(['Chadian troops ATTACKED Abeche']);
  });

  it('owns a numbered unit ("the army\'s 7th Infantry Division") for that country', () => {
    const text = "Fighting spread across Chad. Chad closed its border. The army's 7th Infantry Division repelled an attack.";
    expect(extract(text).claims.map(describeClaim)).toEqual(['7th Infantry Division PART_OF Chadian troops']);
  });

  it('is nobody\'s when no country stands out', () => {
    const text = 'Chad closed its border with Sudan. The army on Tuesday shelled Abeche.';
    expect(extract(text).claims).toEqual([]);
  });
});

describe('a figure joined on with its own verb', () => {
  it('counts "and injured 30 others" as the same people as the figure before it', () => {
    expect(extract('A drone strike on a market in Kassala killed at least 12 people and injured at least 30 others.').claims.map(describeClaim)).toEqual([
      'people KILLED_IN Kassala [AT_LEAST 12 people]',
      'people WOUNDED_IN Kassala [AT_LEAST 30 -]',
    ]);
  });
});

describe('places referred to again', () => {
  it('reads "the town" as the town the article keeps naming, not the last one it mentioned in passing', () => {
    const text = 'The RSF shelled El Obeid on Monday. Hospitals in El Obeid are full. The road to Bara was cut. Witnesses said the RSF had entered the town.';
    expect(extract(text).claims.map(describeClaim)).toContain('Rapid Support Forces SEIZED El Obeid');
  });

  it('reads "the sector" as the town fought over', () => {
    expect(extract('Fighting continued in Toretsk. Russian forces had lost 900 troops killed or wounded in the sector.').claims.map(describeClaim)).toEqual([
      'Russian troops CASUALTIES_IN Toretsk [EXACTLY 900 forces]',
    ]);
  });

  it('takes a name after "withdraw from" as a place, for a later "the town"', () => {
    const text = 'The RSF said it would withdraw from Nyunzu. Witnesses said the RSF had entered the town on Friday.';
    expect(extract(text).claims.map(describeClaim)).toEqual(['Rapid Support Forces SEIZED Nyunzu']);
  });
});

describe('sides named by a noun only the context tells', () => {
  it('reads "the enemy" in a speaker\'s words as the side the speaker fights', () => {
    const text = 'Russian forces pushed towards Pokrovsk. Ukraine\'s General Staff said: "The enemy lost up to 400 servicemen in this area."';
    expect(extract(text).claims.map(describeClaim)).toEqual([expect.stringMatching(/^Russian troops CASUALTIES_IN - \[AT_MOST 400 /)]);
  });

  it('reads "35 enemy combatants" the same way', () => {
    const text = 'Rwandan troops crossed into North Kivu on Monday. The Congolese army said its units had neutralised 35 enemy combatants near Sake.';
    expect(extract(text).claims.map(describeClaim)).toContain('Rwandan troops KILLED_IN Sake [EXACTLY 35 combatants]');
  });

  it('reads bare "soldiers" killed by a side as the army that side fights', () => {
    const text = 'Malian troops retook Kidal. JNIM said its fighters had killed dozens of soldiers near Gao.';
    expect(extract(text).claims.map(describeClaim)).toContain('Malian troops KILLED_IN Gao [AT_LEAST 24 soldiers]');
  });

  it('reads bare "soldiers" killed with no side named as the army of the country the article is about', () => {
    const text = 'Fighting continued in Chad. Chad closed its border. At least 18 soldiers had been killed, a military source said.';
    expect(extract(text).claims.map(describeClaim)).toEqual(['Chadian troops KILLED_IN - [AT_LEAST 18 soldiers]']);
  });

  it('leaves bare "soldiers" alone when nothing tells whose they are', () => {
    expect(extract('At least 18 soldiers had been killed, a military source said.').claims).toEqual([]);
  });
});

describe('an event "in which" something happened', () => {
  it('places what happened "in which" at the place before it, and takes the name after "an attack on a base near" as a place', () => {
    const text = 'Hezbollah claimed a drone attack on a military base near Binyamina on Sunday in which four soldiers were killed, according to the Israeli military.';
    expect(extract(text).claims.map(describeClaim)).toEqual(expect.arrayContaining(['Israeli troops KILLED_IN Binyamina [EXACTLY 4 soldiers]', 'Hezbollah ATTACKED Binyamina']));
  });
});

describe('whose soldiers a non-state group kills', () => {
  it('reads the soldiers a group kills as the army of the country it fights (lexicon)', () => {
    expect(extract('The RSF said its forces had killed dozens of soldiers near Bara.').claims.map(describeClaim)).toEqual([
      'Sudanese troops KILLED_IN Bara [AT_LEAST 24 soldiers]',
    ]);
  });

  it('reads "its fighters" after a participle as the group named before', () => {
    expect(extract('JNIM claimed the attack, saying its fighters had killed 30 soldiers.').claims.map(describeClaim)).toEqual([
      'Malian troops KILLED_IN - [EXACTLY 30 soldiers]',
    ]);
  });

  it('counts "18 soldiers and allied militiamen" as one figure of the army', () => {
    const text = 'Fighting continued in Chad. Chad closed its border. At least 18 soldiers and allied militiamen had been killed, a military source said.';
    expect(extract(text).claims.map(describeClaim)).toEqual(['Chadian troops KILLED_IN - [AT_LEAST 18 soldiers]']);
  });

  it('names no enemy when the article names no other side', () => {
    const text = 'Russian forces shelled Kharkiv. The Russian defence ministry said the enemy had lost 90 servicemen.';
    expect(extract(text).claims.map(describeClaim)).toEqual(['Russian troops ATTACKED Kharkiv']);
  });
});

describe('state media datelines in title case', () => {
  it('cuts "Bamako, 3 May 2025 (AMAP) –" off, and reads "The Armed Forces" as the army of the capital\'s country', () => {
    const text = 'Bamako, 3 May 2025 (AMAP) – The Armed Forces have retaken the town of Ber.';
    const { claims } = extract(text);
    expect(claims.map(describeClaim)).toEqual(['Malian troops SEIZED Ber']);
    expect(claims[0]?.excerpt.startsWith('The Armed Forces')).toBe(true);
  });
});

describe('units of non-state groups, and groups named by what their enemies call them', () => {
  it('reads "Hezbollah\'s elite Radwan Force" as a unit of Hezbollah, for its commander too', () => {
    expect(extract("Israeli troops killed a commander of Hezbollah's elite Radwan Force in Tyre.").claims.map(describeClaim)).toEqual([
      'Radwan Force commander KILLED_IN Tyre',
      'Radwan Force PART_OF Hezbollah',
    ]);
  });

  it('reads "the terrorists" as the last armed group named', () => {
    const text = 'Boko Haram attacked Dikwa. The governor said the terrorists had suffered heavy losses.';
    expect(extract(text).claims.map(describeClaim)).toEqual(['Boko Haram ATTACKED Dikwa', 'Boko Haram CASUALTIES_IN -']);
  });
});

describe('times to the day after "since"', () => {
  it('reads "since January 26" as one time, so that the figure before it is still read', () => {
    const [claim] = extract('Hospitals in Goma have treated more than 4,000 wounded since January 26.', { iso: '2025-02-03', precision: 'DAY' }).claims;
    expect(claim && describeClaim(claim)).toBe('people WOUNDED_IN - [AT_LEAST 4000 wounded]');
    expect(claim?.validFrom).toEqual({ iso: '2025-01-26', precision: 'DAY' });
    expect(claim?.validTo).toBeNull();
  });
});

describe('denials in a relative clause, accusations and their rejection', () => {
  it('reads "X, which denies arming Y," as X\'s denial', () => {
    const claims = extract('Rwanda, which denies arming the M23, did not respond to requests for comment.').claims;
    expect(claims.map(describeClaim)).toEqual(['Rwanda NOT SUPPORTS M23']);
    expect(claims[0] && voice(claims[0])).toBe('REPORTER Rwanda');
  });

  it('reads "accused X of abuses against villagers, which it denies" as the accusation and X\'s denial', () => {
    const claims = extract('Rights groups have accused the Arakan Army of abuses against Rohingya villagers, which it denies.').claims;
    expect(claims.map((c) => `${describeClaim(c)} | ${voice(c)}`)).toEqual([
      'Arakan Army ATTACKED rohingya villagers | REPORTER rights groups',
      'Arakan Army NOT ATTACKED rohingya villagers | REPORTER Arakan Army',
    ]);
  });

  it('keeps what a denier says "telling state media that" apart from what it denies', () => {
    const text = "Myanmar's military bombed Thandwe. Junta spokesman Zaw Min Tun denied that civilians had been targeted, telling state media that the strike had hit a position of the Arakan Army.";
    expect(extract(text).claims.map(describeClaim)).toEqual(['Burmese troops ATTACKED Thandwe', 'Burmese troops NOT ATTACKED civilians', 'Burmese troops ATTACKED Arakan Army']);
  });
});

describe('more ways of saying where a force is and what it lost', () => {
  it('reads a force "operating" weapons in a place as fighting there', () => {
    expect(extract('North Korean gun crews were operating self-propelled howitzers in the Kursk region.').claims.map(describeClaim)).toEqual([
      'North Korean troops FIGHTS_IN Kursk',
    ]);
  });

  it('reads "some of them are believed to have been killed or wounded" as the force named before, hedged, without the place of the other clause', () => {
    const text = 'The agency said North Korean troops had begun taking part in combat in the Kursk region, and that some of them are believed to have been killed or wounded.';
    const claims = extract(text).claims;
    const losses = claims.find((c) => c.predicate === 'CASUALTIES_IN');
    expect(losses && describeClaim(losses)).toBe('North Korean troops CASUALTIES_IN -');
    expect(losses?.hedged).toBe(true);
  });
});

describe('allies, presence without a verb, places taken named again', () => {
  it('reads "the army\'s allies in the Joint Force" as an alliance', () => {
    expect(extract("The army's allies in the Joint Force said they were ready.").claims.map(describeClaim)).toEqual([]);
    expect(extract("Sudan's army and its allies in the Joint Force held the city.").claims.map(describeClaim)).toContain('Joint Force ALLIED_WITH Sudanese troops');
  });

  it('reads "a force in a place" after "for" as the force being there, not a commander "of" it', () => {
    expect(extract('Analysts published an order of battle for the North Korean contingent in Kursk Oblast.').claims.map(describeClaim)).toEqual([
      'North Korean troops LOCATED_IN Kursk',
    ]);
    expect(extract('Israeli troops killed a commander of Hezbollah in the village of Aitaroun.').claims.map(describeClaim)).not.toContain('Hezbollah LOCATED_IN Aitaroun');
  });

  it('reads "the city has been liberated" as taken by the side the article said took it', () => {
    const text = 'M23 rebels said they had captured Goma. "The city of Goma has been liberated," their spokesman wrote.';
    expect(extract(text).claims.filter((c) => c.rule === 'seizure (named again)').map(describeClaim)).toEqual(['M23 SEIZED Goma']);
  });
});

describe('bare soldiers captured by a side', () => {
  it('reads "the two soldiers captured by Ukraine" as soldiers of the side Ukraine fights', () => {
    const text = 'North Korea sent troops to Russia. Officials said the two soldiers captured by Ukraine in January were in good health.';
    expect(extract(text).claims.map(describeClaim)).toContain('North Korean troops CAPTURED_BY Ukrainian troops [EXACTLY 2 soldiers]');
  });
});

describe('"the region" named earlier in the same sentence', () => {
  it('reads "most of the region" as the region the sentence named before it', () => {
    expect(extract('Fighting in the Kursk area has died down since March, as Russian troops retook most of the region.').claims.map(describeClaim)).toEqual([
      'Russian troops SEIZED Kursk',
    ]);
  });

  it('does not read a village named before it as "the region"', () => {
    const claims = extract('Ukrainian forces shelled Kursk on Monday. The ministry said its troops had retaken the village of Zelenyi Shlyakh in the region.').claims;
    expect(claims.map(describeClaim)).toContain('Zelenyi Shlyakh LOCATED_IN Kursk');
  });
});

describe('a figure rejected at the end of a sentence', () => {
  it('denies the figure, by the unnamed authorities, and leaves the rest of the sentence asserted', () => {
    const text = 'JNIM claimed responsibility for the attack on Bamako, saying its fighters had killed hundreds of soldiers, a figure the authorities dismissed.';
    const claims = extract(text).claims;
    expect(claims.map((c) => `${describeClaim(c)} | ${voice(c)}`)).toEqual(
      expect.arrayContaining(['Malian troops NOT KILLED_IN Bamako [AT_LEAST 200 soldiers] | REPORTER authorities', 'JNIM ATTACKED Bamako | SOURCE']),
    );
    expect(claims.filter((c) => c.polarity === 'DENIED')).toHaveLength(1);
  });
});
