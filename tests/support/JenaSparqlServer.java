// A small SPARQL 1.1 protocol server over Apache Jena (TDB2 or an in-memory dataset), for the
// clustergraph test harness (tests/support/engines.py starts it with Java's source launcher).
//
// Debian ships Jena's libraries (libapache-jena-java) but not Fuseki, so this server stands in for
// Fuseki in the tests: the query engine, the dataset and the SPARQL semantics are Jena's (ARQ over
// TDB2), and the dataset a query sees is chosen the way Fuseki chooses it: the protocol's
// default-graph-uri / named-graph-uri parameters if given, else the query's FROM / FROM NAMED, each
// made into a dynamic dataset over the stored one (DynamicDatasets.dynamicDataset, as in Fuseki's
// SPARQL_QueryDataset). Without either, the default graph is TDB2's stored default graph, or the
// union of the named graphs with --union-default-graph (TDB2's unionDefaultGraph setting).
//
// Endpoints: /query (GET ?query=, POST form or application/sparql-query), /update (POST form or
// application/sparql-update), /store (Graph Store Protocol: GET/PUT/POST/DELETE with ?graph=IRI or
// ?default; POST with no parameter and an RDF dataset body adds quads). Prints "ready PORT" on
// standard output once it listens (with --port 0 the system picks the port).
//
// Arguments: [--loc DIR] [--port N] [--host H] [--union-default-graph] [--load FILE]...

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.update.UpdateExecutionFactory;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

public final class JenaSparqlServer {
    private static Dataset dataset;

    /** An HTTP error with a status and a plain-text message. */
    private static final class HttpError extends Exception {
        final int status;

        HttpError(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    /** A request: its method, parameters (query string and form body), body and content type. */
    private record Request(String method, Map<String, List<String>> params, byte[] body, String contentType, String accept) {
        String one(String name) {
            List<String> values = params.getOrDefault(name, List.of());
            return values.isEmpty() ? null : values.get(0);
        }

        List<String> all(String name) {
            return params.getOrDefault(name, List.of());
        }
    }

    public static void main(String[] args) throws Exception {
        String location = null;
        String host = "127.0.0.1";
        int port = 0;
        boolean unionDefault = false;
        List<String> loads = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--loc" -> location = args[++i];
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--host" -> host = args[++i];
                case "--union-default-graph" -> unionDefault = true;
                case "--load" -> loads.add(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
        }
        dataset = location == null ? DatasetFactory.createTxnMem() : TDB2Factory.connectDataset(location);
        if (unionDefault) {
            if (location == null) {
                throw new IllegalArgumentException("--union-default-graph needs a TDB2 --loc");
            }
            dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        }
        for (String file : loads) {
            Txn.executeWrite(dataset, () -> RDFDataMgr.read(dataset, file));
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 50);
        server.createContext("/query", exchange -> serve(exchange, JenaSparqlServer::query));
        server.createContext("/update", exchange -> serve(exchange, JenaSparqlServer::update));
        server.createContext("/store", exchange -> serve(exchange, JenaSparqlServer::store));
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        System.out.println("ready " + server.getAddress().getPort());
        System.out.flush();
    }

    private interface Handler {
        void handle(Request request, HttpExchange exchange) throws Exception;
    }

    private static void serve(HttpExchange exchange, Handler handler) throws IOException {
        try (exchange) {
            try {
                handler.handle(read(exchange), exchange);
            } catch (HttpError e) {
                send(exchange, e.status, "text/plain; charset=utf-8", bytes(e.getMessage()));
            } catch (QueryParseException | RiotException e) {
                send(exchange, 400, "text/plain; charset=utf-8", bytes(String.valueOf(e.getMessage())));
            } catch (Exception e) {
                send(exchange, 500, "text/plain; charset=utf-8", bytes(e.getClass().getName() + ": " + e.getMessage()));
            }
        }
    }

    private static Request read(HttpExchange exchange) throws IOException {
        Map<String, List<String>> params = new HashMap<>();
        parseForm(exchange.getRequestURI().getRawQuery(), params);
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        String type = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase();
        if (type.equals("application/x-www-form-urlencoded")) {
            parseForm(new String(body, StandardCharsets.UTF_8), params);
        }
        String accept = exchange.getRequestHeaders().getFirst("Accept");
        return new Request(exchange.getRequestMethod(), params, body, type, accept == null ? "" : accept);
    }

    private static void parseForm(String text, Map<String, List<String>> params) {
        if (text == null || text.isEmpty()) {
            return;
        }
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
    }

    private static void query(Request request, HttpExchange exchange) throws Exception {
        String text;
        if (request.method().equals("POST") && request.contentType().equals("application/sparql-query")) {
            text = new String(request.body(), StandardCharsets.UTF_8);
        } else if (request.method().equals("GET") || request.method().equals("POST")) {
            text = request.one("query");
        } else {
            throw new HttpError(405, "use GET or POST");
        }
        if (text == null) {
            throw new HttpError(400, "no query given");
        }
        Query query = QueryFactory.create(text, Syntax.syntaxSPARQL_11);
        List<String> defaults = request.all("default-graph-uri");
        List<String> named = request.all("named-graph-uri");
        DatasetDescription description = null;
        if (!defaults.isEmpty() || !named.isEmpty()) {
            description = DatasetDescription.create(defaults, named);
        } else if (query.hasDatasetDescription()) {
            description = DatasetDescription.create(query);
        }
        // The dataset description becomes a dynamic dataset, and the query runs on it without its
        // FROM clauses (ARQ would otherwise apply them a second time, to the dynamic dataset).
        Query plain = query.cloneQuery();
        plain.getGraphURIs().clear();
        plain.getNamedGraphURIs().clear();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] type = new String[1];
        final DatasetDescription chosen = description;
        Txn.executeRead(dataset, () -> {
            Dataset target = chosen == null ? dataset : DynamicDatasets.dynamicDataset(chosen, dataset, false);
            try (QueryExecution execution = QueryExecutionFactory.create(plain, target)) {
                type[0] = write(plain, execution, request.accept(), out);
            }
        });
        send(exchange, 200, type[0], out.toByteArray());
    }

    private static String write(Query query, QueryExecution execution, String accept, OutputStream out) {
        if (query.isSelectType()) {
            if (accept.contains("text/csv")) {
                ResultSetFormatter.outputAsCSV(out, execution.execSelect());
                return "text/csv; charset=utf-8";
            }
            if (accept.contains("text/tab-separated-values")) {
                ResultSetFormatter.outputAsTSV(out, execution.execSelect());
                return "text/tab-separated-values; charset=utf-8";
            }
            if (accept.contains("application/sparql-results+xml")) {
                ResultSetFormatter.outputAsXML(out, execution.execSelect());
                return "application/sparql-results+xml; charset=utf-8";
            }
            ResultSetFormatter.outputAsJSON(out, execution.execSelect());
            return "application/sparql-results+json; charset=utf-8";
        }
        if (query.isAskType()) {
            if (accept.contains("application/sparql-results+xml")) {
                ResultSetFormatter.outputAsXML(out, execution.execAsk());
                return "application/sparql-results+xml; charset=utf-8";
            }
            ResultSetFormatter.outputAsJSON(out, execution.execAsk());
            return "application/sparql-results+json; charset=utf-8";
        }
        Model model = query.isConstructType() ? execution.execConstruct() : execution.execDescribe();
        if (accept.contains("text/turtle")) {
            RDFDataMgr.write(out, model, Lang.TURTLE);
            return "text/turtle; charset=utf-8";
        }
        RDFDataMgr.write(out, model, Lang.NTRIPLES);
        return "application/n-triples";
    }

    private static void update(Request request, HttpExchange exchange) throws Exception {
        if (!request.method().equals("POST")) {
            throw new HttpError(405, "use POST");
        }
        if (!request.all("using-graph-uri").isEmpty() || !request.all("using-named-graph-uri").isEmpty()) {
            throw new HttpError(400, "using-graph-uri and using-named-graph-uri are not supported here");
        }
        String text = request.contentType().equals("application/sparql-update")
            ? new String(request.body(), StandardCharsets.UTF_8)
            : request.one("update");
        if (text == null) {
            throw new HttpError(400, "no update given");
        }
        UpdateRequest update = UpdateFactory.create(text, Syntax.syntaxSPARQL_11);
        Txn.executeWrite(dataset, () -> UpdateExecutionFactory.create(update, dataset).execute());
        send(exchange, 204, null, new byte[0]);
    }

    private static void store(Request request, HttpExchange exchange) throws Exception {
        String graph = request.one("graph");
        boolean isDefault = request.params().containsKey("default");
        boolean whole = graph == null && !isDefault;
        Node name = graph == null ? null : NodeFactory.createURI(graph);
        switch (request.method()) {
            case "GET" -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                boolean[] found = {true};
                Txn.executeRead(dataset, () -> {
                    DatasetGraph dsg = dataset.asDatasetGraph();
                    if (whole) {
                        RDFDataMgr.write(out, dsg, Lang.NQUADS);
                    } else if (name != null && !dsg.containsGraph(name)) {
                        found[0] = false;
                    } else {
                        RDFDataMgr.write(out, name == null ? dsg.getDefaultGraph() : dsg.getGraph(name), Lang.NTRIPLES);
                    }
                });
                if (!found[0]) {
                    throw new HttpError(404, "no graph " + graph);
                }
                send(exchange, 200, whole ? "application/n-quads" : "application/n-triples", out.toByteArray());
            }
            case "PUT", "POST" -> {
                Lang lang = RDFLanguages.contentTypeToLang(request.contentType());
                if (lang == null) {
                    throw new HttpError(415, "unsupported content type: " + request.contentType());
                }
                if (whole) {
                    DatasetGraph parsed = DatasetFactory.createTxnMem().asDatasetGraph();
                    RDFParser.source(new java.io.ByteArrayInputStream(request.body())).lang(lang).parse(parsed);
                    Txn.executeWrite(dataset, () -> {
                        DatasetGraph dsg = dataset.asDatasetGraph();
                        if (request.method().equals("PUT")) {
                            dsg.clear();
                        }
                        parsed.find().forEachRemaining(dsg::add);
                    });
                } else {
                    Graph parsed = GraphFactory.createDefaultGraph();
                    RDFParser.source(new java.io.ByteArrayInputStream(request.body())).lang(lang).parse(parsed);
                    Txn.executeWrite(dataset, () -> {
                        DatasetGraph dsg = dataset.asDatasetGraph();
                        Graph target = name == null ? dsg.getDefaultGraph() : dsg.getGraph(name);
                        if (request.method().equals("PUT")) {
                            target.clear();
                        }
                        parsed.find().forEachRemaining(target::add);
                    });
                }
                send(exchange, 204, null, new byte[0]);
            }
            case "DELETE" -> {
                boolean[] found = {true};
                Txn.executeWrite(dataset, () -> {
                    DatasetGraph dsg = dataset.asDatasetGraph();
                    if (whole) {
                        dsg.clear();
                    } else if (name == null) {
                        dsg.getDefaultGraph().clear();
                    } else if (dsg.containsGraph(name)) {
                        dsg.removeGraph(name);
                    } else {
                        found[0] = false;
                    }
                });
                if (!found[0]) {
                    throw new HttpError(404, "no graph " + graph);
                }
                send(exchange, 204, null, new byte[0]);
            }
            default -> throw new HttpError(405, "use GET, PUT, POST or DELETE");
        }
    }

    private static byte[] bytes(String text) {
        return (text + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        if (type != null) {
            exchange.getResponseHeaders().set("Content-Type", type);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
