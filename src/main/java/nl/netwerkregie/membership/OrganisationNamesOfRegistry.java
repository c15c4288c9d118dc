package nl.netwerkregie.membership;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.netwerkregie.people.OrganisationNames;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The registry's organisations for the people module: whom a person can work for. */
@Component
class OrganisationNamesOfRegistry implements OrganisationNames {

    private final OrganisationRepository organisations;

    OrganisationNamesOfRegistry(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> current() {
        Map<Long, String> names = new LinkedHashMap<>();
        organisations.findAllByOrderByNameAsc().stream()
                .filter(o -> o.getStatus() != OrganisationStatus.FORMER_MEMBER && o.getStatus() != OrganisationStatus.REJECTED)
                .forEach(o -> names.put(o.getId(), o.getName()));
        return names;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, String> all() {
        Map<Long, String> names = new LinkedHashMap<>();
        organisations.findAllByOrderByNameAsc().forEach(o -> names.put(o.getId(), o.getName()));
        return names;
    }
}
