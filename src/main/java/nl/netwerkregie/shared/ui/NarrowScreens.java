package nl.netwerkregie.shared.ui;

import com.vaadin.flow.component.grid.Grid;

/**
 * Lists on a phone (issue 16): a grid keeps the columns that say what the row is and when it is due, and drops
 * the others, instead of showing three cut-off columns and a sideways scrollbar. The row's page has the rest.
 */
public final class NarrowScreens {

    /** Below this window width (px) a list keeps only its key columns; Vaadin's drawer turns to an overlay too. */
    static final int NARROW = 800;

    private NarrowScreens() {
    }

    /** Hides these columns (by key) when the browser window is narrow, read once as the grid is shown. */
    public static void keepOnlyKeyColumns(Grid<?> grid, String... secondaryColumnKeys) {
        grid.addAttachListener(attach -> attach.getUI().getPage().retrieveExtendedClientDetails(details -> {
            boolean narrow = details.getWindowInnerWidth() < NARROW;
            for (String key : secondaryColumnKeys) {
                Grid.Column<?> column = grid.getColumnByKey(key);
                if (column != null) {
                    column.setVisible(!narrow);
                }
            }
        }));
    }
}
