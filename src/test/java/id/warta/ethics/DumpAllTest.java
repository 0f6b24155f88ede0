package id.warta.ethics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.domain.Finding;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

class DumpAllTest {
    @Test
    void dump() throws Exception {
        String f = System.getProperty("dump.file");
        if (f == null) return;
        EthicsChecker checker = TestPacks.checker();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(Path.of(f))) {
            if (line.isBlank()) continue;
            JsonNode n = json.readTree(line);
            var findings = checker.check(n.path("text").asText(), CheckContext.EMPTY);
            StringBuilder sb = new StringBuilder();
            for (Finding x : findings) sb.append(" | ").append(x.category()).append(':').append(x.ruleId()).append(" '").append(x.excerpt()).append("' ").append(x.severity());
            System.out.println("DUMP " + n.path("id").asText() + " " + n.path("expect") + sb);
        }
    }
}
