package nl.netwerkregie.membership.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Optional;
import nl.netwerkregie.membership.LifeEvent;
import nl.netwerkregie.membership.LifeStoryExport;
import nl.netwerkregie.membership.LifeStoryService;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.shared.format.Formats;

/** "Levensloop": everything that happened to the organisation in the network, as one timeline; also as PDF. */
@org.springframework.stereotype.Component
class LifeStorySection implements OrganisationSection {

    private final LifeStoryService lifeStories;
    private final LifeStoryExport export;

    LifeStorySection(LifeStoryService lifeStories, LifeStoryExport export) {
        this.lifeStories = lifeStories;
        this.export = export;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public Optional<Component> create(Organisation organisation) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        Locale locale = UI.getCurrent().getLocale();
        Grid<LifeEvent> timeline = new Grid<>();
        timeline.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        timeline.setId("life-story");
        timeline.addColumn(e -> Formats.date(e.when(), locale)).setHeader(section.getTranslation("history.date")).setAutoWidth(true);
        timeline.addColumn(e -> section.getTranslation(e.whatKey(), e.whatArgs(com.vaadin.flow.component.UI.getCurrent().getLocale()))).setHeader(section.getTranslation("lifestory.what"))
                .setFlexGrow(2);
        timeline.addColumn(e -> e.detail() == null ? "" : e.detail()).setHeader(section.getTranslation("history.reason")).setFlexGrow(3);
        timeline.setItems(lifeStories.lifeStory(organisation.getId()));
        timeline.setAllRowsVisible(true);
        long id = organisation.getId();
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = export.pdf(id, locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "levensloop-" + id + ".pdf", "application/pdf", bytes.length);
        }), section.getTranslation("lifestory.exportPdf"));
        pdf.setId("life-story-pdf");
        section.add(new H3(section.getTranslation("lifestory.title")), pdf, timeline);
        return Optional.of(section);
    }
}
