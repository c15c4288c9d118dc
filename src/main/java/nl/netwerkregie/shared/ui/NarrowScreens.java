package nl.netwerkregie.shared.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.shared.Registration;

/**
 * Lists on a phone (issue 16): a grid keeps the columns that say what the row is and when it is due, and drops
 * the others, instead of showing three cut-off columns and a sideways scrollbar. The row's page has the rest.
 */
public final class NarrowScreens {

    /** Below this window width (px) a list keeps only its key columns; Vaadin's drawer turns to an overlay too. */
    static final int NARROW = 800;

    private NarrowScreens() {
    }

    /**
     * Hides these columns (by key) while the browser window is narrow: read as the grid is shown, and again when
     * the window is resized (a phone turned sideways, a desktop window made small).
     */
    public static void keepOnlyKeyColumns(Grid<?> grid, String... secondaryColumnKeys) {
        grid.addAttachListener(attach -> {
            Page page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> show(grid, details.getWindowInnerWidth(), secondaryColumnKeys));
            Registration resizes = page.addBrowserWindowResizeListener(
                    resized -> show(grid, resized.getWidth(), secondaryColumnKeys));
            grid.addDetachListener(detach -> {
                resizes.remove();
                detach.unregisterListener();
            });
        });
    }

    /** Keeps only these columns while the window is narrow; every other column of the grid is hidden then. */
    public static void keepOnly(Grid<?> grid, Grid.Column<?>... keyColumns) {
        java.util.Set<Grid.Column<?>> keep = java.util.Set.of(keyColumns);
        String[] others = grid.getColumns().stream().filter(c -> !keep.contains(c)).map(c -> {
            if (c.getKey() == null) {
                c.setKey("column-" + grid.getColumns().indexOf(c));
            }
            return c.getKey();
        }).toArray(String[]::new);
        keepOnlyKeyColumns(grid, others);
    }

    private static void show(Grid<?> grid, int windowWidth, String... secondaryColumnKeys) {
        boolean narrow = windowWidth < NARROW;
        for (String key : secondaryColumnKeys) {
            Grid.Column<?> column = grid.getColumnByKey(key);
            if (column != null) {
                column.setVisible(!narrow);
            }
        }
    }
}
