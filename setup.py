"""Only here to ship the top-level ``resources/`` folder inside the package.

Everything else is in pyproject.toml. The wheel gets ``resources/`` (icons and
translations) as ``journal/resources_data/``, where ``journal.resources`` looks
for it. Editable installs skip the copy: they find ``resources/`` in the checkout.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
RESOURCES = HERE / "resources"
SKIP = shutil.ignore_patterns("*.ts", ".*", "__pycache__")  # .ts are sources; the .qm files ship


class BuildPyWithResources(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode or not RESOURCES.is_dir():
            return
        target = Path(self.build_lib) / "journal" / "resources_data"
        shutil.copytree(RESOURCES, target, ignore=SKIP, dirs_exist_ok=True)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = list(super().get_outputs(include_bytecode))
        if RESOURCES.is_dir() and not self.editable_mode:
            target = Path(self.build_lib) / "journal" / "resources_data"
            for path in RESOURCES.rglob("*"):
                if path.is_file() and path.suffix != ".ts" and not path.name.startswith("."):
                    outputs.append(str(target / path.relative_to(RESOURCES)))
        return outputs


setup(cmdclass={"build_py": BuildPyWithResources})
