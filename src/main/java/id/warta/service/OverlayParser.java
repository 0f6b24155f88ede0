package id.warta.service;

import java.io.InputStream;

/** Reads an iCalendar stream into neutral events; implemented where the iCalendar library may be used. */
public interface OverlayParser {
    /** @throws OverlayImportException for anything that is not a readable calendar, with the line when known */
    ParsedCalendar parse(InputStream in);
}
