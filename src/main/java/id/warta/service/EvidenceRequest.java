package id.warta.service;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * One evidence export.
 *
 * @param out      the folder or .zip file to create; it must not exist yet
 * @param zip      one .zip file instead of a folder
 * @param language the language of the report and the README (Indonesian or English)
 */
public record EvidenceRequest(EvidenceScope scope, Path out, boolean zip, Locale language) {
    public EvidenceRequest {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(out, "out");
        language = Messages.supported(language);
    }
}
