"""Every way out of the program, in one room above ``io`` and ``charts``.

The workbook (``exports.excel``), the council report (``exports.report``),
the machine-readable JSON of ``compute`` and ``sensitivity``
(``exports.results_json``, ``exports.sensitivity_json``) and the checks and
all-or-nothing write that every file export shares (``exports.target``).
The app and the command line call the same functions here; a new format gets
its module here too.
"""
