"""The floors of the code, read from its import statements (nothing is imported).

The building blocks (``mia_portal``) import no app; ``contacts`` stands on them; the content
apps stand on both and never import each other; the site-wide pages with the root URLconf
(``sitewide``) and the old site's addresses (``legacy``, which knows every kind of item) stand
on top, and nothing below imports them. Every import counts, also one inside a function.
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTSIDE = {"tests", "bench"}  # they exercise the site and may import any of it

CONTENT_APPS = {"news", "incidents", "announcements", "pages"}
# What each project package may import besides itself. A new package gets a line here.
MAY_IMPORT = {
    "mia_portal": set(),
    "contacts": {"mia_portal"},
    # The photo library: a block the content apps choose their photos from.
    "photos": {"mia_portal"},
    **{app: {"mia_portal", "contacts", "photos"} for app in CONTENT_APPS},
    # Citizens' appeals and the Mobile reporter: a citizen app beside the content apps.
    "appeals": {"mia_portal", "contacts"},
    "legacy": {"mia_portal", "contacts", "photos", *CONTENT_APPS},
    # The menus point to pages and sections; only the site-wide layout shows them.
    "menus": {"mia_portal", "pages"},
    "sitewide": {"mia_portal", "contacts", "photos", "appeals", "menus", *CONTENT_APPS},
    # Development only: the demo content fills every app; nothing imports it but bench/.
    "demo": {"mia_portal", "contacts", "photos", "menus", *CONTENT_APPS},
}


def project_modules():
    """{dotted name: path} of every module of the project's packages."""
    modules = {}
    for package in ROOT.iterdir():
        if package.name in OUTSIDE or not (package / "__init__.py").exists():
            continue
        for path in package.rglob("*.py"):
            parts = path.relative_to(ROOT).with_suffix("").parts
            modules[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return modules


def imported_names(name, path):
    """(line, dotted name) of everything the module imports, relative imports made absolute;
    ``from a import b`` gives both ``a.b`` (b may be a module) and ``a``."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, *([node.module] if node.module else [])])
            yield node.lineno, base
            for alias in node.names:
                yield node.lineno, f"{base}.{alias.name}"


def import_graph():
    """{module: {(line, project module it imports)}}, each import read as the deepest project
    module its name reaches."""
    modules = project_modules()

    def deepest(dotted):
        while dotted and dotted not in modules:
            dotted = dotted.rpartition(".")[0]
        return dotted

    graph = {}
    for name, path in modules.items():
        found = {(line, deepest(imported)) for line, imported in imported_names(name, path)}
        graph[name] = {(line, target) for line, target in found if target and target != name}
    return graph


def package_of(module):
    return module.partition(".")[0]


def cycles(edges):
    """Cycles (lists ending where they began) a depth-first walk meets: none when the directed
    graph has no loop."""
    found, done, path = [], set(), []

    def visit(node):
        if node in path:
            found.append([*path[path.index(node) :], node])
            return
        if node in done:
            return
        path.append(node)
        for target in sorted(edges.get(node, ())):
            visit(target)
        path.pop()
        done.add(node)

    for node in sorted(edges):
        visit(node)
    return found


def test_every_project_package_stands_on_a_floor():
    packages = {package_of(module) for module in project_modules()}
    assert packages == MAY_IMPORT.keys()


def test_packages_import_only_the_floors_below_them():
    graph = import_graph()
    wrong = sorted(
        f"{module} (line {line}) imports {target}"
        for module, imports in graph.items()
        for line, target in imports
        if package_of(target) != package_of(module)
        and package_of(target) not in MAY_IMPORT.get(package_of(module), set())
    )
    assert not wrong, "\n".join(wrong)


def test_nothing_imports_itself_through_other_modules_or_packages():
    graph = import_graph()
    modules = {module: {target for _line, target in imports} for module, imports in graph.items()}
    packages = {}
    for module, targets in modules.items():
        packages.setdefault(package_of(module), set()).update(
            package_of(target) for target in targets if package_of(target) != package_of(module)
        )
    loops = [" → ".join(cycle) for cycle in cycles(packages) + cycles(modules)]
    assert not loops, "\n".join(loops)
