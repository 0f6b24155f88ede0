package id.warta.service;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a calendar in a file format (RFC 5545); implemented outside the service layer. */
public interface CalendarEncoder {
    void write(ExportCalendar calendar, OutputStream out) throws IOException;
}
