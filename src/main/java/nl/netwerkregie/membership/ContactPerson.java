package nl.netwerkregie.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A contact person of an organisation; {@code username} links the person to a login, when they have one. */
@Embeddable
public class ContactPerson {

    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String email;
    private String phone;
    private String username;

    protected ContactPerson() {
    }

    public ContactPerson(String name, String email, String phone, String username) {
        this.name = name;
        this.email = email;
        this.phone = phone;
        this.username = username;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String username() {
        return username;
    }
}
