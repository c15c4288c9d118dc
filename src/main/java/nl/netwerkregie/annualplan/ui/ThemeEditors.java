package nl.netwerkregie.annualplan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import nl.netwerkregie.annualplan.Begroting;
import nl.netwerkregie.annualplan.ThemePlan;

/** The plan's themes in the form, one {@link ThemeEditor} each, and (when editable) the button that adds one. */
final class ThemeEditors extends VerticalLayout {

    private final boolean editable;
    private final Runnable onChange;
    private final List<ThemeEditor> editors = new ArrayList<>();
    private final VerticalLayout list = new VerticalLayout();

    ThemeEditors(List<ThemePlan> themes, boolean editable, Runnable onChange) {
        this.editable = editable;
        this.onChange = onChange;
        setPadding(false);
        list.setPadding(false);
        add(list);
        themes.forEach(this::addTheme);
        if (editable) {
            Button addTheme = new Button(getTranslation("jaarplan.theme.add"), e -> {
                addTheme(new ThemePlan("", null, null, List.of()));
                onChange.run();
            });
            addTheme.setId("theme-add");
            add(addTheme);
        }
    }

    /** Shows these themes instead (after an import); the caller refreshes the totals. */
    void replace(List<ThemePlan> themes) {
        list.removeAll();
        editors.clear();
        themes.forEach(this::addTheme);
    }

    void update(Begroting begroting) {
        editors.forEach(editor -> editor.update(begroting));
    }

    /** The themes as the form holds them now, in their order. */
    List<ThemePlan> value() {
        return editors.stream().map(ThemeEditor::value).toList();
    }

    private void addTheme(ThemePlan theme) {
        ThemeEditor editor = new ThemeEditor(theme, editors.size(), editable, onChange, this::removeTheme);
        editors.add(editor);
        list.add(editor);
    }

    private void removeTheme(ThemeEditor editor) {
        editors.remove(editor);
        list.remove(editor);
        onChange.run();
    }
}
