package nl.netwerkregie.annualreport.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.netwerkregie.UiTest;
import nl.netwerkregie.annualreport.JaarverslagQueries;
import nl.netwerkregie.annualreport.JaarverslagService;
import nl.netwerkregie.annualreport.Section;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The jaarverslag's screens without a browser: a coordinator starts a year's report, writes a section's text and
 * saves it; a save that another coordinator overtook is refused with a message and keeps what was typed; the
 * board reads the report without forms.
 */
class JaarverslagViewsTest extends UiTest {

    private static final AtomicInteger YEARS = new AtomicInteger(2081);

    @Autowired JaarverslagService reports;
    @Autowired JaarverslagQueries queries;

    private JaarverslagPage open(long id) {
        UI.getCurrent().navigate(JaarverslagPage.class, new RouteParameters("id", String.valueOf(id)));
        return _get(JaarverslagPage.class);
    }

    @Test
    void aCoordinatorStartsAReportAndWritesItsSections() {
        int year = YEARS.getAndIncrement();
        login("coordinator1");
        UI.getCurrent().navigate(JaarverslagenView.class);
        _get(IntegerField.class, spec -> spec.withId("new-report-year")).setValue(year);
        _click(_get(Button.class, spec -> spec.withId("new-report-create")));

        JaarverslagPage page = _get(JaarverslagPage.class);
        assertThat(_find(H3.class)).extracting(H3::getText).containsExactly("1. Voorwoord", "2. Leden",
                "3. Besluiten van het bestuur", "4. Werkgroepen en opdrachten", "5. Jaarplan: thema's, begroot en besteed",
                "6. Contributie en subsidie", "7. Evaluaties");
        _get(TextArea.class, spec -> spec.withId("text-introduction")).setValue("Een goed jaar.");
        _click(_get(Button.class, spec -> spec.withId("report-save")));
        expectNotifications("Het jaarverslag is opgeslagen.");
        long id = queries.all().stream().filter(r -> r.year() == year).findFirst().orElseThrow().id();
        assertThat(queries.get(id).text(Section.INTRODUCTION)).isEqualTo("Een goed jaar.");
        assertThat(page).isNotNull();

        // The same year twice: a clear message, the list stays.
        UI.getCurrent().navigate(JaarverslagenView.class);
        _get(IntegerField.class, spec -> spec.withId("new-report-year")).setValue(year);
        _click(_get(Button.class, spec -> spec.withId("new-report-create")));
        expectNotifications("Er is al een jaarverslag voor " + year + ". Open het in de lijst.");
        _get(JaarverslagenView.class);
    }

    @Test
    void anOvertakenSaveIsRefusedAndKeepsWhatWasTyped() {
        login("coordinator1");
        long id = reports.create(YEARS.getAndIncrement());
        open(id);
        TextArea members = _get(TextArea.class, spec -> spec.withId("text-members"));
        members.setValue("Mijn tekst over de leden.");
        login("coordinator2");
        reports.saveTexts(id, queries.get(id).version(), Map.of(Section.MEMBERS, "Tekst van coördinator 2."));
        login("coordinator1");
        _click(_get(Button.class, spec -> spec.withId("report-save")));
        expectNotifications("coordinator2 heeft het jaarverslag intussen gewijzigd. Uw tekst staat nog in het formulier:"
                + " kopieer wat u wilt bewaren en open de pagina opnieuw.");
        assertThat(members.getValue()).isEqualTo("Mijn tekst over de leden.");
        assertThat(queries.get(id).text(Section.MEMBERS)).isEqualTo("Tekst van coördinator 2.");
    }

    @Test
    void theBoardReadsWithoutForms() {
        login("coordinator1");
        long id = reports.create(YEARS.getAndIncrement());
        reports.saveTexts(id, queries.get(id).version(), Map.of(Section.INTRODUCTION, "Voor het bestuur."));
        login("bestuur1");
        UI.getCurrent().navigate(JaarverslagenView.class);
        assertThat(_find(IntegerField.class)).isEmpty();
        open(id);
        assertThat(_find(TextArea.class)).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("report-save"))).isEmpty();
        login("contact1");
        assertRefused(() -> UI.getCurrent().navigate(JaarverslagenView.class));
    }
}
