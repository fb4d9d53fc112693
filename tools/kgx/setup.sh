#!/usr/bin/env bash
# Creates the Python environment the KGX validation test uses (.venv-kgx, or $KGX_VENV): kgx, bmt,
# biolink-model and prefixcommons at the versions pinned in requirements.txt (pip freeze of a working set).
set -euo pipefail
cd "$(dirname "$0")/../.."
venv="${KGX_VENV:-.venv-kgx}"
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check -r tools/kgx/requirements.txt
"$venv/bin/python" -c "import kgx, bmt, biolink_model, prefixcommons; print('kgx environment ready:', '$venv')"
