package nl.netwerkregie.annualplan.ui;

import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** One line of a {@link LineList} in the form: its fields side by side, read back as the line they hold. */
abstract class LineRow<T> extends HorizontalLayout {

    LineRow() {
        setDefaultVerticalComponentAlignment(Alignment.BASELINE);
    }

    /** The line as the form holds it now. */
    abstract T value();
}
