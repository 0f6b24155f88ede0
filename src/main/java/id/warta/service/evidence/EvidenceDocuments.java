package id.warta.service.evidence;

import java.util.List;

/** The files every export holds, in the order they are written. */
public final class EvidenceDocuments {
    private EvidenceDocuments() {
    }

    public static List<EvidenceDocument> standard() {
        return List.of(new EntriesJson(), new EntriesCsv(), new HeadText(), new ReportHtml(), new VerifyScript(),
                new ReadmeText());
    }
}
