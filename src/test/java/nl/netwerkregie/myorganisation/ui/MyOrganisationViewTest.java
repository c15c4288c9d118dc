package nl.netwerkregie.myorganisation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.UiTest;
import nl.netwerkregie.admission.AdmissionService;
import nl.netwerkregie.membership.ContributionLine;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.membership.ui.OrganisationView;
import nl.netwerkregie.myorganisation.MyOrganisationFixtures;
import nl.netwerkregie.myorganisation.process.OrganisationCorrectionProcess;
import nl.netwerkregie.shared.document.DocumentService;
import nl.netwerkregie.shared.document.UploadedDocument;
import nl.netwerkregie.shared.task.TaskListService;
import nl.netwerkregie.shared.task.TaskRow;
import nl.netwerkregie.shared.ui.MyTasksView;
import nl.netwerkregie.shared.ui.TaskView;
import nl.netwerkregie.workinggroup.Participation;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Mijn organisatie for member contacts, and the coordinator's review of a correction, without a browser. */
class MyOrganisationViewTest extends UiTest {

    @Autowired OrganisationService organisations;
    @Autowired DocumentService documents;
    @Autowired TaskListService tasks;
    @Autowired RuntimeService runtimeService;

    private void open(long organisationId) {
        UI.getCurrent().navigate(MyOrganisationView.class, new RouteParameters("id", String.valueOf(organisationId)));
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> rows(String gridId) {
        Grid<T> grid = _get(Grid.class, spec -> spec.withId(gridId));
        return GridKt._fetch(grid, 0, GridKt._size(grid));
    }

    @Test
    void contact1SeesThuiszorgDinkellandsContributionSeatsAndDocuments() {
        Organisation own = MyOrganisationFixtures.demo(organisations, "Thuiszorg Dinkelland");
        String file = "visie-" + System.nanoTime() + ".pdf";
        documents.store(AdmissionService.DOCUMENT_OWNER, String.valueOf(own.getId()), "vision",
                new UploadedDocument(file, "application/pdf", ("%PDF-1.4 " + "x".repeat(2039)).getBytes(java.nio.charset.StandardCharsets.US_ASCII)), "test");
        login("contact1");
        open(own.getId());

        assertThat(_get(H2.class, spec -> spec.withId("my-organisation-title")).getText()).isEqualTo("Thuiszorg Dinkelland");
        assertThat(_get(Span.class, spec -> spec.withId("my-organisation-status")).getText()).isEqualTo("Lid");
        List<ContributionLine> contributions = rows("my-organisation-contributions");
        assertThat(contributions).extracting(ContributionLine::year).contains(LocalDate.now().getYear());
        assertThat(contributions).allSatisfy(l -> assertThat(l.organisationId()).isEqualTo(own.getId()));
        List<Participation> seats = rows("my-organisation-seats");
        assertThat(seats).extracting(Participation::personName).contains("Lotte Brink");
        VerticalLayout sent = _get(VerticalLayout.class, spec -> spec.withId("my-organisation-documents"));
        assertThat(_find(sent, Anchor.class)).extracting(Anchor::getText).anySatisfy(t -> assertThat(t).startsWith(file));
        assertThat(_get(Anchor.class, spec -> spec.withId("my-organisation-resign")).getHref()).isEqualTo("opzeggen");
    }

    @Test
    void contact1OpeningHospiceHetLichtpuntIsRefused() {
        Organisation other = MyOrganisationFixtures.demo(organisations, "Hospice Het Lichtpunt");
        login("contact1");
        open(other.getId());
        assertThat(_get(H2.class, spec -> spec.withId("my-organisation-denied")).getText())
                .isEqualTo("U heeft geen toegang tot deze organisatie: u bent er geen contactpersoon van.");
        assertThat(_find(FormLayout.class)).isEmpty();
        assertThat(_find(H2.class)).extracting(H2::getText).doesNotContain("Hospice Het Lichtpunt");
    }

    @Test
    void aMemberContactCannotOpenTheCoordinatorsOrganisationPage() {
        Organisation own = MyOrganisationFixtures.demo(organisations, "Thuiszorg Dinkelland");
        login("contact1");
        // The route's @RolesAllowed refuses it.
        assertRefused(() -> UI.getCurrent().navigate("organisaties/" + own.getId()));
        assertThat(_find(OrganisationView.class)).isEmpty();
    }

    private TaskRow reviewTaskOf(long organisationId) {
        return tasks.myTasks().stream()
                .filter(t -> OrganisationCorrectionProcess.PROCESS_ID.equals(t.processDefinitionKey()))
                .filter(t -> t.caseSummary().route().equals("organisaties/" + organisationId))
                .findFirst().orElseThrow();
    }

    private void proposeMunicipality(long organisationId, String municipality) {
        login("contact1");
        open(organisationId);
        _click(_get(Button.class, spec -> spec.withId("correction-propose")));
        _get(TextField.class, spec -> spec.withId("correction-field-MUNICIPALITY")).setValue(municipality);
        _click(_get(Button.class, spec -> spec.withId("correction-send")));
    }

    @Test
    void aCoordinatorAcceptsACorrectionFromTheTaskAndTheDetailsChange() {
        long id = MyOrganisationFixtures.member(organisations, "contact1");
        proposeMunicipality(id, "Oldenzaal");
        assertThat(organisations.get(id).getMunicipality()).isEqualTo("Hengelo");

        login("coordinator1");
        TaskRow task = reviewTaskOf(id);
        assertThat(task.caseSummary().subject()).isEqualTo(organisations.get(id).getName());
        UI.getCurrent().navigate(TaskView.class, new RouteParameters("taskId", task.id()));
        List<?> changes = rows("correction-changes");
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).toString()).contains("Hengelo").contains("Oldenzaal");
        _click(_get(Button.class, spec -> spec.withId("correction-accept")));

        assertThat(organisations.get(id).getMunicipality()).isEqualTo("Oldenzaal");
        login("contact1");
        open(id);
        assertThat(_get(Span.class, spec -> spec.withId("my-organisation-municipality")).getText()).isEqualTo("Oldenzaal");
        assertThat(_find(Span.class).stream().map(Span::getText)).contains("Doorgevoerd");
    }

    @Test
    void aRejectedCorrectionShowsItsReasonToTheContact() {
        long id = MyOrganisationFixtures.member(organisations, "contact1");
        proposeMunicipality(id, "Tubbergen");

        login("coordinator1");
        UI.getCurrent().navigate(TaskView.class, new RouteParameters("taskId", reviewTaskOf(id).id()));
        _get(TextArea.class, spec -> spec.withId("correction-reject-reason"))
                .setValue("Uw vestiging in Tubbergen is een locatie; de statutaire zetel blijft Hengelo.");
        _click(_get(Button.class, spec -> spec.withId("correction-reject")));

        assertThat(organisations.get(id).getMunicipality()).isEqualTo("Hengelo");
        login("contact1");
        open(id);
        assertThat(_find(Div.class).stream().map(Div::getText))
                .contains("Reden van afwijzing: Uw vestiging in Tubbergen is een locatie; de statutaire zetel blijft Hengelo.");
        assertThat(_find(Span.class).stream().map(Span::getText)).contains("Afgewezen");
    }

    @Test
    void aMemberContactWithoutTasksLandsOnMijnOrganisationAfterLogin() {
        // Other tests may leave tasks offered to every member contact; this one needs a contact without any.
        runtimeService.createProcessInstanceQuery().processDefinitionKey("TaskListTestProcess").list()
                .forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "test needs no member-contact tasks"));
        login("contact2");
        // An evaluation's questionnaire or a self-evaluation of contact2's organisation another test started.
        tasks.myTasks().stream().map(TaskRow::processInstanceId).distinct().forEach(pi -> runtimeService
                .deleteProcessInstance(pi, "test needs a member contact without tasks"));
        assertThat(tasks.myTasks()).isEmpty();
        UI.getCurrent().navigate(MyTasksView.class);
        assertThat(_get(H2.class, spec -> spec.withId("my-organisation-title")).getText())
                .isEqualTo("Hospice Het Lichtpunt");
        // Mijn taken from the menu afterwards stays Mijn taken.
        UI.getCurrent().navigate(MyTasksView.class);
        assertThat(_get(H2.class, spec -> spec.withId("tasks-title")).getText()).isEqualTo("Mijn taken");
    }
}
