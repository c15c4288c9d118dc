package nl.netwerkregie.people;

/** Someone a mail about their work goes to: their address, name and settings. */
public record Recipient(String username, String name, String email, MySettings settings) {
}
