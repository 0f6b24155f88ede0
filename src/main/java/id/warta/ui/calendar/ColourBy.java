package id.warta.ui.calendar;

/** What an entry's colour tells: whose post it is, or how far it has come. */
public enum ColourBy {
    CLIENT, STATE
}
