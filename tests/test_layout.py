"""The house a newcomer reads: the package laid out by stage, modules and classes of a size one can
hold in mind, a short README whose two commands are the ones CI runs, and every docs page found
from it.

The limits are the ones issue 15 set: a module over 600 lines or a class over 400 fails, unless
its module docstring has a line starting with ``Why one module:`` (or ``Why one class:``, in the
module's or the class's docstring) that says why splitting it would make it harder to read.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "knowgraph"
README = ROOT / "README.md"
CI_SCRIPT = ROOT / ".ci" / "run"

MAX_MODULE_LINES = 600
MAX_CLASS_LINES = 400
MAX_README_LINES = 160

#: The stages of the pipeline, in the order the data flows: each one a sub-package of knowgraph.
STAGES = ("nlp", "mentions", "facts", "rdf", "stores", "archive", "views")
#: Other folders allowed in knowgraph/ besides the stages (add one here with the reason).
OTHER_FOLDERS = {
    "data": "patterns, lexicons and gazetteer per language: data, not code",
    "evaluation": "knowgraph's own scorer (docs/evaluation.md), beside the pipeline, not a stage of it",
}
#: Modules allowed at the top of knowgraph/: the faces of the package (add one here with the reason).
TOP_LEVEL_MODULES = {
    "__init__": "the public names",
    "api": "the Python API",
    "cli": "the command line",
    "inputs": "reading articles from files, folders and standard input",
    "errors": "the public error types, shared by the API and the command line",
    "evaluation": "knowgraph's own scorer, when it is one module",
}

#: Modules and classes still over the limits while they are being split. This list must only
#: shrink: the test fails for an offender that is not here, and for an entry that is no longer an
#: offender (remove it in the commit that brings it under the limit). "path" is a module over
#: MAX_MODULE_LINES, "path::Class" a class over MAX_CLASS_LINES.
TOO_LONG_FOR_NOW: set[str] = set()


def _explains(docstring: str | None, marker: str) -> bool:
    return any(line.strip().startswith(marker) for line in (docstring or "").splitlines())


def oversized(package: Path = PACKAGE) -> dict[str, int]:
    """Every module and class over its limit without a "Why one ...:" line, with its length,
    named by its path from the project root ("knowgraph/a.py", "knowgraph/a.py::Class")."""
    found: dict[str, int] = {}
    for path in sorted(p for p in package.rglob("*.py") if "__pycache__" not in p.parts):
        text = path.read_text(encoding="utf-8")
        tree = ast.parse(text, filename=str(path))
        module_doc = ast.get_docstring(tree)
        name = path.relative_to(package.parent).as_posix()
        lines = len(text.splitlines())
        if lines > MAX_MODULE_LINES and not _explains(module_doc, "Why one module:"):
            found[name] = lines
        for node in ast.walk(tree):
            if not isinstance(node, ast.ClassDef):
                continue
            start = min([node.lineno] + [d.lineno for d in node.decorator_list])
            length = node.end_lineno - start + 1
            explained = _explains(module_doc, "Why one class:") or _explains(ast.get_docstring(node), "Why one class:")
            if length > MAX_CLASS_LINES and not explained:
                found[f"{name}::{node.name}"] = length
    return found


def test_modules_and_classes_stay_small_enough_to_read():
    found = oversized()
    new = {name: lines for name, lines in found.items() if name not in TOO_LONG_FOR_NOW}
    assert not new, (
        f"over the limits ({MAX_MODULE_LINES} lines a module, {MAX_CLASS_LINES} a class): {new}; split it, "
        "or say why it is one in its docstring ('Why one module:' / 'Why one class:')"
    )
    done = sorted(TOO_LONG_FOR_NOW - set(found))
    assert not done, f"now within the limits: remove {done} from TOO_LONG_FOR_NOW in tests/test_layout.py"


def test_the_limit_check_finds_long_modules_and_classes_unless_they_say_why(tmp_path):
    package = tmp_path / "knowgraph"
    package.mkdir()
    filler = "\n".join(f"x{i} = {i}" for i in range(MAX_MODULE_LINES + 1))
    class_body = "\n".join(f"    y{i} = {i}" for i in range(MAX_CLASS_LINES + 1))
    (package / "short.py").write_text('"""Small."""\n\nx = 1\n', encoding="utf-8")
    (package / "long.py").write_text(f'"""Long."""\n{filler}\n', encoding="utf-8")
    (package / "reasoned.py").write_text(
        f'"""A table.\n\nWhy one module: one table.\n"""\n{filler}\n', encoding="utf-8"
    )
    (package / "big_class.py").write_text(f'"""Small module."""\n\n\nclass Big:\n{class_body}\n', encoding="utf-8")
    (package / "big_reasoned_class.py").write_text(
        f'"""Small module."""\n\n\nclass Big:\n    """One state machine.\n\n    Why one class: its states share every field.\n    """\n\n{class_body}\n',
        encoding="utf-8",
    )
    found = oversized(package)
    assert set(found) == {"knowgraph/long.py", "knowgraph/big_class.py::Big"}
    assert found["knowgraph/long.py"] == MAX_MODULE_LINES + 2
    assert found["knowgraph/big_class.py::Big"] == MAX_CLASS_LINES + 2


def test_the_package_tree_is_the_stages():
    for stage in STAGES:
        assert (PACKAGE / stage / "__init__.py").is_file(), f"knowgraph/{stage}/ is a stage of the pipeline"
    folders = {p.name for p in PACKAGE.iterdir() if p.is_dir() and p.name != "__pycache__"}
    unexpected = folders - set(STAGES) - set(OTHER_FOLDERS)
    assert not unexpected, (
        f"knowgraph/ holds the stages {STAGES} and {sorted(OTHER_FOLDERS)}; put {sorted(unexpected)} "
        "in its stage, or add it to OTHER_FOLDERS with the reason"
    )
    top = {p.stem for p in PACKAGE.glob("*.py")}
    stray = top - set(TOP_LEVEL_MODULES)
    assert not stray, (
        f"top-level modules are the faces {sorted(TOP_LEVEL_MODULES)}; move {sorted(stray)} into its stage, "
        "or add it to TOP_LEVEL_MODULES with the reason"
    )


def _code_blocks(markdown: str) -> list[str]:
    return [m.group(1) for m in re.finditer(r"^```[a-z]*\n(.*?)^```", markdown, flags=re.S | re.M)]


def test_every_docs_page_is_linked_from_the_readme():
    readme = README.read_text(encoding="utf-8")
    linked = set(re.findall(r"\]\((docs/[^)#\s]+\.md)", readme))
    pages = {p.relative_to(ROOT).as_posix() for p in (ROOT / "docs").glob("*.md")}
    assert pages, "docs/ has pages"
    assert not pages - linked, f"not linked from README.md: {sorted(pages - linked)}"


def test_readme_is_a_first_page_whose_commands_are_the_ones_ci_runs():
    readme = README.read_text(encoding="utf-8")
    assert len(readme.splitlines()) <= MAX_README_LINES, "README.md is a first page: reference goes to docs/"
    blocks = _code_blocks(readme)
    assert len(blocks) >= 2
    install_and_run, run_tests = (block.strip() for block in blocks[:2])
    assert "\n" not in install_and_run and "\n" not in run_tests, "each of the two commands is one line to paste"
    assert install_and_run.startswith("python3 -m venv .venv && .venv/bin/pip install")
    for step in ("knowgraph build examples/articles", "knowgraph validate", "knowgraph load", "knowgraph query"):
        assert step in install_and_run
    for word in install_and_run.split():
        if word.startswith("examples/"):
            assert (ROOT / word).exists(), f"the first command reads {word}"
    ci_test_lines = [line for line in CI_SCRIPT.read_text(encoding="utf-8").splitlines() if "pytest" in line]
    assert ci_test_lines == [run_tests], ".ci/run runs the tests with the README's second command, verbatim"


def test_docs_cli_describes_every_command_and_option():
    import argparse

    from knowgraph.cli import _parser

    cli_page = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    commands = next(a for a in _parser()._actions if isinstance(a, argparse._SubParsersAction)).choices
    missing = []
    for name, command in commands.items():
        if f"## {name}\n" not in cli_page:
            missing.append(f"section '## {name}'")
        for action in command._actions:
            missing += [
                f"{name} {o}"
                for o in action.option_strings
                if o.startswith("--") and o != "--help" and f"`{o}" not in cli_page
            ]
    assert not missing, f"docs/cli.md does not describe: {missing}"


def _anchor(heading: str) -> str:
    """GitHub's anchor of a Markdown heading: lower case, punctuation dropped, spaces to hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def test_links_between_the_pages_lead_somewhere():
    pages = [README, *sorted((ROOT / "docs").glob("*.md"))]
    broken = []
    for page in pages:
        for target in re.findall(r"\]\(([^)\s]+)\)", page.read_text(encoding="utf-8")):
            if target.startswith(("http://", "https://", "mailto:")):
                continue
            path, _, anchor = target.partition("#")
            linked = (page.parent / path).resolve() if path else page
            if not linked.exists():
                broken.append(f"{page.name}: {target}")
            elif anchor and linked.suffix == ".md":
                headings = re.findall(r"^#+ (.+)$", linked.read_text(encoding="utf-8"), flags=re.M)
                if anchor not in {_anchor(h) for h in headings}:
                    broken.append(f"{page.name}: {target} (no such heading)")
    assert not broken, f"links that lead nowhere: {broken}"


def test_docs_python_api_describes_every_public_name():
    import knowgraph

    api_page = (ROOT / "docs" / "python-api.md").read_text(encoding="utf-8")
    missing = [name for name in knowgraph.__all__ if f"`knowgraph.{name}" not in api_page]
    assert not missing, f"docs/python-api.md does not describe: {missing}"
