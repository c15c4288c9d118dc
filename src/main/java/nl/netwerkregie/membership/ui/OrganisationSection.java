package nl.netwerkregie.membership.ui;

import org.springframework.modulith.NamedInterface;
import com.vaadin.flow.component.Component;
import java.util.Optional;
import nl.netwerkregie.membership.Organisation;

/**
 * A part of an organisation's page that another feature contributes (its admission, its werkgroepen, ...),
 * as a bean, so the membership feature need not know those features.
 */
@NamedInterface("organisation-ui")
public interface OrganisationSection {

    /** Position on the page, low first. */
    int order();

    /** The section for this organisation, or empty when the feature has nothing to show for it. */
    Optional<Component> create(Organisation organisation);
}
