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

    /** Hides these columns (by key) while the browser window is narrow; see {@link #hideWhileNarrow}. */
    public static void keepOnlyKeyColumns(Grid<?> grid, String... secondaryColumnKeys) {
        hideWhileNarrow(grid, java.util.Arrays.stream(secondaryColumnKeys).map(grid::getColumnByKey)
                .filter(java.util.Objects::nonNull).toList());
    }

    /** Keeps only these columns while the window is narrow; every other column of the grid is hidden then. */
    public static void keepOnly(Grid<?> grid, Grid.Column<?>... keyColumns) {
        java.util.Set<Grid.Column<?>> keep = java.util.Set.of(keyColumns);
        hideWhileNarrow(grid, grid.getColumns().stream().filter(c -> !keep.contains(c)).toList());
    }

    /**
     * Hides the columns while the browser window is narrow: read as the grid is shown, and again when the window
     * is resized (a phone turned sideways, a desktop window made small).
     */
    private static void hideWhileNarrow(Grid<?> grid, java.util.List<? extends Grid.Column<?>> secondary) {
        grid.addAttachListener(attach -> {
            Page page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> show(secondary, details.getWindowInnerWidth()));
            Registration resizes = page.addBrowserWindowResizeListener(resized -> show(secondary, resized.getWidth()));
            grid.addDetachListener(detach -> {
                resizes.remove();
                detach.unregisterListener();
            });
        });
    }

    private static void show(java.util.List<? extends Grid.Column<?>> secondary, int windowWidth) {
        boolean narrow = windowWidth < NARROW;
        secondary.forEach(column -> column.setVisible(!narrow));
    }
}
