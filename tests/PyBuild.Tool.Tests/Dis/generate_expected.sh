#!/usr/bin/env bash
# Regenerates the expected `python3.12 -m dis` output for the DisCommand tests. From the repository root:
#   tests/PyBuild.Tool.Tests/Dis/generate_expected.sh
set -euo pipefail
cd "$(dirname "$0")/Data"
for f in *.py; do
  /work/shared/oracle/py312 -m dis "$f" > "${f%.py}.dis.txt"
done
