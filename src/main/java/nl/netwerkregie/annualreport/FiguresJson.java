package nl.netwerkregie.annualreport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.springframework.stereotype.Component;

/**
 * The submitted figures as JSON (Jackson, which the web stack brings): records of plain values, dates as
 * ISO text, so a report submitted today reads back the same after the features have changed.
 */
@Component
class FiguresJson {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    String write(YearFigures figures) {
        try {
            return json.writeValueAsString(figures);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The jaarverslag's figures cannot be written as JSON", e);
        }
    }

    YearFigures read(String text) {
        try {
            return json.readValue(text, YearFigures.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The jaarverslag's submitted figures cannot be read", e);
        }
    }
}
