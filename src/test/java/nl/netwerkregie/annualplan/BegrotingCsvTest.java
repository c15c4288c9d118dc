package nl.netwerkregie.annualplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading the begroting from a spreadsheet's CSV, and writing it back. */
class BegrotingCsvTest {

    @Test
    void aCsvWithTwoBadRowsReportsBothAndImportsTheRest() {
        String csv = """
                Thema;Omschrijving;Kosten per eenheid;Aantal;Deelnemers
                Bewustwording;Bijeenkomsten (per dagdeel);€ 200;20;
                Bewustwording;Catering;3,00;20;50
                Samenwerking;Campagnemateriaal;veel;600;
                Samenwerking;Bijeenkomsten;200;14;
                ;Zonder thema;200;1;
                Participatie en ondersteuning;Wegwijzer;487,50;1;
                """;
        BegrotingImport.ImportResult result = BegrotingCsv.read(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(result.errors()).extracting(BegrotingImport.RowError::row, BegrotingImport.RowError::reasonKey)
                .containsExactly(tuple(4L, "jaarplan.import.invalidUnitCost"), tuple(6L, "jaarplan.import.themeMissing"));
        assertThat(result.items()).extracting(BegrotingImport.ImportedItem::theme, i -> i.item().description())
                .containsExactly(tuple("Bewustwording", "Bijeenkomsten (per dagdeel)"), tuple("Bewustwording", "Catering"),
                        tuple("Samenwerking", "Bijeenkomsten"), tuple("Participatie en ondersteuning", "Wegwijzer"));
        assertThat(result.items().get(1).item().participants()).isEqualTo(50);
        assertThat(result.items().get(3).item().unitCost()).isEqualByComparingTo("487.50");

        PlanContent draft = new PlanContent("Plan", null, null, null, null,
                List.of(new ThemePlan("bewustwording", "Doel", null, List.of(CostItem.units("Bestaand", "10", 1, null)))),
                List.of(), List.of());
        PlanContent merged = result.mergeInto(draft);
        assertThat(merged.themes()).extracting(ThemePlan::name)
                .containsExactly("bewustwording", "Samenwerking", "Participatie en ondersteuning");
        assertThat(merged.themes().get(0).items()).hasSize(3);
        assertThat(Begroting.of(merged).themeTotal(merged.themes().get(0))).isEqualTo(new BigDecimal("7010.00"));
    }

    @Test
    void aStatedTotalThatDiffersFromTheComputedOneIsReadAndTheRowIsNamed() {
        String csv = """
                Thema;Omschrijving;Kosten per eenheid;Aantal;Deelnemers;Percentage;Van;Totaal
                Bewustwording;Bijeenkomsten;200;4;;;;999,00
                Bewustwording;Catering;3;20;50;;;3.000,00
                """;
        BegrotingImport.ImportResult result = BegrotingCsv.read(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(result.errors()).isEmpty();
        assertThat(result.items()).hasSize(2);
        assertThat(result.warnings()).extracting(BegrotingImport.RowError::row, BegrotingImport.RowError::reasonKey,
                BegrotingImport.RowError::value).containsExactly(tuple(2L, "jaarplan.import.totalDiffers", "999,00"));
        assertThat(Begroting.of(result.mergeInto(new PlanContent("P", null, null, null, null, List.of(), List.of(),
                List.of()))).totalCosts()).as("the computed totals count").isEqualByComparingTo("3800.00");
    }

    @Test
    void commaSeparatedPlainNumbersAndDutchThousandsAreRead() {
        String csv = "Bewustwording,Wensenboekjes,1.12,10.000,\nBewustwording,Symposia,20,4,200\nA,B,1\n";
        BegrotingImport.ImportResult result = BegrotingCsv.read(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(result.items()).extracting(i -> i.item().count()).containsExactly(10000, 4);
        assertThat(result.errors()).extracting(BegrotingImport.RowError::row, BegrotingImport.RowError::reasonKey)
                .containsExactly(tuple(3L, "jaarplan.import.tooFewColumns"));
    }

    @Test
    void theExportImportsAgainWithPercentageItems() {
        PlanContent twente = TwenteJaarplan2025.content();
        byte[] csv = BegrotingCsv.write(twente,
                List.of("thema", "omschrijving", "kosten", "aantal", "deelnemers", "percentage", "van", "totaal"));
        BegrotingImport.ImportResult back = BegrotingCsv.read(csv);
        assertThat(back.errors()).isEmpty();
        PlanContent reimported = back.mergeInto(new PlanContent("x", null, null, twente.projectBudget(), null,
                List.of(), twente.income(), twente.split()));
        assertThat(reimported.themes()).isEqualTo(twente.themes().stream()
                .map(t -> new ThemePlan(t.name(), null, null, t.items().stream().map(BegrotingCsvTest::normalised).toList()))
                .toList());
        assertThat(Begroting.of(reimported).totalCosts()).isEqualTo(new BigDecimal("138800.00"));
    }

    private static CostItem normalised(CostItem item) {
        return new CostItem(item.description(), item.unitCost(), item.count(), item.participants(),
                item.percentage(), item.percentageOf());
    }
}
