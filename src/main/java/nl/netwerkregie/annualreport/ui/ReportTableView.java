package nl.netwerkregie.annualreport.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import nl.netwerkregie.annualreport.ReportTables;

/**
 * One table of a section as a plain HTML table (a screen reader reads its headers with each cell), in a box that
 * scrolls sideways on a phone rather than the page. The box can take focus, so a keyboard scrolls it too.
 */
final class ReportTableView {

    private ReportTableView() {
    }

    static Component of(ReportTables.Table table) {
        if (table.rows().isEmpty()) {
            Paragraph empty = new Paragraph(table.emptyText());
            empty.setId("report-" + table.id());
            return empty;
        }
        Element html = new Element("table");
        html.getClassList().add("report-table");
        Element head = new Element("tr");
        table.headers().forEach(h -> head.appendChild(new Element("th").setAttribute("scope", "col").setText(h)));
        html.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (java.util.List<String> row : table.rows()) {
            Element tr = new Element("tr");
            row.forEach(cell -> tr.appendChild(new Element("td").setText(cell)));
            body.appendChild(tr);
        }
        html.appendChild(body);
        Div box = new Div();
        box.setId("report-" + table.id());
        box.addClassName("report-table-box");
        box.getElement().setAttribute("tabindex", "0");
        box.getElement().setAttribute("role", "region");
        box.getElement().setAttribute("aria-label", String.join(", ", table.headers()));
        box.getElement().appendChild(html);
        return box;
    }
}
