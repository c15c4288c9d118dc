package nl.netwerkregie.annualplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.netwerkregie.IntegrationTest;
import nl.netwerkregie.shared.DomainException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two coordinators edit the same draft; on H2 and on PostgreSQL (persistence tag). */
@Tag("persistence")
class JaarplanConcurrentEditIT extends IntegrationTest {

    private static final AtomicInteger YEARS = new AtomicInteger(2070);

    @Autowired JaarplanService jaarplannen;
    @Autowired JaarplanQueries queries;

    @Test
    void theSecondSaveIsRefusedAndLosesNothingTheFirstSaved() {
        loginAs("coordinator1");
        long id = jaarplannen.create(YEARS.getAndIncrement(), "Concept");
        long start = jaarplannen.save(id, queries.get(id).version(),
                JaarplanApprovalProcessTest.content("Concept", new BigDecimal("250.00")));
        // Both open the same draft.
        JaarplanView seenByFirst = queries.get(id);
        JaarplanView seenBySecond = queries.get(id);
        assertThat(seenByFirst.version()).isEqualTo(start);

        loginAs("coordinator1");
        PlanContent first = withTheme4Item(seenByFirst.content(), "Extra scholing (coördinator 1)");
        jaarplannen.save(id, seenByFirst.version(), first);

        loginAs("coordinator2");
        PlanContent second = new PlanContent("Titel van coördinator 2", seenBySecond.content().ambition(),
                seenBySecond.content().goals(), seenBySecond.content().projectBudget(), new BigDecimal("999.00"),
                seenBySecond.content().themes(), seenBySecond.content().income(), seenBySecond.content().split());
        assertThatThrownBy(() -> jaarplannen.save(id, seenBySecond.version(), second))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    DomainException d = (DomainException) e;
                    assertThat(d.messageKey()).isEqualTo("jaarplan.concurrentEdit");
                    assertThat(d.arguments()).containsExactly("coordinator1");
                });

        JaarplanView stored = queries.get(id);
        assertThat(stored.content()).isEqualTo(first);
        assertThat(stored.updatedBy()).isEqualTo("coordinator1");
        assertThat(stored.begroting().themeTotal(stored.content().themes().get(3))).isEqualByComparingTo("21650.00");

        // Reloaded, the second coordinator's change goes through on top of the first's.
        JaarplanView reloaded = queries.get(id);
        PlanContent merged = new PlanContent("Titel van coördinator 2", reloaded.content().ambition(),
                reloaded.content().goals(), reloaded.content().projectBudget(), new BigDecimal("999.00"),
                reloaded.content().themes(), reloaded.content().income(), reloaded.content().split());
        jaarplannen.save(id, reloaded.version(), merged);
        assertThat(queries.get(id).content()).isEqualTo(merged);
        assertThat(queries.get(id).content().themes().get(3).items()).extracting(CostItem::description)
                .contains("Extra scholing (coördinator 1)");
    }

    @Test
    void aBoardMemberCannotEditAndInvalidItemsAreRefused() {
        loginAs("coordinator1");
        long id = jaarplannen.create(YEARS.getAndIncrement(), "Concept");
        long version = queries.get(id).version();
        PlanContent bad = new PlanContent("Concept", null, null, null, null, List.of(new ThemePlan("A", null, null,
                List.of(new CostItem("Geen aantal", new BigDecimal("10"), null, null, null, null)))), List.of(), List.of());
        assertThatThrownBy(() -> jaarplannen.save(id, version, bad)).isInstanceOf(DomainException.class)
                .hasMessageContaining("jaarplan.itemIncomplete");
        PlanContent tenthOfACent = new PlanContent("Concept", null, null, null, null, List.of(new ThemePlan("A", null, null,
                List.of(CostItem.units("Fractie", "0.001", 1, null)))), List.of(), List.of());
        assertThatThrownBy(() -> jaarplannen.save(id, version, tenthOfACent)).isInstanceOf(DomainException.class)
                .hasMessageContaining("jaarplan.invalidAmount");
        loginAs("bestuur1");
        assertThatThrownBy(() -> jaarplannen.save(id, version, JaarplanApprovalProcessTest.content("x", null)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(queries.get(id).version()).isEqualTo(version);
    }

    static PlanContent withTheme4Item(PlanContent content, String description) {
        List<ThemePlan> themes = new ArrayList<>(content.themes());
        ThemePlan theme = themes.get(3);
        List<CostItem> items = new ArrayList<>(theme.items());
        items.add(CostItem.units(description, "100", 1, null));
        themes.set(3, new ThemePlan(theme.name(), theme.aims(), theme.activities(), items));
        return new PlanContent(content.title(), content.ambition(), content.goals(), content.projectBudget(),
                content.contributionBase(), themes, content.income(), content.split());
    }
}
