package nl.netwerkregie.resignation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.membership.ui.OrganisationSection;
import nl.netwerkregie.resignation.EndingKind;
import nl.netwerkregie.resignation.EndingStatus;
import nl.netwerkregie.resignation.MembershipEnding;
import nl.netwerkregie.resignation.ResignationQueries;
import nl.netwerkregie.resignation.ResignationService;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.security.UserDirectory;
import nl.netwerkregie.shared.ui.DatePickers;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.ui.UiErrors;

/**
 * On an organisation's page: its resignations and terminations, and for coordinators the actions
 * "Beëindiging voorstellen" and "Reactie vastleggen".
 */
@org.springframework.stereotype.Component
class EndingSection implements OrganisationSection {

    private final ResignationService endings;
    private final ResignationQueries queries;
    private final CurrentUser currentUser;
    private final UserDirectory users;
    private final Clock clock;

    EndingSection(ResignationService endings, ResignationQueries queries, CurrentUser currentUser, UserDirectory users,
            Clock clock) {
        this.endings = endings;
        this.queries = queries;
        this.currentUser = currentUser;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Component> create(Organisation organisation) {
        List<MembershipEnding> all = queries.endingsOf(organisation.getId());
        boolean coordinator = currentUser.has(Role.COORDINATOR);
        boolean canPropose = coordinator && organisation.getStatus().isMember()
                && queries.openEndingOf(organisation.getId()).isEmpty();
        if (all.isEmpty() && !canPropose) {
            return Optional.empty();
        }
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.setId("ending-section");
        section.add(new H3(section.getTranslation("ending.section.title")));
        var locale = UI.getCurrent().getLocale();
        for (MembershipEnding e : all) {
            Span line = new Span(section.getTranslation(e.getKind() == EndingKind.RESIGNATION ? "ending.section.resignationLine"
                    : "ending.section.line", section.getTranslation("ending.kind." + e.getKind()),
                    section.getTranslation("ending.status." + e.getStatus()), Formats.date(e.getEndDate(), locale), e.getReasons(),
                    Formats.date(e.getReceivedOn(), locale)));
            section.add(line);
            if (e.isRecordedOnBehalf()) {
                section.add(new Span(section.getTranslation("ending.section.onBehalf", users.displayName(e.getSubmittedBy()),
                        Formats.date(e.getCreatedAt(), locale))));
            }
            if (coordinator && e.getStatus() == EndingStatus.RESPONSE_PERIOD) {
                Button respond = new Button(section.getTranslation("ending.section.recordResponse"), c -> recordResponse(e));
                respond.setId("record-response");
                section.add(respond);
            }
        }
        if (canPropose) {
            Button propose = new Button(section.getTranslation("ending.section.propose"), c -> propose(organisation));
            propose.setId("propose-termination");
            propose.addThemeVariants(ButtonVariant.LUMO_ERROR);
            section.add(propose);
        }
        return Optional.of(section);
    }

    private void propose(Organisation organisation) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(dialog.getTranslation("ending.section.propose"));
        TextArea reasons = new TextArea(dialog.getTranslation("resign.reasons"));
        reasons.setId("termination-reasons");
        reasons.setWidth("36em");
        reasons.setMaxLength(4000);
        DatePicker endDate = DatePickers.create(dialog.getTranslation("ending.section.endDate"));
        endDate.setId("termination-end-date");
        endDate.setMin(LocalDate.now(clock).plusDays(1));
        endDate.setValue(LocalDate.of(LocalDate.now(clock).getYear(), 12, 31));
        Button save = new Button(dialog.getTranslation("ending.section.propose"), e -> {
            if (UiErrors.attempt(() -> endings.proposeTermination(organisation.getId(), reasons.getValue(), endDate.getValue()))) {
                dialog.close();
                UI.getCurrent().getPage().reload();
            }
        });
        save.setId("save-termination");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(reasons, endDate));
        dialog.getFooter().add(new HorizontalLayout(new Button(dialog.getTranslation("action.cancel"), e -> dialog.close()), save));
        dialog.open();
    }

    private void recordResponse(MembershipEnding ending) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(dialog.getTranslation("ending.section.recordResponse"));
        TextArea response = new TextArea(dialog.getTranslation("ending.section.response"));
        response.setId("termination-response");
        response.setWidth("36em");
        Button save = new Button(dialog.getTranslation("action.save"), e -> {
            if (UiErrors.attempt(() -> endings.recordResponse(ending.getId(), response.getValue()))) {
                dialog.close();
                UI.getCurrent().getPage().reload();
            }
        });
        save.setId("save-response");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(response);
        dialog.getFooter().add(new HorizontalLayout(new Button(dialog.getTranslation("action.cancel"), e -> dialog.close()), save));
        dialog.open();
    }
}
