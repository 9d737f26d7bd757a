"""The ``consultkg`` command line: a thin layer over the library.

Each command wraps one library call; library errors become one-line messages
(``click.ClickException``) and a non-zero exit code. ``--debug`` shows the
traceback of an internal error.

Exit codes: 0 success; 1 an input could not be read, a graph does not
conform, or another error; 2 usage error.
"""
from __future__ import annotations

import functools
import json
import os
import sys
from pathlib import Path

import click

from .errors import ConsultkgError
from .limits import DEFAULT_LIMITS, Limits, cpu_budget
from .namespaces import DEFAULT_BASE_IRI


class InternalError(click.ClickException):
    exit_code = 1


def _guard(func):
    """Turn library errors into one-line messages; unexpected ones too, unless --debug."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        ctx = click.get_current_context()
        try:
            return func(*args, **kwargs)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except ConsultkgError as e:
            raise click.ClickException(str(e)) from e
        except Exception as e:  # an internal error: a bug, not the user's fault
            if (ctx.find_root().obj or {}).get("debug"):
                raise
            raise InternalError(f"internal error: {type(e).__name__}: {e} (run with --debug for a traceback)") from e

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="consultkg")
@click.option("--debug", is_flag=True, help="Show a traceback for internal errors.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """Turn stakeholder-consultation records into a linked-data knowledge graph.

    \b
    Example:
        consultkg build data/ --out output/
    """
    ctx.ensure_object(dict)["debug"] = debug


def _check_base_iri(ctx, param, value: str) -> str:
    """A usage error (exit 2) before any work when the base IRI is not an absolute IRI."""
    import pyoxigraph as ox

    try:
        ox.NamedNode(value)
    except ValueError as e:
        raise click.BadParameter(f"not an absolute IRI: {value!r} ({e})") from None
    if not value.endswith(("/", "#")):
        raise click.BadParameter(f"{value!r} should end with '/' or '#' (data IRIs are minted under it)")
    return value


def _cap_jobs(ctx, param, value: int | None) -> int | None:
    import os

    cores = os.cpu_count() or 1
    if value is not None and value > cores:
        click.echo(f"note: --jobs {value} is more than the {cores} cores; using {cores}", err=True)
        return cores
    return value


def _check_params(ctx, param, value: tuple[str, ...]) -> tuple[str, ...]:
    from .query.params import ParamError, parse_assignments

    try:
        parse_assignments(list(value))
    except ParamError as e:
        raise click.BadParameter(str(e)) from None
    return value


def _megabytes(ctx, param, value: float | None) -> int | None:
    return None if value is None else int(value * 1_000_000)


def _max_size(default: float, help: str):
    """The ``--max-size MB`` option (to bytes), with the command's own default and help."""
    return click.option("--max-size", type=click.FloatRange(min=0), default=default, show_default=True,
                        callback=_megabytes, metavar="MB", help=help)


def _query_file(path: Path) -> str:
    """The text of a .rq file, checked first (a FIFO cannot hang the command) and at most 1 MB."""
    from .errors import InputError
    from .read.inputs import check_input  # here: the read stage loads the lexicon, whose errors _guard reports

    check_input(path)
    if path.stat().st_size > 1_000_000:
        raise InputError(str(path), f"{path.stat().st_size / 1e6:.1f} MB is over the 1 MB a query file may hold")
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(str(path), f"cannot read the query ({getattr(e, 'strerror', None) or e})") from None


def _limit_options(func):
    """The budgets of one record (:class:`consultkg.limits.Limits`), gathered into ``limits``."""
    d = DEFAULT_LIMITS
    options = [
        click.option("--max-unpacked", type=click.FloatRange(min=0), default=d.max_unpacked / 1e6, show_default=True,
                     metavar="MB", help="Skip a DOCX whose XML unpacks to more than this many megabytes."),
        click.option("--max-ratio", type=click.FloatRange(min=1), default=d.max_ratio, show_default=True,
                     help="Skip a DOCX whose XML unpacks to more than this many times its size (a zip bomb)."),
        click.option("--max-blocks", type=click.IntRange(min=1), default=d.max_blocks, show_default=True,
                     help="Skip a record of more blocks (paragraphs, items, table rows) than this."),
        click.option("--record-time", type=click.FloatRange(min=0, min_open=True), default=d.record_seconds,
                     show_default=True, metavar="SECONDS", help="Skip a record that takes more CPU seconds than this "
                                                                "to read and extract."),
    ]

    @functools.wraps(func)
    def wrapper(*args, max_unpacked, max_ratio, max_blocks, record_time, **kwargs):
        kwargs["limits"] = Limits(int(max_unpacked * 1e6), max_ratio, max_blocks, record_time)
        return func(*args, **kwargs)

    for option in reversed(options):
        wrapper = option(wrapper)
    return wrapper


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write graph.trig, graph.ttl, graph.jsonld and graph.nt into.")
@click.option("--base-iri", default=DEFAULT_BASE_IRI, show_default=True, callback=_check_base_iri,
              help="Base of the data IRIs (an absolute IRI ending with / or #).")
@click.option("--store", "store", type=click.Path(file_okay=False, path_type=Path),
              help="Also load the graph into an on-disk Oxigraph store here (for fast 'consultkg query').")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, callback=_cap_jobs,
              help="Worker processes that read and extract records [default and most: the number of cores].")
@click.option("--no-network", is_flag=True, help="Do not write network.html (the stakeholder-theme explorer).")
@_max_size(20, "Skip (with an error line) input files larger than this many megabytes.")
@click.option("--follow-links", is_flag=True, help="Follow symbolic links that lead out of an input folder.")
@_limit_options
@_guard
def build(inputs: tuple[Path, ...], out_dir: Path, base_iri: str, store: Path | None, jobs: int | None,
          no_network: bool = False, max_size: int | None = None, limits: Limits = DEFAULT_LIMITS,
          follow_links: bool = False) -> None:
    """Build the knowledge graph of consultation records.

    INPUTS are files (.md, .txt, .pdf, .docx) or folders searched recursively.
    A summary goes to stderr. Exit code 1 when an input could not be read (the
    others are still built).

    \b
    Example:
        consultkg build data/ --out output/
        consultkg build data/ --out output/ --store kg.store
    """
    from .build.run import build as run_build
    from .network import build_page
    report = run_build(list(inputs), out_dir, base_iri, store=store, jobs=jobs,
                       page=None if no_network else build_page(), max_size=max_size, limits=limits,
                       follow_links=follow_links)
    for err in report.errors:
        click.echo(f"error: {err}", err=True)
    if not report.outputs:
        raise click.ClickException("no input could be read; nothing written")
    click.echo(report.summary(), err=True)
    if report.unchanged:
        click.echo(f"nothing changed: {out_dir} is up to date", err=True)
    else:
        click.echo(f"wrote {', '.join(str(p) for p in report.outputs)}", err=True)
    if store:
        click.echo(f"store {store}: {report.store_graphs} named graphs", err=True)
    if report.errors:
        sys.exit(1)


@cli.command()
@click.argument("file", type=click.Path(path_type=Path))
@_max_size(20, "Refuse an input file larger than this many megabytes.")
@_limit_options
@_guard
def extract(file: Path, max_size: int | None = None, limits: Limits = DEFAULT_LIMITS) -> None:
    """Print the record extracted from FILE as JSON (to debug extraction without RDF).

    \b
    Example:
        consultkg extract data/lima-peru-government.md
    """
    from .extract import extract as run_extract
    from .read import read_source
    from .read.inputs import check_input
    check_input(file, max_size)
    with cpu_budget(limits.record_seconds, str(file)):
        record = run_extract(read_source(file, limits))
    click.echo(json.dumps(record.to_dict(), ensure_ascii=False, indent=2))


@cli.command()
@click.argument("graph", type=click.Path(path_type=Path))
@_max_size(200, "Refuse a graph file larger than this many megabytes (pySHACL holds it in memory).")
@_guard
def validate(graph: Path, max_size: int | None = None) -> None:
    """Check GRAPH (a graph file or a build folder) against the SHACL shapes.

    Exit codes as pySHACL's: 0 when the graph conforms, 1 when it does not (the
    report goes to stdout), 2 when it could not be checked (no such file, not a
    valid graph) and on usage errors.

    \b
    Example:
        consultkg validate output/
    """
    from .query.validate import validate as run_validate
    try:
        result = run_validate(graph, max_size)
    except ConsultkgError as e:  # could not run: no verdict on conformance
        click.echo(f"Error: {e}", err=True)
        sys.exit(2)
    if result.conforms:
        click.echo(f"{graph}: conforms", err=True)
        return
    click.echo(result.report)
    click.echo(f"{graph}: does not conform ({result.violations} violations)", err=True)
    sys.exit(1)


@cli.command()
@click.argument("source", required=False)
@click.argument("sparql", required=False)
@click.option("-q", "--saved", "name", metavar="NAME", help="Run a saved question (see --list).")
@click.option("-f", "--file", "file", type=click.Path(dir_okay=False, path_type=Path),
              help="Read the query from a .rq file.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json", "xml", "md"]), default="table",
              show_default=True, help="How SELECT and ASK results are printed (CONSTRUCT prints Turtle).")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE", callback=_check_params,
              help="A parameter of the question, e.g. theme=care (repeatable).")
@click.option("--list", "list_saved", is_flag=True, help="List the saved questions and exit.")
@click.option("--retries", default=4, show_default=True, help="Attempts per request to an endpoint (transient errors).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=60, show_default=True,
              metavar="SECONDS", help="Stop a query after this long (an endpoint: each attempt, answer included).")
@click.option("--max-answer", type=click.FloatRange(min=0, min_open=True), default=256, show_default=True,
              metavar="MB", help="Refuse an endpoint's answer larger than this (read as it comes, never held).")
@click.option("--allow-service", is_flag=True, help="Let a query on a local source call other servers (SERVICE).")
@click.option("--memory", "memory_mb", type=click.IntRange(min=64), default=2048, show_default=True, metavar="MB",
              help="Stop a query on a local source whose evaluation needs more memory than this.")
@_guard
def query(source, sparql, name, file, fmt, params, list_saved, retries, timeout, max_answer, allow_service,
          memory_mb) -> None:
    """Ask SOURCE a question in SPARQL, or a saved question.

    SOURCE is a graph file (.ttl, .trig, .nt, .jsonld), a build folder, a store
    made by 'build --store', or an http(s) SPARQL endpoint. Queries see the
    union of all named graphs. Read-only: updates are refused.

    \b
    Example:
        consultkg query --list
        consultkg query output/ -q organisations-for-theme --param theme=care
        consultkg query output/ "SELECT ?name WHERE { ?p foaf:name ?name }" --format csv
    """
    from .query.api import listing, run
    from .query.results import render
    from .query.saved import get_saved

    if list_saved:
        rows = listing()
        width = max(len(n) for n, _, _ in rows)
        for n, description, ps in rows:
            click.echo(f"{n.ljust(width)}  {description}" + (f"  [{ps}]" if ps else ""))
        return
    if not source:
        raise click.UsageError("give a SOURCE (or --list)")
    given = [x for x in (sparql, name, file) if x]
    if len(given) != 1:
        raise click.UsageError("give exactly one of: a SPARQL query, -q NAME, -f FILE.rq")
    from .query.params import parse_assignments
    question = get_saved(name) if name else (_query_file(file) if file else sparql)
    from .query.api import open_source
    from .query.guard import QueryTimeout
    from .query.remote import Retry
    src = open_source(source, Retry(attempts=max(1, retries), timeout=timeout, max_body=int(max_answer * 1e6)),
                      timeout=timeout,
                      allow_service=allow_service, memory_mb=memory_mb)
    try:
        result = run(src, question, parse_assignments(list(params)))
    except (KeyboardInterrupt, QueryTimeout) as e:  # the engine's thread is abandoned: end the process now
        interrupted = isinstance(e, KeyboardInterrupt)
        click.echo("Error: the query was interrupted" if interrupted else f"Error: {e}", err=True)
        sys.stderr.flush()
        os._exit(130 if interrupted else 1)
    text = render(result, fmt)
    click.echo(text, nl=not text.endswith("\n"))


@cli.command()
@click.argument("source")
@click.option("--endpoint", required=True, metavar="URL",
              help="Graph Store Protocol URL of the server (Oxigraph: http://HOST:7878/store; Virtuoso: "
                   "http://HOST:8890/sparql-graph-crud-auth; Fuseki: http://HOST:3030/DATASET/data).")
@click.option("--retries", default=4, show_default=True, help="Attempts per request for transient errors.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=30, show_default=True,
              metavar="SECONDS", help="Give up an attempt (one PUT and its answer) after this long.")
@_guard
def push(source: str, endpoint: str, retries: int, timeout: float) -> None:
    """Send every named graph of SOURCE to a SPARQL server, one HTTP PUT per graph.

    SOURCE is a graph file, a build folder or a store. Pushing twice changes
    nothing (PUT replaces the graph). Credentials come from the environment:
    CONSULTKG_ENDPOINT_TOKEN, or CONSULTKG_ENDPOINT_USER and CONSULTKG_ENDPOINT_PASSWORD
    (Basic, or HTTP Digest when the server asks for it; CONSULTKG_ENDPOINT_AUTH=digest
    never sends Basic, as Virtuoso over plain http wants).

    \b
    Examples:
        consultkg push output/ --endpoint http://127.0.0.1:7878/store
        CONSULTKG_ENDPOINT_AUTH=digest CONSULTKG_ENDPOINT_USER=dba CONSULTKG_ENDPOINT_PASSWORD=… \\
          consultkg push output/ --endpoint http://127.0.0.1:8890/sparql-graph-crud-auth
    """
    from .query.api import push as run_push
    from .query.remote import Retry
    graphs = run_push(source, endpoint, Retry(attempts=max(1, retries), timeout=timeout))
    click.echo(f"pushed {len(graphs)} graphs to {endpoint}", err=True)


@cli.command()
@click.argument("source")
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path),
              help="The explorer page to write: one self-contained HTML file.")
@click.option("--view", type=click.Choice(["stakeholder-theme", "organisation", "theme-cooccurrence", "full"]),
              default="stakeholder-theme", show_default=True, help="Which network to draw.")
@click.option("--size-by", type=click.Choice(["degree", "weighted-degree", "betweenness"]), default="degree",
              show_default=True, help="The metric that sizes the nodes (the page can switch).")
@click.option("--title", default="Consultation network", show_default=True, help="The page's title.")
@click.option("--graphml", type=click.Path(dir_okay=False, path_type=Path), help="Also write GraphML here.")
@click.option("--gexf", type=click.Path(dir_okay=False, path_type=Path), help="Also write GEXF (Gephi) here.")
@click.option("--csv", "csv_prefix", metavar="PREFIX",
              help="Also write PREFIX-nodes.csv and PREFIX-edges.csv (Kumu, spreadsheets).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=60, show_default=True,
              metavar="SECONDS", help="SOURCE an endpoint: give up an attempt after this long, answer included.")
@_guard
def network(source, out, view, size_by, title, graphml, gexf, csv_prefix, timeout) -> None:
    """Draw the consultation network of SOURCE as an interactive HTML page, and export it.

    SOURCE is a graph file (.trig, .ttl, .nt, .jsonld), a build folder, a store
    made by 'build --store' or an http(s) SPARQL endpoint. The page works
    offline (everything inlined): search, filters, legend, a details panel with
    the evidence. Views: stakeholder-theme (organisations and people to the
    themes they discussed, weighted by meetings), organisation (organisations
    that met together), theme-cooccurrence (themes discussed together), full
    (with meetings, consultations and documents). Give --out and/or exports.

    \b
    Example:
        consultkg network output/ --out network.html
        consultkg network output/ --out orgs.html --view organisation --size-by betweenness
        consultkg network output/ --graphml net.graphml --gexf net.gexf --csv net
    """
    if not any((out, graphml, gexf, csv_prefix)):
        raise click.UsageError("nothing to write: give --out FILE.html and/or --graphml, --gexf, --csv")
    from .network import load_rdf, network_graph, write_network
    g = network_graph(load_rdf(source, timeout), view)
    written = write_network(g, html=out, view=view, size_by=size_by, graphml=graphml, gexf=gexf,
                            csv_prefix=csv_prefix, title=title, source=Path(str(source)).name or str(source))
    click.echo(f"{view}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges", err=True)
    click.echo(f"wrote {', '.join(str(p) for p in written)}", err=True)


def main() -> None:
    cli(obj={})


if __name__ == "__main__":
    main()
