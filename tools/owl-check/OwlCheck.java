// OWL 2 DL profile check of the clustergraph ontology with the OWL API (Debian's libowlapi-java).
//
// Usage (through scripts/owl-check, which sets the class path):
//   OwlCheck FILE.ttl [FILE.ttl ...]
// The Turtle files are read as ONE ontology document (their text joined, as the store joins them
// in the ontology graph), so a term declared in one file is declared for the others too.
// Prints each violation of the OWL 2 DL profile, one a line, then a count per kind of violation
// and a last line "owl2-dl-violations: N". Exit status: 0 when N is 0, 1 when N > 0, 2 when a
// file cannot be read or parsed.
//
// Run as a single source file (java OwlCheck.java): nothing to compile or install beyond the JDK
// and libowlapi-java.

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.formats.TurtleDocumentFormat;
import org.semanticweb.owlapi.io.StringDocumentSource;
import org.semanticweb.owlapi.model.MissingImportHandlingStrategy;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyLoaderConfiguration;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;

public class OwlCheck {
    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: owl-check FILE.ttl [FILE.ttl ...]");
            System.exit(2);
        }
        StringBuilder text = new StringBuilder();
        for (String name : args) {
            try {
                text.append(Files.readString(Path.of(name), StandardCharsets.UTF_8)).append('\n');
            } catch (IOException e) {
                System.err.println("owl-check: cannot read " + name + ": " + e.getMessage());
                System.exit(2);
            }
        }
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        // Never fetch imports from the network: the check is of these files only.
        manager.setOntologyLoaderConfiguration(new OWLOntologyLoaderConfiguration()
                .setMissingImportHandlingStrategy(MissingImportHandlingStrategy.SILENT)
                .setStrict(false));
        OWLOntology ontology;
        try {
            ontology = manager.loadOntologyFromOntologyDocument(
                    new StringDocumentSource(text.toString(), "urn:clustergraph:owl-check",
                            new TurtleDocumentFormat(), null));
        } catch (OWLOntologyCreationException e) {
            System.err.println("owl-check: cannot parse " + String.join(" + ", args) + " as Turtle: " + e.getMessage());
            System.exit(2);
            return;
        }
        OWLProfileReport report = new OWL2DLProfile().checkOntology(ontology);
        List<OWLProfileViolation> violations = new ArrayList<>(report.getViolations());
        Map<String, Integer> byKind = new TreeMap<>();
        for (OWLProfileViolation v : violations) {
            System.out.println(v.getClass().getSimpleName() + "\t" + oneLine(v.toString()));
            byKind.merge(v.getClass().getSimpleName(), 1, Integer::sum);
        }
        for (Map.Entry<String, Integer> e : byKind.entrySet()) {
            System.out.println("kind\t" + e.getKey() + "\t" + e.getValue());
        }
        System.out.println("axioms: " + ontology.getAxiomCount() + ", logical axioms: " + ontology.getLogicalAxiomCount());
        System.out.println("owl2-dl-violations: " + violations.size());
        System.exit(violations.isEmpty() ? 0 : 1);
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }
}
