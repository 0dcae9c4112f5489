# ruff: noqa: E501  (data: one claim per line reads best)
"""Source of pairs.jsonl: claim families, each one claim in several wordings and languages.

Run ``python families.py > pairs.jsonl`` to regenerate. See PROVENANCE.md.
Fields per family: src, en (original wording), en2 (English paraphrase), de (German
rendering), de2 (German paraphrase), rel_en / rel_de (same story, a different claim).
"""

import itertools
import json
import random

S1 = "shared-sample:nordkorea-choe-lavrov.md"
S2 = "shared-sample:nordkorea-kim-belousov.md"
B1 = "bundled-sample:mixed-eu-energy.md"
B2 = "bundled-sample:de-stellwerk-kassel.txt"
B3 = "bundled-sample:en-red-sea-tanker.html"
W = "wikinews-headline (CC BY 2.5)"

FAMILIES = [
    dict(
        src=S2,
        en="Reports indicate that North Korea has dispatched over 10,000 troops to support Russia's war efforts.",
        en2="North Korea is said to have sent more than 10,000 soldiers to help Russia fight its war.",
        de="Berichten zufolge hat Nordkorea mehr als 10.000 Soldaten entsandt, um Russlands Kriegsanstrengungen zu unterstützen.",
        de2="Nordkorea soll über 10.000 Soldaten nach Russland geschickt haben.",
        rel_en="North Korea is believed to have supplied Russia with artillery systems and missiles.",
        rel_de="Nordkorea soll Russland mit Artilleriesystemen und Raketen beliefert haben.",
    ),
    dict(
        src=S1,
        en="US Secretary of State Antony Blinken has indicated that as many as 8,000 North Korean troops are stationed in the Kursk region.",
        en2="Up to 8,000 North Korean soldiers are now in Russia's Kursk region, according to Blinken.",
        de="US-Außenminister Antony Blinken zufolge sind bis zu 8.000 nordkoreanische Soldaten in der Region Kursk stationiert.",
        de2="Blinken sagt, in Kursk seien bis zu 8000 Soldaten aus Nordkorea.",
        rel_en="Blinken said North Korean troops could enter combat against Ukraine within days.",
        rel_de="Blinken warnte, nordkoreanische Truppen könnten bald gegen die Ukraine kämpfen.",
    ),
    dict(
        src=S1,
        en="Choe accused the US and South Korea of plotting a nuclear strike against North Korea.",
        en2="North Korea's foreign minister claimed Washington and Seoul are planning a nuclear attack on her country.",
        de="Choe warf den USA und Südkorea vor, einen Atomschlag gegen Nordkorea zu planen.",
        de2="Nordkoreas Außenministerin beschuldigte Washington und Seoul, einen nuklearen Angriff auf Nordkorea vorzubereiten.",
        rel_en="Choe warned of an explosive situation on the Korean Peninsula.",
        rel_de="Choe warnte vor einer explosiven Lage auf der koreanischen Halbinsel.",
    ),
    dict(
        src=S1,
        en="North Korea confirmed the launch of a new intercontinental ballistic missile, calling it the world's strongest missile.",
        en2="Pyongyang says it has tested a new ICBM, which it describes as the strongest missile in the world.",
        de="Nordkorea bestätigte den Start einer neuen ballistischen Interkontinentalrakete und nannte sie die stärkste Rakete der Welt.",
        de2="Pjöngjang hat nach eigenen Angaben eine neue Interkontinentalrakete getestet, die stärkste der Welt.",
        rel_en="Kim Jong Un attended the missile test in person.",
        rel_de="Kim Jong Un war beim Raketentest persönlich anwesend.",
    ),
    dict(
        src=S2,
        en="South Korean officials said Russia has supplied North Korea with air defense missile systems.",
        en2="Russia reportedly gave North Korea air defence missile systems, Seoul says.",
        de="Südkoreanische Beamte sagten, Russland habe Nordkorea Flugabwehrraketensysteme geliefert.",
        de2="Laut Seoul hat Russland Nordkorea mit Luftabwehrraketen beliefert.",
        rel_en="South Korea says Russia has given North Korea economic assistance.",
        rel_de="Südkorea zufolge leistet Russland Nordkorea wirtschaftliche Hilfe.",
    ),
    dict(
        src=S2,
        en="The two nations signed a treaty in June committing to mutual military support in the event of an attack.",
        en2="In June Russia and North Korea signed a pact pledging to defend each other militarily if attacked.",
        de="Die beiden Staaten unterzeichneten im Juni einen Vertrag über gegenseitigen militärischen Beistand im Fall eines Angriffs.",
        de2="Russland und Nordkorea haben sich im Juni vertraglich zu militärischem Beistand bei einem Angriff verpflichtet.",
        rel_en="Russia and North Korea held joint military exercises in June.",
        rel_de="Russland und Nordkorea hielten im Juni gemeinsame Militärübungen ab.",
    ),
    dict(
        src=S2,
        en="Kim said North Korea will invariably support Russia's sovereignty and territorial integrity.",
        en2="Kim Jong Un pledged unwavering support for Russia's sovereignty and territorial integrity.",
        de="Kim sagte, Nordkorea werde Russlands Souveränität und territoriale Integrität unerschütterlich unterstützen.",
        de2="Kim Jong Un versprach Russland bedingungslose Unterstützung für seine Souveränität und territoriale Integrität.",
        rel_en="Kim Jong Un met Russian Defense Minister Andrei Belousov in Pyongyang.",
        rel_de="Kim Jong Un empfing den russischen Verteidigungsminister Andrej Beloussow in Pjöngjang.",
    ),
    dict(
        src=S2,
        en="The U.S. allowed Ukraine to use long-range ATACMS missiles against targets in Russia.",
        en2="Washington has cleared Ukraine to fire long-range ATACMS missiles at Russian targets.",
        de="Die USA erlaubten der Ukraine, weitreichende ATACMS-Raketen gegen Ziele in Russland einzusetzen.",
        de2="Washington hat Kiew den Einsatz von ATACMS-Langstreckenraketen gegen Russland erlaubt.",
        rel_en="Kim condemned the US decision on ATACMS as a direct intervention in the war.",
        rel_de="Kim verurteilte die US-Entscheidung zu ATACMS als direkte Einmischung in den Krieg.",
    ),
    dict(
        src=B1,
        en="Storage levels across the bloc stood at 61 percent on 1 May.",
        en2="On May 1, EU gas storage was 61% full.",
        de="Die Gasspeicher in der EU waren am 1. Mai zu 61 Prozent gefüllt.",
        de2="Am 1. Mai lag der Füllstand der europäischen Speicher bei 61 Prozent.",
        rel_en="EU gas storage levels on 1 May were well below the ten-year average.",
        rel_de="Die Füllstände der EU-Gasspeicher lagen Anfang Mai deutlich unter dem Zehnjahresmittel.",
    ),
    dict(
        src=B1,
        en="Two Qatari liquefaction trains have been offline since early April.",
        en2="Since the start of April, two of Qatar's LNG liquefaction trains have been out of service.",
        de="Zwei katarische Verflüssigungsanlagen sind seit Anfang April außer Betrieb.",
        de2="In Katar stehen seit Anfang April zwei Flüssiggas-Anlagen still.",
        rel_en="QatarEnergy told buyers in Asia that deliveries could slip by several weeks.",
        rel_de="QatarEnergy teilte Käufern in Asien mit, Lieferungen könnten sich um Wochen verzögern.",
    ),
    dict(
        src=B1,
        en="QatarEnergy is believed to have diverted at least four cargoes to higher-paying customers.",
        en2="At least four LNG cargoes were reportedly diverted by QatarEnergy to customers paying more.",
        de="QatarEnergy soll mindestens vier Ladungen an besser zahlende Kunden umgeleitet haben.",
        de2="Mindestens vier LNG-Ladungen hat QatarEnergy angeblich an Kunden mit höheren Preisen umgeleitet.",
        rel_en="QatarEnergy denied that any contracts had been broken.",
        rel_de="QatarEnergy bestritt, Verträge gebrochen zu haben.",
    ),
    dict(
        src=B1,
        en="Traders in London said spot prices rose 14 percent in a single week.",
        en2="Spot gas prices climbed 14% in one week, according to London traders.",
        de="Händler in London sagten, die Spotpreise seien in einer einzigen Woche um 14 Prozent gestiegen.",
        de2="Laut Londoner Händlern kletterten die Spotpreise binnen einer Woche um 14 Prozent.",
        rel_en="Traders in London said spot prices fell 6 percent after the announcement.",
        rel_de="Londoner Händler berichteten, die Spotpreise seien nach der Ankündigung um 6 Prozent gefallen.",
    ),
    dict(
        src=B1,
        en="The reserve would cover at least 30 days of winter demand, Vellander said.",
        en2="According to Commissioner Vellander, the emergency reserve will meet at least 30 days of demand in winter.",
        de="Die Reserve solle mindestens 30 Tage des Winterbedarfs decken, sagte Vellander.",
        de2="Laut Kommissarin Vellander deckt die Notreserve den Bedarf im Winter für mindestens 30 Tage.",
        rel_en="The reserve would be financed by member states in proportion to their consumption.",
        rel_de="Die Reserve soll von den Mitgliedstaaten anteilig nach ihrem Verbrauch finanziert werden.",
    ),
    dict(
        src=B2,
        en="According to Deutsche Bahn, around 240 trains were affected and 38 long-distance services were cancelled.",
        en2="Deutsche Bahn says some 240 trains were hit by the outage, with 38 long-distance connections cancelled.",
        de="Nach Angaben der Deutschen Bahn waren rund 240 Züge betroffen, 38 Fernverbindungen fielen komplett aus.",
        de2="Rund 240 Züge waren laut Bahn betroffen; 38 Fernverbindungen fielen aus.",
        rel_en="Deutsche Bahn said the outage began at around 5.40 am and was fixed in the afternoon.",
        rel_de="Ein Bahnsprecher sagte, die Störung sei gegen 5.40 Uhr aufgetreten und am Nachmittag behoben worden.",
    ),
    dict(
        src=B2,
        en="A cable duct on the line to Göttingen was reportedly broken open during the night.",
        en2="Someone allegedly broke open a cable shaft on the Göttingen line overnight.",
        de="Berichten zufolge soll ein Kabelschacht an der Strecke nach Göttingen in der Nacht aufgebrochen worden sein.",
        de2="In der Nacht sei ein Kabelschacht an der Bahnstrecke nach Göttingen aufgebrochen worden, heißt es.",
        rel_en="An unknown person is said to have photographed the tracks at the weekend.",
        rel_de="Ein Unbekannter soll bereits am Wochenende die Gleise fotografiert haben.",
    ),
    dict(
        src=B2,
        en="Only 64 percent of long-distance trains were on time last year, according to the Federal Statistical Office.",
        en2="Last year just 64% of long-distance trains ran on time, the statistics office says.",
        de="Laut Statistischem Bundesamt waren im vergangenen Jahr nur 64 Prozent der Fernzüge pünktlich.",
        de2="Nur 64 Prozent der Fernzüge kamen im vergangenen Jahr pünktlich an.",
        rel_en="Only 71 percent of regional trains were on time last year.",
        rel_de="Im vergangenen Jahr waren 71 Prozent der Regionalzüge pünktlich.",
    ),
    dict(
        src=B2,
        en="There are around 2,600 signal boxes nationwide, about a third of them older than 40 years.",
        en2="Germany has some 2,600 signal boxes, roughly one in three more than 40 years old.",
        de="Bundesweit gibt es rund 2.600 Stellwerke, von denen etwa ein Drittel älter als 40 Jahre ist.",
        de2="Etwa ein Drittel der rund 2600 Stellwerke in Deutschland ist älter als 40 Jahre.",
        rel_en="Modernising the signal boxes is estimated to cost more than 30 billion euros.",
        rel_de="Die Modernisierung der Stellwerke kostet nach Schätzungen mehr als 30 Milliarden Euro.",
    ),
    dict(
        src=B2,
        en="The signal box was put into service in 1987.",
        en2="The Kassel signal box dates from 1987.",
        de="Das Stellwerk wurde 1987 in Betrieb genommen.",
        de2="Das Kasseler Stellwerk ist seit 1987 in Betrieb.",
        rel_en="The signal box is likely to be one of the oldest in the network.",
        rel_de="Das Stellwerk dürfte zu den ältesten im Netz gehören.",
    ),
    dict(
        src=W,
        en="World Health Organization declares COVID-19 pandemic",
        en2="The WHO has declared COVID-19 a pandemic.",
        de="Weltgesundheitsorganisation erklärt COVID-19 zur Pandemie",
        de2="Die WHO hat COVID-19 zur Pandemie erklärt.",
        rel_en="The WHO says COVID-19 cases outside China have risen thirteen-fold.",
        rel_de="Laut WHO haben sich die COVID-19-Fälle außerhalb Chinas verdreizehnfacht.",
    ),
    dict(
        src=W,
        en="US President Trump declares COVID-19 national emergency",
        en2="Donald Trump has declared a national emergency over COVID-19.",
        de="US-Präsident Trump ruft wegen COVID-19 den nationalen Notstand aus",
        de2="Trump hat wegen COVID-19 einen nationalen Notstand ausgerufen.",
        rel_en="Trump suspends travel from Europe to the US for 30 days over COVID-19.",
        rel_de="Trump setzt wegen COVID-19 Reisen aus Europa in die USA für 30 Tage aus.",
    ),
    dict(
        src=W,
        en="Former basketball player Kobe Bryant dies in helicopter crash, aged 41",
        en2="Kobe Bryant, the former basketball star, was killed in a helicopter crash at the age of 41.",
        de="Der frühere Basketballspieler Kobe Bryant ist im Alter von 41 Jahren bei einem Hubschrauberabsturz gestorben",
        de2="Kobe Bryant kam mit 41 Jahren bei einem Helikopterabsturz ums Leben.",
        rel_en="Kobe Bryant won five NBA championships with the Los Angeles Lakers.",
        rel_de="Kobe Bryant gewann mit den Los Angeles Lakers fünf NBA-Meisterschaften.",
    ),
    dict(
        src=W,
        en="British mathematician Richard K. Guy dies at 103",
        en2="Richard K. Guy, the British mathematician, has died aged 103.",
        de="Der britische Mathematiker Richard K. Guy ist im Alter von 103 Jahren gestorben",
        de2="Richard K. Guy, britischer Mathematiker, starb mit 103 Jahren.",
        rel_en="Richard K. Guy co-wrote Winning Ways for your Mathematical Plays.",
        rel_de="Richard K. Guy schrieb Winning Ways for your Mathematical Plays mit.",
    ),
    dict(
        src=W,
        en="Influential rock drummer Ginger Baker dies at age 80",
        en2="Ginger Baker, the influential rock drummer, has died at 80.",
        de="Der einflussreiche Rockschlagzeuger Ginger Baker ist mit 80 Jahren gestorben",
        de2="Ginger Baker, einflussreicher Schlagzeuger, starb im Alter von 80 Jahren.",
        rel_en="Ginger Baker was a founding member of the band Cream.",
        rel_de="Ginger Baker war Gründungsmitglied der Band Cream.",
    ),
    dict(
        src=W,
        en="Australian government pays A$20m for copyright to Aboriginal flag",
        en2="Australia has bought the copyright of the Aboriginal flag for 20 million Australian dollars.",
        de="Australische Regierung zahlt 20 Millionen australische Dollar für das Urheberrecht an der Aborigine-Flagge",
        de2="Australien hat das Urheberrecht an der Flagge der Aborigines für 20 Millionen Dollar gekauft.",
        rel_en="The Aboriginal flag was created by Harold Thomas in 1970.",
        rel_de="Die Aborigine-Flagge wurde 1970 von Harold Thomas entworfen.",
    ),
    dict(
        src=W,
        en="New Zealand announces new Matariki public holiday",
        en2="New Zealand will get a new public holiday, Matariki.",
        de="Neuseeland kündigt neuen Feiertag Matariki an",
        de2="In Neuseeland wird Matariki ein neuer gesetzlicher Feiertag.",
        rel_en="Matariki marks the beginning of the Maori New Year.",
        rel_de="Matariki markiert den Beginn des Maori-Neujahrs.",
    ),
    dict(
        src=W,
        en="200 in New Delhi, India drink cow urine to fight off COVID-19",
        en2="About 200 people in New Delhi drank cow urine in the belief it would ward off COVID-19.",
        de="200 Menschen in Neu-Delhi trinken Kuhurin gegen COVID-19",
        de2="In Neu-Delhi tranken rund 200 Menschen Kuhurin, um sich vor COVID-19 zu schützen.",
        rel_en="Indian health authorities say cow urine does not protect against COVID-19.",
        rel_de="Indische Gesundheitsbehörden sagen, Kuhurin schütze nicht vor COVID-19.",
    ),
    dict(
        src=W,
        en="Stores in Australia lower toilet paper limits per transaction",
        en2="Australian supermarkets have cut how much toilet paper a customer may buy at once.",
        de="Geschäfte in Australien senken die Höchstmenge an Toilettenpapier pro Einkauf",
        de2="Australische Supermärkte begrenzen den Kauf von Toilettenpapier weiter.",
        rel_en="Panic buying emptied supermarket shelves across Australia.",
        rel_de="Hamsterkäufe leerten Supermarktregale in ganz Australien.",
    ),
    dict(
        src=W,
        en="National Basketball Association suspends season due to COVID-19 concerns",
        en2="The NBA has suspended its season because of COVID-19.",
        de="Die NBA unterbricht wegen COVID-19 ihre Saison",
        de2="Wegen der COVID-19-Sorgen hat die Basketball-Liga NBA die Saison ausgesetzt.",
        rel_en="An NBA player tested positive for COVID-19 before a game.",
        rel_de="Ein NBA-Spieler wurde vor einem Spiel positiv auf COVID-19 getestet.",
    ),
    dict(
        src=W,
        en="Native American groups sue US state of Montana over ballot law",
        en2="Montana is being sued by Native American groups over its ballot law.",
        de="Indigene Gruppen verklagen den US-Bundesstaat Montana wegen eines Wahlgesetzes",
        de2="Montana wird von Gruppen amerikanischer Ureinwohner wegen seines Wahlgesetzes verklagt.",
        rel_en="Montana's ballot law limits who may collect absentee ballots.",
        rel_de="Montanas Wahlgesetz beschränkt, wer Briefwahlunterlagen einsammeln darf.",
    ),
]


def rows():
    out = []
    n = 0

    def add(a, la, b, lb, label, src):
        nonlocal n
        n += 1
        out.append(
            {
                "id": f"p{n:03d}",
                "a": a,
                "b": b,
                "lang_a": la,
                "lang_b": lb,
                "label": label,
                "source": src,
            }
        )

    for f in FAMILIES:
        s = f["src"]
        add(f["en"], "en", f["en2"], "en", "same", s)
        add(f["en"], "en", f["de"], "de", "same", s)
        add(f["de"], "de", f["de2"], "de", "same", s)
        add(f["en2"], "en", f["de2"], "de", "same", s)
        add(f["en"], "en", f["rel_en"], "en", "related", s)
        add(f["de"], "de", f["rel_de"], "de", "related", s)
        add(f["en"], "en", f["rel_de"], "de", "related", s)
        add(f["de2"], "de", f["rel_en"], "en", "related", s)
    rng = random.Random(20)
    combos = list(itertools.combinations(range(len(FAMILIES)), 2))
    rng.shuffle(combos)
    keys = [("en", "en"), ("de", "de"), ("en", "de"), ("de", "en")]
    for i, (x, y) in enumerate(combos[:48]):
        ka, kb = keys[i % 4]
        add(FAMILIES[x][ka], ka, FAMILIES[y][kb], kb, "different", "cross-family")
    return out


if __name__ == "__main__":
    for row in rows():
        print(json.dumps(row, ensure_ascii=False))
