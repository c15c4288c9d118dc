package nl.netwerkregie.evaluation;

import java.util.List;
import java.util.Locale;

/**
 * The questions a network starts with (coordinators change them on Evaluaties): statements on what the agreement
 * asks of the network, scored 1-5, and three open questions, the last asking for the changes §6.3 is about.
 */
final class DefaultQuestions {

    private DefaultQuestions() {
    }

    /** @param boardName the network's name for its board ("Dagelijks bestuur", "Stuurgroep") */
    static List<Question> of(String boardName) {
        String board = boardName == null ? "bestuur" : boardName.toLowerCase(Locale.ROOT);
        return List.of(
                scale("De samenwerking binnen het netwerk voldoet aan wat onze organisatie ervan verwacht."),
                scale("De werkgroepen werken aan de juiste opdrachten en hun resultaten zijn bruikbaar in de praktijk."),
                scale("Het " + board + " functioneert goed: het neemt tijdig besluiten en legt daarover verantwoording af."),
                scale("De communicatie vanuit het netwerk (nieuwsbrief, website, bijeenkomsten) is duidelijk en tijdig."),
                scale("De netwerkcoördinatoren ondersteunen onze organisatie en de werkgroepen goed."),
                scale("De contributie staat in verhouding tot wat het netwerk onze organisatie oplevert."),
                open("Wat gaat goed in de samenwerking binnen het netwerk?"),
                open("Wat kan beter in de samenwerking, en hoe?"),
                open("Welke aanpassingen van de samenwerkingsafspraken of de organisatie van het netwerk stelt u voor?"));
    }

    private static Question scale(String text) {
        return new Question(QuestionKind.SCALE, text);
    }

    private static Question open(String text) {
        return new Question(QuestionKind.OPEN, text);
    }
}
