import { extract, lines, only, voice } from './extractHelpers';

/**
 * Phenomena of real wire copy read in the seventh round (extract-2.6.0), each in sentences written
 * for this suite, across several conflicts (Nigeria, Pakistan, Somalia, Lebanon, Sudan, Gaza, DR
 * Congo, Burkina Faso), none taken from either gold set: the police as a force and a voice, weapons
 * fired at a place, a side named with whom it is loyal to, casualty figures with no noun, a death
 * toll, a denial of a report made a sentence or two before, and more nouns of a national force.
 */

const described = (text: string) => extract(text).claims.map((c) => `${c.subject.name} ${c.polarity === 'DENIED' ? 'NOT ' : ''}${c.predicate} ${c.object?.name ?? '-'}`);

describe('the police as a force and as a voice', () => {
  it.each([
    ['Somali police officers killed five al-Shabab fighters near Baidoa.', 'al-Shabab KILLED_IN Baidoa [EXACTLY 5 fighters]'],
    ['Kenyan police shot dead three gunmen in Mandera. Kenyan police officers attacked Mandera on Tuesday.', 'Kenyan police ATTACKED Mandera'],
    ["Nigeria's police stormed Kirawa on Friday.", 'Nigerian police ATTACKED Kirawa'],
  ])('reads "%s" with the police of the country named', (text, expected) => {
    expect(lines(text)).toContain(expected);
  });

  it('names the police of the country the article is about when the text names none', () => {
    const text = 'Nigerian troops withdrew from Monguno, the Nigerian army said. At least 12 people were killed in Monguno, police said.';
    const killed = extract(text).claims.find((c) => c.predicate === 'KILLED_IN');
    expect(killed && voice(killed)).toBe('REPORTER Nigerian police');
    expect(killed?.reporter?.aliases.map((a) => a.name)).toContain('police');
  });

  it.each([
    ['Gunmen killed 12 people in Baidoa on Sunday, police said.'],
    ['According to police, gunmen killed 12 people in Baidoa.'],
    ['Police said gunmen killed 12 people in Baidoa on Sunday.'],
    ['Police told reporters that gunmen killed 12 people in Baidoa.'],
  ])('gives "%s" to the police', (text) => {
    expect(voice(only(text))).toBe('REPORTER police');
  });

  it('leaves the nouns the police only qualifies alone', () => {
    expect(voice(only('Gunmen killed 12 people in Baidoa, police officials said.'))).toBe('REPORTER police officials');
    expect(voice(only('Gunmen killed 12 people in Baidoa, a police spokesman said.'))).toBe('REPORTER police spokesman');
    expect(extract('Gunmen attacked a police station in Baidoa.').claims.map((c) => c.subject.name)).not.toContain('police');
    expect(extract("JNIM attacked a military police school in Bamako.").claims.map((c) => c.subject.name)).not.toContain('police');
    expect(extract('Police could not confirm that gunmen killed 12 people in Baidoa.').claims).toEqual([]);
  });
});

describe('weapons fired at a place or a side', () => {
  it.each([
    ['Hezbollah fired rockets at Kiryat Shmona on Tuesday.', 'Hezbollah ATTACKED Kiryat Shmona'],
    ['Boko Haram fighters fired three rockets at a military base in the town of Monguno.', 'Boko Haram ATTACKED Monguno'],
    ['Militants fired mortar rounds at the airport in Mogadishu on Friday.', 'militants ATTACKED Mogadishu'],
    ['The RSF launched a barrage of drones at Port Sudan, the army said.', 'Rapid Support Forces ATTACKED Port Sudan'],
    ['Houthi fighters fired missiles and drones into Marib overnight.', 'Houthis ATTACKED Marib'],
    ['Gunmen opened fire on a convoy of Malian soldiers near Gao.', 'gunmen ATTACKED Malian troops'],
  ])('"%s"', (text, expected) => {
    expect(described(text)).toContain(expected);
  });

  it('dates the attack by the time after the place', () => {
    expect(only('Hezbollah fired rockets at Kiryat Shmona on Tuesday.').validFrom?.iso).toBe('2024-12-24');
  });

  it.each([
    ['Hezbollah did not fire rockets at Haifa.'],
    ['Houthi fighters could fire missiles at Eilat.'],
    ['Hezbollah threatened to fire rockets at Haifa.'],
    ['Hezbollah has fired rockets for a year.'],
  ])('makes no attack of "%s"', (text) => {
    expect(extract(text).claims).toEqual([]);
  });

  it('reads a denial of firing as the denier\'s own act, denied', () => {
    expect(described('Hezbollah denied firing rockets at Metula.')).toEqual(['Hezbollah NOT ATTACKED Metula']);
  });
});

describe('a side named with whom it is loyal to', () => {
  it.each([
    ['Militiamen loyal to Ahmed Madobe seized Kismayo on Monday.', 'militiamen SEIZED Kismayo'],
    ['Fighters loyal to Hemedti seized Babanusa, residents said.', 'fighters SEIZED Babanusa'],
    ['Gunmen loyal to a local warlord attacked Jowhar.', null],
    ['Fano militiamen loyal to Zemene Kassie captured the town of Debre Tabor.', 'Fano SEIZED Debre Tabor'],
    ['M23 rebels allied to Rwanda seized Walikale on Wednesday.', 'M23 SEIZED Walikale'],
  ])('"%s"', (text, expected) => {
    if (expected) expect(described(text)).toContain(expected);
    else expect(extract(text).claims.every((c) => c.predicate !== 'SEIZED')).toBe(true);
  });

  it('keeps the leader in the description of an unnamed side', () => {
    const c = only('Militiamen loyal to Ahmed Madobe seized Kismayo on Monday.');
    expect(c.subject.description).toBe('unnamed, loyal to Ahmed Madobe');
    expect(c.validFrom?.iso).toBe('2024-12-23');
  });

  it('leaves a possibility alone', () => {
    expect(extract('Militiamen loyal to Ahmed Madobe could seize Kismayo.').claims).toEqual([]);
  });
});

describe('the time after the place dates the claim', () => {
  it.each([
    ['Houthi fighters attacked Marib on Sunday.', '2024-12-22'],
    ['M23 rebels seized the town of Masisi on Monday, a local official said.', '2024-12-23'],
    ['The RSF shelled El Obeid on Saturday, killing five people.', '2024-12-21'],
    ['JNIM fighters ambushed a convoy near Djibo on Thursday.', '2024-12-26'],
    ['Houthi fighters attacked Marib, the government\'s last stronghold in the north, on Sunday.', '2024-12-22'],
  ])('"%s"', (text, iso) => {
    const claims = extract(text).claims;
    expect(claims.length).toBeGreaterThan(0);
    expect(claims[0]?.validFrom?.iso).toBe(iso);
  });
});

describe('a site named before the place that holds it', () => {
  it.each([
    ['Al-Shabab militants attacked a military base in Baidoa on Friday.', 'al-Shabab ATTACKED Baidoa'],
    ['Gunmen stormed an army post near Djibo.', 'gunmen ATTACKED Djibo'],
    ['Russian forces struck a market in Kharkiv.', 'Russian troops ATTACKED Kharkiv'],
    ['Russian missiles struck a market in Kharkiv on Sunday.', 'Russian troops ATTACKED Kharkiv'],
    ['Israeli strikes pounded Khan Younis overnight.', 'Israeli troops ATTACKED Khan Younis'],
    ['JNIM fighters ambushed a patrol of Burkinabe soldiers near Djibo.', 'JNIM ATTACKED Burkinabe troops'],
  ])('"%s"', (text, expected) => {
    expect(described(text)).toContain(expected);
  });

  it('leaves a site with no place alone, and a site of the attacker\'s own', () => {
    expect(extract('Gunmen attacked a military base on Friday.').claims).toEqual([]);
  });
});

describe('casualty figures with no noun of their own', () => {
  it.each([
    ['Gunmen attacked Baidoa on Monday, killing at least 12.', 'people KILLED_IN Baidoa [AT_LEAST 12 people]'],
    ['Russian forces struck Kharkiv, killing six and wounding 37.', 'people KILLED_IN Kharkiv [EXACTLY 6 people]'],
    ['The attack on Kutum left at least 100 dead, medics said.', 'people KILLED_IN Kutum [AT_LEAST 100 -]'],
    ['Israeli strikes pounded Khan Younis, leaving 30 dead and 70 wounded.', 'people WOUNDED_IN Khan Younis [EXACTLY 70 -]'],
    ['Russian missiles struck a market in Kharkiv, leaving 14 dead.', 'people KILLED_IN Kharkiv [EXACTLY 14 -]'],
    ['The death toll from the attack on Kutum rose to at least 40 on Sunday.', 'people KILLED_IN Kutum [AT_LEAST 40 -]'],
    ['The death toll in Baidoa has since risen to 19, a hospital official said.', 'people KILLED_IN Baidoa [EXACTLY 19 -]'],
  ])('"%s"', (text, expected) => {
    expect(lines(text)).toContain(expected);
  });

  it('leaves a figure alone when the sentence names another side than the attacker', () => {
    expect(lines('Sudanese troops attacked RSF positions in Bara, killing 30.').filter((l) => l.startsWith('people'))).toEqual([]);
  });

  it.each([
    ['The death toll could rise to 50, officials said.'],
    ['Hospitals said the toll was not yet known.'],
    ['The death toll from the attack rose to 40 soldiers.'],
  ])('makes no figure of people from "%s"', (text) => {
    expect(lines(text).filter((l) => l.startsWith('people'))).toEqual([]);
  });
});

describe('a denial of a report made a sentence or two before', () => {
  it('denies the capture reported before: "denied that any soldiers were captured"', () => {
    const text = 'The Taliban said they had captured 25 Pakistani soldiers near Chaman. Pakistan\'s military denied that any soldiers were captured.';
    const denied = extract(text).claims.filter((c) => c.polarity === 'DENIED');
    expect(denied.map((c) => `${c.subject.name} ${c.predicate} ${c.object?.name} ${voice(c)}`)).toEqual(['Pakistani troops CAPTURED_BY Taliban REPORTER Pakistani troops']);
    expect(denied[0]?.quantity).toBeNull();
  });

  it('denies only the predicate the denial names', () => {
    const text = 'M23 rebels said they had seized Sake and captured 40 Congolese soldiers. The army denied that any of its soldiers had been captured.';
    expect(extract(text).claims.filter((c) => c.polarity === 'DENIED').map((c) => c.predicate)).toEqual(['CAPTURED_BY']);
  });

  it('reaches back past a sentence that says nothing the denier is named in', () => {
    const text = 'Boko Haram said its fighters had captured 30 Nigerian soldiers near Monguno. The group posted photographs of men in uniform. The Nigerian army dismissed the report as propaganda.';
    expect(described(text)).toContain('Nigerian troops NOT CAPTURED_BY Boko Haram');
  });

  it('denies nothing when the report before did not name the denier', () => {
    const text = 'Hezbollah said it had fired rockets at Metula. The Lebanese army dismissed the report as propaganda.';
    expect(extract(text).claims.filter((c) => c.polarity === 'DENIED')).toEqual([]);
  });

  it('denies nothing more than three sentences back', () => {
    const text = [
      'Boko Haram said its fighters had captured 30 Nigerian soldiers near Monguno.',
      'The group posted photographs.',
      'Residents fled.',
      'Markets closed.',
      'The Nigerian army dismissed the report as propaganda.',
    ].join(' ');
    expect(extract(text).claims.filter((c) => c.polarity === 'DENIED')).toEqual([]);
  });
});

describe('more nouns of a national force', () => {
  it.each([
    ['Israeli tanks shelled Khan Younis on Monday.', 'Israeli troops ATTACKED Khan Younis'],
    ['Israeli tanks pushed into Rafah, residents said.', 'Israeli troops ATTACKED Rafah'],
    ['Russian artillery pounded Kherson overnight.', 'Russian troops ATTACKED Kherson'],
    ['Turkish drones struck Kobani on Friday.', 'Turkish troops ATTACKED Kobani'],
    ['Sudanese helicopters bombed Nyala, the RSF said.', 'Sudanese troops ATTACKED Nyala'],
  ])('"%s"', (text, expected) => {
    expect(described(text)).toContain(expected);
  });

  it('makes no force of a noun the demonym only qualifies', () => {
    expect(extract('Ukraine shot down 40 Iranian-made drones over Kyiv.').claims).toEqual([]);
  });
});

describe('more ways of saying an attack, a seizure and a voice', () => {
  it.each([
    ['Al-Shabab militants took over the town of Bulo Burde on Tuesday, residents said.', 'al-Shabab SEIZED Bulo Burde'],
    ['Israeli warplanes conducted airstrikes on Khan Younis overnight.', 'Israeli troops ATTACKED Khan Younis'],
    ['The Israeli military said it carried out strikes on Hezbollah targets near Tyre.', 'Israeli troops ATTACKED Hezbollah'],
    ["Ukraine's military said its forces had repelled 40 Russian attacks near Pokrovsk.", 'Russian troops ATTACKED Pokrovsk'],
  ])('"%s"', (text, expected) => {
    expect(described(text)).toContain(expected);
  });

  it('gives "the <group>-run health ministry said" to the ministry, named as written', () => {
    expect(voice(only('At least 40 people were killed in Gaza on Sunday, the Hamas-run health ministry said.'))).toBe('REPORTER Hamas-run health ministry');
  });

  it('gives "a statement from <body> said" to the body', () => {
    expect(voice(only('A statement from the RSF said its fighters had seized Babanusa.'))).toBe('REPORTER Rapid Support Forces');
  });

  it('counts "ended with at least 50 dead" as people, and a noun after the number as no people', () => {
    expect(lines('Fighting in Tillia ended with at least 50 dead, residents said.')).toEqual(['people KILLED_IN Tillia [AT_LEAST 50 -]']);
    expect(lines('Hamas fighters fired a missile at an Israeli tank in Jabalia, killing three soldiers.').filter((l) => l.startsWith('people'))).toEqual([]);
  });

  it.each([
    ['Al-Shabab militants could take over Bulo Burde.'],
    ['Israeli warplanes did not carry out strikes on Khan Younis.'],
  ])('leaves "%s" alone', (text) => {
    expect(extract(text).claims).toEqual([]);
  });
});

describe('sides named by a common noun after a reporting verb or a time, and by "<Name> rebels"', () => {
  it.each([
    ['Military sources said rebels seized Bangolo on Friday.', 'rebels SEIZED Bangolo'],
    ['A local official said gunmen had killed 12 people in Tillia.', 'people KILLED_IN Tillia'],
    ['On Sunday, militants attacked a military base in Baidoa.', 'militants ATTACKED Baidoa'],
    ['Residents told Reuters that insurgents stormed Macomia overnight.', 'insurgents ATTACKED Macomia'],
    ['Bambari was seized on Sunday by Seleka rebels.', 'Seleka SEIZED Bambari'],
    ['The rebels took over the key oil town of Bentiu. Seleka rebels entered the north-central town of Kaga-Bandoro.', 'Seleka SEIZED Kaga-Bandoro'],
  ])('"%s"', (text, expected) => {
    expect(described(text)).toContain(expected);
  });

  it('makes no group of a place or a lexicon adjective before "rebels"', () => {
    expect(extract('Darfur rebels attacked Nyala.').claims.map((c) => c.subject.name)).not.toContain('Darfur');
    expect(lines('Houthi rebels attacked Marib.')).toEqual(['Houthis ATTACKED Marib']);
    expect(described("Yemen's Houthi rebels fired three drones at Marib.")).toEqual(['Houthis ATTACKED Marib']);
    expect(described("Sudan's Seleka militiamen stormed Kutum.")).not.toContain("Sudan's Seleka ATTACKED Kutum");
  });

  it('leaves a bare noun alone when no verb of an act follows it', () => {
    expect(extract('The army said rebels were retreating.').claims).toEqual([]);
  });
});

describe('more wordings of a denial', () => {
  it('denies the captures before with "rejected claims that hundreds of soldiers had been taken prisoner"', () => {
    const text = 'M23 rebels said they had captured 40 Congolese soldiers. The army rejected claims that hundreds of soldiers had been taken prisoner.';
    expect(described(text)).toEqual(['Congolese troops CAPTURED_BY M23', 'Congolese troops NOT CAPTURED_BY M23']);
  });

  it('reads "denied the claim on Monday" as a denial of the claim before', () => {
    const text = 'The RSF said it had captured 22 Sudanese soldiers near Bara. The Sudanese army denied the claim on Monday.';
    expect(described(text)).toContain('Sudanese troops NOT CAPTURED_BY Rapid Support Forces');
  });

  it('reads a name after "attack on" as a place: "claimed responsibility for the attack on Babanusa"', () => {
    expect(described('The RSF claimed responsibility for the attack on Babanusa.')).toEqual(['Rapid Support Forces ATTACKED Babanusa']);
  });

  it('claims nothing from a denial of involvement (not read: "denied involvement in the attack" stays a warning)', () => {
    expect(extract('Hezbollah denied involvement in the attack on Majdal Shams.').claims).toEqual([]);
  });
});

describe('"government forces" and "security forces" with no demonym', () => {
  const somalia = 'MOGADISHU, Somalia (PAN) - Somali troops and al-Shabab fought near Afgoye. ';

  it('are the army of the country the article is about', () => {
    expect(described(`${somalia}Government forces retook the town of Afgoye on Monday, officials said.`)).toContain('Somali troops SEIZED Afgoye');
    expect(described(`${somalia}Residents said security forces had killed 12 al-Shabab fighters.`)).toContain('al-Shabab KILLED_IN -');
  });

  it('are no one when the article is about no country, and "pro-government forces" are not the army', () => {
    expect(extract('Government forces retook the town of Afgoye on Monday, officials said.').claims).toEqual([]);
    expect(extract(`${somalia}Pro-government forces seized Afgoye.`).claims.filter((c) => c.predicate === 'SEIZED')).toEqual([]);
  });
});

describe("an armed side's unnamed spokesman speaks for the side", () => {
  it.each([
    ['A spokesman for the RSF said its fighters had seized Babanusa.', 'REPORTER Rapid Support Forces'],
    ["Houthi fighters attacked Marib, the group's military spokesman said in a televised address.", 'REPORTER Houthis'],
    ['The RSF seized Babanusa on Sunday, a spokesman for the group said.', 'REPORTER Rapid Support Forces'],
  ])('"%s"', (text, expected) => {
    expect(voice(only(text))).toBe(expected);
  });

  it('keeps a named spokesman, and a body\'s spokesman, as they were', () => {
    expect(voice(only("The RSF seized Babanusa, the group's spokesman, Al-Fatih Qurashi, said."))).toBe('REPORTER Al-Fatih Qurashi');
    expect(voice(only('Gunmen killed 12 people in Baidoa, a police spokesman said.'))).toBe('REPORTER police spokesman');
  });
});

describe('an attack named by a noun "near" a place, and casualties "when" a side\'s weapons hit one', () => {
  it('reads "in a Russian drone strike near Kupiansk" as the attack and the place of the dead', () => {
    expect(lines('Two Ukrainian soldiers were killed in a Russian drone strike near Kupiansk.').sort()).toEqual([
      'Russian troops ATTACKED Kupiansk',
      'Ukrainian troops KILLED_IN Kupiansk [EXACTLY 2 soldiers]',
    ]);
  });

  it('places the dead "when Russian missiles hit Sumy" in Sumy', () => {
    expect(lines('At least 17 people were killed and 40 wounded when Russian missiles hit Sumy on Sunday, officials said.')).toEqual(
      expect.arrayContaining(['people KILLED_IN Sumy [AT_LEAST 17 people]', 'people WOUNDED_IN Sumy [EXACTLY 40 -]', 'Russian troops ATTACKED Sumy']),
    );
  });

  it('leaves a possible strike alone', () => {
    expect(extract('Officials warned of a possible Russian drone strike near Kupiansk.').claims).toEqual([]);
  });
});

describe('"terrorists" in a figure', () => {
  it('are the group named before, as "militants" are', () => {
    expect(lines('JNIM fighters attacked Menaka. Malian troops killed 30 "terrorists" near Menaka.')).toContain('JNIM KILLED_IN Menaka [EXACTLY 30 terrorists]');
  });

  it('are no one when the article named no group', () => {
    expect(extract('Malian troops killed 30 terrorists near Menaka.').claims).toEqual([]);
  });
});
