# ruff: noqa: E501  (data: one claim per line reads best)
"""Source of heldout.jsonl: families written after the matcher and lexicon were frozen.

Nothing in the matcher or the lexicon was changed after looking at these results.
Run ``python heldout.py > heldout.jsonl``. See PROVENANCE.md.
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import families
from families import rows as _rows

T = "bundled-sample:en-red-sea-tanker.html"
W = "wikinews-headline (CC BY 2.5)"

families.FAMILIES[:] = [
    dict(
        src=T,
        en="All 23 crew members of the oil tanker Marisol Dawn were rescued on Monday after a fire broke out in the engine room.",
        en2="The 23 sailors aboard the Marisol Dawn were all saved after an engine-room fire on Monday.",
        de="Alle 23 Besatzungsmitglieder des Öltankers Marisol Dawn wurden am Montag nach einem Brand im Maschinenraum gerettet.",
        de2="Nach einem Feuer im Maschinenraum der Marisol Dawn sind alle 23 Seeleute gerettet worden.",
        rel_en="The Marisol Dawn was carrying about 90,000 tonnes of crude oil from Saudi Arabia.",
        rel_de="Die Marisol Dawn hatte rund 90.000 Tonnen Rohöl aus Saudi-Arabien geladen.",
    ),
    dict(
        src=T,
        en="Yemen's Houthi movement reportedly claimed responsibility for the attack on the tanker.",
        en2="The Houthis in Yemen are said to have claimed the attack on the tanker.",
        de="Die jemenitische Huthi-Bewegung hat sich Berichten zufolge zu dem Angriff auf den Tanker bekannt.",
        de2="Die Huthis aus dem Jemen sollen den Angriff auf den Tanker für sich reklamiert haben.",
        rel_en="The ship's manager said the fire was most likely a mechanical failure.",
        rel_de="Der Schiffsmanager sagte, das Feuer sei höchstwahrscheinlich ein technischer Defekt gewesen.",
    ),
    dict(
        src=T,
        en="The London market has handled more than 150 claims related to the region since January.",
        en2="Since January, over 150 insurance claims linked to the region have been filed in London.",
        de="Der Londoner Markt hat seit Januar mehr als 150 Schadensfälle aus der Region bearbeitet.",
        de2="Seit Januar gingen in London über 150 Versicherungsansprüche aus der Region ein.",
        rel_en="War-risk premiums for Red Sea transits have risen sharply since last year.",
        rel_de="Die Kriegsrisikoprämien für Fahrten durch das Rote Meer sind seit dem Vorjahr stark gestiegen.",
    ),
    dict(
        src=T,
        en="Freight rates on the Asia-Europe route rose 9 percent last week.",
        en2="Last week, shipping rates between Asia and Europe climbed 9%.",
        de="Die Frachtraten auf der Route Asien-Europa stiegen in der vergangenen Woche um 9 Prozent.",
        de2="Frachtraten zwischen Asien und Europa legten vorige Woche um neun Prozent zu.",
        rel_en="At least 60 percent of container traffic now avoids the Suez Canal.",
        rel_de="Mindestens 60 Prozent des Containerverkehrs meiden inzwischen den Suezkanal.",
    ),
    dict(
        src=W,
        en="Argentine president Fernández to send bill legalising abortion to National Congress within 10 days",
        en2="Argentina's President Fernández will send Congress a bill to legalise abortion within ten days.",
        de="Argentiniens Präsident Fernández will binnen 10 Tagen einen Gesetzentwurf zur Legalisierung der Abtreibung in den Kongress einbringen",
        de2="Präsident Fernández legt dem argentinischen Kongress innerhalb von zehn Tagen ein Gesetz zur Legalisierung von Abtreibungen vor.",
        rel_en="Fernández also plans a bill to support mothers during the first 1,000 days of a child's life.",
        rel_de="Fernández plant zudem ein Gesetz zur Unterstützung von Müttern in den ersten 1000 Lebenstagen eines Kindes.",
    ),
    dict(
        src=W,
        en="Arrests made in theft of gold toilet in England",
        en2="Police have arrested people over the theft of a golden toilet in England.",
        de="Festnahmen nach dem Diebstahl einer goldenen Toilette in England",
        de2="Nach dem Diebstahl der goldenen Toilette in England hat die Polizei Verdächtige festgenommen.",
        rel_en="The gold toilet was on display at Blenheim Palace in an art exhibition.",
        rel_de="Die goldene Toilette war in einer Kunstausstellung im Blenheim Palace zu sehen.",
    ),
    dict(
        src=W,
        en="Bernie Sanders wins 2020 Northern Mariana Islands US Democratic presidential caucus",
        en2="Sanders won the Democratic caucus in the Northern Mariana Islands in 2020.",
        de="Bernie Sanders gewinnt 2020 den Caucus der Demokraten auf den Nördlichen Marianen",
        de2="Auf den Nördlichen Marianen hat Bernie Sanders die Vorwahl der Demokraten 2020 gewonnen.",
        rel_en="Joe Biden won the 2020 Democratic primary in Florida.",
        rel_de="Joe Biden gewann 2020 die Vorwahl der Demokraten in Florida.",
    ),
    dict(
        src=W,
        en="Building in Barcelona damaged by explosion; one policeman injured and a bomb-sniffing dog killed",
        en2="An explosion damaged a building in Barcelona, injuring a police officer and killing a sniffer dog.",
        de="Explosion beschädigt Gebäude in Barcelona; ein Polizist verletzt, ein Spürhund getötet",
        de2="Bei einer Explosion in Barcelona wurden ein Polizist verletzt und ein Spürhund getötet.",
        rel_en="The Italian Cultural Institute in Barcelona had reported a suspicious object.",
        rel_de="Das Italienische Kulturinstitut in Barcelona hatte einen verdächtigen Gegenstand gemeldet.",
    ),
]


if __name__ == "__main__":
    for row in _rows():
        row["id"] = "h" + row["id"][1:]
        print(json.dumps(row, ensure_ascii=False))
