package id.warta.ethics;

import java.util.List;

/** Domain allow-list matching: "go.id" covers "kpu.go.id"; "aduankonten.id" covers itself. */
final class Domains {
    private Domains() {
    }

    static boolean isOnList(String host, List<String> list) {
        for (String entry : list) {
            if (host.equals(entry) || host.endsWith("." + entry)) {
                return true;
            }
        }
        return false;
    }
}
