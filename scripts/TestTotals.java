import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The totals of the Surefire reports under the given folders (module roots; their
 * target/surefire-reports/TEST-*.xml), as one line: {@code N passed, F failed, S skipped}
 * (failed counts failures and errors). Lists each failed or skipped test first, one a line.
 * Exit 0 when every test ran and passed, 1 when one failed or was skipped or no report was
 * found. Run it as {@code java scripts/TestTotals.java core rewriters cli}.
 */
public final class TestTotals {
    public static void main(String[] args) throws Exception {
        long tests = 0;
        long failed = 0;
        long skipped = 0;
        int reports = 0;
        List<String> notes = new ArrayList<>();
        for (String module : args) {
            for (Path xml : reports(Path.of(module, "target", "surefire-reports"))) {
                reports++;
                Element suite = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile())
                        .getDocumentElement();
                tests += count(suite, "tests");
                failed += count(suite, "failures") + count(suite, "errors");
                skipped += count(suite, "skipped");
                NodeList cases = suite.getElementsByTagName("testcase");
                for (int i = 0; i < cases.getLength(); i++) {
                    Element c = (Element) cases.item(i);
                    for (String kind : List.of("failure", "error", "skipped")) {
                        NodeList n = c.getElementsByTagName(kind);
                        if (n.getLength() > 0) {
                            String why = ((Element) n.item(0)).getAttribute("message");
                            notes.add(kind + ": " + c.getAttribute("classname") + "." + c.getAttribute("name")
                                    + (why.isEmpty() ? "" : ": " + why.lines().findFirst().orElse("")));
                        }
                    }
                }
            }
        }
        notes.forEach(System.out::println);
        if (reports == 0) {
            System.out.println("no Surefire reports under " + String.join(", ", args) + ": 0 passed, 0 failed, 0 skipped");
            System.exit(1);
        }
        System.out.println((tests - failed - skipped) + " passed, " + failed + " failed, " + skipped + " skipped");
        System.exit(failed == 0 && skipped == 0 ? 0 : 1);
    }

    private static long count(Element suite, String attribute) {
        String v = suite.getAttribute(attribute);
        return v.isEmpty() ? 0 : Long.parseLong(v);
    }

    private static List<Path> reports(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().matches("TEST-.*\\.xml")).sorted().toList();
        }
    }
}
