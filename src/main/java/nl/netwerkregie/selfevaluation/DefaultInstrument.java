package nl.netwerkregie.selfevaluation;

import java.util.List;

/**
 * The statements a network's instrument starts with, in sections after the domains of the Kwaliteitskader
 * palliatieve zorg Nederland (2017). An example set written for the application, to be confirmed (or changed on
 * Zelfevaluaties → Instrument) by the network: it is not the official instrument of Fibula/PZNL.
 */
final class DefaultInstrument {

    record Item(String section, String text) {
    }

    static final List<Item> ITEMS = List.of(
            new Item("Structuur en organisatie van de zorg",
                    "Palliatieve zorg is als thema opgenomen in het beleid of jaarplan van onze organisatie."),
            new Item("Structuur en organisatie van de zorg",
                    "Er is een aandachtsvelder of werkgroep palliatieve zorg die tijd en middelen heeft."),
            new Item("Proactieve zorgplanning",
                    "Zorgverleners voeren tijdig gesprekken over wensen en grenzen met patiënt en naasten."),
            new Item("Proactieve zorgplanning",
                    "Afspraken uit die gesprekken worden vastgelegd en overgedragen aan andere zorgverleners."),
            new Item("Fysieke en psychische dimensie",
                    "Symptomen worden systematisch gesignaleerd, bijvoorbeeld met de Lastmeter of het Utrechts"
                            + " Symptoomdagboek."),
            new Item("Fysieke en psychische dimensie",
                    "Bij complexe problemen wordt tijdig een consultatieteam palliatieve zorg geraadpleegd."),
            new Item("Sociale en spirituele dimensie",
                    "Zingeving en levensvragen komen in de zorg aan bod, zo nodig met een geestelijk verzorger."),
            new Item("Sociale en spirituele dimensie",
                    "Naasten worden betrokken en ondersteund, ook na het overlijden (nazorg)."),
            new Item("Deskundigheid en samenwerking",
                    "Medewerkers volgen scholing in palliatieve zorg, bijvoorbeeld via het netwerk."),
            new Item("Deskundigheid en samenwerking",
                    "Wij werken in de regio samen met andere organisaties, zoals huisartsen, thuiszorg en hospices."));

    private DefaultInstrument() {
    }
}
