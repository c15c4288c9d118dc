package nl.netwerkregie.annualplan;

import java.util.List;

/** Something in the begroting the coordinators and the board should see; a translation key and its arguments. */
public record BegrotingWarning(String key, List<Object> arguments) {

    public Object[] args() {
        return arguments.toArray();
    }
}
