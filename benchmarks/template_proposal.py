"""Evidence for the parsing fix proposed to the templates owner (not part of the suite's table).

Builds intercom_v2_14 twice into benchmarks/.work/proposal/ (never touching templates/ or generated/)
and times the 150-contact page of benchmarks/parsing.py against the committed package, interleaved:

* stage 1, ``property_templates/union_property.py.jinja`` override: when no member of a union needs
  constructing (``None | str | int | bool | Unset``...), emit ``x = d.pop("x", UNSET)`` instead of a
  ``_parse_x`` closure that can only ``return data``/``cast(..., data)``. Output is behaviour-identical.
* stage 2 (simulated by rewriting stage 1's output): the ``from ..models.x import Y`` statements that
  the generator puts inside every ``from_dict`` (1.3 us each per call; 11 per contact) moved out of the
  hot path; here simply to the end of each model module (after the class, so import cycles still
  resolve). A template would keep them lazy for import time, e.g. a module-level cache filled on the
  first ``from_dict`` call.

Usage: python -m benchmarks.template_proposal [--rounds N]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from benchmarks._common import PYTHON, ROOT, WORK, markdown_table, median
from benchmarks.parsing import WORKER, build_page

OUT = WORK / "proposal"

STAGE1_PREFIX = """{% set pre = namespace(constructible = 0) %}
{% for inner_property in property.inner_properties %}
{% import "property_templates/" + inner_property.template as pre_template %}
{% if pre_template.construct %}{% set pre.constructible = pre.constructible + 1 %}{% endif %}
{% endfor %}
{% if pre.constructible == 0 %}{# None | str | int | Unset...: the closure could only return data itself #}
{{ property.python_name }} = {{ source }}
{% else %}
"""


def stage1_templates() -> Path:
    import openapi_python_client

    upstream = Path(openapi_python_client.__file__).parent / "templates" / "property_templates"
    src = (upstream / "union_property.py.jinja").read_text(encoding="utf-8")
    head = "{% macro construct(property, source) %}\n"
    assert src.startswith(head), "the generator's union template changed"
    end = src.index("{% endmacro %}")
    templates = OUT / "templates"
    shutil.rmtree(templates, ignore_errors=True)
    (templates / "property_templates").mkdir(parents=True)
    for path in (ROOT / "templates").glob("*.jinja"):
        shutil.copy2(path, templates / path.name)
    (templates / "property_templates" / "union_property.py.jinja").write_text(
        head + STAGE1_PREFIX + src[len(head) : end] + "{% endif %}\n" + src[end:], encoding="utf-8"
    )
    return templates


def build_stage1() -> Path:
    sys.path.insert(0, str(ROOT / "src"))
    from intercom_codegen import build, pin, spec

    vpin = pin.load().get("2.14")
    doc, _ = spec.overlaid(spec.load_upstream("2.14"), vpin)
    json_path = OUT / "openapi.json"
    json_path.write_text(json.dumps(doc), encoding="utf-8")
    original = build.TEMPLATES_DIR
    build.TEMPLATES_DIR = stage1_templates()
    try:
        target = OUT / "stage1"
        shutil.rmtree(target, ignore_errors=True)
        warnings = build._run_generator(doc, vpin, json_path, target / vpin.package)
    finally:
        build.TEMPLATES_DIR = original
    if warnings:
        raise SystemExit(f"generation failed: {warnings[:3]}")
    return target


def build_stage2(stage1: Path) -> Path:
    target = OUT / "stage2"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(stage1, target)
    pattern = re.compile(
        r"(    def from_dict\(cls, src_dict: Mapping\[str, Any\]\) -> Self:\n)((?:        from \.\.models\.\S+ import \S+\n)+)"
    )
    for path in (target / "intercom_v2_14" / "models").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        match = pattern.search(text)
        if match:
            imports = [line.strip() for line in match.group(2).splitlines()]
            text = text[: match.start(2)] + text[match.end(2) :] + "\n\n" + "\n".join(imports) + "\n"
            path.write_text(text, encoding="utf-8")
    return target


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    os.chdir(ROOT)
    page = build_page()
    stage1 = build_stage1()
    stage2 = build_stage2(stage1)
    base = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    variants = {
        "json.loads": ("json.loads", base),
        "committed generated/": ("ours: generated model", base),
        "stage 1: union template": ("ours: generated model", {**base, "PYTHONPATH": str(stage1)}),
        "stage 1 + 2: imports out of from_dict": (
            "ours: generated model",
            {**base, "PYTHONPATH": str(stage2)},
        ),
    }
    samples: dict[str, list[float]] = {k: [] for k in variants}
    for _ in range(args.rounds):
        for name, (variant, env) in variants.items():
            out = subprocess.run(
                [PYTHON, "-c", WORKER, variant, str(page), "30"],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            samples[name].extend(json.loads(out))
    floor = median(samples["json.loads"])
    print(
        markdown_table(
            ("variant", "ms/page (median)", "vs json.loads"),
            [[k, f"{median(v) * 1000:.2f}", f"{median(v) / floor:.1f}x"] for k, v in samples.items()],
        )
    )


if __name__ == "__main__":
    main()
